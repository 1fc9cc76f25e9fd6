"""A built site for the site tests: the fixtures parsed as the issue says, and two offline refreshes
(a good one, then one raising a discovery-drop alarm) whose reports give the run pages."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from typer.testing import CliRunner

from parsers.models import Profile
from scraper.cli.main import app
from scraper.dataset.links import place_of
from scraper.dataset.reference import load_reference
from scraper.refresh.job import run_refresh
from scraper.refresh.settings import FIXTURE_PAGES, RefreshSettings
from scraper.refresh.publish import load_dataset

REFERENCE_DATE = "2026-11-28"
KEPT_FIXTURES = 10  # the alarm run sees only these pages: far under --min-discovery-ratio


@dataclass(frozen=True)
class FixtureSite:
    site: Path  # built by `demandforum site` from the parsed fixtures and the runs' reports
    hook_site: Path  # built by the refresh itself after its last (alarm) run
    records: dict[str, Profile]
    reports: list[dict]  # the two runs' reports, oldest first


def build_fixture_site(root: Path) -> FixtureSite:
    parsed = root / "parsed" / "profiles.jsonl"
    result = CliRunner().invoke(
        app, ["parse", str(FIXTURE_PAGES), "--reference-date", REFERENCE_DATE, "-o", str(parsed)]
    )
    assert result.exit_code in (0, 1), result.output  # 1: the fixtures hold pages that are no profiles
    out = root / "out"
    few = root / "few-fixtures"
    few.mkdir()
    for page in sorted(FIXTURE_PAGES.glob("*.html"))[:KEPT_FIXTURES]:
        shutil.copy(page, few / page.name)
    reports = [
        run_refresh(
            RefreshSettings(
                cache_dir=root / "cache", out_dir=out, offline=True, fixtures_dir=fixtures,
                progress=False, reference_date=date.fromisoformat(REFERENCE_DATE), site_dir=site_dir,
            )
        )
        for fixtures, site_dir in ((FIXTURE_PAGES, None), (few, out / "site"))
    ]
    result = CliRunner().invoke(
        app, ["site", "--dataset", str(parsed), "--runs-dir", str(out), "--out-dir", str(root / "site")]
    )
    assert result.exit_code == 0, result.output
    return FixtureSite(root / "site", out / "site", load_dataset(parsed), reports)


def matched_ids(records: dict[str, Profile]) -> dict[str, str]:
    """The locations the map must place, by id: `coordinates` (the page's or GeoNames') or `county` (a
    county matched, no coordinates)."""
    ref = load_reference()
    links = {record_id: place_of(record, ref) for record_id, record in records.items()}
    return {record_id: "coordinates" if link.lat is not None else "county"
            for record_id, link in links.items() if link.lat is not None or link.county_fips}
