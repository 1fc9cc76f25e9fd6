"""Conditional requests against the archive, shared by pages, robots.txt and sitemaps.

robots.txt and the sitemaps are archived like pages (body by hash, ETag and Last-Modified in the
index, kind `robots` / `sitemap`), so the next run asks for them conditionally: an unchanged one
answers 304 and is read back from the archive.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from scraper.fetch.http import PoliteClient, RequestKind
from scraper.fetch.response import Response
from scraper.storage.archive import Archive, BodyMissing
from scraper.storage.records import DocumentKind, FetchRecord

_ARCHIVED_AS: dict[RequestKind, DocumentKind] = {"robots": "robots", "sitemaps": "sitemap"}


def conditional_headers(previous: FetchRecord | None) -> dict[str, str]:
    headers = {}
    if previous is not None and previous.etag:
        headers["If-None-Match"] = previous.etag
    if previous is not None and previous.last_modified:
        headers["If-Modified-Since"] = previous.last_modified
    return headers


def revalidated_now(previous: FetchRecord, response: Response, **changes: Any) -> FetchRecord:
    """The index row of a 304 to a request conditional on `previous`: its body, answered now."""
    return replace(
        previous, final_url=response.final_url, fetched_at=datetime.now(UTC), status=304,
        etag=response.etag or previous.etag,
        last_modified=response.last_modified or previous.last_modified, **changes,
    )


class ArchivedDocuments:
    """`get` for robots.txt and sitemaps: `PoliteClient.get`, conditional on the archived copy."""

    def __init__(self, client: PoliteClient, archive: Archive) -> None:
        self.client = client
        self.archive = archive

    async def get(self, url: str, *, kind: RequestKind, **options: Any) -> Response:
        previous = await asyncio.to_thread(self._previous, url)
        response = await self.client.get(
            url, kind=kind, headers=conditional_headers(previous), **options
        )
        if response.status == 304 and previous is not None:
            try:
                body = await asyncio.to_thread(self.archive.read_body, previous.sha256 or "")
            except BodyMissing:  # damaged since it was checked: fetch it whole
                response = await self.client.get(url, kind=kind, **options)
            else:
                confirmed = revalidated_now(previous, response, outcome="not-modified")
                await asyncio.to_thread(self.archive.record_fetch, confirmed)
                return replace(response, body=body)
        if 200 <= response.status < 300:
            record = FetchRecord(
                url=url, final_url=response.final_url, fetched_at=datetime.now(UTC),
                outcome="fetched", status=response.status, etag=response.etag,
                last_modified=response.last_modified,
                content_type=response.headers.get("content-type"), kind=_ARCHIVED_AS[kind],
            )
            await asyncio.to_thread(self.archive.record_fetch, record, response.body)
        return response

    def _previous(self, url: str) -> FetchRecord | None:
        previous = self.archive.latest_good_fetch_for(url)
        if previous is None or not self.archive.has_body(previous.sha256 or ""):
            return None  # never fetched, or its body was lost: fetch it whole
        return previous
