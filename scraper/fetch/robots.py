"""robots.txt: the site's rules for us, read with protego."""

from __future__ import annotations

from dataclasses import dataclass

from protego import Protego

ROBOTS_MAX_BYTES = 512 * 1024  # Google reads at most 500 KiB of a robots.txt


@dataclass(frozen=True)
class RobotsRules:
    user_agent: str
    parser: Protego | None  # None: no robots.txt (a 4xx), so everything is allowed

    @classmethod
    def parse(cls, text: str, user_agent: str) -> RobotsRules:
        return cls(user_agent, Protego.parse(text))

    @classmethod
    def allow_all(cls, user_agent: str) -> RobotsRules:
        return cls(user_agent, None)

    def allows(self, url: str) -> bool:
        return self.parser is None or self.parser.can_fetch(url, self.user_agent)

    @property
    def crawl_delay(self) -> float | None:
        return None if self.parser is None else self.parser.crawl_delay(self.user_agent)

    @property
    def sitemaps(self) -> list[str]:
        return [] if self.parser is None else list(self.parser.sitemaps)
