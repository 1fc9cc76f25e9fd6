"""The README's three DuckDB questions, run as written on the Parquet files and on the JSONL of the
fixture dataset: both give the same answers, and they are the right ones."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import duckdb
import pytest

from tests.exportkit import REPO, export, parse_fixtures, raw_records

SECTION = "### Three questions in SQL (DuckDB)"


def readme_queries() -> list[tuple[str, str]]:
    """(on Parquet, on the JSONL) for each question, in README order."""
    section = (REPO / "README.md").read_text(encoding="utf-8").split(SECTION, 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```sql\n(.*?)```", section, re.S)
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
