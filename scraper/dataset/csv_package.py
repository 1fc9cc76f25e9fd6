"""The CSV tables (RFC 4180: UTF-8, CRLF, a header row, an empty field is null) and the
`datapackage.json` that describes them (Frictionless Data Package v2 with Table Schemas).

The descriptor is a plain JSON document built from `tables.py`; the `frictionless` library (a large
dependency) only validates it, in the tests.
"""

from __future__ import annotations

import csv
import hashlib
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from scraper.dataset.reference import package_sources
from scraper.dataset.table_model import Column, Row, Table

PACKAGE_NAME = "datapackage.json"

_FIELD_TYPES = {
    "string": {"type": "string"},
    "integer": {"type": "integer"},
    "number": {"type": "number"},
    "boolean": {"type": "boolean"},
    "date": {"type": "date"},
    "datetime": {"type": "datetime"},
    "list": {"type": "list", "itemType": "string", "delimiter": ","},
}


class CsvSink:
    def __init__(self, folder: Path, tables: tuple[Table, ...]) -> None:
        self.paths = [folder / f"{table.name}.csv" for table in tables]
        self._handles: list[IO[str]] = []
        self._writers: dict[str, Any] = {}
        for table, path in zip(tables, self.paths, strict=True):
            handle = path.open("w", encoding="utf-8", newline="")
            self._handles.append(handle)
            self._writers[table.name] = writer = csv.writer(handle, lineterminator="\r\n")
            writer.writerow(column.name for column in table.all_columns)

    def write(self, table: Table, rows: list[Row]) -> None:
        self._writers[table.name].writerows([_cell(value) for value in row] for row in rows)

    def close(self) -> None:
        for handle in self._handles:
            handle.close()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return ",".join(value)
    return str(value)


def package_descriptor(tables: tuple[Table, ...], folder: Path, *, dataset: dict[str, Any],
                       run: dict[str, Any] | None, other_files: list[Path]) -> dict[str, Any]:
    """The Data Package of the CSV tables in `folder`, with the dataset and run it was made from."""
    descriptor: dict[str, Any] = {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": "demandforum-profiles",
        "title": "Demand Forum location profiles",
        "description": "Tactics used by US cities and counties to deter buyers of commercial sex, with the "
                       "narrative, key partners and news citations of each location's profile on "
                       "demand-forum.org, as tidy tables. Keys join on locations.id, articles.article_id and "
                       "outlets.outlet_id.",
        "sources": [{"title": "demand-forum.org", "path": "https://demand-forum.org/"}, *package_sources()],
    }
    if run and run.get("started_at"):
        descriptor["created"] = run["started_at"]
    descriptor["resources"] = [_resource(table, folder) for table in tables]
    descriptor["dataset"] = dataset
    descriptor["run"] = run
    descriptor["files"] = [_file_facts(folder / path.name) | {"path": path.name} for path in other_files]
    return descriptor


def table_schema(table: Table) -> dict[str, Any]:
    schema: dict[str, Any] = {
        "fields": [_field(column) for column in table.all_columns],
        "missingValues": [""],
        "primaryKey": list(table.primary_key),
    }
    if table.foreign_keys:
        schema["foreignKeys"] = [
            {"fields": list(key.columns), "reference": {"resource": key.table, "fields": list(key.table_columns)}}
            for key in table.foreign_keys
        ]
    return schema


def _resource(table: Table, folder: Path) -> dict[str, Any]:
    return {
        "name": table.name,
        "path": f"{table.name}.csv",
        "description": table.description,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        **_file_facts(folder / f"{table.name}.csv"),
        "schema": table_schema(table),
    }


def _field(column: Column) -> dict[str, Any]:
    field: dict[str, Any] = {"name": column.name, **_FIELD_TYPES[column.type], "description": column.description}
    constraints: dict[str, Any] = {}
    if column.required:
        constraints["required"] = True
    if column.enum:
        constraints["enum"] = list(column.enum)
    if constraints:
        field["constraints"] = constraints
    return field


def _file_facts(path: Path) -> dict[str, Any]:
    with path.open("rb") as handle:
        digest = hashlib.file_digest(handle, "sha256")
    return {"bytes": path.stat().st_size, "hash": f"sha256:{digest.hexdigest()}"}
