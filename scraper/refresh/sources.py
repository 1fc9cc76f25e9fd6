"""Where a refresh gets its pages: the site (through the crawl), the archive, or the fixtures."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from scraper.storage.archive import Archive, BodyMissing
from scraper.fetch.crawl import CrawlSettings, crawl
from scraper.fetch.lastmod import LastmodPolicy
from scraper.refresh.reconcile import BodyUnavailable, PageSource
from scraper.fetch.urls import canonicalize, is_profile_url

Mode = Literal["online", "offline-archive", "offline-fixtures"]


@dataclass
class Sources:
    """The pages of this run and how to read their bodies."""

    mode: Mode
    discovery_source: str
    pages: list[PageSource]
    read_body: Callable[[str], bytes]
    fetched: int = 0
    not_modified: int = 0
    failed_unchanged: int = 0  # failed again on a body the server confirmed unchanged (no download)
    skipped: int = 0  # by lastmod
    requests: int = 0
    bytes_downloaded: int = 0
    stopped_by: str | None = None  # "deadline" | "circuit-open": fetching stopped early
    not_reached: list[str] = field(default_factory=list)  # discovered pages not fetched this run
    requests_by_kind: dict[str, int] = field(default_factory=lambda: requests_by_kind({}, {}))
    revalidated: list[str] = field(default_factory=list)  # lastmod said unchanged; asked anyway
    revalidated_changed: list[str] = field(default_factory=list)  # ...and a new body came


def gather(
    archive: Archive,
    crawl_settings: CrawlSettings,
    *,
    offline: bool,
    fixtures_dir: Path,
    progress: bool | None,
    deadline: float | None = None,
    lastmod: LastmodPolicy | None = None,
) -> Sources:
    """Online: crawl the site (skipping by `lastmod`), sending no request after `deadline`
    (monotonic). Offline: the archive's newest good copies of this site's profiles, or the fixtures
    when the archive has none. Raises DiscoveryFailed (online only)."""
    if not offline:
        return _crawl(archive, crawl_settings, progress, deadline, lastmod)
    base_url = crawl_settings.base_url
    archived = [
        page
        for page in archive.latest_good()
        if is_profile_url(page.url) and canonicalize(page.url, base_url) == page.url
    ]
    if archived:
        pages = [PageSource(page.url, page.sha256, page.fetched_at) for page in archived]
        return Sources("offline-archive", "archive", pages, archive_reader(archive))
    return _fixtures(fixtures_dir, base_url)


def _crawl(
    archive: Archive, crawl_settings: CrawlSettings, progress: bool | None, deadline: float | None,
    lastmod: LastmodPolicy | None,
) -> Sources:
    result = crawl(crawl_settings, archive, progress=progress, deadline=deadline, lastmod=lastmod)
    outcomes = {outcome.url: outcome for outcome in result.outcomes}
    not_reached = set(result.not_reached)
    pages = []
    for url in sorted(set(result.discovered) | outcomes.keys()):
        outcome = outcomes.get(url)
        if url in not_reached:
            pages.append(_as_last_fetched(archive, url))
        elif outcome is None:
            pages.append(PageSource(url, None, None, "not fetched in this run"))
        elif outcome.result in ("fetched", "not-modified", "skipped") and outcome.sha256:
            pages.append(PageSource(url, outcome.sha256, outcome.fetched_at))
        else:
            reason = outcome.reason or outcome.result
            last_good = archive.latest_good_for(url)
            if last_good is None:
                pages.append(PageSource(url, None, None, reason))
            else:
                pages.append(PageSource(url, last_good.sha256, last_good.fetched_at, reason))
    results = Counter(outcome.result for outcome in result.outcomes)
    return Sources(
        mode="online",
        discovery_source=result.discovery_source,
        pages=pages,
        read_body=archive_reader(archive),
        fetched=results["fetched"],
        not_modified=results["not-modified"],
        failed_unchanged=sum(outcome.unchanged for outcome in result.outcomes),
        skipped=results["skipped"],
        requests=result.requests,
        bytes_downloaded=result.bytes_downloaded,
        stopped_by=result.stopped_by,
        not_reached=result.not_reached,
        requests_by_kind=requests_by_kind(result.requests_by_kind, results),
        revalidated=result.revalidated,
        revalidated_changed=result.revalidated_changed,
    )


def _as_last_fetched(archive: Archive, url: str) -> PageSource:
    """A page the run did not reach stands as its last fetch left it: its last good copy, still
    failing (and so still stale) if that fetch failed."""
    last_good = archive.latest_good_for(url)
    last = archive.latest_fetch_for(url)
    failure = last.reason or "failed" if last is not None and not last.good else None
    if last_good is None:
        return PageSource(url, None, None, failure or "not reached before the run stopped")
    return PageSource(url, last_good.sha256, last_good.fetched_at, failure)


def requests_by_kind(sent: Mapping[str, int], pages: Mapping[str, int]) -> dict[str, int]:
    """HTTP requests by what they were for (`sent`: retries and redirect hops included, they add up
    to the run's requests), then what became of the profile pages (`pages`: crawl results)."""
    return {
        **{kind: sent.get(kind, 0) for kind in ("robots", "sitemaps", "listings", "pages")},
        "skipped_by_lastmod": pages.get("skipped", 0),
        "revalidated_304": pages.get("not-modified", 0),
        "fetched_200": pages.get("fetched", 0),
        "failed": pages.get("failed", 0),
    }


def _fixtures(fixtures_dir: Path, base_url: str) -> Sources:
    """The saved fixture pages, as if just fetched: what a fresh machine without internet has."""
    bodies: dict[str, bytes] = {}
    pages = []
    base = base_url.rstrip("/")
    for path in sorted(fixtures_dir.glob("*.html")):
        body = path.read_bytes()
        sha256 = hashlib.sha256(body).hexdigest()
        bodies[sha256] = body
        pages.append(PageSource(f"{base}/site/{path.stem}/", sha256, None))
    return Sources("offline-fixtures", f"fixtures {fixtures_dir}", pages, bodies.__getitem__)


def archive_reader(archive: Archive) -> Callable[[str], bytes]:
    def read_body(sha256: str) -> bytes:
        try:
            return archive.read_body(sha256)
        except BodyMissing as error:
            raise BodyUnavailable(f"archived body unreadable: {error}") from error

    return read_body
