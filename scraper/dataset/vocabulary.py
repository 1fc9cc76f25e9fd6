"""The linking layer's small tables: which Types name a county, name aliases, outlet aliases, bounds.

Kept in one place so that a new alias seen in the data is a one-line change. Place names are written in
lower case and compared through `names.name_key` ("saint" → "st", apostrophes and punctuation dropped).
"""

from __future__ import annotations

# The Census county list the codes follow (addfips ships one per vintage): Connecticut's eight counties.
COUNTY_VINTAGE = "2020"
# The codes from 2022 on (`county_fips_2022`): the Census's one change to county equivalents since 2020 is
# Connecticut's, whose nine planning regions (091x0) replaced its eight counties in 2022 (Federal Register
# 2022-12063); every other state's codes are its 2020 ones. Alaska's last change (Chugach and Copper River
# from Valdez-Cordova) was in 2019, before the 2020 list.
COUNTY_VINTAGE_2022 = "2022"
PLANNING_REGION_STATES = frozenset({"CT"})

# Codes addfips' 2020 file still lists that the Census's 2020 list no longer has: left out, so that the
# town of Bedford, VA is not matched to a county that ended in 2013. (The 2019 split's new Chugach Census
# Area, 02063, is missing from that file; it is not added from memory.)
RETIRED_COUNTY_FIPS: dict[str, str] = {
    "51515": "Bedford city, VA: a town in Bedford County (51019) since 2013",
    "02261": "Valdez-Cordova Census Area, AK: split into Chugach and Copper River in 2019",
}

# A profile of one of these Types is a county or county equivalent itself (the Census's term).
COUNTY_TYPES = frozenset({"county", "parish", "census area", "city and borough"})
# Only in Alaska are these county equivalents; a Pennsylvania or New Jersey borough is a municipality.
ALASKA_COUNTY_TYPES = frozenset({"borough", "municipality"})
# Types under which a place may be an independent city (a county equivalent of its own); a Virginia town
# is never one.
INDEPENDENT_CITY_TYPES = frozenset({"", "city", "independent city"})
# These are both a city and the county that holds it: both the county and the place are looked up.
CITY_COUNTY_TYPES = frozenset({"city and county", "consolidated city county"})
# Words that end a county-equivalent's name in the Census's county list (the Alaska ones last).
COUNTY_SUFFIXES = ("county", "parish", "census area", "borough", "municipality", "city and borough")

# Titles whose county is not named "<place> County" in the county list: (state, title key) → county key.
COUNTY_ALIASES: dict[tuple[str, str], str] = {
    ("GA", "macon bibb county"): "bibb county",
    ("GA", "athens clarke county"): "clarke county",
    ("GA", "augusta richmond county"): "richmond county",
    ("GA", "columbus"): "muscogee county",
    ("TN", "nashville davidson"): "davidson county",
    ("KY", "louisville jefferson county"): "jefferson county",
    ("KY", "lexington fayette"): "fayette county",
    ("DC", "washington"): "district of columbia",
    ("AK", "city and borough of juneau"): "juneau city and borough",
    ("AK", "municipality of anchorage"): "anchorage municipality",
}
# Titles whose gazetteer place has another name: (state, title key) → gazetteer name key.
PLACE_ALIASES: dict[tuple[str, str], str] = {
    ("GA", "macon bibb county"): "macon",
    ("GA", "athens clarke county"): "athens",
    ("GA", "augusta richmond county"): "augusta",
    ("TN", "nashville davidson"): "nashville",
    ("KY", "louisville jefferson county"): "louisville",
    ("KY", "lexington fayette"): "lexington",
    ("DC", "washington"): "washington d c",
}

# A gazetteer population and the page's differing by more than this factor (either way) is a
# `population-mismatch`: GeoNames figures are often a census or two old, so small drifts are normal;
# a factor of 2 is past any decade's growth of a US city and usually means a wrong match or a wrong number.
POPULATION_RATIO = 2.0

# Outlets known under several names: outlet words (see outlets.outlet_key) → canonical name.
OUTLET_ALIASES: dict[str, str] = {
    "waterbury republican american": "Republican-American",
    "republican american": "Republican-American",
    "hartford courant": "Hartford Courant",
    "courant": "Hartford Courant",
    "new haven register": "New Haven Register",
    "ny times": "New York Times",
    "nytimes com": "New York Times",
    "new york times": "New York Times",
    "washington post": "Washington Post",
    "washingtonpost com": "Washington Post",
    "st louis post dispatch": "St. Louis Post-Dispatch",
    "stltoday com": "St. Louis Post-Dispatch",
    "associated press": "Associated Press",
    "ap": "Associated Press",
    "kmov cbs 4": "KMOV-4",
    "kmov 4": "KMOV-4",
}
