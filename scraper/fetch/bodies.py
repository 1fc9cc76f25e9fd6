"""Reading an answer's body."""

from __future__ import annotations

import httpx

_DRAIN_LIMIT = 64 * 1024


async def drain(response: httpx.Response) -> None:
    """Read an unwanted small body (a 304's is empty, a redirect's short) so that the connection
    goes back to the pool instead of being closed; a large one is abandoned."""
    received = 0
    async for chunk in response.aiter_raw():
        received += len(chunk)
        if received > _DRAIN_LIMIT:
            return
