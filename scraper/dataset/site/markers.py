"""Where the overview's map puts each location: at its own coordinates (from the page, else GeoNames'),
or, when it has none but its county is known, at a point inside that county. A location with neither is
left off the map (its state still counts in the choropleth), and so is one in a territory, which the
map's projection does not draw."""

from __future__ import annotations

import csv
import io
from functools import cache
from importlib.resources import files

from parsers.models import Profile
from scraper.dataset.links import place_of
from scraper.dataset.reference import load_reference

# Albers USA draws the 50 states and DC (Alaska and Hawaii inset): anything else it would put in the
# map's corner. The box holds all of them; a page's coordinates outside it are not trusted for the map.
TERRITORY_FIPS = frozenset({"60", "66", "69", "72", "74", "78"})  # AS, GU, MP, PR, UM, VI
MAPPED = {"lng": (-180.0, -66.9), "lat": (18.9, 71.5)}  # Hawaii's south cape to Point Barrow, Maine's east
# How a marker was placed → its legend label, in legend order.
PLACED_BY = {
    "page": "Page coordinates",
    "gazetteer": "GeoNames coordinates",
    "county": "County (no coordinates)",
}


@cache
def county_points() -> dict[str, tuple[float, float]]:
    """County FIPS → (lng, lat) inside it, from us-atlas' county shapes (see `county_points.py`)."""
    text = files(__package__).joinpath("shapes/us-county-points.csv").read_text("utf-8")
    return {row["fips"]: (float(row["lng"]), float(row["lat"])) for row in csv.DictReader(io.StringIO(text))}


def markers(records: list[Profile]) -> list[dict]:
    """One marker per placed location: id, name, lng, lat, placed (a label of PLACED_BY)."""
    ref, points = load_reference(), county_points()
    rows = []
    for record in records:
        link = place_of(record, ref)
        if link.state_fips in TERRITORY_FIPS:
            continue
        if _on_the_map(link.lng, link.lat):
            where, placed = (link.lng, link.lat), link.coord_source
        elif link.county_fips and link.county_fips[0] in points:
            where, placed = points[link.county_fips[0]], "county"
        else:
            continue
        rows.append({"id": record.id, "name": record.name, "lng": where[0], "lat": where[1],
                     "placed": PLACED_BY[placed]})
    return rows


def _on_the_map(lng: float | None, lat: float | None) -> bool:
    return (lng is not None and lat is not None
            and MAPPED["lng"][0] <= lng <= MAPPED["lng"][1] and MAPPED["lat"][0] <= lat <= MAPPED["lat"][1])
