"""The export's tables stay in step with the record: every field of the record's JSON Schema
(`demandforum schema`) is the source of some column, every column's source is a field, with a
matching type; and the README's data dictionary is the one the tables make."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from parsers.models import Profile
from scraper.dataset.dictionary import with_dictionary
from scraper.dataset.tables import TABLES, Column
from tests.exportkit import REPO

# What each column type may mirror in the JSON Schema: (type, format).
COMPATIBLE = {
    "string": {("string", None)},
    "integer": {("integer", None)},
    "number": {("number", None)},
    "boolean": {("boolean", None)},
    "datetime": {("string", "date-time")},
    "date": {("string", "date")},
    "list": {("array", "string")},
}


@dataclass(frozen=True)
class Leaf:
    type: str
    format: str | None
    nullable: bool
    enum: tuple[str, ...] | None = None


def leaves(schema: dict[str, Any]) -> dict[str, Leaf]:
    """Every field of the record by path ('citations[].headline'); arrays of scalars also as 'tactics'."""
    definitions = schema.get("$defs", {})
    found: dict[str, Leaf] = {}

    def visit(node: dict[str, Any], path: str, nullable: bool) -> None:
        if "$ref" in node:
            return visit(definitions[node["$ref"].rsplit("/", 1)[1]], path, nullable)
        if "anyOf" in node:
            options = [option for option in node["anyOf"] if option.get("type") != "null"]
            assert len(options) == 1, f"{path}: one type or null"
            return visit(options[0], path, nullable or len(options) < len(node["anyOf"]))
        kind = node.get("type", "string" if "const" in node else None)
        if kind == "object":
            for name, child in node["properties"].items():  # a field left out takes its default
                visit(child, f"{path}.{name}" if path else name, nullable)
        elif kind == "array":
            items = node["items"]
            visit(items, f"{path}[]", False)
            item_kind = items.get("type")
            if item_kind in ("string", "integer", "number", "boolean"):
                found[path] = Leaf("array", item_kind, nullable)
        else:
            enum = tuple(node["enum"]) if "enum" in node else None
            found[path] = Leaf(kind, node.get("format"), nullable, enum)

    visit(schema, "", False)
    return found


RECORD = leaves(Profile.model_json_schema())
COLUMNS: list[tuple[str, Column]] = [(table.name, column) for table in TABLES for column in table.columns]


def test_every_field_of_the_record_is_a_column() -> None:
    sources = {column.source for _, column in COLUMNS}
    scalar_fields = {path for path, leaf in RECORD.items() if leaf.type != "array"}
    assert scalar_fields - sources == set(), "fields of the record missing from the export's tables"


def test_every_column_source_is_a_field_of_a_matching_type() -> None:
    for table, column in COLUMNS:
        if column.source is None:
            continue
        where = f"{table}.{column.name} <- {column.source}"
        assert column.source in RECORD, f"{where}: no such field in the record"
        leaf = RECORD[column.source]
        assert (leaf.type, leaf.format) in COMPATIBLE[column.type], f"{where}: {column.type} vs {leaf}"
        assert not (column.required and leaf.nullable), f"{where}: required, but the field may be null"
        if leaf.enum:
            assert column.enum == leaf.enum, where


def test_the_json_schema_walk_sees_the_nested_fields() -> None:
    """The walk itself: nested and nullable fields come out as paths with the right facts."""
    assert RECORD["citations[].date_precision"] == Leaf("string", None, True, ("day", "month", "year"))
    assert RECORD["stale.since"] == Leaf("string", "date-time", True)
    assert RECORD["key_partners[].units[]"] == Leaf("string", None, False)
    assert RECORD["tactics"] == Leaf("array", "string", False)
    assert RECORD["location.lat"].nullable and not RECORD["id"].nullable


def test_the_readme_dictionary_is_current() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert with_dictionary(readme) == readme, "run: python -m scraper.dataset.dictionary README.md"
