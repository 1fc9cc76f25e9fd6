"""The page archive: every fetched body stored once by SHA-256, and an index of every fetch.

Layout under the cache dir:
    bodies/ab/abcdef…   body files, named by their hash only (never by a URL or slug)
    index.sqlite3       SQLite (WAL) table `fetches`: one row per fetch, good or failed, of a
                        profile page, robots.txt or a sitemap (`kind`); a page's row keeps the
                        sitemap <lastmod> seen when it was fetched

Crash safety: a body is written to a temp file in its final folder, fsynced and renamed into place
before the index row that names it is committed, so an index row never points at a missing or
partial body; a killed run leaves at worst an unreferenced body or a stray temp file.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import sqlite3
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC
from pathlib import Path

from scraper.storage.atomic import write_atomically
from scraper.storage.records import ArchivedPage, FetchRecord, archived_page_of, fetch_record_of

DEFAULT_CACHE_DIR = Path(".cache/demandforum")

STALE_TEMP_SECONDS = 3600
_SHA256_HEX = re.compile(r"^[0-9a-f]{64}$")
_TEMP_PREFIX = ".tmp-"
_SCHEMA_VERSION = 3
_SCHEMA = """
CREATE TABLE IF NOT EXISTS fetches (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    url TEXT NOT NULL,
    final_url TEXT,
    fetched_at TEXT NOT NULL,
    status INTEGER,
    etag TEXT,
    last_modified TEXT,
    content_type TEXT,
    sha256 TEXT,
    outcome TEXT NOT NULL CHECK (outcome IN ('fetched', 'not-modified', 'failed')),
    reason TEXT,
    good INTEGER NOT NULL CHECK (good IN (0, 1)),
    checked_by TEXT,
    kind TEXT NOT NULL DEFAULT 'page',
    sitemap_lastmod TEXT
);
CREATE INDEX IF NOT EXISTS fetches_by_url ON fetches (url, good, id);
"""
# Columns added after version 1, for indexes created before them.
_ADDED_COLUMNS = {"checked_by": "TEXT", "kind": "TEXT NOT NULL DEFAULT 'page'", "sitemap_lastmod": "TEXT"}


class BodyMissing(LookupError):
    """No intact body with that hash is in the archive."""


class Archive:
    def __init__(self, cache_dir: Path) -> None:
        self.cache_dir = Path(cache_dir)
        self._bodies_dir = self.cache_dir / "bodies"
        self._bodies_dir.mkdir(parents=True, exist_ok=True)
        _remove_stale_temp_files(self._bodies_dir)
        # One connection shared by the crawl's threads; the lock serializes its use.
        self._lock = threading.Lock()
        self._db = sqlite3.connect(
            self.cache_dir / "index.sqlite3", timeout=30, isolation_level=None, check_same_thread=False
        )
        self._db.row_factory = sqlite3.Row
        with self._lock:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            with self._transaction():
                for statement in filter(str.strip, _SCHEMA.split(";")):
                    self._db.execute(statement)
                present = {row["name"] for row in self._db.execute("PRAGMA table_info(fetches)")}
                for column, kind in _ADDED_COLUMNS.items():
                    if column not in present:
                        self._db.execute(f"ALTER TABLE fetches ADD COLUMN {column} {kind}")
                self._db.execute(f"PRAGMA user_version={_SCHEMA_VERSION}")

    # -- reading --------------------------------------------------------------------------

    def latest_good(self) -> Iterator[ArchivedPage]:
        """The newest good copy of every page's URL (robots.txt and sitemaps aside), sorted by URL."""
        rows = self._query(
            "SELECT f.* FROM fetches f"
            " JOIN (SELECT MAX(id) AS id FROM fetches WHERE good = 1 GROUP BY url) newest"
            " ON f.id = newest.id WHERE f.kind = 'page' ORDER BY f.url"
        )
        return (archived_page_of(row) for row in rows)

    def latest_good_for(self, url: str) -> ArchivedPage | None:
        row = self._latest_good_row(url)
        return None if row is None else archived_page_of(row)

    def latest_fetch_for(self, url: str) -> FetchRecord | None:
        """The newest fetch of `url`, good or failed."""
        rows = self._query("SELECT * FROM fetches WHERE url = ? ORDER BY id DESC LIMIT 1", (url,))
        return fetch_record_of(rows[0]) if rows else None

    def latest_good_fetch_for(self, url: str) -> FetchRecord | None:
        """The full index row of the newest good copy."""
        row = self._latest_good_row(url)
        return None if row is None else fetch_record_of(row)

    def latest_answer_for(self, url: str) -> FetchRecord | None:
        """The newest fetch that kept a body, good or refused: the validators for a conditional
        refetch (a page whose last answer was refused is revalidated, not downloaded again)."""
        rows = self._query(
            "SELECT * FROM fetches WHERE url = ? AND sha256 IS NOT NULL ORDER BY id DESC LIMIT 1", (url,)
        )
        return fetch_record_of(rows[0]) if rows else None

    def fetch_order(self) -> dict[str, int]:
        """For every URL, the position of its newest fetch in the index (larger is more recent)."""
        return {row["url"]: row["newest"] for row in self._query(
            "SELECT url, MAX(id) AS newest FROM fetches GROUP BY url")}

    def urls(self) -> list[str]:
        """Every page URL ever fetched, good or not, sorted."""
        rows = self._query("SELECT DISTINCT url FROM fetches WHERE kind = 'page' ORDER BY url")
        return [row["url"] for row in rows]

    def confirmation_order(self) -> dict[str, int]:
        """For every URL with a good copy, a number that grows with the time that copy was last
        fetched or confirmed (the index row's id: insertion order, no clock involved)."""
        rows = self._query("SELECT url, MAX(id) AS id FROM fetches WHERE good = 1 GROUP BY url")
        return {row["url"]: row["id"] for row in rows}

    def fetches_for(self, url: str) -> list[FetchRecord]:
        """Every recorded fetch of `url`, oldest first."""
        rows = self._query("SELECT * FROM fetches WHERE url = ? ORDER BY id", (url,))
        return [fetch_record_of(row) for row in rows]

    def read_body(self, sha256: str) -> bytes:
        """The body with this hash, verified against it; raises BodyMissing otherwise."""
        path = self._body_path(sha256)
        try:
            body = path.read_bytes()
        except FileNotFoundError:
            raise BodyMissing(f"no body {sha256} in {self._bodies_dir}") from None
        if hashlib.sha256(body).hexdigest() != sha256:
            raise BodyMissing(f"body {sha256} is corrupt (its content has another hash)")
        return body

    def has_body(self, sha256: str) -> bool:
        return self._body_path(sha256).is_file()

    # -- writing --------------------------------------------------------------------------

    def store_body(self, body: bytes) -> str:
        """Store `body` durably (once per content) and return its SHA-256."""
        sha256 = hashlib.sha256(body).hexdigest()
        path = self._body_path(sha256)
        if path.is_file():
            return sha256
        write_atomically(path, body, temp_prefix=_TEMP_PREFIX)
        return sha256

    def record_fetch(self, record: FetchRecord, body: bytes | None = None) -> FetchRecord:
        """Index one fetch; with `body`, store it first and record its hash."""
        if record.fetched_at.tzinfo is None:
            raise ValueError("fetched_at must be timezone-aware")
        if body is not None:
            record = replace(record, sha256=self.store_body(body))
        elif record.sha256 is not None and not self.has_body(record.sha256):
            raise BodyMissing(f"refusing to index fetch of {record.url}: body {record.sha256} absent")
        with self._lock, self._transaction():
            self._db.execute(
                "INSERT INTO fetches (url, final_url, fetched_at, status, etag, last_modified,"
                " content_type, sha256, outcome, reason, good, checked_by, kind, sitemap_lastmod)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    record.url,
                    record.final_url,
                    record.fetched_at.astimezone(UTC).isoformat(),
                    record.status,
                    record.etag,
                    record.last_modified,
                    record.content_type,
                    record.sha256,
                    record.outcome,
                    record.reason,
                    int(record.good),
                    record.checked_by,
                    record.kind,
                    record.sitemap_lastmod,
                ),
            )
        return record

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- internals ------------------------------------------------------------------------

    def _body_path(self, sha256: str) -> Path:
        if not _SHA256_HEX.match(sha256):
            raise BodyMissing(f"not a SHA-256 hex digest: {sha256[:80]!r}")
        return self._bodies_dir / sha256[:2] / sha256

    def _latest_good_row(self, url: str) -> sqlite3.Row | None:
        rows = self._query(
            "SELECT * FROM fetches WHERE url = ? AND good = 1 ORDER BY id DESC LIMIT 1", (url,)
        )
        return rows[0] if rows else None

    def _query(self, sql: str, parameters: tuple = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._db.execute(sql, parameters).fetchall()

    def _transaction(self):
        return _Transaction(self._db)


class _Transaction:
    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type, *_: object) -> None:
        if exc_type is None:
            self._db.execute("COMMIT")
        elif self._db.in_transaction:  # after some errors (disk full) SQLite has already rolled back
            self._db.execute("ROLLBACK")


def _remove_stale_temp_files(bodies_dir: Path) -> None:
    """Temp files left by a killed run; old ones only, so a concurrent writer's are kept."""
    cutoff = time.time() - STALE_TEMP_SECONDS
    for temp_file in bodies_dir.glob(f"*/{_TEMP_PREFIX}*"):
        with contextlib.suppress(FileNotFoundError):
            if temp_file.stat().st_mtime < cutoff:
                temp_file.unlink()
