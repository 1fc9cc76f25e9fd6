"""What bounds a whole run's requests: the retry budget, the circuit breaker, the deadline, and the stop they cause."""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

log = logging.getLogger("demandforum.http")


class RetryBudget:
    """Retries left for the whole run, so a failing site cannot multiply our requests."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.spent = 0

    def take(self) -> bool:
        if self.spent >= self.total:
            return False
        self.spent += 1
        return True


class RunStopped(Exception):
    """The run sends no more requests: `why` is "deadline" or "circuit-open". Not a FetchError,
    because it says nothing about the page: the page is simply not reached in this run."""

    def __init__(self, why: str) -> None:
        super().__init__(why)
        self.why = why


class CircuitBreaker:
    """Opens, for the rest of the run, once at least `threshold` of the last `window` attempts
    failed (timeouts, connection errors, 429, 5xx): a sick site is left alone instead of being
    hammered until the run's deadline."""

    def __init__(self, window: int = 20, threshold: float = 0.8) -> None:
        self.window = window
        self.threshold = threshold
        self.opened = False
        self._recent: deque[bool] = deque(maxlen=window)

    def record(self, failed: bool) -> None:
        self._recent.append(failed)
        if not self.opened and len(self._recent) == self.window and \
                sum(self._recent) >= self.threshold * self.window:
            self.opened = True
            log.error("circuit breaker open: %s; no more requests this run", self.describe())

    def describe(self) -> str:
        return f"{sum(self._recent)} of the last {len(self._recent)} requests failed or timed out"


class RunLimits:
    """Past the run's deadline (on the event loop's clock, which is time.monotonic()), or once the
    circuit breaker is open, no request is sent any more."""

    def __init__(self, breaker: CircuitBreaker, deadline: float | None) -> None:
        self.breaker = breaker
        self.deadline = deadline

    @property
    def stopped_by(self) -> str | None:
        """Why no request is sent any more ("circuit-open", "deadline"), or None."""
        if self.breaker.opened:
            return "circuit-open"
        if self.deadline is not None and asyncio.get_running_loop().time() >= self.deadline:
            return "deadline"
        return None

    @asynccontextmanager
    async def within(self) -> AsyncIterator[None]:
        """Refuses to start past the run's limits, and cuts what is in flight at the deadline."""
        if self.stopped_by:
            raise RunStopped(self.stopped_by)
        try:
            async with asyncio.timeout_at(self.deadline):
                yield
        except TimeoutError:
            if self.stopped_by != "deadline":
                raise
            raise RunStopped("deadline") from None
