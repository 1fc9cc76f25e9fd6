"""Chrome after the last section, or under the title, never changes the record (issue 14): every
order of sections, in three markups, with each kind of widget themes and page builders print."""

from __future__ import annotations

from datetime import date

import pytest

from parsers import parse_profile
from tests import chrome_kit

CASES = [(markup, order) for markup in chrome_kit.MARKUPS for order in chrome_kit.ORDERS]


def _record(raw: bytes) -> dict:
    record = parse_profile(raw, reference_date=date(2026, 11, 28)).model_dump(mode="json")
    record.pop("content_sha256")
    return record


@pytest.fixture(scope="module")
def plain() -> dict[tuple[str, str], dict]:
    return {case: _record(chrome_kit.render(*case)) for case in CASES}


@pytest.mark.parametrize("markup, order", CASES)
def test_the_plain_profile_reads_right(plain, markup, order):
    record = plain[markup, order]
    assert len(record["tactics"]) == len(chrome_kit.TACTICS)
    assert [p["text"] for p in record["narrative"]] == chrome_kit.NARRATIVE
    assert [(p["name"], p["units"]) for p in record["key_partners"]] == [
        (name, units) for name, units in chrome_kit.PARTNERS]
    assert record["source_categories"] == list(chrome_kit.CATEGORIES)
    assert len(record["citations"]) == 2 and record["population"] == 41498
    assert record["warnings"] == []


@pytest.mark.parametrize("chrome", sorted(chrome_kit.CHROME))
@pytest.mark.parametrize("markup, order", CASES)
def test_chrome_after_the_last_section_changes_nothing(plain, markup, order, chrome):
    raw = chrome_kit.render(markup, order, after_last=chrome_kit.CHROME[chrome])
    assert _record(raw) == plain[markup, order]


@pytest.mark.parametrize("markup, order", CASES)
def test_all_the_chrome_at_once_changes_nothing(plain, markup, order):
    raw = chrome_kit.render(markup, order, after_last="".join(chrome_kit.CHROME.values()))
    assert _record(raw) == plain[markup, order]


@pytest.mark.parametrize("chrome", chrome_kit.CHROME_UNDER_TITLE)
@pytest.mark.parametrize("markup, order", CASES)
def test_chrome_under_the_title_changes_nothing(plain, markup, order, chrome):
    raw = chrome_kit.render(markup, order, under_title=chrome_kit.CHROME[chrome])
    assert _record(raw) == plain[markup, order]


@pytest.mark.parametrize("chrome", sorted(set(chrome_kit.CHROME) - {"comments"}))
@pytest.mark.parametrize("markup, order", CASES)
def test_chrome_between_sections_changes_nothing(plain, markup, order, chrome):
    """Chrome ends the section before it; the next label starts its own section again, and so does
    the narrative, unlabelled, when it comes last. (The comments area ends the article: it never
    comes between sections.)"""
    raw = chrome_kit.render(markup, order, before_last=chrome_kit.CHROME[chrome])
    assert _record(raw) == plain[markup, order]
