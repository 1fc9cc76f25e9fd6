"""What happens on each night of the month: the site's edits during the day, and the night's trouble.

Night 0 is the first run. Before every later night the site gets edits with and without a lastmod
bump, new pages, and now and then a removed or a renamed page. Some nights are special: a third of
the pages answer 503, the site is down, the run is SIGKILLed mid-publish, the archive's disk is
full; and for a week the sitemap lies (its <lastmod> values stay frozen while pages change).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

FIRST_NIGHT = datetime(2026, 3, 1, 3, 0, tzinfo=UTC)  # the runs start at 03:00 UTC
EDIT_HOUR = timedelta(hours=-12)  # the day's edits land around 15:00 the day before
KINDS = ("normal", "503", "down", "kill", "full")


def night_time(night: int) -> datetime:
    return FIRST_NIGHT + timedelta(days=night)


@dataclass(frozen=True)
class DayOfEdits:
    bumped: list[str]  # edited, sitemap <lastmod> moved
    silent: list[str]  # edited, <lastmod> left as it was
    added: int
    removed: list[str]
    renamed: list[str]


@dataclass(frozen=True)
class Schedule:
    nights: int
    pages: int
    seed: int = 0

    def __post_init__(self) -> None:
        if self.nights < 7:
            raise ValueError("the schedule needs at least 7 nights (one of each kind and a quiet one)")

    @property
    def special(self) -> dict[int, str]:
        """Night -> its trouble; a month spreads them out, a short run packs them in."""
        if self.nights < 14:
            return {2: "503", 3: "down", 4: "kill", 5: "full"}
        return {9: "503", 12: "down", 17: "kill", 23: "full"}

    @property
    def lying_week(self) -> range:
        """Nights whose day's edits the sitemap does not announce."""
        return range(1, 4) if self.nights < 14 else range(5, 12)

    def kind(self, night: int) -> str:
        return self.special.get(night, "normal")

    def edits(self, night: int, live: list[str]) -> DayOfEdits:
        """The day's edits before `night`, drawn from the live pages (none before night 0)."""
        if night == 0:
            return DayOfEdits([], [], 0, [], [])
        draw = random.Random(f"month:{self.seed}:{night}")
        bumped_count, silent_count = max(2, self.pages // 150), max(1, self.pages // 600)
        removed_count = 1 if night % 7 == 1 else 0
        renamed_count = 1 if night % 7 == 3 else 0
        chosen = draw.sample(sorted(live), bumped_count + silent_count + removed_count + renamed_count)
        cuts = [bumped_count, silent_count, removed_count]
        bumped, rest = chosen[:cuts[0]], chosen[cuts[0]:]
        silent, rest = rest[:cuts[1]], rest[cuts[1]:]
        removed, renamed = rest[:cuts[2]], rest[cuts[2]:]
        return DayOfEdits(bumped, silent, max(1, self.pages // 1500), removed, renamed)
