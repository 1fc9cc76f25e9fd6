"""Reading an answer's body: only of an accepted type, never past a size cap; an unwanted one
drained so that its connection can be used again.

The refusals raised here are the client's to record (`PoliteClient.refusals`)."""

from __future__ import annotations

import httpx

from scraper.fetch.errors import Refused
from scraper.fetch.response import media_type

_DRAIN_LIMIT = 64 * 1024


def check_content_type(headers: httpx.Headers, accept: tuple[str, ...] | None) -> None:
    """Refuses an answer whose media type is not in `accept` (None: any)."""
    given = media_type(headers.get("content-type"))
    if accept is not None and given not in accept:
        raise Refused(f"not HTML: content type {given or 'missing'}"[:200])


async def read_capped(response: httpx.Response, max_bytes: int) -> bytes:
    """The whole body, refused as soon as it is known to be over `max_bytes`."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise Refused(f"body too large: Content-Length {declared} > {max_bytes} bytes")
    chunks: list[bytes] = []
    received = 0
    async for chunk in response.aiter_bytes():
        received += len(chunk)
        if received > max_bytes:
            raise Refused(f"body too large: over {max_bytes} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


async def drain(response: httpx.Response) -> None:
    """Read an unwanted small body (a 304's is empty, a redirect's short) so that the connection
    goes back to the pool instead of being closed; a large one is abandoned."""
    received = 0
    async for chunk in response.aiter_raw():
        received += len(chunk)
        if received > _DRAIN_LIMIT:
            return
