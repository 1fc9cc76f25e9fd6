"""Place matching on the hard cases: each against the shipped tables, each with the codes the Census gives."""

import pytest

from scraper.dataset.places import PlaceLink, PlaceQuery, match_place
from scraper.dataset.places import Reference
from scraper.dataset.reference import load_reference
from scraper.dataset.vocabulary import POPULATION_RATIO


@pytest.fixture(scope="module")
def ref() -> Reference:
    return load_reference()


def match(ref: Reference, title: str, type_: str | None = None, *, slug: str | None = None,
          population: int | None = None, lat: float | None = None, lng: float | None = None) -> PlaceLink:
    place, state = title.rsplit(", ", 1)
    return match_place(PlaceQuery(slug or f"{place.lower().replace(' ', '-')}-{state.lower()}", place, state,
                                  type_, population, lat, lng), ref)


def codes(link: PlaceLink) -> list[str]:
    return [code for code, _ in link.warnings]


@pytest.mark.parametrize(("title", "type_", "fips"), [
    ("Orleans Parish, LA", "Parish", "22071"),
    ("East Baton Rouge Parish, LA", "Parish", "22033"),
    ("Orleans, LA", "Parish", "22071"),  # the suffix left to the Type
])
def test_a_louisiana_parish_is_its_own_county_equivalent(ref, title, type_, fips):
    link = match(ref, title, type_)
    assert (link.state_fips, link.county_fips, link.county_match, link.geonames_id) == ("22", (fips,), "exact", None)


@pytest.mark.parametrize(("title", "type_", "fips"), [
    ("Kenai Peninsula Borough, AK", "Borough", "02122"),
    ("Bethel Census Area, AK", "Census Area", "02050"),
    ("Anchorage, AK", "Municipality", "02020"),
    ("Juneau, AK", "City and Borough", "02110"),
])
def test_alaska_boroughs_census_areas_and_municipalities_are_county_equivalents(ref, title, type_, fips):
    assert match(ref, title, type_).county_fips == (fips,)


@pytest.mark.parametrize(("title", "fips"), [
    ("Richmond, VA", "51760"), ("Virginia Beach, VA", "51810"), ("Baltimore, MD", "24510"),
    ("St. Louis, MO", "29510"), ("Saint Louis, MO", "29510"), ("Carson City, NV", "32510"),
])
def test_an_independent_city_is_its_own_county_not_the_county_of_the_same_name(ref, title, fips):
    link = match(ref, title, "City")
    assert (link.county_fips, link.county_match) == ((fips,), "independent-city")
    assert link.geonames_id is not None


def test_the_county_of_the_same_name_is_another_code(ref):
    assert match(ref, "Richmond County, VA", "County").county_fips == ("51159",)
    assert match(ref, "Baltimore County, MD", "County").county_fips == ("24005",)
    assert match(ref, "St. Louis County, MO", "County").county_fips == ("29189",)


def test_connecticut_follows_the_2020_county_list_not_the_2022_planning_regions(ref):
    link = match(ref, "Waterbury, CT", "City")
    assert (link.county_fips, link.county_vintage, link.county_match) == (("09009",), "2020", "county-of-place")
    assert match(ref, "New Haven County, CT", "County").county_fips == ("09009",)


@pytest.mark.parametrize("title", ["Hanover Township, PA", "Lower Merion Township, PA", "Haddon Township, NJ",
                                   "Ypsilanti Township, MI"])
def test_a_township_in_no_shipped_table_is_unmatched_never_the_city_of_the_same_name(ref, title):
    link = match(ref, title, "Township")
    assert link.state_fips == title[-2:].replace("PA", "42").replace("NJ", "34").replace("MI", "26")
    assert (link.county_fips, link.geonames_id, link.lat) == ((), None, None)
    assert codes(link) == ["geo-unmatched"]
    assert ref.places[("MI", "ypsilanti")]  # the city of Ypsilanti is there, and was not taken


@pytest.mark.parametrize(("title", "fips"), [("State College, PA", "42027"), ("West Chester, PA", "42029"),
                                             ("Naugatuck, CT", "09009"), ("Red Bank, NJ", "34025")])
def test_a_borough_outside_alaska_is_a_municipality_in_a_county(ref, title, fips):
    link = match(ref, title, "Borough")
    assert (link.county_fips[0], link.county_match, link.geonames_match) == (fips, "county-of-place", "exact")


def test_a_cdp_in_the_gazetteer_is_matched_and_one_that_is_not_is_unmatched(ref):
    assert match(ref, "Bethesda, MD", "Census Designated Place").county_fips == ("24031",)
    woodlands = match(ref, "The Woodlands, TX", "Census Designated Place")
    assert (woodlands.county_fips[0], woodlands.county_match) == ("48339", "county-of-place-alias")
    banks = match(ref, "Banks Crossing, GA", "Census Designated Place")
    assert (banks.state_fips, banks.county_fips, codes(banks)) == ("13", (), ["geo-unmatched"])


@pytest.mark.parametrize(("left", "right"), [
    ("Prince George’s County, MD", "Prince George's County, MD"),
    ("O’Fallon, MO", "O'Fallon, MO"),
    ("Coeur d’Alene, ID", "Coeur d'Alene, ID"),
    ("St. Paul, MN", "Saint Paul, MN"),
    ("Ft. Myers, FL", "Fort Myers, FL"),
    ("Winston-Salem, NC", "Winston Salem, NC"),
    ("Doña Ana County, NM", "Dona Ana County, NM"),
])
def test_spellings_of_one_place_give_one_match(ref, left, right):
    assert match(ref, left) == match(ref, right)
    assert match(ref, left).county_fips


def test_apostrophes_and_saints_reach_the_census_codes(ref):
    assert match(ref, "Prince George’s County, MD", "County").county_fips == ("24033",)
    assert match(ref, "St. Mary’s County, MD", "County").county_fips == ("24037",)
    assert match(ref, "O’Fallon, MO", "City").county_fips[0] == "29183"
    assert match(ref, "Ste. Genevieve County, MO", "County").county_fips == ("29186",)


def test_a_city_spanning_counties_lists_them_main_first(ref):
    link = match(ref, "Kansas City, MO", "City")
    assert link.county_fips[0] == "29095" and {"29047", "29165"} <= set(link.county_fips)


def test_consolidated_city_counties_get_the_county_and_the_city(ref):
    macon = match(ref, "Macon-Bibb County, GA", "Consolidated City-County")
    assert (macon.county_fips, macon.county_match, macon.geonames_match) == (("13021",), "alias", "alias")
    assert match(ref, "Nashville-Davidson, TN", "Consolidated City-County").county_fips == ("47037",)
    denver = match(ref, "Denver, CO", "City and County")
    assert (denver.county_fips, denver.county_match, denver.geonames_match) == (("08031",), "exact", "exact")


def test_a_title_that_disagrees_with_its_slug_is_matched_by_the_title_with_a_warning(ref):
    link = match(ref, "Banks County, GA", "County", slug="banks-crossing-ga")
    assert (link.county_fips, codes(link)) == (("13011",), ["title-slug-mismatch"])


def test_a_numbered_slug_rescues_an_unmatched_title(ref):
    link = match(ref, "Birminghm, AL", "City", slug="birmingham-al-2")
    assert (link.county_fips[0], link.county_match, link.geonames_match) == ("01073", "slug-county-of-place", "slug-exact")
    assert codes(link) == ["title-slug-mismatch"]


def test_coordinates_come_from_the_page_when_it_has_them_else_from_the_gazetteer(ref):
    page = match(ref, "Hartford, CT", "City", lat=41.7658, lng=-72.6734)
    assert (page.lat, page.lng, page.coord_source) == (41.7658, -72.6734, "page")
    gazetteer = match(ref, "Hartford, CT", "City")
    assert gazetteer.coord_source == "gazetteer" and abs(gazetteer.lat - 41.77) < 0.1
    assert match(ref, "Cook County, IL", "County").coord_source is None


def test_a_population_far_from_the_gazetteers_is_flagged(ref):
    gazetteer = match(ref, "Texarkana, AR", "City").gazetteer_population
    assert codes(match(ref, "Texarkana, AR", "City", population=113811)) == ["population-mismatch"]
    assert codes(match(ref, "Texarkana, AR", "City", population=int(gazetteer * POPULATION_RATIO * 0.99))) == []
    assert codes(match(ref, "Texarkana, AR", "City", population=int(gazetteer / POPULATION_RATIO) - 1)) == ["population-mismatch"]


def test_homonyms_in_one_state_are_ambiguous_unless_the_population_tells_them_apart(ref):
    salem = match(ref, "Salem, AR", "City")
    assert (salem.geonames_id, salem.county_fips, codes(salem)) == (None, (), ["geo-ambiguous"])
    assert match(ref, "Miami Gardens, FL", "City", population=111_000).geonames_id == 4164167


def test_an_unknown_state_gives_nulls_and_a_warning(ref):
    link = match(ref, "Springfield, XX", "City")
    assert (link.state_fips, link.county_fips, link.geonames_id, codes(link)) == (None, (), None, ["geo-unmatched"])


def test_a_retired_county_code_is_never_given_and_a_town_is_never_an_independent_city(ref):
    for type_ in ("Town", "City", None):
        link = match(ref, "Bedford, VA", type_)
        assert link.county_fips == ("51019",), type_  # Bedford County: Bedford city (51515) ended in 2013
    assert match(ref, "Bedford city, VA", "County").county_fips == ()
