"""Every saved page beside its expected record, paired by name: a reviewed diff changes expectations.

A missing or different expected file fails; the actual output is written to output/golden/ for
review, or straight over the expected files with UPDATE_GOLDEN=1 (then review `git diff`).
"""

import json
import os
from pathlib import Path

import pytest

from parsers import NotAProfilePage
from scraper.parsing.golden import golden_output, render_golden
from tests.pagekit import REFERENCE_DATE

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "fixtures" / "pages"
EXPECTED = ROOT / "fixtures" / "expected"
ACTUAL = ROOT / "output" / "golden"


def actual_output(page: Path) -> dict:
    return golden_output(page.read_bytes(), page.stem, REFERENCE_DATE)


@pytest.mark.parametrize("page", sorted(PAGES.glob("*.html")), ids=lambda p: p.stem)
def test_page_matches_its_expected_record(page: Path):
    actual = actual_output(page)
    expected_file = EXPECTED / f"{page.stem}.json"
    if os.environ.get("UPDATE_GOLDEN"):
        expected_file.write_text(render_golden(actual), encoding="utf-8")
    if not expected_file.exists() or json.loads(expected_file.read_text(encoding="utf-8")) != actual:
        ACTUAL.mkdir(parents=True, exist_ok=True)
        (ACTUAL / expected_file.name).write_text(render_golden(actual), encoding="utf-8")
    assert expected_file.exists(), f"no {expected_file.name}: review output/golden/{expected_file.name}"
    assert json.loads(expected_file.read_text(encoding="utf-8")) == actual


def test_every_expected_file_has_its_page():
    orphans = {p.stem for p in EXPECTED.glob("*.json")} - {p.stem for p in PAGES.glob("*.html")}
    assert not orphans


@pytest.mark.parametrize("page", sorted(PAGES.glob("*.html")), ids=lambda p: p.stem)
def test_the_quick_profile_check_agrees_with_the_full_parse(page: Path):
    from parsers import check_profile

    try:
        check_profile(page.read_bytes())
        quick = None
    except NotAProfilePage as refusal:
        quick = refusal.code
    assert quick == actual_output(page).get("refused")
