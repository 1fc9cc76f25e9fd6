"""Connecticut's 2022 switch: every CT location carries its 2020 county and its 2022 planning region.

Expected codes, checked by hand against the Census's published lists:
- the nine planning regions and their codes (09110 Capitol ... 09190 Western): Federal Register notice
  2022-12063, "Change to County-Equivalents in the State of Connecticut" (June 6, 2022);
- each town's 2020 county: the Census's 2020 county list (addfips' counties_2020.csv) and the Census
  crosswalk of Connecticut towns from old counties to planning regions (ct_cou_to_cousub_crosswalk.txt,
  2022), whose rows for Bridgeport (0900108070 → 0912008070), Shelton (0900168170 → 0914068170),
  Stamford (0900173070 → 0919073070), New Haven (0900952070 → 0917052070) and Hartford (→ 0911037070)
  the test below also checks against the shipped table.
"""

import pytest

from scraper.dataset.names import name_key
from scraper.dataset.places import PlaceQuery, Reference, match_place
from scraper.dataset.reference import ct_towns, load_reference
from tests.test_places import match

REGIONS = {
    "09110": "Capitol Planning Region", "09120": "Greater Bridgeport Planning Region",
    "09130": "Lower Connecticut River Valley Planning Region", "09140": "Naugatuck Valley Planning Region",
    "09150": "Northeastern Connecticut Planning Region", "09160": "Northwest Hills Planning Region",
    "09170": "South Central Connecticut Planning Region", "09180": "Southeastern Connecticut Planning Region",
    "09190": "Western Connecticut Planning Region",
}
OLD_COUNTIES = {"09001", "09003", "09005", "09007", "09009", "09011", "09013", "09015"}


@pytest.fixture(scope="module")
def ref() -> Reference:
    return load_reference()


# A town in each of the nine planning regions, and towns whose old county split across regions.
@pytest.mark.parametrize(("title", "type_", "county_2020", "region_2022"), [
    ("Hartford, CT", "City", "09003", "09110"),  # Capitol
    ("Bridgeport, CT", "City", "09001", "09120"),  # Greater Bridgeport
    ("Middletown, CT", "City", "09007", "09130"),  # Lower Connecticut River Valley
    ("Waterbury, CT", "City", "09009", "09140"),  # Naugatuck Valley
    ("Putnam, CT", "Town", "09015", "09150"),  # Northeastern Connecticut
    ("Torrington, CT", "City", "09005", "09160"),  # Northwest Hills
    ("New Haven, CT", "City", "09009", "09170"),  # South Central Connecticut
    ("New London, CT", "City", "09011", "09180"),  # Southeastern Connecticut
    ("Stamford, CT", "City", "09001", "09190"),  # Western Connecticut
    ("Shelton, CT", "City", "09001", "09140"),  # Fairfield County, but Naugatuck Valley
    ("Bristol, CT", "City", "09003", "09140"),  # Hartford County, but Naugatuck Valley
    ("Naugatuck, CT", "Borough", "09009", "09140"),
    ("West Hartford, CT", "Town", "09003", "09110"),
])
def test_a_connecticut_town_has_its_2020_county_and_its_2022_planning_region(ref, title, type_, county_2020,
                                                                             region_2022):
    link = match(ref, title, type_)
    assert (link.county_fips[:1], link.county_vintage) == ((county_2020,), "2020"), title
    assert (link.county_fips_2022, link.county_2022_match) == ((region_2022,), "town"), title


def test_a_dash_2_slug_and_a_slug_only_match_give_the_same_planning_region(ref):
    assert match(ref, "Hartford, CT", "City", slug="hartford-ct-2").county_fips_2022 == ("09110",)
    # The title names nothing the tables hold; the slug names the town.
    link = match(ref, "Brass City, CT", "City", slug="waterbury-ct")
    assert (link.county_fips, link.county_fips_2022, link.county_2022_match) == (("09009",), ("09140",), "town")


def test_an_old_county_gives_the_planning_regions_of_its_towns_most_towns_first(ref):
    link = match(ref, "New Haven County, CT", "County")
    assert (link.county_fips, link.county_2022_match) == (("09009",), "towns-of-county")
    assert link.county_fips_2022 == ("09170", "09140")  # South Central (15 towns), Naugatuck Valley
    assert match(ref, "Middlesex County, CT", "County").county_fips_2022 == ("09130",)
    assert set(match(ref, "Fairfield County, CT", "County").county_fips_2022) == {"09120", "09140", "09190"}


def test_a_village_that_is_no_town_keeps_its_2020_county_and_gets_no_guessed_region(ref):
    link = match(ref, "Mystic, CT", "Village")  # a CDP in Groton and Stonington: which town is in no table
    assert (link.county_fips[:1], link.county_fips_2022, link.county_2022_match) == (("09011",), (), None)


def test_outside_connecticut_the_2022_codes_are_the_2020_ones(ref):
    for title, type_ in (("Boston, MA", "City"), ("Orleans Parish, LA", "Parish"), ("Juneau, AK", "City and Borough")):
        link = match(ref, title, type_)
        assert link.county_fips and (link.county_fips_2022, link.county_2022_match) == (link.county_fips, "unchanged")
    unmatched = match(ref, "Banks Crossing, GA", "Census Designated Place")
    assert (unmatched.county_fips_2022, unmatched.county_2022_match) == ((), None)


def test_all_169_towns_map_to_one_old_county_and_one_planning_region(ref):
    towns = ct_towns()
    assert len(towns) == len({row["town"] for row in towns}) == 169
    assert {row["county_fips_2020"] for row in towns} == OLD_COUNTIES
    assert {(row["county_fips_2022"], row["planning_region_2022"]) for row in towns} == set(REGIONS.items())
    for row in towns:
        link = match_place(PlaceQuery(f"{name_key(row['town'])}-ct", row["town"], "CT", "Town"), ref)
        assert link.county_fips[:1] == (row["county_fips_2020"],), row
        assert link.county_fips_2022 == (row["county_fips_2022"],), row


def test_the_shipped_towns_agree_with_the_census_crosswalk_and_the_postal_counties(ref):
    by_town = {row["town"]: row for row in ct_towns()}
    census_rows = {"Bridgeport": ("08070", "09001", "09120"), "Shelton": ("68170", "09001", "09140"),
                   "Stamford": ("73070", "09001", "09190"), "New Haven": ("52070", "09009", "09170"),
                   "Hartford": ("37070", "09003", "09110")}
    for town, codes in census_rows.items():
        row = by_town[town]
        assert (row["cousub_fips"], row["county_fips_2020"], row["county_fips_2022"]) == codes, town
    # An independent source for the old counties: every town that is also a USPS city (156 of 169) has its
    # ZIP codes mostly in the same county.
    postal = {town: ref.postal_counties[("CT", name_key(town))] for town in by_town
              if ("CT", name_key(town)) in ref.postal_counties}
    assert len(postal) >= 150
    assert all(counties[0] == by_town[town]["county_fips_2020"] for town, counties in postal.items())
