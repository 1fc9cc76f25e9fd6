"""Site-level template learning (issue 14): a line the site prints on most pages of the archive is
its template, dropped as chrome even where no per-page signal says so; a bare file keeps it."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

from typer.testing import CliRunner

from parsers import parse_profile
from parsers.template import MIN_PAGES, learn_template, template_candidates
from scraper.cli.app import app
from scraper.cli.main import main  # noqa: F401  (registers every command)
from scraper.parsing.site_template import TEMPLATE_NAME, load_template
from scraper.refresh.job import run_refresh
from scraper.refresh.settings import RefreshSettings
from scraper.storage.archive import Archive
from scraper.storage.records import FetchRecord
from tests.pagekit import META

# A theme's closing paragraph and a widget that no phrase of the chrome vocabulary names.
SLOGAN = "Demand Forum documents what communities across the country do to deter the buyers of sex."
PLACES = [("Springfield", "IL"), ("Peoria", "IL"), ("Joliet", "IL"), ("Aurora", "IL"), ("Naperville", "IL"),
          ("Rockford", "IL"), ("Elgin", "IL"), ("Champaign", "IL"), ("Decatur", "IL"), ("Evanston", "IL"),
          ("Bloomington", "IL"), ("Cicero", "IL")]
FETCHED = datetime(2026, 11, 28, 6, tzinfo=UTC)


def _page(place: str, state: str) -> bytes:
    sources = f"<h2>Key Sources</h2><p>Arrests:</p><ul><li>“{place} Sting Nets 12,” Daily News, June 3 2007.</li></ul>"
    narrative = f"<p>{place} police have run reverse stings since 2004 and publish the names of buyers.</p>"
    body = ("<h2>Tactics Used</h2><ul><li>Letters</li></ul>" + narrative + META + sources
            + f"<div class='x-col'><div class='x-text'><p>{SLOGAN}</p><p>Stay informed</p></div></div>")
    return (f"<html><head><meta charset='utf-8'><title>{place}, {state} – Demand Forum</title></head><body>"
            f"<div class='x-row'><h1>{place}, {state}</h1>{body}</div></body></html>").encode()


def _archive(cache: Path) -> None:
    with Archive(cache) as archive:
        for place, state in PLACES:
            url = f"https://demand-forum.org/site/{place.lower()}-{state.lower()}/"
            archive.record_fetch(FetchRecord(url=url, final_url=url, fetched_at=FETCHED, outcome="fetched",
                                             status=200, content_type="text/html"), _page(place, state))


def test_a_line_on_most_pages_is_learned_and_content_is_not():
    template = learn_template(template_candidates(_page(*place)) for place in PLACES)
    assert {SLOGAN.casefold(), "stay informed"} <= template.lines
    # Labels, tactic names, metadata and category headings recur on every page and stay content.
    assert not {"tactics used", "key sources", "letters", "state illinois", "arrests:"} & template.lines
    assert not any("daily news" in line for line in template.lines)  # each page's own citation


def test_too_few_pages_teach_nothing():
    assert learn_template(template_candidates(_page(*place)) for place in PLACES[:MIN_PAGES - 1]).lines == frozenset()


def test_the_template_is_dropped_and_named_in_the_parser_version():
    raw = _page("Springfield", "IL")
    template = learn_template(template_candidates(_page(*place)) for place in PLACES)
    bare = parse_profile(raw, reference_date=date(2026, 11, 28))
    learned = parse_profile(raw, reference_date=date(2026, 11, 28), template=template)
    def texts(record):
        return [p.text for p in record.narrative] + [c.text for c in record.citations]

    assert {SLOGAN, "Stay informed"} <= set(texts(bare))  # no per-page signal knows these lines
    assert texts(learned) == [text for text in texts(bare) if text not in (SLOGAN, "Stay informed")]
    assert learned.parser_version == f"{bare.parser_version}+template.{template.digest}"


def test_parse_archive_learns_the_template_beside_the_archive(tmp_path):
    _archive(tmp_path / "cache")
    result = CliRunner().invoke(app, ["parse", "--archive", "--cache-dir", str(tmp_path / "cache"),
                                      "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 0, result.output
    assert SLOGAN.casefold() in load_template(tmp_path / "cache").lines
    for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines():
        assert SLOGAN not in line


def test_the_refresh_learns_once_then_reuses_without_reparsing(tmp_path):
    _archive(tmp_path / "cache")
    settings = RefreshSettings(cache_dir=tmp_path / "cache", out_dir=tmp_path / "out", offline=True)
    first = run_refresh(settings)
    assert (tmp_path / "cache" / TEMPLATE_NAME).is_file() and first["pages"]["parsed"] == len(PLACES)
    records = [json.loads(line) for line in (tmp_path / "out" / "profiles.jsonl").read_text("utf-8").splitlines()]
    assert len(records) == len(PLACES) and all(SLOGAN not in json.dumps(record) for record in records)
    second = run_refresh(settings)
    assert second["pages"]["parsed"] == 0 and second["pages"]["reused"] == len(PLACES)
