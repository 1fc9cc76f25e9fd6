"""The join keys of one published record: its place codes and, per citation, its article and outlet ids.

A layer beside the record, not in it: `link_profile` is pure given the loaded reference tables, and
`write_links` writes `links.jsonl`, one line per location in the dataset's order. `articles` and
`outlets` are the dataset-wide tables an export can write beside its citations.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
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


def articles(records: Iterable[Profile]) -> list[dict[str, Any]]:
    """One row per distinct article, from its first citation in record order, with how often it is cited."""
    rows: dict[str, dict[str, Any]] = {}
    for record in records:
        for citation in record.citations:
            key = article_id(citation.headline, citation.outlet, citation.date, citation.text)
            row = rows.setdefault(key, {
                "article_id": key, "headline": citation.headline, "outlet_id": outlet_id(citation.outlet),
                "date": citation.date, "date_precision": citation.date_precision, "url": citation.url,
                "citations": 0, "locations": []})
            row["citations"] += 1
            if record.id not in row["locations"]:
                row["locations"].append(record.id)
    return sorted(rows.values(), key=lambda row: row["article_id"])


def outlets(records: Iterable[Profile]) -> list[dict[str, Any]]:
    """One row per outlet: its canonical name, every spelling seen (most cited first), and its reach."""
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    reach: dict[str, tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
    for record in records:
        for citation in record.citations:
            key = outlet_id(citation.outlet)
            if key:
                spellings[key][citation.outlet] += 1
                reach[key][0].add(article_id(citation.headline, citation.outlet, citation.date, citation.text))
                reach[key][1].add(record.id)
    return [{"outlet_id": key, "name": canonical_outlet(counts.most_common(1)[0][0]),
             "spellings": [spelling for spelling, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))],
             "citations": sum(counts.values()), "articles": len(reach[key][0]), "locations": len(reach[key][1])}
            for key, counts in sorted(spellings.items())]
