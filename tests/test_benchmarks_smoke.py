"""The benchmark code runs end to end on a few pages (no timing is asserted: the machine is shared)."""

from pathlib import Path

import pytest

from benchmarks.__main__ import Plan, run
from benchmarks.data import generated_archive, generated_pages, page_files
from benchmarks.parse_speed import date_report, load_pages
from benchmarks.results import table
from scraper.archive import Archive

PAGES = 20


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> Plan:
    return Plan(small=PAGES, large=2 * PAGES, parse_sample=PAGES, rounds=1, data_dir=tmp_path_factory.mktemp("data"))


def test_data_is_generated_once_and_archived_page_for_page(plan: Plan) -> None:
    folder = generated_pages(PAGES, plan.data_dir)
    files = page_files(folder)
    assert len(files) == PAGES
    stamp = files[0].stat().st_mtime_ns
    assert generated_pages(PAGES, plan.data_dir) == folder
    assert files[0].stat().st_mtime_ns == stamp  # reused, not rewritten
    with Archive(generated_archive(PAGES, plan.data_dir)) as archive:
        archived = list(archive.latest_good())
        assert len(archived) == PAGES
        assert archive.read_body(archived[0].sha256) in {path.read_bytes() for path in files}


def test_every_fast_path_date_of_the_pages_is_what_dateparser_alone_gives(plan: Plan) -> None:
    report = date_report(load_pages(page_files(generated_pages(PAGES, plan.data_dir))))
    assert report.dates > 0 and report.fast > 0
    assert report.disagreements == []


def test_parse_dates_and_cores_measurements_give_their_rows(plan: Plan) -> None:
    results = run(plan, ["parse", "dates", "cores"])
    names = [row.measurement for row in results]
    assert [name.split(" ")[0] for name in names] == ["1.", "1.", "2.", "2.", "3.", "3."]
    assert all(row.ratio > 0 for row in results if row.ratio is not None)
    assert all("byte-identical" in row.note for row in results if row.measurement.startswith("3."))
    assert table(results).count("\n") == len(results) + 1
