"""Retrying a transient failure (connection trouble, timeout, 429, 5xx): exponential backoff with
jitter, Retry-After honoured (capped), at most `max_attempts` per request, within the run's budget.

tenacity's stop/wait/retry strategies compose the per-request attempt cap, the run-wide budget and
Retry-After without any hand-written retry loop.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from tenacity import AsyncRetrying, RetryCallState, retry_if_exception_type, stop_after_attempt
from tenacity import wait_exponential_jitter

from scraper.fetch.errors import RetriesExhausted, TransientError
from scraper.fetch.limits import RetryBudget

T = TypeVar("T")


class RetryPolicy:
    def __init__(self, *, max_attempts: int, budget: RetryBudget, backoff: float, max_wait: float) -> None:
        self.max_attempts = max_attempts
        self.budget = budget
        self.max_wait = max_wait
        self._backoff = wait_exponential_jitter(multiplier=backoff, max=max_wait, jitter=backoff)

    async def run(self, attempt: Callable[..., Awaitable[T]], *args: Any) -> T:
        """`attempt(*args)`, again after each TransientError while the policy allows; then
        RetriesExhausted."""
        retrying = AsyncRetrying(
            retry=retry_if_exception_type(TransientError),
            # Evaluated in order: the budget is only charged for a retry the attempt cap allows.
            stop=stop_after_attempt(self.max_attempts) | self._stop_when_budget_spent,
            wait=self._wait,
            reraise=True,
        )
        try:
            return await retrying(attempt, *args)
        except TransientError as error:
            attempts = retrying.statistics.get("attempt_number", 1)
            why = "gave up" if attempts >= self.max_attempts else "retry budget spent"
            raise RetriesExhausted(
                f"{error.reason} ({why} after {attempts} attempt{'s' if attempts > 1 else ''})",
                status=error.status,
            ) from error

    def _stop_when_budget_spent(self, retry_state: RetryCallState) -> bool:
        """Charge one retry to the run's budget; stop when none is left."""
        return not self.budget.take()

    def _wait(self, retry_state: RetryCallState) -> float:
        error = retry_state.outcome.exception() if retry_state.outcome else None
        if isinstance(error, TransientError) and error.retry_after is not None:
            return min(error.retry_after, self.max_wait)
        return self._backoff(retry_state)
