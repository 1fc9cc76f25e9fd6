"""The join keys of one published record: its place codes and, per citation, its article and outlet ids.

A layer beside the record, not in it: `link_profile` is pure given the loaded reference tables, and
`write_links` writes `links.jsonl`, one line per location in the dataset's order. The export's
dataset-wide `articles` and `outlets` tables are made by `citation_index.py`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from parsers.models import Profile
from scraper.dataset.outlets import article_id, canonical_outlet, outlet_id
from scraper.dataset.places import PlaceLink, PlaceQuery, Reference, match_place
from scraper.dataset.reference import load_reference
from scraper.storage.atomic import atomic_file

LINKS_NAME = "links.jsonl"


def link_profile(profile: Profile, ref: Reference) -> dict[str, Any]:
    place = place_of(profile, ref)
    citations = [
        {"position": position,
         "article_id": article_id(citation.headline, citation.outlet, citation.date, citation.text),
         "outlet_id": outlet_id(citation.outlet), "outlet": canonical_outlet(citation.outlet),
         "outlet_as_written": citation.outlet}
        for position, citation in enumerate(profile.citations)]
    return {
        "id": profile.id, "state_fips": place.state_fips, "county_fips": list(place.county_fips),
        "county_match": place.county_match, "county_vintage": place.county_vintage,
        "county_fips_2022": list(place.county_fips_2022), "county_2022_match": place.county_2022_match,
        "geonames_id": place.geonames_id, "geonames_match": place.geonames_match,
        "lat": place.lat, "lng": place.lng, "coord_source": place.coord_source,
        "gazetteer_population": place.gazetteer_population,
        "warnings": [{"code": code, "message": message} for code, message in place.warnings],
        "citations": citations,
    }


def write_links(records: Iterable[Profile], path: Path, ref: Reference | None = None) -> int:
    """Write one link line per record, atomically; returns how many lines."""
    ref = ref or load_reference()
    count = 0
    with atomic_file(path) as handle:
        for record in records:
            handle.write(json.dumps(link_profile(record, ref), ensure_ascii=False) + "\n")
            count += 1
    return count


def place_of(profile: Profile, ref: Reference) -> PlaceLink:
    location = profile.location
    return match_place(PlaceQuery(profile.id, profile.place, profile.state_code, profile.type, profile.population,
                                  location.lat if location else None, location.lng if location else None), ref)

