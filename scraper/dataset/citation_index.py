"""The aggregate behind `articles`, `outlets` and `outlet_spellings`: every citation's identities,
gathered in one pass over the records into a private SQLite database on disk.

Distinct articles grow with the dataset (each location cites its own news), so they are not held in
Python: SQLite keeps a few megabytes of pages in memory and the rest in its temporary file, which it
deletes when the index is closed. Each dataset-wide table is a view of the same name whose columns are
the table's, so the declarations in `identity_tables.py` and these views cannot drift apart silently
(a missing column is an SQL error).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from parsers.models import Profile
from scraper.dataset.outlets import article_id, canonical_outlet, outlet_id
from scraper.dataset.table_model import DatasetTable, Row

_SCHEMA = """
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
CREATE TABLE cited (location_id TEXT NOT NULL, article_id TEXT NOT NULL, outlet_id TEXT, outlet_canonical TEXT,
                    spelling TEXT);
-- An article as its first citation in the dataset's order gives it.
CREATE TABLE article (article_id TEXT PRIMARY KEY, headline TEXT, outlet_id TEXT, date TEXT, date_precision TEXT,
                      url TEXT) WITHOUT ROWID;
CREATE VIEW articles AS
  SELECT article.*, counts.citation_count, counts.location_count
  FROM article JOIN (SELECT article_id, count(*) AS citation_count, count(DISTINCT location_id) AS location_count
                     FROM cited GROUP BY article_id) AS counts USING (article_id);
CREATE VIEW outlet_spellings AS
  SELECT outlet_id, spelling, count(*) AS citation_count
  FROM cited WHERE outlet_id IS NOT NULL GROUP BY outlet_id, spelling;
-- An outlet's name: the canonical name most of its citations give (ties: the first in sort order).
CREATE VIEW outlet_names AS
  SELECT outlet_id, name FROM (
    SELECT outlet_id, outlet_canonical AS name,
           row_number() OVER (PARTITION BY outlet_id ORDER BY count(*) DESC, outlet_canonical) AS rank
    FROM cited WHERE outlet_id IS NOT NULL GROUP BY outlet_id, outlet_canonical)
  WHERE rank = 1;
CREATE VIEW outlets AS
  SELECT outlet_id, outlet_names.name, count(DISTINCT spelling) AS spelling_count, count(*) AS citation_count,
         count(DISTINCT article_id) AS article_count, count(DISTINCT location_id) AS location_count
  FROM cited JOIN outlet_names USING (outlet_id) GROUP BY outlet_id;
"""


class CitationIndex:
    def __init__(self) -> None:
        # An empty file name is SQLite's private temporary database, on disk, removed on close; its
        # default page cache (2 MB) bounds the memory (a larger one measured only more memory, no faster).
        self._db = sqlite3.connect("")
        self._db.executescript(_SCHEMA)
        self._indexed = False

    def add(self, record: Profile) -> None:
        cited, articles = [], []
        for citation in record.citations:
            key = article_id(citation.headline, citation.outlet, citation.date, citation.text)
            outlet_key = outlet_id(citation.outlet)
            cited.append((record.id, key, outlet_key, canonical_outlet(citation.outlet), citation.outlet))
            articles.append((key, citation.headline, outlet_key, citation.date, citation.date_precision,
                             citation.url))
        self._db.executemany("INSERT INTO cited VALUES (?, ?, ?, ?, ?)", cited)
        self._db.executemany("INSERT OR IGNORE INTO article VALUES (?, ?, ?, ?, ?, ?)", articles)

    def rows(self, table: DatasetTable) -> Iterator[Row]:
        if not self._indexed:  # once, after the pass: cheaper than keeping the indexes while inserting
            self._db.execute("CREATE INDEX cited_by_article ON cited (article_id, location_id)")
            self._db.execute("CREATE INDEX cited_by_outlet ON cited (outlet_id, spelling)")
            self._indexed = True
        names = ", ".join(f'"{column.name}"' for column in table.columns)
        order = ", ".join(f'"{name}"' for name in table.primary_key)
        return iter(self._db.execute(f'SELECT {names} FROM "{table.name}" ORDER BY {order}'))

    def close(self) -> None:
        self._db.close()
