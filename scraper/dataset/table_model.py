"""What a table of the export is: its columns (one declaration each: name, type, description, and the
record field it comes from), its primary key and its foreign keys, and where its rows come from.

Two row sources. A `RecordTable` turns one record into rows as the export streams the dataset; a
child table's rows carry `location_id` and `position` (1-based order within the location), its
primary key, with `location_id` referencing `locations.id`. A `DatasetTable` holds what only the whole
dataset knows (one row per distinct article, per outlet): an `Aggregate` is fed every record in the
same single pass and gives the rows after it. Every format, the Table Schemas and the data dictionary
are made from these declarations.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from operator import attrgetter
from typing import Any, Literal, Protocol

from parsers.models import Profile

ColumnType = Literal["string", "integer", "number", "boolean", "date", "datetime", "list"]
Row = tuple[Any, ...]


@dataclass(frozen=True)
class Column:
    name: str
    type: ColumnType
    description: str
    # The record field it mirrors, as a path in the record's JSON Schema ('citations[].headline');
    # None for a derived column. Without `get`, the value is read along `source` from the item.
    source: str | None = None
    get: Callable[[Any], Any] | None = None
    required: bool = False
    enum: tuple[str, ...] | None = None

    def value(self, item: Any) -> Any:
        return self._reader(item)

    @cached_property
    def _reader(self) -> Callable[[Any], Any]:
        if self.get is not None:
            return self.get
        # A child table's item is the list element: 'citations[].headline' reads `headline` from it.
        path = (self.source or self.name).rsplit("[].", 1)[-1]
        if "." not in path:
            return attrgetter(path)
        parts = path.split(".")

        def read(item: Any) -> Any:
            for part in parts:  # 'location.lat' of a record without a location is null
                item = None if item is None else getattr(item, part)
            return item
        return read


@dataclass(frozen=True)
class ForeignKey:
    columns: tuple[str, ...]
    table: str
    table_columns: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """What every format needs of a table; `RecordTable` and `DatasetTable` say where the rows come from."""

    name: str
    description: str
    columns: tuple[Column, ...]
    key: tuple[str, ...] = ()
    references: tuple[ForeignKey, ...] = ()

    @property
    def all_columns(self) -> tuple[Column, ...]:
        return self.columns

    @property
    def primary_key(self) -> tuple[str, ...]:
        return self.key

    @property
    def foreign_keys(self) -> tuple[ForeignKey, ...]:
        return self.references


KEY_COLUMNS = (
    Column("location_id", "string", "The location's id (`locations.id`).", required=True),
    Column("position", "integer", "Order within the location, from 1.", required=True),
)
LOCATION_KEY = ForeignKey(("location_id",), "locations", ("id",))


@dataclass(frozen=True)
class RecordTable(Table):
    # The items of one record that become rows (the record itself for `locations`).
    items: Callable[[Profile], Iterable[Any]] = field(default=lambda record: (record,))
    child: bool = True

    @property
    def all_columns(self) -> tuple[Column, ...]:
        return (*KEY_COLUMNS, *self.columns) if self.child else self.columns

    @property
    def primary_key(self) -> tuple[str, ...]:
        return ("location_id", "position") if self.child else self.key

    @property
    def foreign_keys(self) -> tuple[ForeignKey, ...]:
        return (LOCATION_KEY, *self.references) if self.child else self.references

    def rows(self, record: Profile) -> Iterator[Row]:
        for position, item in enumerate(self.items(record), start=1):
            values = tuple(column.value(item) for column in self.columns)
            yield (record.id, position, *values) if self.child else values


class Aggregate(Protocol):
    """What the whole dataset knows, gathered one record at a time; its rows are read after the pass."""

    def add(self, record: Profile) -> None: ...
    def rows(self, table: DatasetTable) -> Iterator[Row]: ...
    def close(self) -> None: ...


@dataclass(frozen=True)
class DatasetTable(Table):
    # Makes the aggregate this table's rows come from; tables naming the same one share one instance.
    aggregate: Callable[[], Aggregate] = field(kw_only=True)

    def rows(self, aggregate: Aggregate) -> Iterator[Row]:
        """The rows in the order of the primary key, each in the order of `columns`."""
        return aggregate.rows(self)
