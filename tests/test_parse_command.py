"""`demandforum parse` and `demandforum schema` as a user runs them."""

import json
import shutil
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from scraper.cli.app import app
from scraper.cli.main import main  # noqa: F401  (registers every command)
from tests.test_golden import EXPECTED, PAGES

runner = CliRunner()
_EXPECTED = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(EXPECTED.glob("*.json"))]
PROFILES = sorted(record["id"] for record in _EXPECTED if "refused" not in record)  # canonical ids
REFUSED = sorted(p.stem for p in EXPECTED.glob("*.json") if "refused" in json.loads(p.read_text()))


def run(*args: str):
    return runner.invoke(app, ["parse", *args])


@pytest.mark.date_sensitive
def test_fixtures_give_one_record_per_profile_and_one_error_per_other_page(tmp_path):
    result = run(str(PAGES), "-o", str(tmp_path / "out.jsonl"), "-j", "1")
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(r["id"] for r in records) == PROFILES
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert sorted(Path(line.split(": ")[1]).stem for line in errors) == REFUSED
    assert result.exit_code == (1 if REFUSED else 0)


@pytest.mark.date_sensitive
def test_schema_validates_every_record(tmp_path):
    schema = json.loads(runner.invoke(app, ["schema"]).stdout)
    run(str(PAGES), "-o", str(tmp_path / "out.jsonl"))
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert lines
    for line in lines:
        jsonschema.validate(json.loads(line), schema)


def test_lines_are_utf8_unescaped_in_a_stable_field_order(tmp_path):
    run(str(PAGES / "prince-georges-county-md.html"), "-o", str(tmp_path / "out.jsonl"))
    line = (tmp_path / "out.jsonl").read_text(encoding="utf-8")
    assert "George’s" in line and "\\u2019" not in line
    assert list(json.loads(line))[:4] == ["schema_version", "id", "url", "name"]


def test_all_cores_give_byte_identical_output(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    for copy in range(8):
        for page in PAGES.glob("*.html"):
            shutil.copy(page, pages / f"{page.stem}-{copy}.html")
    run(str(pages), "-o", str(tmp_path / "one.jsonl"), "-j", "1")
    run(str(pages), "-o", str(tmp_path / "two.jsonl"), "-j", "2")
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()


def test_stdout_and_url_option(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes((PAGES / "waterbury-ct.html").read_bytes().replace(b'rel="canonical"', b'rel="x"'))
    result = run(str(page), "-o", "-", "--url", "https://demand-forum.org/site/waterbury-ct/")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["id"] == "waterbury-ct"


def test_url_from_the_file_name_when_the_page_has_no_canonical_link(tmp_path):
    page = tmp_path / "waterbury-ct-2.html"
    page.write_bytes((PAGES / "waterbury-ct.html").read_bytes().replace(b'rel="canonical"', b'rel="x"'))
    record = json.loads(run(str(page), "-o", "-").stdout)
    assert (record["id"], record["url"]) == ("waterbury-ct-2", "https://demand-forum.org/site/waterbury-ct-2/")


def test_bad_files_are_reported_and_the_others_still_written(tmp_path):
    (tmp_path / "a-good.html").write_bytes((PAGES / "waterbury-ct.html").read_bytes())
    (tmp_path / "b-empty.html").write_bytes(b"")
    (tmp_path / "c-binary.html").write_bytes(bytes(range(256)) * 4)
    result = run(str(tmp_path), "-o", str(tmp_path / "out.jsonl"))
    assert result.exit_code == 1
    assert len((tmp_path / "out.jsonl").read_text().splitlines()) == 1
    assert "b-empty.html: not a profile page (empty)" in result.stderr
    assert "c-binary.html: not a profile page (binary)" in result.stderr


@pytest.mark.parametrize("args", [
    ["does-not-exist.html"],
    ["--url", "https://demand-forum.org/site/x/", str(PAGES)],
    ["--archive", str(PAGES)],
    ["--archive", "--cache-dir", "no-such-archive"],
    ["-j", "0"],
])
def test_usage_errors_exit_2(args):
    assert run(*args).exit_code == 2


@pytest.mark.date_sensitive
def test_parse_archive_reproduces_parse_of_the_same_pages(tmp_path):
    from datetime import UTC, datetime

    from scraper.storage.archive import Archive
    from scraper.storage.records import FetchRecord

    fetched_at = datetime(2026, 11, 28, 6, 0, tzinfo=UTC)
    with Archive(tmp_path / "cache") as archive:
        for page in sorted(PAGES.glob("*.html")):
            url = f"https://demand-forum.org/site/{page.stem}/"
            archive.record_fetch(FetchRecord(url=url, fetched_at=fetched_at, outcome="fetched", final_url=url,
                                             status=200, content_type="text/html"), page.read_bytes())
    files = run(str(PAGES), "--reference-date", "2026-11-28", "-o", str(tmp_path / "files.jsonl"))
    archived = run("--archive", "--cache-dir", str(tmp_path / "cache"), "-o", str(tmp_path / "archive.jsonl"))
    assert files.exit_code == archived.exit_code

    def records(name):
        rows = [json.loads(line) for line in (tmp_path / name).read_text(encoding="utf-8").splitlines()]
        return {row["id"]: row for row in rows}

    from_files, from_archive = records("files.jsonl"), records("archive.jsonl")
    assert from_files.keys() == from_archive.keys() and from_files
    for record_id, record in from_archive.items():
        assert record.pop("fetched_at") == "2026-11-28T06:00:00Z"
        assert record == {key: value for key, value in from_files[record_id].items() if key != "fetched_at"}
