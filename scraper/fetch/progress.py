"""How a crawl shows its progress: a bar on a terminal, log lines otherwise."""

from __future__ import annotations

import logging
from collections import Counter

from scraper.fetch.crawl_result import PageOutcome

log = logging.getLogger("demandforum.crawl")
PROGRESS_LOG_EVERY = 100


class ProgressReport:
    """A rich progress bar on a terminal; otherwise a plain log line every PROGRESS_LOG_EVERY pages."""

    def __init__(self, total: int, show_bar: bool) -> None:
        self.total = total
        self.done: Counter[str] = Counter()
        self._bar = None
        if show_bar:
            from rich.console import Console
            from rich.progress import Progress

            self._bar = Progress(console=Console(stderr=True))
            self._task = self._bar.add_task("crawl", total=total)

    def __enter__(self) -> ProgressReport:
        if self._bar is not None:
            self._bar.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._bar is not None:
            self._bar.stop()

    def advance(self, outcome: PageOutcome) -> None:
        self.done[outcome.result] += 1
        finished = sum(self.done.values())
        if self._bar is not None:
            self._bar.update(self._task, advance=1, description=f"crawl ({self.done['failed']} failed)")
        elif finished % PROGRESS_LOG_EVERY == 0 or finished == self.total:
            log.info("crawl: %d/%d pages (fetched %d, not modified %d, failed %d)", finished, self.total,
                     self.done["fetched"], self.done["not-modified"], self.done["failed"])
