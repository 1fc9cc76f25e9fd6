"""An answer the polite client accepted: its final URL, status, headers and body."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class Response:
    url: str
    final_url: str
    status: int
    headers: httpx.Headers
    body: bytes

    @property
    def content_type(self) -> str | None:
        return media_type(self.headers.get("content-type"))

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")


def media_type(content_type: str | None) -> str | None:
    if not content_type:
        return None
    return content_type.split(";", 1)[0].strip().lower() or None

