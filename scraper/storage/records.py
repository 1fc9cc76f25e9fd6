"""What the archive's index keeps of a fetch, and of a page's newest good copy."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

FetchOutcome = Literal["fetched", "not-modified", "failed"]
DocumentKind = Literal["page", "robots", "sitemap"]


@dataclass(frozen=True)
class ArchivedPage:
    """The newest good copy of one page.

    `status` is that fetch's HTTP status: 304 when the fetch revalidated an earlier body, which
    `sha256` then names; `fetched_at` is when the copy was last confirmed current.
    """

    url: str
    final_url: str
    fetched_at: datetime
    sha256: str
    status: int


@dataclass(frozen=True)
class FetchRecord:
    """One fetch as the index keeps it. Good = fetched or not-modified, with a body hash."""

    url: str
    fetched_at: datetime
    outcome: FetchOutcome
    final_url: str | None = None
    status: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    content_type: str | None = None
    sha256: str | None = None
    reason: str | None = None
    checked_by: str | None = None  # the parser version that accepted or refused this body
    kind: DocumentKind = "page"
    sitemap_lastmod: str | None = None  # the page's <lastmod> in the sitemap read before this fetch

    @property
    def good(self) -> bool:
        return self.outcome != "failed" and self.sha256 is not None


def archived_page_of(row: sqlite3.Row) -> ArchivedPage:
    return ArchivedPage(
        url=row["url"],
        final_url=row["final_url"] or row["url"],
        fetched_at=datetime.fromisoformat(row["fetched_at"]),
        sha256=row["sha256"],
        status=row["status"],
    )


def fetch_record_of(row: sqlite3.Row) -> FetchRecord:
    return FetchRecord(
        url=row["url"],
        final_url=row["final_url"],
        fetched_at=datetime.fromisoformat(row["fetched_at"]),
        status=row["status"],
        etag=row["etag"],
        last_modified=row["last_modified"],
        content_type=row["content_type"],
        sha256=row["sha256"],
        outcome=row["outcome"],
        reason=row["reason"],
        checked_by=row["checked_by"],
        kind=row["kind"],
        sitemap_lastmod=row["sitemap_lastmod"],
    )
