"""One profile page: fetched conditionally, judged by the parser, archived.

A 200 page is kept as the location's new good copy only if it is a profile page (the parser's
`NotAProfilePage` decides, so a soft error page served with status 200 never replaces a good copy;
its body is still archived, with the failure, for inspection). A 304 confirms the archived copy.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace
from datetime import UTC, datetime

from parsers import PARSER_VERSION, NotAProfilePage, check_profile
from scraper.fetch.crawl_result import PageOutcome
from scraper.fetch.documents import conditional_headers, revalidated_now
from scraper.fetch.errors import FetchError
from scraper.fetch.http import PoliteClient
from scraper.fetch.response import Response
from scraper.fetch.limits import RunStopped
from scraper.storage.archive import Archive, BodyMissing
from scraper.storage.records import FetchRecord

log = logging.getLogger("demandforum.crawl")


async def fetch_page(
    client: PoliteClient, archive: Archive, url: str, lastmod: str | None
) -> PageOutcome:
    previous = archive.latest_answer_for(url)
    if previous is not None and not archive.has_body(previous.sha256):
        previous = None  # the body was lost from the cache: fetch it whole again
    try:
        response = await client.get(url, headers=conditional_headers(previous))
    except RunStopped:
        raise
    except FetchError as error:
        return await _record(archive, _failure(url, error.reason, status=error.status))
    except Exception as error:  # a client bug must cost one page, not the run (archive errors still raise)
        log.exception("unexpected error fetching %s", url)
        return await _record(archive, _failure(url, f"unexpected error ({type(error).__name__}: {error})"))
    if response.status == 304:
        if previous is None:
            return await _record(archive, _failure(url, "HTTP 304 without an archived copy", response))
        revalidated = revalidated_now(previous, response, sitemap_lastmod=lastmod)
        if previous.good:
            return await _record(archive, replace(revalidated, outcome="not-modified"))
        return await _revalidated_refusal(archive, revalidated)
    refusal = await asyncio.to_thread(_not_a_profile_reason, response.body, response.final_url)
    if refusal is not None:
        return await _record(archive, _failure(url, refusal, response, checked=True), response.body)
    return await _record(archive, FetchRecord(
        url=url, final_url=response.final_url, fetched_at=datetime.now(UTC), outcome="fetched",
        status=response.status, etag=response.etag, last_modified=response.last_modified,
        content_type=response.headers.get("content-type"), checked_by=PARSER_VERSION,
        sitemap_lastmod=lastmod,
    ), response.body)


async def _revalidated_refusal(archive: Archive, revalidated: FetchRecord) -> PageOutcome:
    """A 304 for a body the parser refused: no download. The same parser's verdict stands; a new
    parser judges the archived body again."""
    reason = revalidated.reason
    if revalidated.checked_by != PARSER_VERSION:
        try:
            body = await asyncio.to_thread(archive.read_body, revalidated.sha256)
        except BodyMissing as error:
            return await _record(archive, replace(revalidated, outcome="failed", sha256=None,
                                                  reason=f"HTTP 304, archived body unreadable: {error}"[:300]))
        reason = await asyncio.to_thread(_not_a_profile_reason, body, revalidated.final_url or revalidated.url)
    judged = replace(revalidated, checked_by=PARSER_VERSION)
    if reason is None:
        return await _record(archive, replace(judged, outcome="not-modified", reason=None))
    return await _record(archive, replace(judged, outcome="failed", reason=reason), unchanged=True)


def _failure(
    url: str, reason: str, response: Response | None = None, *, status: int | None = None,
    checked: bool = False,
) -> FetchRecord:
    if response is None:
        return FetchRecord(url=url, fetched_at=datetime.now(UTC), outcome="failed", status=status,
                           reason=reason[:300])
    return FetchRecord(
        url=url, final_url=response.final_url, fetched_at=datetime.now(UTC), outcome="failed",
        status=response.status, etag=response.etag, last_modified=response.last_modified,
        content_type=response.headers.get("content-type"), reason=reason[:300],
        checked_by=PARSER_VERSION if checked else None,
    )


async def _record(
    archive: Archive, record: FetchRecord, body: bytes | None = None, *, unchanged: bool = False
) -> PageOutcome:
    # fsync and SQLite writes block: keep them off the event loop.
    record = await asyncio.to_thread(archive.record_fetch, record, body)
    if record.outcome == "failed":
        log.warning("failed %s: %s", record.url, record.reason)
    return PageOutcome(
        url=record.url,
        result=record.outcome,
        reason=record.reason,
        http_status=record.status,
        sha256=record.sha256 if record.good else None,
        fetched_at=record.fetched_at if record.good else None,
        unchanged=unchanged,
    )


def _not_a_profile_reason(body: bytes, url: str) -> str | None:
    """Why this 200 page is not a profile (a soft error page, a listing...), or None if it is one."""
    try:
        check_profile(body)
    except NotAProfilePage as refusal:
        return str(refusal)
    except Exception:  # a parser bug must not cost us the page: the parse step will report it
        log.exception("parser crashed on %s; keeping the page", url)
    return None
