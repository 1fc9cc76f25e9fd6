"""Items 5 and 6: the refresh with nothing changed and the crawl from empty, each against a bare
httpx client fetching the same URLs with the same concurrency, all against one local mirror; and
the requests an unchanged refresh sends when it skips pages by sitemap lastmod (issue 10).

The mirror runs in its own process so that serving pages never competes with the client measured
for this process's GIL; every client meets the same server.
"""

from __future__ import annotations

import asyncio
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

import httpx

from benchmarks.data import REPO
from benchmarks.results import Result, result
from scraper.refresh.lastmod_trust import DEFAULT_REVALIDATE_DAYS
from scraper.storage.archive import Archive
from scraper.fetch.crawl import CrawlSettings, crawl
from scraper.fetch.documents import conditional_headers
from scraper.refresh.job import run_refresh
from scraper.refresh.settings import RefreshSettings

CONCURRENCY = 4
UNLIMITED_RATE = 1e6  # requests per second: pacing lifted for loopback
POLITE_RATE = 1.0  # requests per second: the refresh's default on the real site
SITEMAP_ALLOWANCE = 20  # robots.txt and the sitemaps, in the lastmod targets
_SERVING = re.compile(r" at (http://127\.0\.0\.1:\d+)/")


@contextmanager
def served_mirror(pages: int) -> Iterator[str]:
    """`python -m tests.mirror` on a free port; yields its base URL."""
    command = [sys.executable, "-m", "tests.mirror", "--port", "0", "--pages", str(pages)]
    server = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        first_line = server.stdout.readline() if server.stdout else ""
        match = _SERVING.search(first_line)
        if match is None:
            raise RuntimeError(f"the mirror did not start: {first_line!r}")
        yield match.group(1)
    finally:
        server.terminate()
        server.wait(timeout=10)


@dataclass(frozen=True)
class BareRun:
    seconds: float
    statuses: dict[int, int]
    body_bytes: int


def bare_fetch(urls: list[str], headers_for: Callable[[str], dict[str, str]] = lambda url: {}) -> BareRun:
    """The floor: a plain httpx client getting every URL, CONCURRENCY at a time, bodies read."""
    return asyncio.run(_bare_fetch(urls, headers_for))


async def _bare_fetch(urls: list[str], headers_for: Callable[[str], dict[str, str]]) -> BareRun:
    pending = list(reversed(urls))
    statuses: dict[int, int] = {}
    body_bytes = 0
    limits = httpx.Limits(max_connections=CONCURRENCY, max_keepalive_connections=CONCURRENCY)
    async with httpx.AsyncClient(limits=limits, timeout=30) as client:
        async def worker() -> None:
            nonlocal body_bytes
            while pending:
                url = pending.pop()
                response = await client.get(url, headers=headers_for(url))
                statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
                body_bytes += len(response.content)

        start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
        return BareRun(time.perf_counter() - start, statuses, body_bytes)


def crawl_from_empty(base_url: str, work_dir: Path) -> tuple[Result, Path]:
    """Item 6; returns the filled archive for the refresh measurement."""
    archive_dir = work_dir / "crawl-archive"
    shutil.rmtree(archive_dir, ignore_errors=True)
    settings = CrawlSettings(base_url=base_url, rate=UNLIMITED_RATE, concurrency=CONCURRENCY)
    with Archive(archive_dir) as archive:
        start = time.perf_counter()
        crawled = crawl(settings, archive, progress=False)
        seconds = time.perf_counter() - start
    urls = [outcome.url for outcome in crawled.outcomes]
    floor = bare_fetch(urls)
    fetched = crawled.count("fetched")
    row = result(f"6. crawl from empty ({len(urls)} pages)", f"{fetched / seconds:.0f} pages/s",
                 f"{len(urls) / floor.seconds:.0f} pages/s", (fetched / seconds) / (len(urls) / floor.seconds),
                 ">= 0.5x", holds=fetched == len(urls),
                 note=f"{fetched} fetched and archived, {crawled.requests} requests (robots and sitemaps "
                      f"included); floor: plain GETs, statuses {floor.statuses}")
    return row, archive_dir


def refresh_unchanged(base_url: str, archive_dir: Path, work_dir: Path) -> list[Result]:
    """Item 5: a first refresh publishes the dataset; then refreshes that find nothing changed:
    with the default lastmod rotation, trusting lastmod fully, and asking every page (the speed)."""
    out_dir = work_dir / "refresh-out"
    shutil.rmtree(out_dir, ignore_errors=True)
    settings = RefreshSettings(crawl=CrawlSettings(base_url=base_url, rate=UNLIMITED_RATE, concurrency=CONCURRENCY),
                               cache_dir=archive_dir, out_dir=out_dir, progress=False)
    run_refresh(settings)
    rows = [_lastmod_row(run_refresh(replace(settings, revalidate_days=days)), days)
            for days in (DEFAULT_REVALIDATE_DAYS, 0)]
    return [_speed_row(settings, archive_dir), *rows]


def _lastmod_row(report: dict, days: int) -> Result:
    """Requests of an unchanged refresh skipping by lastmod, against the physical limit (robots and
    sitemaps only), and its wall time at the polite default rate next to asking every page."""
    kinds, pages = report["requests_by_kind"], report["pages"]["discovered"]
    documents = kinds["robots"] + kinds["sitemaps"] + kinds["listings"]
    every_page = documents + pages
    if days:
        limit, target = pages / days + SITEMAP_ALLOWANCE, f"<= {pages}/{days} + {SITEMAP_ALLOWANCE}"
    else:
        limit, target = SITEMAP_ALLOWANCE, f"<= {SITEMAP_ALLOWANCE}, 0 bodies"
    holds = report["requests"] <= limit and (days > 0 or kinds["fetched_200"] == 0)
    return Result(
        f"5. refresh, nothing changed, --revalidate-days {days} ({pages} pages)",
        f"{report['requests']} requests", f"{documents} requests (robots, sitemaps)",
        report["requests"] / documents, target, holds,
        note=f"{kinds['pages']} pages asked ({kinds['revalidated_304']} answered 304, "
             f"{kinds['fetched_200']} bodies), {kinds['skipped_by_lastmod']} skipped by lastmod, "
             f"{report['bytes_downloaded']} bytes downloaded; at {POLITE_RATE:g} request/s "
             f"{_minutes(report['requests'])} against {_minutes(every_page)} asking every page "
             f"({every_page} requests)",
    )


def _minutes(requests: int) -> str:
    seconds = requests / POLITE_RATE
    return f"{seconds / 60:.1f} min" if seconds >= 60 else f"{seconds:.0f} s"


def _speed_row(settings: RefreshSettings, archive_dir: Path) -> Result:
    """Requests/s of an unchanged refresh asking every page conditionally, against a bare client."""
    start = time.perf_counter()
    report = run_refresh(replace(settings, revalidate_days=1))
    seconds = time.perf_counter() - start
    pages = report["pages"]
    with Archive(archive_dir) as archive:
        validators = {page.url: conditional_headers(archive.latest_good_fetch_for(page.url))
                      for page in archive.latest_good()}
    floor = bare_fetch(sorted(validators), validators.__getitem__)
    plain = bare_fetch(sorted(validators))
    rate, floor_rate = report["requests"] / seconds, len(validators) / floor.seconds
    quiet = pages["fetched"] == 0 and pages["parsed"] == 0
    return result(f"5. refresh, nothing changed, every page asked ({pages['discovered']} pages)",
                  f"{rate:.0f} requests/s",
                  f"{floor_rate:.0f} requests/s", rate / floor_rate, ">= 0.5x", holds=quiet,
                  note=f"report: fetched {pages['fetched']}, not modified {pages['not_modified']}, "
                       f"parsed {pages['parsed']}, {report['requests']} requests; floor: the same "
                       f"conditional GETs, statuses {floor.statuses} (plain GETs: "
                       f"{len(validators) / plain.seconds:.0f} requests/s)")



def network(pages: int, work_dir: Path) -> list[Result]:
    with served_mirror(pages) as base_url:
        crawl_row, archive_dir = crawl_from_empty(base_url, work_dir)
        return [*refresh_unchanged(base_url, archive_dir, work_dir), crawl_row]
