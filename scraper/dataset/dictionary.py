"""The data dictionary of the export, made from `tables.py`, and kept in the README between markers.

    python -m scraper.dataset.dictionary            # print it
    python -m scraper.dataset.dictionary README.md  # rewrite the README's copy
"""

from __future__ import annotations

import sys
from pathlib import Path

from scraper.dataset.table_model import Table
from scraper.dataset.tables import TABLES

START = "<!-- data dictionary: made by `python -m scraper.dataset.dictionary README.md` -->"
END = "<!-- end of data dictionary -->"
_TYPE_NAMES = {"list": "list of strings", "datetime": "datetime (UTC)"}


def dictionary() -> str:
    return "\n\n".join(_table(table) for table in TABLES) + "\n"


def _table(table: Table) -> str:
    keys = _names(table.primary_key)
    joins = "".join(f" {_names(key.columns)} references {_names(key.table_columns, key.table)}."
                    for key in table.foreign_keys)
    lines = [f"**`{table.name}`**: {table.description} Key: {keys}.{joins}", "",
             "| column | type | description |", "|---|---|---|"]
    for column in table.all_columns:
        kind = _TYPE_NAMES.get(column.type, column.type) + (", required" if column.required else "")
        lines.append(f"| `{column.name}` | {kind} | {column.description} |")
    return "\n".join(lines)


def _names(columns: tuple[str, ...], table: str | None = None) -> str:
    return ", ".join(f"`{table}.{name}`" if table else f"`{name}`" for name in columns)


def with_dictionary(readme: str) -> str:
    """`readme` with the text between the markers replaced by the current dictionary."""
    head, rest = readme.split(START, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}\n\n{dictionary()}\n{END}{tail}"


def main(argv: list[str]) -> None:
    if not argv:
        print(dictionary(), end="")
        return
    path = Path(argv[0])
    path.write_text(with_dictionary(path.read_text(encoding="utf-8")), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
