"""Match one location to its Census and GeoNames codes: a pure function of the record's fields and the
loaded tables (`reference.load_reference` fills `Reference`). It never guesses: no match, or several equally good ones,
give nulls and a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from scraper.dataset.names import name_key
from scraper.dataset.vocabulary import (
    ALASKA_COUNTY_TYPES,
    CITY_COUNTY_TYPES,
    COUNTY_SUFFIXES,
    COUNTY_TYPES,
    COUNTY_VINTAGE,
    INDEPENDENT_CITY_TYPES,
    PLACE_ALIASES,
    PLANNING_REGION_STATES,
    POPULATION_RATIO,
)

_PLACE_ALIASES = {(state, name_key(title)): name_key(name) for (state, title), name in PLACE_ALIASES.items()}
_COUNTY_TYPES = frozenset(map(name_key, COUNTY_TYPES))
_ALASKA_COUNTY_TYPES = frozenset(map(name_key, ALASKA_COUNTY_TYPES))
_CITY_COUNTY_TYPES = frozenset(map(name_key, CITY_COUNTY_TYPES))
_INDEPENDENT_CITY_TYPES = frozenset(map(name_key, INDEPENDENT_CITY_TYPES))
_COUNTY_SUFFIXES = tuple(name_key(suffix) for suffix in COUNTY_SUFFIXES)
_SLUG = re.compile(r"^(?P<name>.+)-(?P<state>[a-z]{2})(?:-\d+)?$")


@dataclass(frozen=True, slots=True)
class County:
    fips: str
    name: str


@dataclass(frozen=True, slots=True)
class GazetteerPlace:
    geonames_id: int
    name: str
    lat: float
    lng: float
    population: int | None


@dataclass(frozen=True)
class Reference:
    state_fips: dict[str, str]  # "CT" → "09"
    counties: dict[tuple[str, str], County]  # (state, county key) → county
    places: dict[tuple[str, str], tuple[GazetteerPlace, ...]]  # (state, name key) → exact names
    place_alternates: dict[tuple[str, str], tuple[GazetteerPlace, ...]]  # (state, alternate key) → places
    postal_counties: dict[tuple[str, str], tuple[str, ...]]  # (state, postal city key) → FIPS, main first
    postal_alternate_counties: dict[tuple[str, str], tuple[str, ...]]  # the same by other accepted city names
    # Connecticut's towns: (state, town key) → (2020 county, 2022 planning region); a 2020 county → the
    # planning regions holding its towns, most towns first.
    towns_2022: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    county_successors_2022: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class PlaceQuery:
    id: str
    place: str
    state_code: str | None
    type: str | None = None
    population: int | None = None
    lat: float | None = None
    lng: float | None = None


@dataclass(frozen=True)
class PlaceLink:
    state_fips: str | None = None
    county_fips: tuple[str, ...] = ()
    county_match: str | None = None
    geonames_id: int | None = None
    geonames_match: str | None = None
    lat: float | None = None
    lng: float | None = None
    coord_source: str | None = None
    gazetteer_population: int | None = None
    county_vintage: str = COUNTY_VINTAGE
    county_fips_2022: tuple[str, ...] = ()  # the county equivalents from 2022 on (Connecticut's planning regions)
    county_2022_match: str | None = None
    warnings: tuple[tuple[str, str], ...] = field(default=())  # (code, message)


def match_place(query: PlaceQuery, ref: Reference) -> PlaceLink:
    state = (query.state_code or "").upper()
    if state not in ref.state_fips:
        return _with_coordinates(query, PlaceLink(warnings=(("geo-unmatched", f"unknown state {query.state_code!r}"),)))
    warnings: list[tuple[str, str]] = []
    key, slug_key = name_key(query.place), _slug_key(query.id, state)
    if slug_key and not (slug_key.endswith(key) or key.endswith(slug_key)):
        warnings.append(("title-slug-mismatch",
                         f"the title names {query.place!r}, the slug {query.id!r}: matched by the title"))
    found = _find(ref, state, key, query, warnings)
    if found is None and slug_key and slug_key != key and not _ambiguous(warnings):
        found = _find(ref, state, slug_key, query, warnings, via="slug-")
    town = next((ref.towns_2022[(state, k)] for k in (key, slug_key) if (state, k) in ref.towns_2022), None)
    if town and (found is None or not found[0]):  # a Connecticut town no other table holds: its own county
        found = ((town[0],), "town", *(found[2:] if found else (None, None)))
    if found is None:
        if not _ambiguous(warnings):
            warnings.append(("geo-unmatched",
                             f"{query.place!r} ({query.type or 'no type'}) is in no reference table for {state}"))
        return _with_coordinates(query, PlaceLink(state_fips=ref.state_fips[state], warnings=tuple(warnings)))
    county_fips, county_match, gazetteer, geonames_match = found
    if gazetteer:
        warnings.extend(_population_check(query.population, gazetteer))
    link = PlaceLink(
        state_fips=ref.state_fips[state], county_fips=county_fips, county_match=county_match,
        geonames_id=gazetteer.geonames_id if gazetteer else None, geonames_match=geonames_match,
        gazetteer_population=gazetteer.population if gazetteer else None, warnings=tuple(warnings))
    link = replace(link, **_county_2022(ref, state, town, county_fips, county_match))
    return _with_coordinates(query, link, gazetteer)


def _county_2022(ref: Reference, state: str, town: tuple[str, str] | None, county_fips: tuple[str, ...],
                 county_match: str) -> dict:
    """The codes from 2022 on: the 2020 ones, but in Connecticut its town's planning region, or for one of
    its old counties the planning regions holding its towns. A Connecticut village or CDP (not a town) gets
    none: which town holds it is in no shipped table."""
    if not county_fips:
        return {}
    if state not in PLANNING_REGION_STATES:
        return {"county_fips_2022": county_fips, "county_2022_match": "unchanged"}
    if county_match.removeprefix("slug-") in ("exact", "alias"):  # one of its old counties itself
        regions = ref.county_successors_2022.get(county_fips[0], ())
        return {"county_fips_2022": regions, "county_2022_match": "towns-of-county" if regions else None}
    if town:
        return {"county_fips_2022": (town[1],), "county_2022_match": "town"}
    return {}


def _find(ref: Reference, state: str, key: str, query: PlaceQuery, warnings: list[tuple[str, str]],
          via: str = "") -> tuple[tuple[str, ...], str, GazetteerPlace | None, str | None] | None:
    """(county FIPS, how, gazetteer place, how) for one spelling of the name, or None."""
    kind = _kind(key, query.type, state)
    county_fips, county_match = _county(ref, state, key, kind, query.type)
    gazetteer, geonames_match = (None, None) if kind == "county" else _gazetteer(ref, state, key, query, warnings)
    if gazetteer and not county_fips:
        county_fips, county_match = _postal(ref, state, name_key(gazetteer.name), "county-of-place")
    if not county_fips and gazetteer is None:
        # A postal city of that name: its counties, labelled so that readers can leave them out. Not
        # the names ZIP codes merely accept: Pennsylvania alone has a dozen Hanover Townships.
        county_fips = ref.postal_counties.get((state, key), ()) if kind == "place" and not _ambiguous(warnings) else ()
        if not county_fips:
            return None
        county_match = "postal-city"
    return (county_fips, _prefixed(via, county_match), gazetteer, _prefixed(via, geonames_match))


def _ambiguous(warnings: list[tuple[str, str]]) -> bool:
    return any(code == "geo-ambiguous" for code, _ in warnings)


def _prefixed(via: str, how: str | None) -> str | None:
    return via + how if how else None


def _kind(place: str, type_: str | None, state: str) -> str:
    """'county' for a county or equivalent, 'both' for a consolidated city-county, else 'place'."""
    type_key = name_key(type_ or "")
    suffixes = _COUNTY_SUFFIXES if state == "AK" else _COUNTY_SUFFIXES[:3]
    if type_key in _CITY_COUNTY_TYPES:
        return "both"
    if type_key in _COUNTY_TYPES or (state == "AK" and type_key in _ALASKA_COUNTY_TYPES):
        return "county"
    return "county" if name_key(place).endswith(suffixes) else "place"


def _county(ref: Reference, state: str, key: str, kind: str,
            type_: str | None) -> tuple[tuple[str, ...], str | None]:
    if kind in ("county", "both"):
        # The title may leave out the suffix its Type gives ("Juneau", City and Borough).
        for candidate in (key, *(key + suffix for suffix in _COUNTY_SUFFIXES)):
            if (state, candidate) in ref.counties:
                county = ref.counties[(state, candidate)]
                return (county.fips,), "exact" if name_key(county.name) == candidate else "alias"
    if kind == "both" or (kind == "place" and name_key(type_ or "") in _INDEPENDENT_CITY_TYPES):
        # Independent cities (Virginia's, Baltimore, St. Louis, Carson City) are county equivalents.
        for candidate in (f"{key}city", key):
            county = ref.counties.get((state, candidate))
            if county and not candidate.endswith(_COUNTY_SUFFIXES):
                return (county.fips,), "independent-city" if name_key(county.name) == candidate else "alias"
    return (), None


def _postal(ref: Reference, state: str, key: str, how: str) -> tuple[tuple[str, ...], str | None]:
    """The counties of the postal city of that name, else of the ZIP codes that accept the name."""
    if (state, key) in ref.postal_counties:
        return ref.postal_counties[(state, key)], how
    fips = ref.postal_alternate_counties.get((state, key), ())
    return fips, f"{how}-alias" if fips else None


def _gazetteer(ref: Reference, state: str, key: str, query: PlaceQuery,
               warnings: list[tuple[str, str]]) -> tuple[GazetteerPlace | None, str | None]:
    alias = _PLACE_ALIASES.get((state, key))
    for candidates, how in ((ref.places.get((state, key), ()), "exact"),
                            (ref.places.get((state, alias), ()) if alias else (), "alias"),
                            (ref.place_alternates.get((state, key), ()), "alias")):
        if len(candidates) > 1 and query.population:
            candidates = tuple(c for c in candidates if not _population_check(query.population, c))
        if len(candidates) == 1:
            return candidates[0], how
        if candidates:
            ids = ", ".join(str(c.geonames_id) for c in candidates)
            warnings.append(("geo-ambiguous",
                             f"{query.place!r} names {len(candidates)} GeoNames places in {state} ({ids})"))
            return None, None
    return None, None


def _population_check(page: int | None, place: GazetteerPlace) -> list[tuple[str, str]]:
    if not page or not place.population:
        return []
    ratio = max(page, place.population) / min(page, place.population)
    if ratio <= POPULATION_RATIO:
        return []
    return [("population-mismatch",
             f"page population {page:,} vs GeoNames {place.population:,} for {place.name} ({ratio:.1f}x)")]


def _slug_key(slug: str, state: str) -> str | None:
    found = _SLUG.match(slug)
    return name_key(found["name"]) if found and found["state"].upper() == state else None


def _with_coordinates(query: PlaceQuery, link: PlaceLink, gazetteer: GazetteerPlace | None = None) -> PlaceLink:
    if query.lat is not None and query.lng is not None:
        return replace(link, lat=query.lat, lng=query.lng, coord_source="page")
    if gazetteer:
        return replace(link, lat=gazetteer.lat, lng=gazetteer.lng, coord_source="gazetteer")
    return link


