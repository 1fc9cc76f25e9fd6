"""Sitemap <lastmod>: its W3C forms, the skip rule, and the rotating revalidation slice (no clock)."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scraper.fetch.lastmod import (
    CLOCK_MARGIN,
    LastmodPolicy,
    parse_lastmod,
    plan_requests,
    unchanged_since_fetch,
)
from scraper.storage.archive import Archive
from scraper.storage.records import FetchRecord

FETCHED = datetime(2026, 3, 10, 6, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "text, latest, exact",
    [
        ("2026-03-01T10:00:05+02:00", datetime(2026, 3, 1, 8, 0, 5, tzinfo=UTC), True),
        ("2026-03-01T10:00:05Z", datetime(2026, 3, 1, 10, 0, 5, tzinfo=UTC), True),
        ("2026-03-01T10:00-05:00", datetime(2026, 3, 1, 15, 0, tzinfo=UTC), True),
        ("2026-03-01T10:00:05.25+00:00", datetime(2026, 3, 1, 10, 0, 5, 250000, tzinfo=UTC), True),
        # A date (and, outside the protocol, a time without a zone) may be local to UTC-12.
        ("2026-03-01", datetime(2026, 3, 2, 12, 0, tzinfo=UTC), False),
        ("2026-02", datetime(2026, 3, 1, 12, 0, tzinfo=UTC), False),
        ("2026-12", datetime(2027, 1, 1, 12, 0, tzinfo=UTC), False),
        ("2026", datetime(2027, 1, 1, 12, 0, tzinfo=UTC), False),
        ("2026-03-01T10:00:05", datetime(2026, 3, 1, 22, 0, 5, tzinfo=UTC), False),
        ("  2026-03-01\n", datetime(2026, 3, 2, 12, 0, tzinfo=UTC), False),
    ],
)
def test_the_w3c_forms_give_the_latest_instant_of_the_change(text, latest, exact):
    parsed = parse_lastmod(text)
    assert parsed is not None and parsed.latest == latest and parsed.exact is exact


@pytest.mark.parametrize(
    "text",
    [None, "", "yesterday", "2026-3-1", "2026-02-30", "2026-13", "2026-03-01T25:00Z",
     "2026-03-01T10:00:05+99:00", "20260301", "2026-W09", "9999-12-31", "0000-01-01",
     "Sun, 01 Mar 2026 10:00:00 GMT", "2026-03-01 10:00:05+00:00"],
)
def test_an_unreadable_lastmod_is_unknown(text):
    assert parse_lastmod(text) is None


@given(st.text(max_size=40))
def test_any_text_is_read_or_unknown_never_an_error(text):
    parsed = parse_lastmod(text)
    assert parsed is None or parsed.latest.tzinfo is not None


def previous(sitemap_lastmod: str | None, fetched_at: datetime = FETCHED) -> FetchRecord:
    return FetchRecord(url="https://demand-forum.org/site/a-ct/", fetched_at=fetched_at,
                       outcome="fetched", status=200, sha256="0" * 64, sitemap_lastmod=sitemap_lastmod)


@pytest.mark.parametrize(
    "seen, now, unchanged",
    [
        # An exact lastmod seen at the fetch is the reference, whatever our clock said.
        ("2019-09-09T23:51:12+00:00", "2019-09-09T23:51:12+00:00", True),
        ("2019-09-09T23:51:12+00:00", "2019-09-09T21:51:12-02:00", True),  # the same instant
        ("2019-09-09T23:51:12+00:00", "2019-09-09T23:51:13+00:00", False),
        ("2019-09-09T23:51:12+00:00", "2019-09-12T23:51:12+00:00", False),
        ("2019-09-09T23:51:12+00:00", "2019-09-01T00:00:00+00:00", True),  # older: not newer
        # Nothing seen (an archive from before lastmod was kept): the fetch time, less the margin.
        (None, "2026-03-10T04:59:59+00:00", True),
        (None, "2026-03-10T05:30:00+00:00", False),
        (None, "2026-03-10T07:00:00+00:00", False),
        # A date seen: a later date is a change, the same date only once the day is surely over.
        ("2026-03-01", "2026-03-01", True),
        ("2026-03-01", "2026-03-04", False),
        ("2026-03-10", "2026-03-10", False),  # fetched that very day: it may have changed since
        ("2026-03-08", "2026-03-08", True),
        # Unknown now: always asked.
        ("2026-03-01", None, False),
        ("2026-03-01", "soon", False),
    ],
)
def test_a_page_is_unchanged_when_its_lastmod_is_not_newer_than_the_archive_holds(seen, now, unchanged):
    assert unchanged_since_fetch(parse_lastmod(now), previous(seen)) is unchanged


def test_the_clock_margin_covers_an_hour_of_skew_between_the_site_and_us():
    assert CLOCK_MARGIN == timedelta(hours=1)
    just_inside = (FETCHED - CLOCK_MARGIN).isoformat()
    just_after = (FETCHED - CLOCK_MARGIN + timedelta(seconds=1)).isoformat()
    assert unchanged_since_fetch(parse_lastmod(just_inside), previous(None))
    assert not unchanged_since_fetch(parse_lastmod(just_after), previous(None))


# -- the plan over an archive -------------------------------------------------------------

LASTMOD = "2020-01-01T00:00:00+00:00"


def url(number: int) -> str:
    return f"https://demand-forum.org/site/page-{number:03d}-ct/"


def archive_of(tmp_path, count: int) -> Archive:
    archive = Archive(tmp_path / "cache")
    for number in range(count):
        record = FetchRecord(url=url(number), fetched_at=FETCHED, outcome="fetched", status=200,
                             etag=f'"{number}"', sitemap_lastmod=LASTMOD)
        archive.record_fetch(record, f"<html>{number}</html>".encode())
    return archive


def revalidate(archive: Archive, urls: list[str]) -> None:
    """What the crawl records for a 304 (the clock stands still: only the order counts)."""
    for page_url in urls:
        good = archive.latest_good_fetch_for(page_url)
        archive.record_fetch(FetchRecord(url=page_url, fetched_at=FETCHED, outcome="not-modified",
                                         status=304, sha256=good.sha256, sitemap_lastmod=LASTMOD))


@pytest.mark.parametrize("pages, days", [(30, 7), (14, 7), (10, 3), (5, 7), (9, 1)])
def test_every_page_is_revalidated_at_least_once_every_n_runs_in_even_slices(tmp_path, pages, days):
    urls = [url(number) for number in range(pages)]
    policy = LastmodPolicy(revalidate_days=days, eligible=frozenset(urls))
    with archive_of(tmp_path, pages) as archive:
        last_seen = dict.fromkeys(urls, 0)
        for run in range(1, 4 * days + 1):
            verdicts = plan_requests(urls, dict.fromkeys(urls, LASTMOD), archive, policy)
            slice_ = [page for page, verdict in verdicts.items() if verdict == "revalidate"]
            assert set(verdicts.values()) <= {"skip", "revalidate"}
            assert len(slice_) == math.ceil(pages / days)
            revalidate(archive, slice_)
            for page in slice_:
                last_seen[page] = run
            assert all(run - seen < days for seen in last_seen.values()), (run, last_seen)


def test_trusting_fully_skips_all_and_revalidating_all_asks_all(tmp_path):
    urls = [url(number) for number in range(6)]
    lastmods = dict.fromkeys(urls, LASTMOD)
    with archive_of(tmp_path, 6) as archive:
        trusted = plan_requests(urls, lastmods, archive, LastmodPolicy(0, eligible=frozenset(urls)))
        assert set(trusted.values()) == {"skip"}
        distrusted = LastmodPolicy(7, revalidate_all=True, eligible=frozenset(urls))
        assert set(plan_requests(urls, lastmods, archive, distrusted).values()) == {"revalidate"}
        assert set(plan_requests(urls, lastmods, archive, None).values()) == {"fetch"}


def test_pages_lastmod_cannot_vouch_for_are_always_fetched(tmp_path):
    urls = [url(number) for number in range(7)]
    new_page = url(99)
    lastmods = dict.fromkeys(urls, LASTMOD) | {
        url(0): None,  # no lastmod
        url(1): "last Tuesday",  # unreadable
        url(2): "2020-01-04T00:00:00+00:00",  # changed since the fetch
        new_page: LASTMOD,  # never fetched
    }
    with archive_of(tmp_path, 7) as archive:
        archive.record_fetch(FetchRecord(url=url(3), fetched_at=FETCHED, outcome="failed",
                                         status=500, reason="HTTP 500"))  # failing now
        eligible = frozenset(urls[:5] + [new_page])  # url(5), url(6): stale or a new parser's
        verdicts = plan_requests(urls + [new_page], lastmods, archive, LastmodPolicy(0, eligible=eligible))
    assert verdicts == {url(0): "fetch", url(1): "fetch", url(2): "fetch", url(3): "fetch",
                        url(4): "skip", url(5): "fetch", url(6): "fetch", new_page: "fetch"}
