"""The export's dataset-wide tables of issue 17, `articles`, `outlets` and `outlet_spellings`: one row per
identity, every citation's ids present in them (the Data Package's foreign keys, checked by
frictionless), and counts that agree with the citations, on the fixture dataset and on small
hand-made ones (one article on two profiles, an outlet under two spellings, no citations at all)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from frictionless import validate

from tests.exportkit import export, parse_fixtures, raw_records, validate_edited, write_dataset


def read(out: Path, table: str) -> list[dict[str, Any]]:
    return pq.read_table(out / f"{table}.parquet").to_pylist()


def assert_valid(out: Path) -> None:
    report = validate(out / "datapackage.json")  # types, required, primary and foreign keys
    assert report.valid, report.flatten(["taskName", "rowNumber", "fieldName", "type", "note"])[:10]


@pytest.fixture(scope="module")
def fixture_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("identities")
    export(parse_fixtures(folder), folder / "export", "--format", "parquet")
    return folder / "export"


def test_one_row_per_identity_and_every_citation_finds_its_rows(fixture_export: Path) -> None:
    citations, articles, outlets, spellings = (read(fixture_export, name) for name in
                                               ("citations", "articles", "outlets", "outlet_spellings"))
    assert len({row["article_id"] for row in articles}) == len(articles) < len(citations)
    assert len({row["outlet_id"] for row in outlets}) == len(outlets) < len(spellings)
    assert len({(row["outlet_id"], row["spelling"]) for row in spellings}) == len(spellings)
    assert {row["article_id"] for row in citations} == {row["article_id"] for row in articles}
    assert {row["outlet_id"] for row in citations} - {None} == {row["outlet_id"] for row in outlets}
    assert {row["outlet_id"] for row in articles} - {None} <= {row["outlet_id"] for row in outlets}
    assert any(row["outlet_id"] is None for row in citations)  # a citation without an outlet has no outlet row


def test_the_counts_agree_with_the_citations(fixture_export: Path) -> None:
    citations = read(fixture_export, "citations")
    for row in read(fixture_export, "articles"):
        mine = [c for c in citations if c["article_id"] == row["article_id"]]
        assert row["citation_count"] == len(mine)
        assert row["location_count"] == len({c["location_id"] for c in mine})
        assert row["outlet_id"] == mine[0]["outlet_id"]
    spellings = Counter()
    for row in read(fixture_export, "outlet_spellings"):
        assert row["citation_count"] == sum(c["outlet"] == row["spelling"] for c in citations)
        spellings[row["outlet_id"]] += 1
    for row in read(fixture_export, "outlets"):
        mine = [c for c in citations if c["outlet_id"] == row["outlet_id"]]
        assert (row["spelling_count"], row["citation_count"], row["article_count"], row["location_count"]) == (
            spellings[row["outlet_id"]], len(mine), len({c["article_id"] for c in mine}),
            len({c["location_id"] for c in mine}))
        assert row["name"] in {c["outlet_canonical"] for c in mine}


def test_known_outlets_and_the_most_cited_article_of_the_fixtures(fixture_export: Path) -> None:
    outlets = {row["outlet_id"]: row for row in read(fixture_export, "outlets")}
    assert (outlets["washington-post"]["name"], outlets["washington-post"]["citation_count"]) == ("Washington Post", 8)
    assert {row["spelling"] for row in read(fixture_export, "outlet_spellings")
            if row["outlet_id"] == "washington-post"} == {"The Washington Post", "Washington Post"}
    assert outlets["republican-american"]["name"] == "Republican-American"
    assert outlets["republican-american"]["location_count"] > 1
    waterbury = {row["id"] for row in read(fixture_export, "locations")
                 if row["id"] == "waterbury-ct" or row["id"].startswith("rt4-waterbury-")}
    top = max(read(fixture_export, "articles"), key=lambda row: row["location_count"])
    assert top["location_count"] >= len(waterbury) > 1  # one article, on every Waterbury fixture


def citation(headline: str | None, outlet: str | None, text: str) -> dict[str, Any]:
    return {"category": "News", "headline": headline, "outlet": outlet, "date": "2019-05-02",
            "date_precision": "day", "url": None, "text": text}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("template")
    return next(record for record in raw_records(parse_fixtures(folder)) if record["citations"])


def small_export(tmp_path: Path, template: dict[str, Any], citations_by_id: dict[str, list]) -> Path:
    records = [template | {"id": record_id, "citations": cited, "source_categories": ["News"] if cited else []}
               for record_id, cited in citations_by_id.items()]
    export(write_dataset(tmp_path / "profiles.jsonl", records), tmp_path / "export", "--format", "parquet")
    assert_valid(tmp_path / "export")
    return tmp_path / "export"


def test_one_article_on_two_profiles_is_one_row_cited_by_two_locations(tmp_path: Path, template) -> None:
    out = small_export(tmp_path, template, {
        "a-town-ct": [citation("Police Sting Nets 12", "The Washington Post", "one"),
                      citation("Another Story", "Waterbury Republican-American", "two")],
        "b-town-ct": [citation("“Police sting nets 12”", "Washington Post", "three")],
        "c-town-ct": [citation("A third story", "Republican-American", "four")]})
    articles = read(out, "articles")
    assert len(articles) == 3
    [shared] = [row for row in articles if row["location_count"] == 2]
    assert (shared["headline"], shared["outlet_id"], shared["citation_count"]) == (
        "Police Sting Nets 12", "washington-post", 2)  # as its first citation in the dataset writes it
    assert read(out, "outlets") == [
        {"outlet_id": "republican-american", "name": "Republican-American", "spelling_count": 2,
         "citation_count": 2, "article_count": 2, "location_count": 2},
        {"outlet_id": "washington-post", "name": "Washington Post", "spelling_count": 2,
         "citation_count": 2, "article_count": 1, "location_count": 2}]
    assert read(out, "outlet_spellings") == [
        {"outlet_id": "republican-american", "spelling": "Republican-American", "citation_count": 1},
        {"outlet_id": "republican-american", "spelling": "Waterbury Republican-American", "citation_count": 1},
        {"outlet_id": "washington-post", "spelling": "The Washington Post", "citation_count": 1},
        {"outlet_id": "washington-post", "spelling": "Washington Post", "citation_count": 1}]


def test_a_record_without_citations_and_a_citation_without_outlet_or_headline(tmp_path: Path, template) -> None:
    out = small_export(tmp_path, template, {"a-town-ct": [], "b-town-ct": [citation(None, None, "A line alone.")]})
    [article] = read(out, "articles")
    assert (article["headline"], article["outlet_id"], article["citation_count"], article["location_count"]) == (
        None, None, 1, 1)
    assert read(out, "outlets") == [] and read(out, "outlet_spellings") == []


def test_an_empty_dataset_gives_empty_tables(tmp_path: Path) -> None:
    export(write_dataset(tmp_path / "profiles.jsonl", []), tmp_path / "export")
    out = tmp_path / "export"
    assert_valid(out)
    for name, header in [("articles", "article_id,headline,outlet_id,date,date_precision,url,citation_count,"
                                      "location_count"),
                         ("outlets", "outlet_id,name,spelling_count,citation_count,article_count,location_count"),
                         ("outlet_spellings", "outlet_id,spelling,citation_count")]:
        assert (out / f"{name}.csv").read_bytes() == f"{header}\r\n".encode()
        assert read(out, name) == []


@pytest.mark.parametrize("table", ["articles", "outlets"])
def test_a_citation_whose_identity_is_missing_fails_validation(fixture_export: Path, tmp_path: Path, table: str) -> None:
    """The new foreign keys are checked: drop the row of an identity the citations name, and frictionless says so."""
    def drop_the_first_row(folder: Path) -> None:
        lines = (folder / f"{table}.csv").read_bytes().split(b"\r\n")
        (folder / f"{table}.csv").write_bytes(b"\r\n".join(lines[:1] + lines[2:]))

    report = validate_edited(fixture_export, tmp_path, drop_the_first_row)
    errors = {(task.name, error.type) for task in report.tasks for error in task.errors}
    assert errors and {error for _, error in errors} == {"foreign-key"}
    assert ("citations", "foreign-key") in errors
