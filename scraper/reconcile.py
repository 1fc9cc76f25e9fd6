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
from scraper.refresh_state import RefreshState, TrackedPage
from scraper.urls import profile_slug

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
    result = Reconciliation(
        records={}, state=RefreshState(published_discovered=state.published_discovered)
    )
    previous_by_url = {record.url: record_id for record_id, record in previous.items()}
    claimed_by: dict[str, str] = {}  # id -> URL of the page that gave it in this run
    for page in sorted(pages, key=lambda page: page.url):
        tracked = state.pages.get(page.url, TrackedPage()).model_copy()
        tracked.missing_runs = 0
        # Without state (a lost state.json) the record is found by its URL, then by the slug.
        slug = profile_slug(page.url)
        previous_id = tracked.id or previous_by_url.get(page.url) or (
            slug if slug in previous else None
        )
        record, reason = _record_for(
            page, previous.get(previous_id or ""), tracked, read_body, parse, parser_version, result
        )
        refused_by_parser = page.failure is None and reason is not None and (
            reason == tracked.rejected_reason
        )
        if record is not None and record.id in claimed_by:
            other_url = claimed_by[record.id]
            record, reason = None, f"duplicate id: {record.id} also given by {other_url}"
        if record is not None:
            tracked.id = record.id
            tracked.last_good_fetch = page.fetched_at or tracked.last_good_fetch
            result.records[record.id] = record
            claimed_by[record.id] = page.url
        else:
            assert reason is not None
            result.failures.append(PageFailure(page.url, previous_id, reason, refused_by_parser))
            kept = previous.get(previous_id or "")
            if kept is None and page.failure is not None and page.sha256 is not None:
                kept, _ = _record_for(
                    replace(page, failure=None), None, tracked, read_body, parse, parser_version,
                    result,
                )
            if kept is not None and kept.id not in result.records:
                tracked.id = kept.id
                result.records[kept.id] = _mark_stale(kept, reason, run_started, tracked)
        result.state.pages[page.url] = tracked
        on_page_done()

    discovered_urls = {page.url for page in pages}
    url_of = {tracked.id: url for url, tracked in state.pages.items() if tracked.id}
    for record_id, record in sorted(previous.items()):
        if record_id in result.records:
            continue
        url = url_of.get(record_id, record.url)
        if url in discovered_urls:
            result.removed[record_id] = f"{url} now gives another id"
            continue
        tracked = state.pages.get(url, TrackedPage(id=record_id)).model_copy()
        tracked.missing_runs += 1
        if tracked.missing_runs >= missing_runs_limit:
            result.removed[record_id] = f"missing from discovery for {tracked.missing_runs} runs"
            continue
        result.missing[record_id] = tracked.missing_runs
        stale = _mark_stale(record, MISSING_FROM_DISCOVERY, run_started, tracked)
        result.records[record_id] = stale
        result.state.pages[url] = tracked
    return result


def _record_for(
    page: PageSource,
    previous: Profile | None,
    tracked: TrackedPage,
    read_body: ReadBody,
    parse: Parse,
    parser_version: str,
    result: Reconciliation,
) -> tuple[Profile | None, str | None]:
    if page.failure is not None:
        return None, page.failure
    if page.sha256 is None:
        return None, "no body archived"
    if (
        previous is not None
        and previous.content_sha256 == page.sha256
        and previous.parser_version == parser_version
    ):
        result.reused += 1
        return previous.model_copy(update={"stale": None}), None
    if tracked.rejected_sha256 == page.sha256 and tracked.rejected_by_parser == parser_version:
        return None, tracked.rejected_reason or "refused by the parser"
    try:
        body = read_body(page.sha256)
    except BodyUnavailable as error:
        return None, str(error)
    result.parsed += 1
    try:
        record = parse(body, page)
    except ParseRefused as refusal:
        tracked.rejected_sha256 = page.sha256
        tracked.rejected_by_parser = parser_version
        tracked.rejected_reason = str(refusal)
        return None, str(refusal)
    tracked.rejected_sha256 = tracked.rejected_by_parser = tracked.rejected_reason = None
    return record, None


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
