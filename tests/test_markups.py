"""The same visible profile in many markups must give the same record."""

from datetime import date

import pytest

from parsers import parse_profile
from tests import markups

URL = "https://demand-forum.org/site/wilkes-barre-pa/"


@pytest.fixture(params=sorted(markups.RENDERERS), name="record")
def _record(request):
    return parse_profile(markups.RENDERERS[request.param](), url=URL, reference_date=date(2026, 11, 28))


def test_title(record):
    assert (record.name, record.place, record.state_code) == (markups.TITLE, "Wilkes-Barre", "PA")


def test_tactics_ignore_menus_and_sidebars(record):
    assert record.tactics == markups.TACTIC_IDS


def test_narrative(record):
    assert [p.text for p in record.narrative] == markups.NARRATIVE
    assert all(p.heading is None for p in record.narrative)


def test_source_categories_include_empty_ones(record):
    assert record.source_categories == list(markups.CATEGORIES)


def test_citations_under_their_categories(record):
    expected = [(category, text) for category, texts in markups.CATEGORIES.items() for text in texts]
    assert [(c.category, c.text) for c in record.citations] == expected
    assert record.citations[2].outlet == "WBRE/WYOU-TV 28"
    assert (record.citations[2].date, record.citations[2].date_precision) == ("2011-08", "month")


def test_metadata(record):
    assert (record.state, record.type, record.population) == (markups.STATE, markups.TYPE, 41498)


def test_no_warnings(record):
    assert record.warnings == []
