"""Why a fetch gave no usable answer: the errors the polite client raises."""

from __future__ import annotations


class FetchError(Exception):
    """A fetch that gave no usable answer; `reason` is one line for the archive and the report."""

    def __init__(self, reason: str, *, status: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status


class Refused(FetchError):
    """Deliberately not requested or not kept: off-site, robots, too big, wrong type. Never retried."""


class HttpStatusError(FetchError):
    """The site answered with a status we cannot use (404, 410, 403...)."""


class TransientError(FetchError):
    """A failure worth retrying: connection trouble, timeout, 429 or 5xx."""

    def __init__(self, reason: str, *, status: int | None = None, retry_after: float | None = None):
        super().__init__(reason, status=status)
        self.retry_after = retry_after


class RetriesExhausted(FetchError):
    """A transient failure that persisted through every allowed retry."""
