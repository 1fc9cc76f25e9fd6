"""What a crawl returns: one outcome per page, and the run's counts."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal


@dataclass(frozen=True)
class PageOutcome:
    url: str
    result: Literal["fetched", "not-modified", "failed", "missing-offline", "skipped"]
    reason: str | None
    http_status: int | None
    sha256: str | None
    fetched_at: datetime | None
    unchanged: bool = False  # failed again on a body the server confirmed unchanged (a 304)


@dataclass
class CrawlResult:
    discovered: list[str]
    discovery_source: str
    outcomes: list[PageOutcome]
    requests: int
    bytes_downloaded: int
    refused: dict[str, str] = field(default_factory=dict)  # URLs never requested or not kept: why
    lastmod: dict[str, str | None] = field(default_factory=dict)  # sitemap <lastmod> per discovered URL
    retries: int = 0
    problems: list[str] = field(default_factory=list)  # discovery sources that failed
    stopped_by: str | None = None  # "deadline" | "circuit-open": the run stopped sending requests
    not_reached: list[str] = field(default_factory=list)  # discovered, not fetched before the stop
    requests_by_kind: dict[str, int] = field(default_factory=dict)  # robots, sitemaps, listings, pages
    revalidated: list[str] = field(default_factory=list)  # lastmod said unchanged; asked anyway
    revalidated_changed: list[str] = field(default_factory=list)  # ...and a new body came

    def count(self, result: str) -> int:
        return sum(outcome.result == result for outcome in self.outcomes)

    def failures_by_reason(self) -> Counter[str]:
        return Counter(
            failure_kind(outcome.reason or "unknown")
            for outcome in self.outcomes
            if outcome.result in {"failed", "missing-offline"}
        )

    @property
    def complete(self) -> bool:
        """Every discovered page was fetched, confirmed unchanged, or unchanged by its lastmod."""
        return bool(self.outcomes) and not self.not_reached and all(
            o.result in {"fetched", "not-modified", "skipped"} for o in self.outcomes)


def failure_kind(reason: str) -> str:
    """The stable head of a failure reason ('HTTP 503', 'timeout', 'not HTML', ...) for counting."""
    return reason.split(" (", 1)[0].split(":", 1)[0]

