"""The benchmark code runs end to end on a few pages (no timing is asserted: the machine is shared),
and the parser's speed edits give what the code they replaced gave."""

import json
import re
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from benchmarks.__main__ import Plan, run
from benchmarks.data import generated_archive, generated_pages, page_files
from benchmarks.export_speed import fixture_records, synthetic_dataset
from benchmarks.parse_speed import date_report, load_pages
from benchmarks.results import table
from parsers.text import clean
from scraper.dataset.compare import compare_datasets
from scraper.dataset.outlets import article_id
from scraper.storage.archive import Archive

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


def test_the_site_measurement_builds_both_sizes_and_renders_in_chromium(plan: Plan) -> None:
    results = run(plan, ["site"])
    assert [row.measurement.split(",")[0] for row in results] == [
        "9. site build", "9. site size", "10. Chromium first render", "10. Chromium first render",
    ]
    assert all(row.ratio > 0 for row in results)
    assert "KB/location page" in results[1].figure


def test_linking_measurement_gives_its_rows_on_a_small_dataset(plan: Plan) -> None:
    link, size = run(plan, ["linking"])
    assert link.measurement == f"11. link {plan.large} records vs reading and writing them"
    assert link.ratio > 0 and "loading the tables" in link.figure
    assert size.met and "GeoNames extract" in size.note


def test_the_export_measurement_gives_its_rows(plan: Plan) -> None:
    results = run(plan, ["export"])
    assert [row.measurement for row in results] == [
        f"12. export, all formats ({2 * PAGES} records)", f"12. export peak RSS, {2 * PAGES} vs {PAGES} records"]
    # At 40 records the export's time is within the noise of its start (measured apart): any sign.
    assert results[0].ratio is not None and results[0].figure.endswith("ms/record")
    assert results[1].ratio > 0
    assert not list((plan.data_dir / "runs").glob("*-out"))  # the exports are cleared after measuring


def test_the_export_datasets_copies_cite_their_own_articles(tmp_path) -> None:
    """Distinct articles grow with the benchmark's dataset, as in a real one: no two copies share one."""
    records = fixture_records()
    dataset = synthetic_dataset(records, 3 * len(records), tmp_path)
    articles = lambda lines: {article_id(c["headline"], c["outlet"], c["date"], c["text"])  # noqa: E731
                              for record in lines for c in record["citations"]}
    copied = [json.loads(line) for line in dataset.read_text(encoding="utf-8").splitlines()]
    assert len(copied) == 3 * len(records)
    assert len(articles(copied)) == 3 * len(articles(records)) > 300


# clean() as regex substitutions (what it was before its speed edit): drop what a browser does not
# show, then collapse every run of spaces.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE_RUN = re.compile(f"[{_INVISIBLE}]")
_SPACES = re.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_EVERY_SPACE = "".join(c for c in map(chr, range(sys.maxunicode + 1)) if _SPACES.fullmatch(c))


@given(st.text(alphabet=st.sampled_from(_EVERY_SPACE + _INVISIBLE + "ab:,."), max_size=40) | st.text(max_size=40))
def test_clean_collapses_exactly_what_the_regexes_do(text: str) -> None:
    assert clean(text) == _SPACES.sub(" ", _INVISIBLE_RUN.sub("", text)).strip()


def test_clean_sees_every_space_and_drops_every_invisible_character() -> None:
    assert all(clean(f"a{space}b") == "a b" for space in _EVERY_SPACE)
    assert all(clean(f"a{invisible}b") == "ab" for invisible in _INVISIBLE)
    assert "\u00a0" in _EVERY_SPACE and "\u3000" in _EVERY_SPACE


def test_the_diff_measurement_walks_datasets_with_every_kind_of_difference(plan: Plan) -> None:
    results = run(plan, ["diff"])
    assert [row.measurement.split(",")[0] for row in results] == ["7. diff peak RSS", "7. diff"]
    assert all(row.met is not None and row.ratio > 0 for row in results)
    old, new = (plan.data_dir / f"diff-{2 * PAGES}" / name for name in ("old.jsonl", "new.jsonl"))
    found = compare_datasets(old, new)
    assert found.added and found.removed and found.unsorted == []
    assert {"population", "citations"} <= found.fields.keys()


def test_the_shapes_measurement_gives_one_row_per_shape(plan: Plan) -> None:
    results = run(plan, ["shapes"])
    assert [row.measurement for row in results] == [
        f"8. parse cost by {shape}" for shape in ("depth", "width", "length", "links", "list items", "table rows")]
    assert all(row.ratio > 0 and row.note.count(" ms") == 4 for row in results)
