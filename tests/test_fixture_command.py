"""`demandforum fixture ID|URL|FILE`: pin a page and write its output the way the golden test reads it."""

import json

from typer.testing import CliRunner

from scraper.cli.app import app
from scraper.cli.main import main  # noqa: F401  (registers every command)
from scraper.parsing.golden import GOLDEN_RUN_DATE
from tests.pagekit import REFERENCE_DATE
from tests.test_golden import EXPECTED, PAGES
from tests.test_history_command import FIRST, SECOND, URL, archive_with

runner = CliRunner()


def fixture(tmp_path, *args):
    return runner.invoke(app, ["fixture", *args, "--pages-dir", str(tmp_path / "fixtures" / "pages"),
                               "--golden-dir", str(tmp_path / "golden")])


def test_the_golden_flow_bounds_dates_by_the_fixtures_reference_date():
    assert GOLDEN_RUN_DATE == REFERENCE_DATE


def test_an_archived_id_becomes_a_fixture_page_and_a_golden_output_for_review(tmp_path):
    cache = archive_with(tmp_path / "cache", (URL, "2026-05-10", FIRST), (URL, "2027-01-04", SECOND))
    result = fixture(tmp_path, "waterbury-ct", "--cache-dir", cache)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "fixtures" / "pages" / "waterbury-ct.html").read_bytes() == SECOND
    output = json.loads((tmp_path / "golden" / "waterbury-ct.json").read_text(encoding="utf-8"))
    assert output["population"] == 114403
    assert output["fetched_at"] is None  # as the golden test parses a saved page
    assert "review it, then copy it to" in result.stderr


def test_a_saved_page_gives_exactly_its_expected_file(tmp_path):
    result = fixture(tmp_path, str(PAGES / "rt4-waterbury-dl.html"), "--name", "rt4-waterbury-dl")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "golden" / "rt4-waterbury-dl.json").read_text(encoding="utf-8") == \
        (EXPECTED / "rt4-waterbury-dl.json").read_text(encoding="utf-8")


def test_a_refused_page_is_pinned_under_its_file_name(tmp_path):
    result = fixture(tmp_path, str(PAGES / "not-found.html"))
    assert result.exit_code == 0, result.output
    assert json.loads((tmp_path / "golden" / "not-found.json").read_text()) == {"refused": "error-page"}


def test_an_existing_fixture_is_kept_unless_forced(tmp_path):
    cache = archive_with(tmp_path / "cache", (URL, "2026-05-10", FIRST))
    page = tmp_path / "fixtures" / "pages" / "waterbury-ct.html"
    page.parent.mkdir(parents=True)
    page.write_bytes(b"reviewed before")
    refused = fixture(tmp_path, URL, "--cache-dir", cache)
    assert refused.exit_code == 1
    assert "exists; --force replaces it" in refused.stderr
    assert page.read_bytes() == b"reviewed before" and not (tmp_path / "golden").exists()
    assert fixture(tmp_path, URL, "--cache-dir", cache, "--force").exit_code == 0
    assert page.read_bytes() == FIRST


def test_names_that_are_not_safe_file_names_are_refused(tmp_path):
    result = fixture(tmp_path, str(PAGES / "waterbury-ct.html"), "--name", "../escape")
    assert result.exit_code == 2
    assert not (tmp_path / "escape.html").exists()
