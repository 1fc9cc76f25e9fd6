"""The static site's files (issue 12), read without a browser: every page is there, nothing points off
the site, the refresh rebuilds it after an alarm, bad run reports cost only themselves."""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser
from typer.testing import CliRunner

from scraper.cli.main import app
from scraper.dataset.site import build_site
from tests.sitekit import FixtureSite, build_fixture_site, matched_ids

@pytest.fixture(scope="module")
def built(tmp_path_factory) -> FixtureSite:
    return build_fixture_site(tmp_path_factory.mktemp("site"))


def html_of(path: Path) -> LexborHTMLParser:
    return LexborHTMLParser(path.read_text("utf-8"))


def test_every_location_and_every_run_has_its_page(built):
    site = built.site
    assert sorted(p.stem for p in (site / "locations").glob("*.html")) == sorted(built.records)
    run_pages = sorted(p.name for p in (site / "runs").glob("2*.html"))
    assert len(run_pages) == 2
    assert {"index.html", "locations.html", "static"} <= {p.name for p in site.iterdir()}
    assert not site.with_name("site.building").exists() and not site.with_name("site.old").exists()


def test_no_page_refers_to_anything_outside_the_site(built):
    references = re.compile(r"""\b(?:src|href|xlink:href|action)\s*=\s*["']([^"']*)["']""", re.I)
    for page in built.site.rglob("*.html"):
        text = page.read_text("utf-8")
        for target in references.findall(text):
            if target.startswith(("http://", "https://", "//")):
                # only the profile's own source page and citation links, as plain <a> for a reader
                assert re.search(rf'<a href="{re.escape(target)}" rel="external">', text), (page, target)
        tree = html_of(page)
        for node in tree.css("script[src], link[href], img[src], iframe, object, embed, video, audio"):
            assert not re.match(r"^(https?:)?//", node.attributes.get("src") or node.attributes.get("href") or ""), page
    css = (built.site / "static" / "site.css").read_text("utf-8")
    assert "url(" not in css and "@import" not in css


def test_the_overview_counts_and_charts(built):
    tree = html_of(built.site / "index.html")
    counts = {dt.text(): dd.text() for dt, dd in zip(tree.css(".counts dt"), tree.css(".counts dd"))}
    assert counts["Locations"] == str(len(built.records))
    assert counts["Citations"] == f"{sum(len(r.citations) for r in built.records.values()):,}"
    assert counts["States"] == str(len({r.state_code for r in built.records.values() if r.state_code}))
    figures = tree.css("figure.chart")
    assert [f.attributes["id"] for f in figures] == ["tactics", "map", "years", "fill", "records"]
    assert all(f.css_first("svg") is not None for f in figures)
    # the map: one link per state that has locations, to the table filtered on it
    links = {a.attributes["xlink:href"] for a in tree.css("#map svg a")}
    states = {r.state_code for r in built.records.values() if r.state_code}
    assert {link for link in links if "?state=" in link} == {
        f"locations.html?state={code}" for code in states if code not in ("VI", "PR", "GU")}
    # and a marker per location that has coordinates or a county, linking to its page
    assert {link for link in links if "?state=" not in link} == {
        f"locations/{record_id}.html" for record_id in matched_ids(built.records)}
    # the last run raised an alarm: the overview says so
    assert "discovery-drop" in tree.css_first(".last-run .alarms").text()


def test_a_location_page_holds_the_whole_record(built):
    record = built.records["waterbury-ct"]
    tree = html_of(built.site / "locations" / "waterbury-ct.html")
    assert tree.css_first("h1").text() == record.name
    assert [h.text() for h in tree.css("#sources h3")] == record.source_categories
    assert len(tree.css("#sources li.citation")) == len(record.citations) == 16
    assert len(tree.css("#tactics li")) == len(record.tactics)
    assert tree.css_first(f'a[href="{record.url}"]') is not None
    narrative = " ".join(p.text() for p in tree.css("#narrative p"))
    assert all(paragraph.text in narrative for paragraph in record.narrative)


def test_narrative_sub_headings_partners_with_units_and_warnings(built):
    with_headings = next(r for r in built.records.values() if any(p.heading for p in r.narrative))
    tree = html_of(built.site / "locations" / f"{with_headings.id}.html")
    headings = [h.text() for h in tree.css("#narrative h3")]
    assert headings and all(h in headings for h in {p.heading for p in with_headings.narrative if p.heading})
    with_units = next(r for r in built.records.values() if any(p.units for p in r.key_partners))
    partners = html_of(built.site / "locations" / f"{with_units.id}.html").css_first("#partners").text()
    assert all(unit in partners for p in with_units.key_partners for unit in p.units)
    warned = next(r for r in built.records.values() if r.warnings)
    rows = html_of(built.site / "locations" / f"{warned.id}.html").css("#warnings tbody tr")
    assert [row.css("td")[1].text() for row in rows] == [w.code for w in warned.warnings]


def test_the_refresh_rebuilds_the_site_after_an_alarm_and_shows_it(built):
    alarm = built.reports[-1]
    run_pages = sorted((built.hook_site / "runs").glob("2*.html"))
    last = html_of(run_pages[-1])
    assert alarm["alarms"][0]["message"] in last.css_first(".alarms").text()
    assert "previous dataset kept" in last.css_first(".outcome").text()
    # the location pages tell which runs found them missing
    missing = sorted(alarm["records"]["missing"])
    assert missing
    changes = html_of(built.hook_site / "locations" / f"{missing[0]}.html").css_first("#changes").text()
    assert "missing from discovery" in changes and "added" in changes


def test_location_pages_stay_small(built):
    pages = list((built.site / "locations").glob("*.html"))
    assert sum(p.stat().st_size for p in pages) / len(pages) <= 50_000


def test_a_run_report_that_cannot_be_read_is_skipped_and_no_dataset_gives_an_empty_site(tmp_path):
    history = tmp_path / "history"
    history.mkdir()
    (history / "20260101T000000.000000Z.json").write_text("{half")
    (history / "20260102T000000.000000Z.json").write_text(json.dumps([1, 2]))
    good = {"run": {"started_at": "2026-01-03T00:00:00+00:00", "outcome": "ok", "published": True},
            "records": {"total": 0, "added": [], "changed": {}, "removed": {}}}
    (history / "20260103T000000.000000Z.json").write_text(json.dumps(good))
    built = build_site(tmp_path / "profiles.jsonl", tmp_path / "site")
    assert (built.locations, built.runs) == (0, 1)
    assert [p.name for p in (tmp_path / "site" / "runs").glob("2*.html")] == ["20260103T000000.000000Z.html"]
    assert "Nothing to chart yet." in (tmp_path / "site" / "index.html").read_text("utf-8")


@pytest.fixture
def runner():
    """The CLI; restores the logging that `refresh` configures."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield CliRunner()
    root.handlers[:] = handlers
    root.setLevel(level)


def test_the_refresh_command_builds_the_site_unless_told_not_to(runner, tmp_path):
    out = tmp_path / "out"
    command = ["refresh", "--offline", "--out-dir", str(out), "--cache-dir", str(tmp_path / "cache"),
               "--reference-date", "2026-11-28", "--log-format", "json"]
    assert runner.invoke(app, [*command, "--no-site"]).exit_code == 0
    assert (out / "profiles.jsonl").exists() and not (out / "site").exists()
    assert runner.invoke(app, command).exit_code == 0
    assert len(list((out / "site" / "runs").glob("2*.html"))) == 2
    # The feed of changes (issue 19) is served with the site, and every page links it.
    assert (out / "site" / "changes.atom").read_bytes() == (out / "changes.atom").read_bytes()
    feed_link = html_of(out / "site" / "index.html").css_first("link[rel=alternate][type='application/atom+xml']")
    assert feed_link is not None and feed_link.attributes["href"] == "changes.atom"


def test_the_site_command_refuses_an_invalid_dataset(tmp_path):
    dataset = tmp_path / "profiles.jsonl"
    dataset.write_text('{"id": "half a rec')
    result = CliRunner().invoke(app, ["site", "--dataset", str(dataset), "--out-dir", str(tmp_path / "site")])
    assert result.exit_code == 1 and "invalid" in result.stderr
    assert not (tmp_path / "site").exists()


def test_a_run_cut_by_its_deadline_shows_what_stopped_it_and_what_it_did_not_reach(tmp_path):
    report = {
        "run": {"started_at": "2026-01-03T05:17:00+00:00", "outcome": "ok", "published": True,
                "stopped_by": "deadline", "max_run_time": 14400},
        "pages": {"discovered": 3, "failed": 0, "not_reached": ["https://demand-forum.org/site/a-ct/"]},
        "records": {"total": 2, "added": ["b-ct"], "changed": {}, "removed": {}},
    }
    (tmp_path / "report.json").write_text(json.dumps(report))
    build_site(tmp_path / "profiles.jsonl", tmp_path / "site")
    page = html_of(tmp_path / "site" / "runs" / "20260103T051700.000000Z.html")
    assert "deadline (limit 14400 s)" in page.css_first("dl.meta").text()
    assert page.css_first("details summary").text().startswith("1 pages not reached")
    assert page.css_first("details li").text() == "https://demand-forum.org/site/a-ct/"
