"""`demandforum history ID`: every archived version of a page, parsed today, and what changed."""

import hashlib
import json
from datetime import UTC, datetime

from typer.testing import CliRunner

from scraper.cli.app import app
from scraper.cli.main import main  # noqa: F401  (registers every command)
from scraper.storage.archive import Archive
from scraper.storage.records import FetchRecord
from tests.test_golden import PAGES

runner = CliRunner()
URL = "https://demand-forum.org/site/waterbury-ct/"
FIRST = (PAGES / "waterbury-ct.html").read_bytes()
NEW_CITATIONS = ("<li>&#8220;Forty More Buyers Charged,&#8221; Waterbury Republican-American, May 2 2026.</li>"
                 "<li>&#8220;Web Sting Nets Buyers,&#8221; Waterbury Republican-American, May 9 2026.</li>")
# The next version: population updated, two citations under the first heading.
SECOND = FIRST.replace(b"113811", b"114403").replace(
    b"Massage Parlor Arrests,&#8221; Waterbury Republican-American, April 29 2006.</li>",
    b"Massage Parlor Arrests,&#8221; Waterbury Republican-American, April 29 2006.</li>" + NEW_CITATIONS.encode())
# Before both: the page did not list Web Stings yet.
ZEROTH = FIRST.replace(b"<li>Web Stings</li>\n", b"")


def at(day: str) -> datetime:
    return datetime.fromisoformat(day).replace(tzinfo=UTC)


def archive_with(cache_dir, *fetches):
    """fetches: (url, day, body or None for a 304 of the previous body, or 'failed')."""
    with Archive(cache_dir) as archive:
        previous = None
        for url, day, body in fetches:
            if body == "failed":
                archive.record_fetch(FetchRecord(url=url, fetched_at=at(day), outcome="failed", status=500,
                                                 reason="http 500"))
            elif body is None:
                archive.record_fetch(FetchRecord(url=url, fetched_at=at(day), outcome="not-modified", status=304,
                                                 sha256=previous))
            else:
                previous = hashlib.sha256(body).hexdigest()
                archive.record_fetch(FetchRecord(url=url, fetched_at=at(day), outcome="fetched", status=200), body)
    return str(cache_dir)


def three_versions(tmp_path):
    return archive_with(tmp_path / "cache", (URL, "2026-01-02", ZEROTH), (URL, "2026-02-01", None),
                        (URL.replace("https:", "http:"), "2026-03-01", "failed"), (URL, "2026-05-10", FIRST),
                        (URL, "2027-01-04", SECOND))


def test_versions_oldest_first_with_what_changed(tmp_path):
    result = runner.invoke(app, ["history", "waterbury-ct", "--cache-dir", three_versions(tmp_path)],
                           env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("waterbury-ct: 3 versions in 5 fetches of http://demand-forum.org/site/waterbury-ct/, "
                               "https://demand-forum.org/site/waterbury-ct/ (1 failed, not shown)")
    assert lines[1] == "1. 2026-01-02: first version: 14 tactics, 16 citations, population 113811"
    assert "fetched 2026-01-02T00:00:00+00:00, 2026-02-01T00:00:00+00:00" in lines[2]
    assert lines[3] == "2. 2026-05-10: tactics +web-stings"
    assert lines[5] == ("3. 2027-01-04: population 113811 -> 114403; "
                        "2 citations added under 'Sex Buyer Arrests'")


def test_json_has_every_version_record_and_changed_fields(tmp_path):
    result = runner.invoke(app, ["history", URL, "--json", "--cache-dir", three_versions(tmp_path)])
    report = json.loads(result.stdout)
    assert report["failed_fetches"] == 1
    versions = report["versions"]
    assert [v["fetched_at"][0][:10] for v in versions] == ["2026-01-02", "2026-05-10", "2027-01-04"]
    assert [v["changed_fields"] for v in versions] == [
        None, ["tactics", "content_sha256"], ["population", "citations", "content_sha256"]]
    assert versions[2]["record"]["population"] == 114403


def test_a_page_reverted_is_a_new_version_and_a_refused_body_says_why(tmp_path):
    cache = archive_with(tmp_path / "cache", (URL, "2026-01-02", FIRST), (URL, "2026-01-03", b"<html><body>x</body></html>"),
                         (URL, "2026-01-04", FIRST))
    report = json.loads(runner.invoke(app, ["history", "waterbury-ct", "--json", "--cache-dir", cache]).stdout)
    summaries = [version["summary"] for version in report["versions"]]
    assert summaries[1].startswith("no record: not a profile page")
    assert summaries[2] == "gives a record again: 15 tactics, 16 citations, population 113811"


def test_an_unknown_id_is_a_usage_error(tmp_path):
    cache = archive_with(tmp_path / "cache", (URL, "2026-01-02", FIRST))
    assert runner.invoke(app, ["history", "nowhere-ct", "--cache-dir", cache]).exit_code == 2
    assert runner.invoke(app, ["history", "waterbury-ct", "--cache-dir", str(tmp_path / "none")]).exit_code == 2
