"""Outlet and article identities: one per outlet, however spelled; one per article, on any profile."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scraper.dataset.outlets import _headline_words, _slow_headline_words, article_id, canonical_outlet, outlet_id


@pytest.mark.parametrize("spelling", [
    "Waterbury Republican-American", "Republican-American", "Waterbury Republican American",
    "the republican-american", "REPUBLICAN AMERICAN.",
])
def test_every_spelling_of_a_known_outlet_gives_its_canonical_name_and_id(spelling):
    assert (canonical_outlet(spelling), outlet_id(spelling)) == ("Republican-American", "republican-american")


def test_an_unknown_outlet_loses_only_its_leading_the_case_and_edge_punctuation_in_its_id():
    assert canonical_outlet("The  Spokesman-Review,") == "Spokesman-Review"
    assert outlet_id("The Spokesman-Review") == outlet_id("spokesman-review") == "spokesman-review"
    assert outlet_id("Prince George’s Journal") == outlet_id("Prince George's Journal") == "prince-georges-journal"


def test_a_city_prefix_is_only_dropped_when_the_alias_table_knows_the_outlet():
    # "New York Times" is not "Times": a city prefix is part of most names.
    assert outlet_id("Hartford Courant") == "hartford-courant"
    assert outlet_id("Stamford Advocate") == "stamford-advocate"


@pytest.mark.parametrize("empty", [None, "", "  ", "—"])
def test_no_outlet_has_no_id(empty):
    assert (canonical_outlet(empty), outlet_id(empty)) == (None, None)


def test_one_article_cited_with_other_case_quotes_and_outlet_spelling_has_one_id():
    first = article_id("Police Sting Nets 12 Johns", "Waterbury Republican-American", "2013-07-02", "a")
    again = article_id("“Police sting nets 12 johns”", "Republican-American", "2013-07-02", "b")
    assert first == again and len(first) == 16 and int(first, 16) >= 0


def test_another_date_outlet_or_headline_is_another_article():
    base = article_id("Police sting nets 12 johns", "Hartford Courant", "2013-07-02", "")
    assert base != article_id("Police sting nets 12 johns", "Hartford Courant", "2013-07-03", "")
    assert base != article_id("Police sting nets 12 johns", "New Haven Register", "2013-07-02", "")
    assert base != article_id("Police sting nets 13 johns", "Hartford Courant", "2013-07-02", "")


def test_a_citation_without_a_headline_is_identified_by_its_text():
    assert article_id(None, None, None, "Court records, 2011") == article_id(None, None, None, "court records 2011")
    assert article_id(None, None, None, "Court records, 2011") != article_id(None, None, None, "Court records, 2012")


@given(st.text(alphabet=st.one_of(st.characters(max_codepoint=127), st.sampled_from("’‘“”–—…\u00a0éÉß"))))
def test_the_fast_path_folds_a_headline_as_the_general_one_does(text):
    assert _headline_words(text) == _slow_headline_words(text)
