"""The crawl: discover every profile, fetch each one conditionally into the archive (see
`scraper.fetch.profile_page`), say what happened.

With a `LastmodPolicy` (the refresh's), pages whose sitemap <lastmod> says they did not change are
skipped, but for a rotating slice (see `scraper.fetch.lastmod`).
"""

from __future__ import annotations

import asyncio
import logging
import sys
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version

from scraper.fetch.crawl_result import CrawlResult, PageOutcome
from scraper.fetch.discovery import DiscoveryFailed, discover
from scraper.fetch.documents import ArchivedDocuments
from scraper.fetch.errors import FetchError
from scraper.fetch.http import PoliteClient
from scraper.fetch.lastmod import LastmodPolicy, plan_requests
from scraper.fetch.limits import CircuitBreaker, RunStopped
from scraper.fetch.profile_page import fetch_page
from scraper.fetch.progress import ProgressReport
from scraper.fetch.urls import canonicalize
from scraper.storage.archive import Archive

log = logging.getLogger("demandforum.crawl")

__all__ = ["CrawlResult", "CrawlSettings", "DiscoveryFailed", "PageOutcome", "crawl"]


def _project_version() -> str:
    try:
        return version("demandforum")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "dev"


DEFAULT_USER_AGENT = f"demandforum/{_project_version()} (+https://github.com/demandforum/demandforum)"


@dataclass(frozen=True)
class CrawlSettings:
    base_url: str = "https://demand-forum.org"
    user_agent: str = DEFAULT_USER_AGENT
    rate: float = 1.0  # requests per second per host
    concurrency: int = 4
    limit: int | None = None
    timeout: float = 30.0  # per network operation (connect, each read)
    max_body_bytes: int = 10 * 2**20
    retry_budget: int = 1000  # retries per run: at most ~a third more requests on a 2,700-page site
    offline: bool = False
    max_attempts: int = 4  # per request, retries included
    backoff: float = 1.0  # seconds; doubles per retry, plus as much jitter
    max_retry_wait: float = 120.0  # cap on Retry-After and backoff
    max_redirects: int = 5
    max_attempt_time: float = 60.0  # a whole answer, however slowly it trickles in
    breaker_window: int = 20  # the circuit opens when at least breaker_threshold of the last
    breaker_threshold: float = 0.8  # breaker_window attempts failed


def crawl(
    settings: CrawlSettings,
    archive: Archive,
    *,
    progress: bool | None = None,
    deadline: float | None = None,
    lastmod: LastmodPolicy | None = None,
) -> CrawlResult:
    """Fetch every discovered profile into `archive` (with `lastmod`: those it does not skip),
    sending no request after `deadline` (a `time.monotonic()` value; the pages not reached by then
    are listed). Raises only DiscoveryFailed."""
    if settings.offline:
        return _crawl_offline(settings, archive)
    show_bar = sys.stderr.isatty() if progress is None else progress
    return asyncio.run(_crawl_online(settings, archive, show_bar, deadline, lastmod))


async def _crawl_online(
    settings: CrawlSettings,
    archive: Archive,
    show_bar: bool,
    deadline: float | None,
    lastmod: LastmodPolicy | None,
) -> CrawlResult:
    async with PoliteClient(
        base_url=settings.base_url,
        user_agent=settings.user_agent,
        rate=settings.rate,
        concurrency=settings.concurrency,
        timeout=settings.timeout,
        max_body_bytes=settings.max_body_bytes,
        retry_budget=settings.retry_budget,
        max_attempts=settings.max_attempts,
        backoff=settings.backoff,
        max_retry_wait=settings.max_retry_wait,
        max_redirects=settings.max_redirects,
        max_attempt_time=settings.max_attempt_time,
        breaker=CircuitBreaker(settings.breaker_window, settings.breaker_threshold),
        deadline=deadline,
    ) as client:
        documents = ArchivedDocuments(client, archive)
        try:
            try:
                await client.load_robots(documents.get)
            except FetchError as error:
                raise DiscoveryFailed(f"robots.txt unavailable: {error.reason}") from error
            discovery = await discover(client, documents.get)
        except RunStopped as stop:  # a partial discovery would make the pages it missed look removed
            raise DiscoveryFailed(f"the run stopped during discovery ({stop.why})") from None
        urls = _least_recently_fetched_first(sorted(discovery.profiles)[: settings.limit], archive)
        verdicts = plan_requests(urls, discovery.profiles, archive, lastmod)
        requested = [url for url in urls if verdicts[url] != "skip"]
        log.info("discovered %d profiles from the %s; fetching %d (%d skipped by lastmod)",
                 len(discovery.profiles), discovery.source, len(requested), len(urls) - len(requested))
        outcomes = {url: _skipped(archive, url) for url in urls if verdicts[url] == "skip"}
        revalidated = [url for url in urls if verdicts[url] == "revalidate"]
        held = {url: page.sha256 for url in revalidated if (page := archive.latest_good_for(url))}
        with ProgressReport(len(requested), show_bar) as report:
            queue: asyncio.Queue[str] = asyncio.Queue()
            for url in requested:
                queue.put_nowait(url)

            async def worker() -> None:
                while not queue.empty() and not client.stopped_by:
                    url = queue.get_nowait()
                    try:
                        outcomes[url] = await fetch_page(client, archive, url, discovery.profiles.get(url))
                    except RunStopped:
                        return  # the page stays not reached; so do the ones still queued
                    report.advance(outcomes[url])

            try:  # a task group cancels the other workers when one fails (a full disk, say)
                async with asyncio.TaskGroup() as workers:
                    for _ in range(settings.concurrency):
                        workers.create_task(worker())
            except ExceptionGroup as failure:
                raise failure.exceptions[0] from None
        return CrawlResult(
            discovered=sorted(discovery.profiles),
            discovery_source=discovery.source,
            outcomes=[outcomes[url] for url in sorted(outcomes)],
            requests=client.requests,
            bytes_downloaded=client.bytes_downloaded,
            refused=dict(client.refusals),
            lastmod=discovery.profiles,
            retries=client.retry_budget.spent,
            problems=discovery.problems,
            stopped_by=client.stopped_by if len(outcomes) < len(urls) else None,
            not_reached=sorted(set(urls) - outcomes.keys()),
            requests_by_kind=dict(client.requests_by_kind),
            revalidated=revalidated,
            revalidated_changed=[
                url for url in revalidated
                if url in outcomes and outcomes[url].result == "fetched"
                and outcomes[url].sha256 != held.get(url)
            ],
        )


def _least_recently_fetched_first(urls: list[str], archive: Archive) -> list[str]:
    """Pages never fetched, then the ones fetched longest ago: a run stopped early (deadline,
    circuit breaker) is followed by one that starts with what it did not reach."""
    order = archive.fetch_order()
    return sorted(urls, key=lambda url: order.get(url, -1))


def _skipped(archive: Archive, url: str) -> PageOutcome:
    page = archive.latest_good_for(url)
    assert page is not None, "only a page with a good archived copy is skipped"
    return PageOutcome(url, "skipped", None, page.status, page.sha256, page.fetched_at)



def _crawl_offline(settings: CrawlSettings, archive: Archive) -> CrawlResult:
    """Every URL of this site the archive knows: its newest good copy, or why there is none."""
    urls = [url for url in archive.urls() if canonicalize(url, settings.base_url) == url]
    outcomes = []
    for url in urls[: settings.limit]:
        page = archive.latest_good_for(url)
        if page is not None and archive.has_body(page.sha256):
            outcomes.append(PageOutcome(url, "not-modified", None, page.status, page.sha256, page.fetched_at))
        elif page is not None:
            outcomes.append(PageOutcome(url, "missing-offline", "archived body lost from the cache",
                                        page.status, None, None))
        else:
            last = archive.latest_fetch_for(url)
            reason = f"no good copy archived (last fetch failed: {last.reason})"
            outcomes.append(PageOutcome(url, "missing-offline", reason, last.status, None, None))
    return CrawlResult(discovered=urls, discovery_source="archive", outcomes=outcomes, requests=0,
                       bytes_downloaded=0)
