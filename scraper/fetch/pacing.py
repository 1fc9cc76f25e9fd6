"""When the next request may start: spaced starts, and the waits a site asks for (Retry-After)."""

from __future__ import annotations

import asyncio
import email.utils
from datetime import UTC, datetime


class Pacer:
    """Spaces request starts at least `interval` apart (one asyncio loop, so no lock is needed)."""

    def __init__(self, interval: float) -> None:
        self.interval = interval  # may grow (Crawl-delay) after the first request
        self._last_start = float("-inf")
        self._hold_until = float("-inf")

    async def wait_turn(self) -> None:
        now = asyncio.get_running_loop().time()
        start = max(now, self._last_start + self.interval, self._hold_until)
        self._last_start = start
        if start > now:
            await asyncio.sleep(start - now)

    def hold_off(self, seconds: float) -> None:
        """The site asked us to wait (Retry-After): no request starts before then."""
        self._hold_until = max(self._hold_until, asyncio.get_running_loop().time() + seconds)


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP date); None if unusable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())

