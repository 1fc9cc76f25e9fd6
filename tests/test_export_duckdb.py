"""The README's DuckDB questions, run as written on the fixture dataset: the three on the Parquet files
and on the JSONL (both give the same answers, and they are the right ones), and issue 17's two on the
articles and outlets tables (the answers the citations give, counted here)."""

from __future__ import annotations

import re
from collections import Counter

import duckdb
import pytest

from parsers.models import Profile
from scraper.dataset.links import link_profile
from scraper.dataset.outlets import article_id, outlet_id
from scraper.dataset.reference import load_reference
from tests.exportkit import REPO, export, parse_fixtures, raw_records

SECTION = "### Three questions in SQL (DuckDB)"
IDENTITIES_SECTION = "### Articles and outlets in SQL (issue 17)"


def sql_blocks(heading: str) -> list[str]:
    """The SQL blocks of the README's section under `heading`, up to the next heading of its level or above."""
    section = (REPO / "README.md").read_text(encoding="utf-8").split(f"\n{heading}\n", 1)[1]
    section = re.split(r"\n#{2,3} ", section, maxsplit=1)[0]
    return re.findall(r"```sql\n(.*?)```", section, re.S)


def readme_queries() -> list[tuple[str, str]]:
    """(on Parquet, on the JSONL) for each question, in README order."""
    blocks = sql_blocks(SECTION)
    assert len(blocks) == 6, "three questions, each on Parquet and on the JSONL"
    return list(zip(blocks[0::2], blocks[1::2], strict=True))


@pytest.fixture(scope="module")
def answers(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[tuple[list, list]], list[dict]]:
    folder = tmp_path_factory.mktemp("duckdb")
    dataset = parse_fixtures(folder)
    export(dataset, folder / "export", "--format", "parquet")
    results = []
    for on_parquet, on_jsonl in readme_queries():
        assert "output/export/" in on_parquet and "read_json('output/profiles.jsonl')" in on_jsonl
        parquet_sql = on_parquet.replace("'output/export/", f"'{folder}/export/")
        jsonl_sql = on_jsonl.replace("'output/profiles.jsonl'", f"'{dataset}'")
        results.append((duckdb.sql(parquet_sql).fetchall(), duckdb.sql(jsonl_sql).fetchall()))
    return results, raw_records(dataset)


def test_the_parquet_and_the_jsonl_give_the_same_answers(answers) -> None:
    results, _ = answers
    for on_parquet, on_jsonl in results:
        assert on_parquet and on_parquet == on_jsonl


def test_tactics_by_state(answers) -> None:
    ((rows, _), _, _), records = answers
    counts = Counter((record["state"], tactic) for record in records for tactic in record["tactics"])
    assert {(state, tactic): count for state, tactic, count in rows} == counts
    assert rows == sorted(rows, key=lambda row: (row[0] is None, row[0] or "", -row[2], row[1]))


def test_citations_per_year(answers) -> None:
    (_, (rows, _), _), records = answers
    years = Counter(int(c["date"][:4]) for record in records for c in record["citations"] if c["date"])
    assert rows == sorted(years.items()) and len(rows) > 10


def test_locations_with_reverse_stings_and_a_john_school(answers) -> None:
    (_, _, (rows, _)), records = answers
    both = [record for record in records if {"reverse-stings", "john-school"} <= set(record["tactics"])]
    expected = sorted(((r["id"], r["population"], len(r["citations"])) for r in both),
                      key=lambda row: (-row[2], row[0]))
    assert rows == expected and len(rows) >= 3


@pytest.fixture(scope="module")
def identity_answers(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[list], list[dict]]:
    folder = tmp_path_factory.mktemp("duckdb-identities")
    dataset = parse_fixtures(folder)
    export(dataset, folder / "export", "--format", "parquet")
    queries = sql_blocks(IDENTITIES_SECTION)
    assert len(queries) == 2, "how many distinct articles; which outlets cover a state"
    return [duckdb.sql(query.replace("'output/export/", f"'{folder}/export/")).fetchall() for query in queries], \
        raw_records(dataset)


def cited(records: list[dict]) -> list[tuple[dict, dict, str, str | None]]:
    """(record, citation, article id, outlet id) of every citation, from the raw JSON."""
    return [(record, c, article_id(c["headline"], c["outlet"], c["date"], c["text"]), outlet_id(c["outlet"]))
            for record in records for c in record["citations"]]


def test_how_many_distinct_articles_and_outlets(identity_answers) -> None:
    (rows, _), records = identity_answers
    every = cited(records)
    spellings = {(outlet, c["outlet"]) for _, c, _, outlet in every if outlet}
    assert rows == [(len(every), len({article for _, _, article, _ in every}), len(spellings),
                     len({outlet for outlet, _ in spellings}))]
    section = (REPO / "README.md").read_text(encoding="utf-8").split(IDENTITIES_SECTION, 1)[1]
    figures = re.search(r"(\d+) citations are (\d+) distinct articles, and (\d+) outlet spellings are (\d+)\s+outlets",
                        section)
    assert figures and tuple(map(int, figures.groups())) == (rows[0][0], rows[0][1], rows[0][2], rows[0][3]), \
        "the README's figures are those of the fixture dataset"


def test_which_outlets_cover_connecticut(identity_answers) -> None:
    (_, rows), records = identity_answers
    reach: dict[str, dict[str, set]] = {}
    for record, _, article, outlet in cited(records):
        if outlet and record["state_code"] == "CT":
            seen = reach.setdefault(outlet, {"articles": set(), "ids": set(), "names": set(), "counties": set()})
            seen["articles"].add(article), seen["ids"].add(record["id"]), seen["names"].add(record["name"])
            seen["counties"].update(link_profile(Profile.model_validate(record), load_reference())["county_fips"][:1])
    expected = Counter((len(seen["articles"]), len(seen["ids"]), "; ".join(sorted(seen["names"])),
                        " ".join(sorted(seen["counties"])) or None) for seen in reach.values())
    assert Counter(row[1:] for row in rows) == expected and len(rows) > 10
    assert rows == sorted(rows, key=lambda row: (-row[2], -row[1], row[0]))
    assert rows[0] == ("Republican-American", 16, 14, "Naugatuck, CT; Torrington, CT; Waterbury, CT", "09005 09009")
