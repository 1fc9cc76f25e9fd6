"""Which discovered pages a run requests, by their sitemap <lastmod> (issue 10).

A page is skipped (its archived copy and record reused as they are) when its sitemap <lastmod> is
not newer than what the archive holds for it: the <lastmod> seen at its last good fetch, or that
fetch's own time. A deterministic slice of the pages lastmod calls unchanged is requested anyway
(a conditional GET), so that every page is revalidated at least once every `revalidate_days` runs:
each run takes the ceil(pages / N) confirmed longest ago (the archive's insertion order, so no clock
is involved). Everything else is always requested: pages without (or with an unreadable) lastmod,
pages new to the archive or whose last fetch failed, and pages the refresh does not hold a fresh,
current record for (`eligible`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal

from scraper.storage.archive import Archive
from scraper.storage.records import FetchRecord

# Our clock against the site's: a lastmod is compared with our fetch time only with this slack.
CLOCK_MARGIN = timedelta(hours=1)
# A date, or a time without a zone, is local to a zone somewhere between UTC+14 and UTC-12.
_LATEST_ZONE = timedelta(hours=12)
_W3C = re.compile(
    r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2})"
    r"(?P<time>T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?P<zone>Z|[+-]\d{2}:\d{2})?)?)?)?"
)

Verdict = Literal["skip", "revalidate", "fetch"]


@dataclass(frozen=True)
class Lastmod:
    """The latest instant a sitemap <lastmod> allows the page's last change to have happened.
    `exact`: it gave a time with its zone; a bare date, month or year is not exact (nor, outside
    the protocol but seen in the wild and accepted, a time without a zone)."""

    latest: datetime
    exact: bool


def parse_lastmod(text: str | None) -> Lastmod | None:
    """A W3C datetime (the forms the sitemap protocol allows); None when absent or unreadable."""
    text = (text or "").strip()
    match = _W3C.fullmatch(text)
    if match is None:
        return None
    year, month, day = (int(match[name] or 1) for name in ("year", "month", "day"))
    try:
        if match["time"]:
            moment = datetime.fromisoformat(text)
            if match["zone"]:
                return Lastmod(moment.astimezone(UTC), exact=True)
            return Lastmod(moment.replace(tzinfo=UTC) + _LATEST_ZONE, exact=False)
        start = datetime(year, month, day, tzinfo=UTC)
        if match["day"]:
            end = start + timedelta(days=1)
        elif match["month"]:
            end = (start + timedelta(days=32)).replace(day=1)
        else:
            end = start.replace(year=year + 1)
        return Lastmod(end + _LATEST_ZONE, exact=False)
    except (ValueError, OverflowError):  # month 13, hour 25, a zone of +99:00, the year 9999...
        return None


def unchanged_since_fetch(lastmod: Lastmod | None, previous: FetchRecord) -> bool:
    """True when `lastmod` says the page has not changed since the good fetch `previous`.

    An exact lastmod seen at that fetch is the reference, on the site's own clock. Otherwise (none
    was seen, or only a date) the fetch time is, less CLOCK_MARGIN for the two clocks; a date seen
    then still caps it, so that a later date always means a change."""
    if lastmod is None:
        return False
    seen = parse_lastmod(previous.sitemap_lastmod)
    if seen is not None and seen.exact:
        reference = seen.latest
    else:
        reference = previous.fetched_at - CLOCK_MARGIN
        if seen is not None:
            reference = min(reference, seen.latest)
    return lastmod.latest <= reference


@dataclass(frozen=True)
class LastmodPolicy:
    """How a run uses lastmod. `revalidate_days` N: every page revalidated at least once every N
    runs (1: every page every run; 0: lastmod trusted fully). `revalidate_all`: lastmod lied lately,
    revalidate every page it calls unchanged. `eligible`: the pages the refresh holds a fresh record
    of, made by the current parser; the others are always requested."""

    revalidate_days: int = 7
    revalidate_all: bool = False
    eligible: frozenset[str] = frozenset()


def plan_requests(
    urls: list[str], lastmods: Mapping[str, str | None], archive: Archive,
    policy: LastmodPolicy | None,
) -> dict[str, Verdict]:
    """skip / revalidate (lastmod says unchanged, asked anyway) / fetch, for every URL.
    Without a policy every page is fetched."""
    verdicts: dict[str, Verdict] = {url: "fetch" for url in urls}
    if policy is None:
        return verdicts
    unchanged = [url for url in urls if url in policy.eligible and _unchanged(url, lastmods, archive)]
    order = archive.confirmation_order()
    unchanged.sort(key=lambda url: (order.get(url, 0), url))
    days = policy.revalidate_days
    if days == 0:
        share = 0
    elif policy.revalidate_all:
        share = len(unchanged)
    else:
        share = math.ceil(len(unchanged) / days)
    for position, url in enumerate(unchanged):
        verdicts[url] = "revalidate" if position < share else "skip"
    return verdicts


def _unchanged(url: str, lastmods: Mapping[str, str | None], archive: Archive) -> bool:
    previous = archive.latest_good_fetch_for(url)
    if previous is None or not archive.has_body(previous.sha256 or ""):
        return False
    latest = archive.latest_fetch_for(url)
    if latest is not None and latest.outcome == "failed":
        return False
    return unchanged_since_fetch(parse_lastmod(lastmods.get(url)), previous)
