"""The export of one dataset file: every table in every format, in one streaming pass over the JSONL
(one record in memory at a time, rows handed to each format's writer as they come; the dataset-wide
tables' aggregates fed the same records and read after the pass, a batch of rows at a time), then the
Data Package descriptor; published atomically under its folder's name.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any, Protocol

from pydantic import ValidationError

from parsers.models import SCHEMA_VERSION, Profile
from scraper.dataset.csv_package import PACKAGE_NAME, package_descriptor, table_schema
from scraper.dataset.publish import publish_folder
from scraper.dataset.table_model import DatasetTable, RecordTable, Row, Table
from scraper.dataset.tables import TABLES
from scraper.refresh.out_files import REPORT_NAME
from scraper.refresh.publish import InvalidDataset


# Rows of a dataset-wide table handed to the writers at a time.
BATCH_ROWS = 1_000


class Sink(Protocol):
    paths: list[Path]

    def write(self, table: Table, rows: list[Row]) -> None: ...
    def close(self) -> None: ...


# Each format's writer, imported only when an export runs (pyarrow and xlsxwriter take about a second,
# which every other command would pay).
FORMATS: dict[str, str] = {
    "csv": "scraper.dataset.csv_package:CsvSink",
    "parquet": "scraper.dataset.parquet:ParquetSink",
    "geojson": "scraper.dataset.geojson:GeoJsonSink",
    "xlsx": "scraper.dataset.workbook:WorkbookSink",
}


class DatasetChanged(Exception):
    """The dataset file was replaced while it was being exported."""


@dataclass(frozen=True)
class ExportSummary:
    records: int
    dataset_sha256: str
    rows: dict[str, int]


def export_dataset(dataset: Path, link: Path, *, formats: Iterable[str] = FORMATS,
                   run: dict[str, Any] | None = None) -> ExportSummary:
    """Export `dataset` into a new folder and publish it as `link`.

    Raises InvalidDataset (a line is not a record, or an id repeats) or DatasetChanged; then the
    previous export stays published.
    """
    return publish_folder(link, lambda folder: write_export(dataset, folder, formats=formats, run=run))


def write_export(dataset: Path, folder: Path, *, formats: Iterable[str] = FORMATS,
                 run: dict[str, Any] | None = None) -> ExportSummary:
    """Every table of `dataset` in `formats` (CSV always: the Data Package describes it) into `folder`."""
    chosen = ["csv", *(name for name in FORMATS if name in set(formats) - {"csv"})]
    sinks = [_sink_class(name)(folder, TABLES) for name in chosen]
    record_tables = [table for table in TABLES if isinstance(table, RecordTable)]
    dataset_tables = [table for table in TABLES if isinstance(table, DatasetTable)]
    aggregates = {table.aggregate: table.aggregate() for table in dataset_tables}
    rows: Counter[str] = Counter()

    def write(table: Table, table_rows: list[Row]) -> None:
        rows[table.name] += len(table_rows)
        for sink in sinks:
            sink.write(table, table_rows)

    digest = hashlib.sha256()
    ids: set[str] = set()
    try:
        with dataset.open("rb") as handle:
            for number, line in enumerate(handle, start=1):
                digest.update(line)
                record = _record(line, number)
                if record.id in ids:
                    raise InvalidDataset(f"line {number}: the id {record.id!r} appears on an earlier line")
                ids.add(record.id)
                for table in record_tables:
                    write(table, list(table.rows(record)))
                for aggregate in aggregates.values():
                    aggregate.add(record)
            read = os.fstat(handle.fileno())
        for table in dataset_tables:
            source = table.rows(aggregates[table.aggregate])
            while batch := list(islice(source, BATCH_ROWS)):
                write(table, batch)
    finally:
        for aggregate in aggregates.values():
            aggregate.close()
    for sink in sinks:
        sink.close()
    if _identity(os.stat(dataset)) != _identity(read):
        raise DatasetChanged(f"{dataset} was replaced while it was exported; nothing was published")
    facts = {"path": dataset.name, "sha256": digest.hexdigest(), "records": len(ids),
             "schema_version": SCHEMA_VERSION}
    other_files = [path for sink in sinks[1:] for path in sink.paths]
    descriptor = package_descriptor(TABLES, folder, dataset=facts | {"rows": dict(rows)}, run=run,
                                    other_files=other_files)
    descriptor["formats"] = chosen
    (folder / PACKAGE_NAME).write_text(json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return ExportSummary(len(ids), facts["sha256"], dict(rows))


def published_export(link: Path) -> dict[str, Any] | None:
    """The descriptor of the export published as `link`, if any."""
    try:
        return json.loads((link / PACKAGE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def export_is_current(dataset: Path, link: Path) -> bool:
    """True when `link` holds an export of exactly these dataset bytes, in every format, with the
    tables as this code defines them."""
    descriptor = published_export(link)
    if not descriptor:
        return False
    if descriptor.get("formats") != list(FORMATS):
        return False
    return (descriptor.get("dataset", {}).get("sha256") == dataset_sha256(dataset)
            and [resource.get("schema") for resource in descriptor.get("resources", [])]
            == [table_schema(table) for table in TABLES])


def run_that_published(dataset: Path) -> dict[str, Any] | None:
    """The refresh run that published these bytes, when the report.json beside them says so."""
    try:
        run = json.loads((dataset.parent / REPORT_NAME).read_text(encoding="utf-8"))["run"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return run if isinstance(run, dict) and run.get("dataset_sha256") == dataset_sha256(dataset) else None


def dataset_sha256(dataset: Path) -> str:
    with dataset.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def _sink_class(name: str) -> type[Sink]:
    module, attribute = FORMATS[name].split(":")
    return getattr(importlib.import_module(module), attribute)


def _record(line: bytes, number: int) -> Profile:
    try:
        return Profile.model_validate_json(line)
    except ValidationError as error:
        first = error.errors()[0]
        raise InvalidDataset(f"line {number}: {first['loc']}: {first['msg']}") from None


def _identity(stat: os.stat_result) -> tuple[int, ...]:
    return stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns
