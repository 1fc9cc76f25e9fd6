"""The polite HTTP client: the pipeline's only door to the network.

Every request it sends is to the base URL's own site (see `scraper.fetch.urls`), allowed by robots.txt,
paced (at most one request start per interval, the larger of 1/rate and Crawl-delay, and at most
`concurrency` requests in flight), time-boxed, and size-capped. Redirects are followed by hand so
that each hop is checked like a first request. Connection errors, timeouts, 429 and 5xx are retried
with exponential backoff and jitter, honouring Retry-After (capped), within a retry budget shared by
the whole run.

Whole-run limits: past the run's deadline (a monotonic time), or once the circuit breaker has seen
most recent attempts fail, no request is sent any more and `get` raises `RunStopped`; a request in
flight at the deadline is cut. Each attempt is also cut at `max_attempt_time`, however the answer
trickles in (the per-operation timeout only bounds each read).

The pieces: `scraper.fetch.pacing` (request starts), `retries` (backoff, Retry-After, the budget),
`limits` (the retry budget, the circuit breaker, the deadline), `bodies` (content type, size cap),
`errors` and `response` (what `get` raises and returns).
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urldefrag, urljoin

import httpx

from scraper.fetch.bodies import check_content_type, drain, read_capped
from scraper.fetch.errors import HttpStatusError, Refused, TransientError
from scraper.fetch.limits import CircuitBreaker, RetryBudget, RunLimits, RunStopped
from scraper.fetch.pacing import Pacer, parse_retry_after
from scraper.fetch.response import HTML_TYPES, Response
from scraper.fetch.retries import RetryPolicy
from scraper.fetch.robots import ROBOTS_MAX_BYTES, RobotsRules
from scraper.fetch.urls import canonicalize

SLOW_CRAWL_WARNING_SECONDS = 10.0
# httpx logs every request at INFO; our own log lines say what matters.
logging.getLogger("httpx").setLevel(logging.WARNING)
log = logging.getLogger("demandforum.http")
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"
RequestKind = Literal["robots", "sitemaps", "listings", "pages"]


class PoliteClient:
    """Use as `async with PoliteClient(...) as client:`; call `load_robots()` before crawling."""

    def __init__(
        self,
        *,
        base_url: str,
        user_agent: str,
        rate: float,
        concurrency: int,
        timeout: float,
        max_body_bytes: int,
        retry_budget: int,
        max_attempts: int = 4,
        backoff: float = 0.5,
        max_retry_wait: float = 60.0,
        max_redirects: int = 5,
        max_attempt_time: float | None = None,
        breaker: CircuitBreaker | None = None,
        deadline: float | None = None,
    ) -> None:
        if rate <= 0 or concurrency < 1 or timeout <= 0 or max_body_bytes < 1:
            raise ValueError("rate, concurrency, timeout and max_body_bytes must be positive")
        self.base_url = base_url
        self.user_agent = user_agent
        self.max_body_bytes = max_body_bytes
        self.robots = RobotsRules.allow_all(user_agent)
        self.requests = 0
        self.requests_by_kind: Counter[RequestKind] = Counter()
        self.bytes_downloaded = 0
        self.refusals: dict[str, str] = {}  # URL -> why it was not requested or not kept
        self.retry_budget = RetryBudget(retry_budget)
        self._pacer = Pacer(1.0 / rate)
        self._slots = asyncio.Semaphore(concurrency)
        # The per-operation timeout bounds each read; this bounds a whole slow-drip answer.
        self._attempt_deadline = max_attempt_time or 4 * timeout
        self.breaker = breaker or CircuitBreaker()
        self._limits = RunLimits(self.breaker, deadline)
        self._retries = RetryPolicy(
            max_attempts=max_attempts, budget=self.retry_budget, backoff=backoff, max_wait=max_retry_wait
        )
        self._max_retry_wait = max_retry_wait
        self._max_redirects = max_redirects
        self._client = httpx.AsyncClient(
            headers={"User-Agent": user_agent, "Accept": _ACCEPT},
            timeout=httpx.Timeout(timeout),
            limits=httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency),
            follow_redirects=False,
            trust_env=False,  # never route through an environment proxy
        )

    async def __aenter__(self) -> PoliteClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self._client.aclose()

    @property
    def request_interval(self) -> float:
        return self._pacer.interval

    async def load_robots(self, get: Callable[..., Awaitable[Response]] | None = None) -> RobotsRules:
        """Fetch robots.txt and obey it from now on. A 4xx means no rules; other failures raise.
        `get`: a stand-in for `self.get` (one that answers from an archive when nothing changed)."""
        url = urljoin(self.base_url, "/robots.txt")
        try:
            response = await (get or self.get)(
                url, kind="robots", accept=None, max_bytes=ROBOTS_MAX_BYTES, obey_robots=False
            )
        except HttpStatusError as error:
            if error.status is None or not 400 <= error.status < 500:
                raise
            self.robots = RobotsRules.allow_all(self.user_agent)
        else:
            self.robots = RobotsRules.parse(response.body.decode("utf-8", "replace"), self.user_agent)
        self._pacer.interval = max(self._pacer.interval, self.robots.crawl_delay or 0.0)
        if self._pacer.interval > SLOW_CRAWL_WARNING_SECONDS:
            log.warning("robots.txt asks for %.0f s between requests: this crawl will be slow",
                        self._pacer.interval)
        return self.robots

    def record_refusal(self, url: str, reason: str) -> None:
        self.refusals.setdefault(url, reason)

    @property
    def stopped_by(self) -> str | None:
        """Why no request is sent any more ("circuit-open", "deadline"), or None."""
        return self._limits.stopped_by

    async def get(
        self,
        url: str,
        *,
        kind: RequestKind = "pages",
        accept: tuple[str, ...] | None = HTML_TYPES,
        headers: dict[str, str] | None = None,
        max_bytes: int | None = None,
        obey_robots: bool = True,
    ) -> Response:
        """GET `url`, following same-site redirects. Returns a 2xx or a 304; raises FetchError, or
        RunStopped once the run sends no more requests. `kind` only sorts the request in
        `requests_by_kind`."""
        target = self._allowed_target(url, obey_robots=obey_robots, context="link")
        visited = {target}
        wanted = _Wanted(accept, max_bytes or self.max_body_bytes, kind)
        async with self._limits.within():
            for _ in range(self._max_redirects + 1):
                status, response_headers, body = await self._retries.run(self._send_once, target, headers or {}, wanted)
                if status in _REDIRECT_STATUSES:
                    target = self._redirect_target(target, response_headers, visited, obey_robots)
                    continue
                if 200 <= status < 300 or status == 304:
                    return Response(url, target, status, response_headers, body)
                raise HttpStatusError(f"HTTP {status}", status=status)
        raise self._refuse(url, f"more than {self._max_redirects} redirects")

    async def resolve(self, url: str, *, is_destination: Callable[[str], bool]) -> str:
        """Follow `url`'s redirects (reading no bodies) up to the first URL `is_destination` accepts."""
        target = self._allowed_target(url, obey_robots=True, context="link")
        visited = {target}
        async with self._limits.within():
            for _ in range(self._max_redirects + 1):
                status, response_headers, _ = await self._retries.run(self._send_once, target, {}, _SHORT_LINK)
                if status not in _REDIRECT_STATUSES:
                    if 200 <= status < 300:
                        return target
                    raise HttpStatusError(f"HTTP {status}", status=status)
                target = self._redirect_target(target, response_headers, visited, True)
                if is_destination(target):
                    return target
        raise self._refuse(url, f"more than {self._max_redirects} redirects")

    # -- one hop ---------------------------------------------------------------------------

    def _allowed_target(self, url: str, *, obey_robots: bool, context: str) -> str:
        if canonicalize(url, self.base_url) is None:
            raise self._refuse(url, f"{context} off the site: {url[:200]}")
        target = urldefrag(urljoin(self.base_url, url)).url
        if obey_robots and not self.robots.allows(target):
            raise self._refuse(url, "disallowed by robots.txt")
        return target

    def _redirect_target(
        self, current: str, headers: httpx.Headers, visited: set[str], obey_robots: bool
    ) -> str:
        location = headers.get("location")
        if not location:
            raise HttpStatusError("redirect without a Location header")
        target = self._allowed_target(urljoin(current, location), obey_robots=obey_robots, context="redirect")
        if target in visited:
            raise self._refuse(current, f"redirect loop through {target[:200]}")
        visited.add(target)
        return target

    def _refuse(self, url: str, reason: str) -> Refused:
        self.record_refusal(url, reason)
        return Refused(reason)

    async def _send_once(
        self, url: str, headers: dict[str, str], wanted: _Wanted
    ) -> tuple[int, httpx.Headers, bytes]:
        async with self._slots:
            await self._pacer.wait_turn()
            if self.stopped_by:  # a retry, or a request that waited its turn, after the limits hit
                raise RunStopped(self.stopped_by)
            self.requests += 1
            self.requests_by_kind[wanted.kind] += 1
            try:
                async with asyncio.timeout(self._attempt_deadline):
                    answer = await self._exchange(url, headers, wanted)
            except TransientError:
                self.breaker.record(failed=True)
                raise
            except TimeoutError as error:
                self.breaker.record(failed=True)
                raise TransientError(f"timeout (whole answer over {self._attempt_deadline:g} s)") from error
            except httpx.TimeoutException as error:
                self.breaker.record(failed=True)
                raise TransientError(f"timeout ({type(error).__name__})") from error
            except httpx.TransportError as error:
                self.breaker.record(failed=True)
                raise TransientError(f"connection error ({type(error).__name__}: {error})"[:300]) from error
            except httpx.DecodingError as error:
                raise TransientError(f"undecodable content encoding ({error})"[:300]) from error
            self.breaker.record(failed=False)
            return answer

    async def _exchange(
        self, url: str, headers: dict[str, str], wanted: _Wanted
    ) -> tuple[int, httpx.Headers, bytes]:
        async with self._client.stream("GET", url, headers=headers) as response:
            try:
                status = response.status_code
                if status == 429 or status >= 500:
                    retry_after = parse_retry_after(response.headers.get("retry-after"))
                    if retry_after is not None:
                        self._pacer.hold_off(min(retry_after, self._max_retry_wait))
                    raise TransientError(f"HTTP {status}", status=status, retry_after=retry_after)
                if not 200 <= status < 300 or wanted.body_limit is None:
                    await drain(response)
                    return status, response.headers, b""
                check_content_type(response.headers, wanted.accept)
                return status, response.headers, await read_capped(response, wanted.body_limit)
            except Refused as refusal:
                self.record_refusal(url, refusal.reason)
                raise
            finally:
                self.bytes_downloaded += response.num_bytes_downloaded



@dataclass(frozen=True)
class _Wanted:
    """What a request will accept: content types (None: any) and a body size cap (None: no body);
    and what it is for."""

    accept: tuple[str, ...] | None
    body_limit: int | None
    kind: RequestKind = "pages"


_SHORT_LINK = _Wanted(accept=None, body_limit=None, kind="listings")
