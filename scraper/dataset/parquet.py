"""One Parquet file per table (pyarrow), with real types: integers, booleans, dates, UTC timestamps,
lists of strings; each column's description is in the file's field metadata.

Rows wait in memory per table; whenever ROW_BUDGET rows wait in all, the table with the most is written
out as a row group. So memory is bounded whatever the dataset's size, and every row group but a
table's last holds at least ROW_BUDGET / 7 rows.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from scraper.dataset.table_model import Column, Row, Table

ROW_BUDGET = 10_000
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
log = logging.getLogger("demandforum.export")

_ARROW_TYPES = {
    "string": pa.string(),
    "integer": pa.int64(),
    "number": pa.float64(),
    "boolean": pa.bool_(),
    "date": pa.date32(),
    "datetime": pa.timestamp("us", tz="UTC"),
    "list": pa.list_(pa.string()),
}


def arrow_schema(table: Table) -> pa.Schema:
    return pa.schema(
        [_arrow_field(column) for column in table.all_columns],
        metadata={"description": table.description, "primary_key": ",".join(table.primary_key)},
    )


def _arrow_field(column: Column) -> pa.Field:
    return pa.field(column.name, _ARROW_TYPES[column.type], nullable=not column.required,
                    metadata={"description": column.description})


class ParquetSink:
    def __init__(self, folder: Path, tables: tuple[Table, ...]) -> None:
        self.paths = [folder / f"{table.name}.parquet" for table in tables]
        self._writers = {table.name: pq.ParquetWriter(path, arrow_schema(table))
                         for table, path in zip(tables, self.paths, strict=True)}
        self._pending: dict[str, list[Row]] = {table.name: [] for table in tables}
        self._waiting = 0

    def write(self, table: Table, rows: list[Row]) -> None:
        self._pending[table.name].extend(rows)
        self._waiting += len(rows)
        if self._waiting >= ROW_BUDGET:
            self._flush(max(self._pending, key=lambda name: len(self._pending[name])))

    def close(self) -> None:
        for name, writer in self._writers.items():
            self._flush(name)
            writer.close()

    def _flush(self, name: str) -> None:
        rows, writer = self._pending[name], self._writers[name]
        if not rows:
            return
        self._waiting -= len(rows)
        columns = zip(*rows, strict=True)
        writer.write_batch(pa.record_batch(
            [_array(values, field, name) for values, field in zip(columns, writer.schema, strict=True)],
            schema=writer.schema,
        ))
        rows.clear()


def _array(values: tuple, field: pa.Field, table: str) -> pa.Array:
    try:
        return pa.array(values, type=field.type)
    except OverflowError:
        # Python integers are unbounded (a page may state any population); int64 is not. The CSV,
        # the workbook and the JSONL keep the figure.
        kept = [None if value is not None and not INT64_MIN <= value <= INT64_MAX else value for value in values]
        log.warning("%s.%s: %d integers outside int64 left null in Parquet", table, field.name,
                    sum(value is not None for value in values) - sum(value is not None for value in kept))
        return pa.array(kept, type=field.type)
