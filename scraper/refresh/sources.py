"""Where a refresh gets its pages: the site (through the crawl), the archive, or the fixtures."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from scraper.storage.archive import Archive, BodyMissing
from scraper.fetch.crawl import CrawlSettings, crawl
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
    requests: int = 0
    bytes_downloaded: int = 0


def gather(
    archive: Archive,
    crawl_settings: CrawlSettings,
    *,
    offline: bool,
    fixtures_dir: Path,
    progress: bool | None,
) -> Sources:
    """Online: crawl the site. Offline: the archive's newest good copies of this site's profiles,
    or the fixtures when the archive has none. Raises DiscoveryFailed (online only)."""
    if not offline:
        return _crawl(archive, crawl_settings, progress)
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


def _crawl(archive: Archive, crawl_settings: CrawlSettings, progress: bool | None) -> Sources:
    result = crawl(crawl_settings, archive, progress=progress)
    outcomes = {outcome.url: outcome for outcome in result.outcomes}
    pages = []
    for url in sorted(set(result.discovered) | outcomes.keys()):
        outcome = outcomes.get(url)
        if outcome is None:
            pages.append(PageSource(url, None, None, "not fetched in this run"))
        elif outcome.result in ("fetched", "not-modified") and outcome.sha256:
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
        requests=result.requests,
        bytes_downloaded=result.bytes_downloaded,
    )


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
