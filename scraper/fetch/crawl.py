"""The crawl: discover every profile, fetch each one conditionally into the archive, say what happened.

A 200 page is kept as the location's new good copy only if it is a profile page (the parser's
`NotAProfilePage` decides, so a soft error page served with status 200 never replaces a good copy;
its body is still archived, with the failure, for inspection). A 304 confirms the archived copy.
With a `LastmodPolicy` (the refresh's), pages whose sitemap <lastmod> says they did not change are
skipped, but for a rotating slice (see `scraper.fetch.lastmod`).
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import sys
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

import typer

from parsers import PARSER_VERSION, NotAProfilePage, check_profile
from scraper.cli.app import app
from scraper.storage.archive import DEFAULT_CACHE_DIR, Archive, BodyMissing, FetchRecord
from scraper.fetch.discovery import DiscoveryFailed, discover
from scraper.fetch.documents import ArchivedDocuments, conditional_headers, revalidated_now
from scraper.fetch.http import FetchError, PoliteClient, Response
from scraper.fetch.lastmod import LastmodPolicy, plan_requests
from scraper.fetch.limits import CircuitBreaker, RunStopped
from scraper.fetch.urls import canonicalize

log = logging.getLogger("demandforum.crawl")

__all__ = ["CrawlResult", "CrawlSettings", "DiscoveryFailed", "PageOutcome", "crawl"]


def _project_version() -> str:
    try:
        return version("demandforum")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "dev"


DEFAULT_USER_AGENT = f"demandforum/{_project_version()} (+https://github.com/demandforum/demandforum)"
PROGRESS_LOG_EVERY = 100


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


@dataclass(frozen=True)
class PageOutcome:
    url: str
    result: Literal["fetched", "not-modified", "failed", "missing-offline", "skipped"]
    reason: str | None
    http_status: int | None
    sha256: str | None
    fetched_at: datetime | None
    unchanged: bool = False  # failed again on a body the server confirmed unchanged (a 304)


@dataclass
class CrawlResult:
    discovered: list[str]
    discovery_source: str
    outcomes: list[PageOutcome]
    requests: int
    bytes_downloaded: int
    refused: dict[str, str] = field(default_factory=dict)  # URLs never requested or not kept: why
    lastmod: dict[str, str | None] = field(default_factory=dict)  # sitemap <lastmod> per discovered URL
    retries: int = 0
    problems: list[str] = field(default_factory=list)  # discovery sources that failed
    stopped_by: str | None = None  # "deadline" | "circuit-open": the run stopped sending requests
    not_reached: list[str] = field(default_factory=list)  # discovered, not fetched before the stop
    requests_by_kind: dict[str, int] = field(default_factory=dict)  # robots, sitemaps, listings, pages
    revalidated: list[str] = field(default_factory=list)  # lastmod said unchanged; asked anyway
    revalidated_changed: list[str] = field(default_factory=list)  # ...and a new body came

    def count(self, result: str) -> int:
        return sum(outcome.result == result for outcome in self.outcomes)

    def failures_by_reason(self) -> Counter[str]:
        return Counter(
            failure_kind(outcome.reason or "unknown")
            for outcome in self.outcomes
            if outcome.result in {"failed", "missing-offline"}
        )

    @property
    def complete(self) -> bool:
        """Every discovered page was fetched, confirmed unchanged, or unchanged by its lastmod."""
        return bool(self.outcomes) and not self.not_reached and all(
            o.result in {"fetched", "not-modified", "skipped"} for o in self.outcomes)


def failure_kind(reason: str) -> str:
    """The stable head of a failure reason ('HTTP 503', 'timeout', 'not HTML', ...) for counting."""
    return reason.split(" (", 1)[0].split(":", 1)[0]


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
        with _ProgressReport(len(requested), show_bar) as report:
            queue: asyncio.Queue[str] = asyncio.Queue()
            for url in requested:
                queue.put_nowait(url)

            async def worker() -> None:
                while not queue.empty() and not client.stopped_by:
                    url = queue.get_nowait()
                    try:
                        outcomes[url] = await _fetch_page(client, archive, url, discovery.profiles.get(url))
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


async def _fetch_page(
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


class _ProgressReport:
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

    def __enter__(self) -> _ProgressReport:
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


# -- the command --------------------------------------------------------------------------


@app.command("crawl")
def crawl_command(
    base_url: str = typer.Option(CrawlSettings.base_url, help="The site to crawl."),
    cache_dir: Path = typer.Option(DEFAULT_CACHE_DIR, help="Where the page archive lives."),
    limit: int | None = typer.Option(None, min=1, help="Fetch at most this many profiles."),
    rate: float = typer.Option(CrawlSettings.rate, min=0.001, help="Requests per second."),
    concurrency: int = typer.Option(CrawlSettings.concurrency, min=1, max=64, help="Requests in flight."),
    offline: bool = typer.Option(False, help="Serve only from the archive; report what is missing."),
    user_agent: str = typer.Option(DEFAULT_USER_AGENT, help="User-Agent, naming you and a contact URL."),
) -> None:
    """Fetch (conditionally) every profile page into the archive.

    Exit codes: 0 every page fetched or not modified; 1 some failed or missing, or no start; 2 usage.
    """
    if urlsplit(base_url).scheme not in {"http", "https"} or not urlsplit(base_url).hostname:
        raise typer.BadParameter("must be an http(s) URL with a host", param_hint="--base-url")
    if not user_agent.strip():
        raise typer.BadParameter("must name the crawler and a contact URL", param_hint="--user-agent")
    _configure_logging()
    settings = CrawlSettings(base_url=base_url.rstrip("/"), user_agent=user_agent, rate=rate,
                             concurrency=concurrency, limit=limit, offline=offline)
    try:
        with Archive(cache_dir) as archive:
            result = crawl(settings, archive)
    except DiscoveryFailed as error:
        typer.echo(f"crawl could not start: {error}", err=True)
        raise typer.Exit(1) from None
    except (OSError, sqlite3.Error) as error:
        typer.echo(f"crawl stopped: the archive in {cache_dir} cannot be written: {error}", err=True)
        raise typer.Exit(1) from None
    typer.echo(summary(result))
    raise typer.Exit(0 if result.complete else 1)


def summary(result: CrawlResult) -> str:
    lines = [
        f"discovered {len(result.discovered)} profiles (from the {result.discovery_source})",
        f"fetched {result.count('fetched')}, not modified {result.count('not-modified')}, "
        f"failed {result.count('failed')}"
        + (f", skipped by lastmod {result.count('skipped')}" if result.count("skipped") else "")
        + (f", missing offline {result.count('missing-offline')}" if result.count("missing-offline") else "")
        + (f", not reached {len(result.not_reached)} ({result.stopped_by})" if result.not_reached else ""),
    ]
    lines += [f"  {count:>6}  {reason}" for reason, count in result.failures_by_reason().most_common()]
    lines.append(
        f"requests {result.requests}, downloaded {result.bytes_downloaded / 2**20:.1f} MiB, "
        f"retries {result.retries}, URLs refused {len(result.refused)}"
    )
    if not result.outcomes:
        lines.append("nothing to serve: the archive holds no page of this site"
                     if result.discovery_source == "archive" else "no page fetched")
    return "\n".join(lines)


def _configure_logging() -> None:
    if logging.getLogger().handlers:
        return  # the caller (e.g. the refresh job) chose its own logging
    if sys.stderr.isatty():
        from rich.logging import RichHandler

        handler: logging.Handler = RichHandler(show_path=False)
    else:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler])
