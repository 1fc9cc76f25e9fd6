"""`demandforum export` on the fixture dataset (plus a few records given stale marks, fetch times and
hostile text): the Data Package validates with `frictionless`, and every format holds every row,
typed, as an independent reading of the JSONL says it should."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections import Counter
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from frictionless import Package, validate
from typer.testing import CliRunner

from parsers.models import Profile
from parsers.vocabulary import TACTICS
from scraper.cli.main import app
from scraper.dataset.links import link_profile
from scraper.dataset.outlets import article_id, canonical_outlet, outlet_id
from scraper.dataset.reference import load_reference
from scraper.dataset.tables import TABLES
from tests.exportkit import export, parse_fixtures, raw_records, validate_edited, write_dataset

HOSTILE_TEXT = 'a "quoted", comma\nand a second line'
STALE = {"reason": "http 500", "since": "2026-11-28T06:00:02+00:00", "last_good_fetch": "2026-11-27T06:00:41.5+00:00"}


def varied(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    records[0] |= {"stale": STALE, "fetched_at": "2026-11-27T06:00:41.5+00:00"}
    records[1]["narrative"].append({"heading": "Odd, \"text\"", "text": HOSTILE_TEXT})
    records[1]["key_partners"].append({"name": "Sheriff, County", "units": ["Vice", "Narcotics; Vice"]})
    return records


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[dict[str, Any]]]:
    folder = tmp_path_factory.mktemp("export")
    records = varied(raw_records(parse_fixtures(folder)))
    dataset = write_dataset(folder / "profiles.jsonl", records)
    export(dataset, folder / "export")
    return dataset, folder / "export", records


def test_the_data_package_validates_and_records_the_dataset(exported) -> None:
    dataset, out, records = exported
    report = validate(out / "datapackage.json")  # types, constraints, primary and foreign keys, bytes, hashes
    assert report.valid, report.flatten(["taskName", "rowNumber", "fieldName", "type", "note"])[:10]
    descriptor = json.loads((out / "datapackage.json").read_text())
    assert descriptor["dataset"]["sha256"] == hashlib.sha256(dataset.read_bytes()).hexdigest()
    assert descriptor["dataset"]["records"] == len(records) > 80
    assert descriptor["run"] is None  # no refresh report beside this dataset
    # the reference data behind the join keys is cited: the Connecticut towns with the Census's notice
    towns = next(source for source in descriptor["sources"] if "ct_towns_2022.csv" in source["title"])
    assert "2022-12063" in towns["path"] and "public domain" in towns["description"]
    assert [resource["name"] for resource in descriptor["resources"]] == [table.name for table in TABLES]
    keys = {resource["name"]: (resource["schema"]["primaryKey"], [
        (key["fields"], key["reference"]["resource"], key["reference"]["fields"])
        for key in resource["schema"].get("foreignKeys", [])]) for resource in descriptor["resources"]}
    location = (["location_id"], "locations", ["id"])
    outlet = (["outlet_id"], "outlets", ["outlet_id"])
    assert keys == {
        "locations": (["id"], []),
        **{name: (["location_id", "position"], [location])
           for name in ("tactics", "narrative", "partners", "source_categories", "warnings")},
        "citations": (["location_id", "position"], [location, (["article_id"], "articles", ["article_id"]), outlet]),
        "articles": (["article_id"], [outlet]), "outlets": (["outlet_id"], []),
        "outlet_spellings": (["outlet_id", "spelling"], [outlet])}
    for resource in descriptor["resources"]:
        assert all(field["description"] for field in resource["schema"]["fields"])
    for entry in descriptor["files"]:  # the other formats' files, with their hashes
        assert entry["hash"] == "sha256:" + hashlib.sha256((out / entry["path"]).read_bytes()).hexdigest()
    assert sorted(entry["path"] for entry in descriptor["files"]) == sorted(
        [f"{table.name}.parquet" for table in TABLES] + ["locations.geojson", "demandforum.xlsx"])


def test_a_broken_foreign_key_fails_validation(exported, tmp_path: Path) -> None:
    """The validation is real: a row naming a location that does not exist is caught."""
    def add_a_stray_row(folder: Path) -> None:
        tactics = folder / "tactics.csv"
        tactics.write_bytes(tactics.read_bytes() + b"no-such-place,1,cameras,Cameras,true\r\n")

    report = validate_edited(exported[1], tmp_path, add_a_stray_row)
    assert not report.valid
    assert {error.type for task in report.tasks for error in task.errors} == {"foreign-key"}


def expected_tables(records: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Each table's rows, read from the raw JSON independently of scraper.dataset."""
    tables: dict[str, list[dict[str, Any]]] = {table.name: [] for table in TABLES}
    for record in records:
        key = record["id"]
        # The join keys are what `demandforum link` writes (issue 17); the export carries them.
        link = link_profile(Profile.model_validate(record), load_reference())
        years = [int(c["date"][:4]) for c in record["citations"] if c["date"]]
        stale = record["stale"] or {}
        scalars = {name: record[name] for name in ("id", "url", "name", "place", "state_code", "state", "type",
                                                     "population", "content_sha256", "parser_version",
                                                     "schema_version")}
        tables["locations"].append(scalars | {
            "lat": (record["location"] or {}).get("lat"), "lng": (record["location"] or {}).get("lng"),
            "state_fips": link["state_fips"], "county_fips": link["county_fips"], "county_match": link["county_match"],
            "county_fips_2022": link["county_fips_2022"], "geonames_id": link["geonames_id"], "coord_source": link["coord_source"],
            "tactics": record["tactics"],
            **{f"tactic_{tactic.replace('-', '_')}": tactic in record["tactics"] for tactic in TACTICS},
            "tactic_count": len(record["tactics"]), "citation_count": len(record["citations"]),
            "paragraph_count": len(record["narrative"]), "partner_count": len(record["key_partners"]),
            "warning_count": len(record["warnings"]),
            "earliest_citation_year": min(years, default=None), "latest_citation_year": max(years, default=None),
            "stale": bool(stale), "stale_reason": stale.get("reason"), "stale_since": _time(stale.get("since")),
            "stale_last_good_fetch": _time(stale.get("last_good_fetch")), "fetched_at": _time(record["fetched_at"]),
        })
        for number, tactic in enumerate(record["tactics"], 1):
            tables["tactics"].append({"location_id": key, "position": number, "tactic_id": tactic,
                                      "tactic": TACTICS.get(tactic), "canonical": tactic in TACTICS})
        for number, c in enumerate(record["citations"], 1):
            day = date.fromisoformat(c["date"]) if c["date_precision"] == "day" else None
            ids = link["citations"][number - 1]
            tables["citations"].append({"location_id": key, "position": number, **c,
                                        "year": int(c["date"][:4]) if c["date"] else None, "day": day,
                                        "article_id": ids["article_id"], "outlet_id": ids["outlet_id"],
                                        "outlet_canonical": ids["outlet"]})
        for number, paragraph in enumerate(record["narrative"], 1):
            tables["narrative"].append({"location_id": key, "position": number, **paragraph})
        pairs = [(n, p["name"], unit) for n, p in enumerate(record["key_partners"], 1) for unit in p["units"] or [None]]
        for number, (agency_number, agency, unit) in enumerate(pairs, 1):
            tables["partners"].append({"location_id": key, "position": number, "agency_position": agency_number,
                                       "agency": agency, "unit": unit})
        for number, category in enumerate(record["source_categories"], 1):
            count = sum(c["category"] == category for c in record["citations"])
            tables["source_categories"].append({"location_id": key, "position": number, "category": category,
                                                "citation_count": count})
        for number, warning in enumerate(record["warnings"], 1):
            tables["warnings"].append({"location_id": key, "position": number, **warning})
    return tables | identity_tables(records)


def identity_tables(records: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """`articles`, `outlets` and `outlet_spellings` counted from the raw JSON, article by article."""
    cited = [(record["id"], c, article_id(c["headline"], c["outlet"], c["date"], c["text"]), outlet_id(c["outlet"]))
             for record in records for c in record["citations"]]
    articles: dict[str, dict[str, Any]] = {}
    for location, c, article, outlet in cited:
        articles.setdefault(article, {"article_id": article, "headline": c["headline"], "outlet_id": outlet,
                                      "date": c["date"], "date_precision": c["date_precision"], "url": c["url"]})
    for row in articles.values():
        mine = [location for location, _, article, _ in cited if article == row["article_id"]]
        row |= {"citation_count": len(mine), "location_count": len(set(mine))}
    by_outlet: dict[str, list[tuple[str, dict, str]]] = {}
    for location, c, article, outlet in cited:
        if outlet:
            by_outlet.setdefault(outlet, []).append((location, c, article))
    outlets, spellings = [], []
    for outlet, rows in sorted(by_outlet.items()):
        names = Counter(canonical_outlet(c["outlet"]) for _, c, _ in rows)
        written = Counter(c["outlet"] for _, c, _ in rows)
        outlets.append({"outlet_id": outlet, "name": min(names, key=lambda name: (-names[name], name)),
                        "spelling_count": len(written), "citation_count": len(rows),
                        "article_count": len({article for _, _, article in rows}),
                        "location_count": len({location for location, _, _ in rows})})
        spellings += [{"outlet_id": outlet, "spelling": spelling, "citation_count": count}
                      for spelling, count in sorted(written.items())]
    return {"articles": [articles[key] for key in sorted(articles)], "outlets": outlets, "outlet_spellings": spellings}


def _time(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def test_the_parquet_files_hold_every_row_with_real_types(exported) -> None:
    _, out, records = exported
    expected = expected_tables(records)
    for table in TABLES:
        parquet = pq.read_table(out / f"{table.name}.parquet")
        assert parquet.column_names == [column.name for column in table.all_columns]
        assert parquet.to_pylist() == [_ordered(row, parquet.column_names) for row in expected[table.name]]
    types = {name: str(pq.read_schema(out / f"{table}.parquet").field(name).type)
             for table, name in [("locations", "population"), ("locations", "tactic_cameras"), ("citations", "day"),
                                 ("locations", "fetched_at"), ("locations", "tactics"), ("locations", "lat")]}
    assert types == {"population": "int64", "tactic_cameras": "bool", "day": "date32[day]",
                     "fetched_at": "timestamp[us, tz=UTC]", "tactics": "list<element: string>", "lat": "double"}


def _ordered(row: dict[str, Any], names: list[str]) -> dict[str, Any]:
    assert set(row) == set(names)
    return {name: row[name] for name in names}


def test_the_csv_files_are_rfc4180_and_read_back_typed(exported) -> None:
    _, out, records = exported
    expected = expected_tables(records)
    package = Package(out / "datapackage.json")
    for table in TABLES:
        raw = (out / f"{table.name}.csv").read_bytes()
        text = raw.decode("utf-8")  # UTF-8, no BOM
        assert not text.startswith("\ufeff") and raw.endswith(b"\r\n")
        parsed = list(csv.reader(io.StringIO(text, newline="")))
        assert parsed[0] == [column.name for column in table.all_columns]
        assert len(parsed) == len(expected[table.name]) + 1
        rows = [dict(row) for row in package.get_resource(table.name).read_rows()]
        assert rows == [_as_csv_reads(row) for row in expected[table.name]]
    narrative = (out / "narrative.csv").read_bytes().decode("utf-8")
    assert HOSTILE_TEXT in [row[3] for row in csv.reader(io.StringIO(narrative, newline=""))]


def _as_csv_reads(row: dict[str, Any]) -> dict[str, Any]:
    """What the CSV gives back: an empty list or string is null, numbers are decimals."""
    return {name: None if value in ("", []) else Decimal(str(value)) if isinstance(value, float) else value
            for name, value in row.items()}


def test_the_geojson_is_rfc7946_points_at_lng_lat(exported) -> None:
    _, out, records = exported
    collection = json.loads((out / "locations.geojson").read_text(encoding="utf-8"))
    assert set(collection) == {"type", "features"} and collection["type"] == "FeatureCollection"
    located = {record["id"]: record for record in records if record["location"]}
    assert [feature["id"] for feature in collection["features"]] == list(located) and len(located) > 10
    for feature in collection["features"]:
        record = located[feature["id"]]
        assert feature["type"] == "Feature" and feature["geometry"]["type"] == "Point"
        lng, lat = feature["geometry"]["coordinates"]
        assert (lng, lat) == (record["location"]["lng"], record["location"]["lat"])
        assert -180 <= lng <= 180 and -90 <= lat <= 90
        properties = feature["properties"]
        assert "lat" not in properties and "lng" not in properties
        assert {name: properties[name] for name in ("name", "state", "population", "tactics")} == {
            name: record[name] for name in ("name", "state", "population", "tactics")}


def test_format_option_chooses_the_extra_files(exported, tmp_path: Path) -> None:
    dataset, _, _ = exported
    export(dataset, tmp_path / "export", "--format", "parquet")
    names = {path.name for path in (tmp_path / "export").iterdir()}
    assert names == {"datapackage.json"} | {f"{t.name}.csv" for t in TABLES} | {f"{t.name}.parquet" for t in TABLES}
    assert validate(tmp_path / "export" / "datapackage.json").valid


@pytest.mark.parametrize("damage", ["not json", "duplicate id"])
def test_a_broken_dataset_keeps_the_previous_export(exported, tmp_path: Path, damage: str) -> None:
    dataset, _, records = exported
    export(dataset, tmp_path / "export")
    before = (tmp_path / "export" / "datapackage.json").read_bytes()
    lines = dataset.read_text(encoding="utf-8").splitlines(keepends=True)
    broken = lines[:3] + (["{not a record\n"] if damage == "not json" else [lines[0]])
    (tmp_path / "broken.jsonl").write_text("".join(broken), encoding="utf-8")
    outcome = CliRunner().invoke(app, ["export", "--dataset", str(tmp_path / "broken.jsonl"),
                                       "--out-dir", str(tmp_path / "export")])
    assert outcome.exit_code == 1
    assert "line 4" in outcome.output and "the previous export is kept" in outcome.output
    assert (tmp_path / "export" / "datapackage.json").read_bytes() == before
    assert [path.name for path in tmp_path.iterdir() if path.name.startswith("export.version-")] == [
        Path(tmp_path / "export").readlink().name]  # the failed version is gone


def test_a_real_folder_under_the_published_name_is_refused(exported, tmp_path: Path) -> None:
    dataset, _, _ = exported
    (tmp_path / "export").mkdir()
    (tmp_path / "export" / "mine.txt").write_text("a user's file")
    outcome = CliRunner().invoke(app, ["export", "--dataset", str(dataset), "--out-dir", str(tmp_path / "export")])
    assert outcome.exit_code == 1 and "not the link an export publishes" in outcome.output
    assert (tmp_path / "export" / "mine.txt").read_text() == "a user's file"


def test_a_hand_made_dataset_with_odd_values_still_exports(exported, tmp_path: Path, caplog) -> None:
    """Values no parser writes but a hand-edited dataset may hold: a population beyond int64, a date
    that is not ISO, control characters. Every format is written; Parquet alone cannot hold the
    population, leaves it null and says so."""
    _, _, records = exported
    odd = [dict(record) for record in records[:3]]
    odd[0] = odd[0] | {"population": 10**30}
    odd[1] = odd[1] | {"citations": [odd[1]["citations"][0] | {"date": "about 2010", "date_precision": "day"}]}
    odd[2] = odd[2] | {"narrative": [{"heading": None, "text": "nul\x00, bell\x07, escape\x1b"}]}
    with caplog.at_level("WARNING", logger="demandforum.export"):
        export(write_dataset(tmp_path / "odd.jsonl", odd), tmp_path / "export")
    out = tmp_path / "export"
    assert validate(out / "datapackage.json").valid
    assert "locations.population: 1 integers outside int64 left null in Parquet" in caplog.text
    assert pq.read_table(out / "locations.parquet").column("population").to_pylist()[0] is None
    assert f",{10**30}," in (out / "locations.csv").read_text(encoding="utf-8")
    citation = next(row for row in pq.read_table(out / "citations.parquet").to_pylist()
                    if row["location_id"] == odd[1]["id"])
    assert (citation["date"], citation["year"], citation["day"]) == ("about 2010", None, None)
    assert "nul\x00, bell\x07, escape\x1b" in (out / "narrative.csv").read_bytes().decode()


@pytest.mark.parametrize("arguments", [["--format", "pdf"], ["--dataset", "no-such-file.jsonl"]])
def test_usage_errors_exit_2(tmp_path: Path, arguments: list[str]) -> None:
    outcome = CliRunner().invoke(app, ["export", "--out-dir", str(tmp_path / "export"), *arguments])
    assert outcome.exit_code == 2
    assert not (tmp_path / "export").exists()
