"""225 real place titles (tests/places_list.py): every code is the Census's, and every one is matched."""

import csv
import io
from importlib import resources

import pytest

from scraper.dataset.names import name_key
from scraper.dataset.places import PlaceQuery, match_place
from scraper.dataset.reference import load_reference
from scraper.dataset.vocabulary import COUNTY_VINTAGE
from tests.places_list import PLACES


def census_counties() -> dict[tuple[str, str], str]:
    """(state FIPS, county name) → FIPS, straight from the shipped Census file, not through our loader."""
    text = (resources.files("addfips") / "data" / f"counties_{COUNTY_VINTAGE}.csv").read_text(encoding="utf-8")
    return {(row["statefp"], row["name"]): row["statefp"] + row["countyfp"] for row in csv.DictReader(io.StringIO(text))}


def test_the_list_is_long_and_every_expected_code_is_the_census_code_of_its_county():
    assert len(PLACES) >= 150
    table = census_counties()
    for title, _, county, fips in PLACES:
        if county is not None:
            assert table[(fips[:2], county)] == fips, title


def test_every_listed_place_in_the_reference_data_is_matched_to_its_county_and_none_wrongly():
    ref = load_reference()
    wrong, unmatched = [], []
    for title, type_, _, fips in PLACES:
        place, state = title.rsplit(", ", 1)
        link = match_place(PlaceQuery(f"{name_key(place)}-{state.lower()}", place, state, type_), ref)
        assert link.state_fips == ref.state_fips[state], title
        if fips is None:
            unmatched.append(title)
            assert link.county_fips == () and "geo-unmatched" in [code for code, _ in link.warnings], title
        elif link.county_fips[:1] != (fips,):
            wrong.append((title, fips, link.county_fips))
    assert wrong == []
    assert len(unmatched) == 8  # townships and hamlets in no shipped table


@pytest.mark.parametrize("title", [title for title, _, county, _ in PLACES if county is None])
def test_an_unmatched_place_is_in_no_shipped_table(title):
    ref = load_reference()
    place, state = title.rsplit(", ", 1)
    key = (state, name_key(place))
    assert key not in ref.places and key not in ref.place_alternates and key not in ref.postal_counties
    assert key not in ref.counties
