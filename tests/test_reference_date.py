"""One rule bounds citation dates, in every command: the fetch date, else --reference-date, else the
page's own date, else the run's date with a warning (issue 9). Saved pages give the same record on
any day."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import time_machine
from typer.testing import CliRunner

from parsers import parse_profile
from scraper.cli.app import app
from scraper.cli.main import main  # noqa: F401  (registers every command)
from scraper.refresh.job import run_refresh
from scraper.refresh.settings import RefreshSettings
from tests.pagekit import META, NARRATIVE, article
from tests.test_golden import PAGES

URL = "https://demand-forum.org/site/springfield-il/"
SOURCES = "<h2>Key Sources</h2><p>Arrests:</p><ul><li>“Sting Nets 12,” Daily News, June 3 2030.</li></ul>"


def _page(head: str = "", header: str = "") -> bytes:
    body = "<h2>Tactics Used</h2><ul><li>Letters</li></ul>" + NARRATIVE + SOURCES + META
    return article(body).replace(b"</head>", head.encode() + b"</head>").replace(
        b"<article>", f"<article>{header}".encode())


def _dates_kept(raw: bytes, **kwargs) -> list[str | None]:
    return [c.date for c in parse_profile(raw, url=URL, **kwargs).citations]


def _codes(raw: bytes, **kwargs) -> list[str]:
    return [w.code for w in parse_profile(raw, url=URL, **kwargs).warnings]


def test_the_fetch_date_comes_first():
    raw = _page(head="<meta property='article:modified_time' content='2031-01-01T00:00:00+00:00'>")
    fetched = datetime(2029, 1, 1, tzinfo=UTC)
    assert _dates_kept(raw, fetched_at=fetched, reference_date=date(2031, 1, 1)) == [None]


def test_a_given_reference_date_comes_before_the_page_date():
    raw = _page(head="<meta property='article:modified_time' content='2020-01-01T00:00:00+00:00'>")
    assert _dates_kept(raw, reference_date=date(2030, 6, 1), run_date=date(2020, 1, 1)) == ["2030-06-03"]


@pytest.mark.parametrize("head, header", [
    ("<meta property='article:modified_time' content='2030-06-01T10:00:00+00:00'>", ""),
    ("<meta property='og:updated_time' content='2030-06-01T10:00:00+00:00'>", ""),
    ("<script type='application/ld+json'>{\"@graph\": [{\"@type\": \"WebPage\", \"datePublished\": "
     "\"2012-01-01\", \"dateModified\": \"2030-06-01T10:00:00Z\"}]}</script>", ""),
    ("", "<header class='entry-header'><time class='entry-date' datetime='2030-06-01T10:00:00+00:00'>June 1</time></header>"),
    ("<meta property='article:published_time' content='2010-01-01'>"
     "<meta property='article:modified_time' content='2030-06-01'>", ""),
])
def test_the_page_own_newest_date_bounds_its_citations_without_a_warning(head, header):
    raw = _page(head=head, header=header)
    assert _dates_kept(raw, run_date=date(2020, 1, 1)) == ["2030-06-03"]
    assert "reference-date-assumed" not in _codes(raw, run_date=date(2020, 1, 1))


@pytest.mark.parametrize("head", [
    "<meta property='article:modified_time' content='yesterday'>",
    "<meta property='article:modified_time' content='2030-13-45'>",
    "<script type='application/ld+json'>{not json</script>",
    "<script type='application/ld+json'>" + "[" * 5000 + "]" * 5000 + "</script>",
])
def test_unreadable_page_dates_fall_back_to_the_run_date_with_a_warning(head):
    raw = _page(head=head)
    assert _dates_kept(raw, run_date=date(2020, 1, 1)) == [None]
    assert "reference-date-assumed" in _codes(raw, run_date=date(2020, 1, 1))


def test_without_any_date_nothing_is_bounded_and_the_record_says_so():
    assert _dates_kept(_page()) == ["2030-06-03"]
    assert "no-reference-date" in _codes(_page())


def test_the_assumed_date_warning_does_not_name_the_day():
    """Two runs on two days give byte-identical records when no citation falls between them."""
    early, late = (parse_profile(_page(), url=URL, run_date=day).model_dump_json()
                   for day in (date(2030, 7, 1), date(2040, 1, 1)))
    assert early == late


def _parse_fixtures(tmp_path: Path, day: str, *args: str) -> bytes:
    output = tmp_path / f"{day}.jsonl"
    with time_machine.travel(datetime.fromisoformat(day).replace(hour=12, tzinfo=UTC), tick=False):
        result = CliRunner().invoke(app, ["parse", str(PAGES), "-o", str(output), *args])
    assert result.exit_code == 1, result.output  # the fixtures hold pages that must be refused
    return output.read_bytes()


def test_parse_of_the_fixtures_is_byte_identical_on_two_days(tmp_path):
    assert _parse_fixtures(tmp_path, "2026-12-24") == _parse_fixtures(tmp_path, "2031-06-01")


def test_records_differ_between_days_only_where_the_reference_date_was_assumed(tmp_path):
    """Under an early run date, an undated page citing a later article loses that citation: the
    record carries `reference-date-assumed`, so nobody takes it for a reproducible bound."""
    early = [json.loads(line) for line in _parse_fixtures(tmp_path, "2026-01-01").splitlines()]
    late = [json.loads(line) for line in _parse_fixtures(tmp_path, "2031-06-01").splitlines()]
    differing = [old for old, new in zip(early, late, strict=True) if old != new]
    assert differing, "no fixture cites an article after 2026-01-08: the test proves nothing"
    for record in differing:
        assert "reference-date-assumed" in [w["code"] for w in record["warnings"]]


def test_a_given_reference_date_makes_every_day_alike(tmp_path):
    outputs = {_parse_fixtures(tmp_path, day, "--reference-date", "2026-11-28")
               for day in ("2026-01-01", "2026-12-24", "2031-06-01")}
    assert len(outputs) == 1


def _offline_refresh(tmp_path: Path, day: str) -> list[dict]:
    settings = RefreshSettings(cache_dir=tmp_path / day / "cache", out_dir=tmp_path / day / "out", offline=True)
    with time_machine.travel(datetime.fromisoformat(day).replace(hour=12, tzinfo=UTC), tick=False):
        run_refresh(settings)
    return [json.loads(line) for line in (settings.out_dir / "profiles.jsonl").read_text("utf-8").splitlines()]


def test_offline_refresh_from_fixtures_gives_the_records_parse_gives(tmp_path):
    parsed = {row["id"]: row for row in map(json.loads, _parse_fixtures(tmp_path, "2026-12-24").splitlines())}
    refreshed = {row.pop("id"): row for row in _offline_refresh(tmp_path, "2026-12-24")}
    assert refreshed.keys() == parsed.keys()
    for record_id, record in refreshed.items():
        assert record.pop("stale") is None  # the one field the refresh alone owns
        assert record == {k: v for k, v in parsed[record_id].items() if k not in ("id", "stale")}


def test_offline_refresh_from_fixtures_is_byte_identical_on_two_days(tmp_path):
    assert _offline_refresh(tmp_path, "2026-12-24") == _offline_refresh(tmp_path, "2031-06-01")
