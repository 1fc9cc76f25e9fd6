"""Turn this run's pages into the next dataset, keeping every good record that can be kept.

Pure apart from the two callables it is given (read a body, parse a body), so it is tested on
hand-made records. Rules:
- a page whose body hash and parser version match its record is not parsed again;
- a page that fails (fetch failure, refused body, parse failure) keeps its last good record, marked
  stale with the reason, the first run that failed and the last good fetch; the mark goes away when
  the page parses again. With no record yet (a new out dir on an old archive), the page's last good
  archived body gives one, marked stale the same way;
- a location missing from discovery keeps its record (marked stale) until it has been missing for
  `missing_runs_limit` consecutive runs, then is removed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime

from parsers.models import Profile, StaleMark
from scraper.refresh.state import RefreshState, TrackedPage
from scraper.fetch.urls import profile_slug

MISSING_FROM_DISCOVERY = "missing from discovery"


@dataclass(frozen=True)
class PageSource:
    """One discovered profile page as this run sees it."""

    url: str
    # The body to parse and when it was fetched; for a failed page, its last good archived copy.
    sha256: str | None
    fetched_at: datetime | None
    failure: str | None = None  # why this run could not get a usable body, one line


@dataclass(frozen=True)
class PageFailure:
    url: str
    id: str | None  # of the record the page gave before, if any
    reason: str
    refused_by_parser: bool  # False: the page could not be fetched or was refused by the fetcher


@dataclass
class Reconciliation:
    records: dict[str, Profile]
    state: RefreshState
    parsed: int = 0
    reused: int = 0
    failures: list[PageFailure] = field(default_factory=list)
    removed: dict[str, str] = field(default_factory=dict)  # id -> why
    missing: dict[str, int] = field(default_factory=dict)  # id -> consecutive runs missing


class ParseRefused(Exception):
    """The parser would not make a record of a body; str() is the one-line reason."""


class BodyUnavailable(Exception):
    """The archived body cannot be read (not the page's fault: it is not remembered as refused)."""


Parse = Callable[[bytes, PageSource], Profile]  # raises ParseRefused
ReadBody = Callable[[str], bytes]  # raises BodyUnavailable


def reconcile(
    previous: dict[str, Profile],
    state: RefreshState,
    pages: list[PageSource],
    *,
    read_body: ReadBody,
    parse: Parse,
    parser_version: str,
    run_started: datetime,
    missing_runs_limit: int,
    on_page_done: Callable[[], None] = lambda: None,
) -> Reconciliation:
    run = _Run(previous, state, read_body, parse, parser_version, run_started)
    for page in sorted(pages, key=lambda page: page.url):
        run.take(page)
        on_page_done()
    run.keep_or_remove_undiscovered({page.url for page in pages}, missing_runs_limit)
    return run.result


@dataclass
class _Run:
    previous: dict[str, Profile]
    state: RefreshState
    read_body: ReadBody
    parse: Parse
    parser_version: str
    run_started: datetime
    result: Reconciliation = field(init=False)
    claimed_by: dict[str, str] = field(default_factory=dict)  # id -> URL that gave it this run

    def __post_init__(self) -> None:
        self.result = Reconciliation(
            records={}, state=RefreshState(published_discovered=self.state.published_discovered)
        )
        self.previous_by_url = {record.url: record.id for record in self.previous.values()}

    def take(self, page: PageSource) -> None:
        tracked = self.state.pages.get(page.url, TrackedPage()).model_copy()
        tracked.missing_runs = 0
        previous_id = self._previous_id(page.url, tracked)
        previous = self.previous.get(previous_id or "")
        record, reason = self._record_for(page, previous, tracked)
        refused_by_parser = (
            page.failure is None and reason is not None and reason == tracked.rejected_reason
        )
        if record is not None and record.id in self.claimed_by:
            other_url = self.claimed_by[record.id]
            record, reason = None, f"duplicate id: {record.id} also given by {other_url}"
        if record is not None:
            tracked.id = record.id
            tracked.last_good_fetch = page.fetched_at or tracked.last_good_fetch
            self.result.records[record.id] = record
            self.claimed_by[record.id] = page.url
        else:
            assert reason is not None
            failure = PageFailure(page.url, previous_id, reason, refused_by_parser)
            self.result.failures.append(failure)
            kept = previous
            if kept is None and page.failure is not None and page.sha256 is not None:
                kept, _ = self._record_for(replace(page, failure=None), None, tracked)
            if kept is not None and kept.id not in self.result.records:
                tracked.id = kept.id
                self.result.records[kept.id] = _mark_stale(kept, reason, self.run_started, tracked)
        self.result.state.pages[page.url] = tracked

    def _previous_id(self, url: str, tracked: TrackedPage) -> str | None:
        # Without state (a lost state.json) the record is found by its URL, then by the slug.
        slug = profile_slug(url)
        return tracked.id or self.previous_by_url.get(url) or (
            slug if slug in self.previous else None
        )

    def _record_for(
        self, page: PageSource, previous: Profile | None, tracked: TrackedPage
    ) -> tuple[Profile | None, str | None]:
        """The page's record (reused or parsed), or None and why not."""
        if page.failure is not None:
            return None, page.failure
        if page.sha256 is None:
            return None, "no body archived"
        if (
            previous is not None
            and previous.content_sha256 == page.sha256
            and previous.parser_version == self.parser_version
        ):
            self.result.reused += 1
            return previous.model_copy(update={"stale": None}), None
        if (
            tracked.rejected_sha256 == page.sha256
            and tracked.rejected_by_parser == self.parser_version
        ):
            return None, tracked.rejected_reason or "refused by the parser"
        try:
            body = self.read_body(page.sha256)
        except BodyUnavailable as error:
            return None, str(error)
        self.result.parsed += 1
        try:
            record = self.parse(body, page)
        except ParseRefused as refusal:
            tracked.rejected_sha256 = page.sha256
            tracked.rejected_by_parser = self.parser_version
            tracked.rejected_reason = str(refusal)
            return None, str(refusal)
        tracked.rejected_sha256 = tracked.rejected_by_parser = tracked.rejected_reason = None
        return record, None

    def keep_or_remove_undiscovered(
        self, discovered_urls: set[str], missing_runs_limit: int
    ) -> None:
        url_of = {tracked.id: url for url, tracked in self.state.pages.items() if tracked.id}
        for record_id, record in sorted(self.previous.items()):
            if record_id in self.result.records:
                continue
            url = url_of.get(record_id, record.url)
            if url in discovered_urls:
                self.result.removed[record_id] = f"{url} now gives another id"
                continue
            tracked = self.state.pages.get(url, TrackedPage(id=record_id)).model_copy()
            tracked.missing_runs += 1
            if tracked.missing_runs >= missing_runs_limit:
                self.result.removed[record_id] = (
                    f"missing from discovery for {tracked.missing_runs} runs"
                )
                continue
            self.result.missing[record_id] = tracked.missing_runs
            self.result.records[record_id] = _mark_stale(
                record, MISSING_FROM_DISCOVERY, self.run_started, tracked
            )
            self.result.state.pages[url] = tracked


def _mark_stale(
    record: Profile, reason: str, run_started: datetime, tracked: TrackedPage
) -> Profile:
    if record.stale is not None:
        since, last_good_fetch = record.stale.since, record.stale.last_good_fetch
    else:
        since, last_good_fetch = run_started, record.fetched_at
    mark = StaleMark(
        reason=reason, since=since, last_good_fetch=tracked.last_good_fetch or last_good_fetch
    )
    return record.model_copy(update={"stale": mark})
