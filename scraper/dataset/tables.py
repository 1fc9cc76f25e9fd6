"""The tidy tables of the export, declared column by column (the model is in `table_model.py`): every
format, the Data Package's Table Schemas and the data dictionary are made from them. Adding a column
is one line here.

Every table made from one record but `locations` is its child (key `location_id`, `position`); the
dataset-wide tables `articles`, `outlets` and `outlet_spellings` are declared in `identity_tables.py`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date

from parsers.models import Citation, Profile
from parsers.vocabulary import TACTICS
from scraper.dataset.identity_tables import ARTICLES, OUTLET_SPELLINGS, OUTLETS
from scraper.dataset.links import place_of
from scraper.dataset.outlets import article_id, canonical_outlet, outlet_id
from scraper.dataset.places import PlaceLink
from scraper.dataset.reference import load_reference
from scraper.dataset.table_model import Column, ForeignKey, RecordTable, Table

_last_place: list = [None, None]  # (record, its place): every location column asks for the same row's


def _place(record: Profile) -> PlaceLink:
    if _last_place[0] is not record:
        _last_place[:] = [record, place_of(record, load_reference())]
    return _last_place[1]


def _citation_years(record: Profile) -> list[int]:
    return [year for citation in record.citations if (year := _year(citation)) is not None]


def _year(citation: Citation) -> int | None:
    # The parser writes ISO dates; a hand-edited dataset may not, and then the year is unknown.
    return int(citation.date[:4]) if citation.date and citation.date[:4].isdigit() else None


def _day(citation: Citation) -> date | None:
    if citation.date_precision != "day" or not citation.date:
        return None
    try:
        return date.fromisoformat(citation.date)
    except ValueError:
        return None


def _categories(record: Profile) -> Iterator[tuple[str, int]]:
    counts = Counter(citation.category for citation in record.citations)
    return ((category, counts[category]) for category in record.source_categories)


def _tactic_column(tactic_id: str, name: str) -> Column:
    return Column(f"tactic_{tactic_id.replace('-', '_')}", "boolean", f"Uses {name} (`{tactic_id}`).",
                  get=lambda record: tactic_id in record.tactics, required=True)


LOCATIONS = RecordTable(
    "locations",
    "One row per location profile: its scalar fields, coordinates, tactics as flags, and counts.",
    (
        Column("id", "string", "The profile's slug, e.g. `waterbury-ct`.", "id", required=True),
        Column("url", "string", "The canonical profile URL.", "url", required=True),
        Column("name", "string", "The page title as shown, e.g. `Waterbury, CT`.", "name", required=True),
        Column("place", "string", "The place part of the title.", "place", required=True),
        Column("state_code", "string", "Two-letter state code from the title.", "state_code"),
        Column("state", "string", "Full state name from the page's State metadata.", "state"),
        Column("type", "string", "`City`, `County`, ... from the Type metadata.", "type"),
        Column("population", "integer", "Population from the metadata.", "population"),
        Column("lat", "number", "Latitude (WGS 84) when the page carries coordinates.", "location.lat"),
        Column("lng", "number", "Longitude (WGS 84) when the page carries coordinates.", "location.lng"),
        Column("state_fips", "string", "The state's 2-digit FIPS code (join keys: see README).",
               get=lambda r: _place(r).state_fips),
        Column("county_fips", "list", "5-digit FIPS of the county (for a city: those holding it, main first; "
               "Census 2020 counties).", get=lambda r: list(_place(r).county_fips)),
        Column("county_match", "string", "How the county was matched (`exact`, `alias`, `county-of-place`, ...).",
               get=lambda r: _place(r).county_match),
        Column("county_fips_2022", "list", "The county equivalents from 2022 on: in Connecticut the planning "
               "region (09110-09190) of the town, or those of the old county's towns; elsewhere `county_fips`.",
               get=lambda r: list(_place(r).county_fips_2022)),
        Column("geonames_id", "integer", "The GeoNames id of the place.", get=lambda r: _place(r).geonames_id),
        Column("coord_source", "string", "`page` when the page carries coordinates, `gazetteer` when only the "
               "gazetteer does (its coordinates are in links.jsonl), null when neither.",
               get=lambda r: _place(r).coord_source),
        Column("tactics", "list", "Tactic ids in page order (comma-separated in CSV).", "tactics"),
        *(_tactic_column(tactic_id, name) for tactic_id, name in TACTICS.items()),
        Column("tactic_count", "integer", "Number of tactics listed.", get=lambda r: len(r.tactics), required=True),
        Column("citation_count", "integer", "Number of citations.", get=lambda r: len(r.citations), required=True),
        Column("paragraph_count", "integer", "Number of narrative paragraphs.",
               get=lambda r: len(r.narrative), required=True),
        Column("partner_count", "integer", "Number of key partners.", get=lambda r: len(r.key_partners), required=True),
        Column("warning_count", "integer", "Number of parser warnings.", get=lambda r: len(r.warnings), required=True),
        Column("earliest_citation_year", "integer", "Year of the oldest dated citation.",
               get=lambda r: min(_citation_years(r), default=None)),
        Column("latest_citation_year", "integer", "Year of the newest dated citation.",
               get=lambda r: max(_citation_years(r), default=None)),
        Column("stale", "boolean", "True when the page now fails and this is its last good record.",
               get=lambda r: r.stale is not None, required=True),
        Column("stale_reason", "string", "Why the page fails (latest failure).", "stale.reason"),
        Column("stale_since", "datetime", "First run in which the page failed (UTC).", "stale.since"),
        Column("stale_last_good_fetch", "datetime", "Last fetch of the page in good shape (UTC).",
               "stale.last_good_fetch"),
        Column("fetched_at", "datetime", "When the page this record was parsed from was fetched (UTC).",
               "fetched_at"),
        Column("content_sha256", "string", "SHA-256 of the page's body.", "content_sha256", required=True),
        Column("parser_version", "string", "Version of the parser that made the record.", "parser_version",
               required=True),
        Column("schema_version", "string", "Version of the record's schema.", "schema_version", required=True),
    ),
    key=("id",),
    child=False,
)

TACTICS_TABLE = RecordTable(
    "tactics",
    "One row per tactic a location lists, in page order.",
    (
        Column("tactic_id", "string", "Canonical tactic id, or the slug of a name outside the 15.", "tactics[]",
               get=lambda tactic_id: tactic_id, required=True),
        Column("tactic", "string", "The tactic's name; null for a name outside the 15.",
               get=lambda tactic_id: TACTICS.get(tactic_id)),
        Column("canonical", "boolean", "True for one of the 15 canonical tactics.",
               get=lambda tactic_id: tactic_id in TACTICS, required=True),
    ),
    items=lambda record: record.tactics,
)

CITATIONS = RecordTable(
    "citations",
    "One row per citation line under Key Sources, in page order.",
    (
        Column("category", "string", "The Key Sources heading it sits under.", "citations[].category"),
        Column("headline", "string", "The article's headline.", "citations[].headline"),
        Column("outlet", "string", "The publication.", "citations[].outlet"),
        Column("date", "string", "ISO 8601 at the precision given: `2006-04-29`, `2013-07` or `1991`.",
               "citations[].date"),
        Column("date_precision", "string", "`day`, `month` or `year`.", "citations[].date_precision",
               enum=("day", "month", "year")),
        Column("year", "integer", "The date's year.", get=_year),
        Column("day", "date", "The date, when its precision is a day.", get=_day),
        Column("url", "string", "The article's link.", "citations[].url"),
        Column("text", "string", "The citation line as shown.", "citations[].text", required=True),
        Column("article_id", "string", "The article's identity: the same normalized headline, outlet and date on "
               "any profile give the same id (join keys, issue 17).", required=True,
               get=lambda c: article_id(c.headline, c.outlet, c.date, c.text)),
        Column("outlet_id", "string", "The outlet's identity across spellings ('The', case, punctuation, "
               "known aliases).", get=lambda c: outlet_id(c.outlet)),
        Column("outlet_canonical", "string", "The outlet's canonical name.", get=lambda c: canonical_outlet(c.outlet)),
    ),
    items=lambda record: record.citations,
    references=(ForeignKey(("article_id",), "articles", ("article_id",)),
                ForeignKey(("outlet_id",), "outlets", ("outlet_id",))),
)

NARRATIVE = RecordTable(
    "narrative",
    "One row per narrative paragraph, in page order.",
    (
        Column("heading", "string", "The narrative sub-heading it sits under.", "narrative[].heading"),
        Column("text", "string", "The paragraph.", "narrative[].text", required=True),
    ),
    items=lambda record: record.narrative,
)

PARTNERS = RecordTable(
    "partners",
    "One row per key partner and unit (one row with an empty unit for a partner without units).",
    (
        Column("agency_position", "integer", "Order of the partner within the location, from 1.",
               get=lambda item: item[0], required=True),
        Column("agency", "string", "The partner agency.", "key_partners[].name",
               get=lambda item: item[1], required=True),
        Column("unit", "string", "One of its units named on the page.", "key_partners[].units[]",
               get=lambda item: item[2]),
    ),
    items=lambda record: (
        (number, partner.name, unit)
        for number, partner in enumerate(record.key_partners, start=1)
        for unit in (partner.units or [None])
    ),
)

SOURCE_CATEGORIES = RecordTable(
    "source_categories",
    "One row per Key Sources heading, in page order, empty ones included.",
    (
        Column("category", "string", "The heading, without its colon.", "source_categories[]",
               get=lambda item: item[0], required=True),
        Column("citation_count", "integer", "Citations filed under this heading.",
               get=lambda item: item[1], required=True),
    ),
    items=lambda record: _categories(record),
)

WARNINGS = RecordTable(
    "warnings",
    "One row per warning the parser recorded.",
    (
        Column("section", "string", "Section of the page it is about.", "warnings[].section", required=True),
        Column("code", "string", "Stable code, e.g. `unknown-tactic`.", "warnings[].code", required=True),
        Column("message", "string", "What was noticed.", "warnings[].message", required=True),
    ),
    items=lambda record: record.warnings,
)

TABLES: tuple[Table, ...] = (LOCATIONS, TACTICS_TABLE, CITATIONS, NARRATIVE, PARTNERS, SOURCE_CATEGORIES, WARNINGS,
                             ARTICLES, OUTLETS, OUTLET_SPELLINGS)
