"""Entry point: importing the command modules registers their commands on the app."""

import sqlite3
import sys

from scraper.cli import parse  # noqa: F401  (registers `parse` and `schema`)
from scraper.cli import crawl  # noqa: F401  (registers `crawl`)
from scraper.cli import refresh  # noqa: F401  (registers `refresh`)
from scraper.cli import diff  # noqa: F401  (registers `diff`)
from scraper.cli import show  # noqa: F401  (registers `show`)
from scraper.cli import history  # noqa: F401  (registers `history`)
from scraper.cli import fixture  # noqa: F401  (registers `fixture`)
from scraper.cli import site  # noqa: F401  (registers `site`)
from scraper.cli import link  # noqa: F401  (registers `link`)
from scraper.cli import export  # noqa: F401  (registers `export`)
from scraper.cli.app import app


def main() -> None:
    try:
        app()
    except (OSError, sqlite3.DatabaseError) as error:
        # A full, read-only or damaged disk deserves one clear line, not a traceback; every write is atomic,
        # so the previous dataset and archive are intact.
        print(f"demandforum: cannot read or write a file: {error}", file=sys.stderr)
        raise SystemExit(1) from None
