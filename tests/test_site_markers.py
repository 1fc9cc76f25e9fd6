"""Where the map puts a location: its coordinates, else its county's point; never in the map's corner."""

import json
from pathlib import Path

from parsers.models import Location, Profile
from scraper.dataset.site.markers import PLACED_BY, county_points, markers

EXPECTED = Path(__file__).resolve().parents[1] / "fixtures" / "expected"


def hartford(**changes) -> Profile:
    record = Profile.model_validate(json.loads((EXPECTED / "hartford-ct.json").read_text("utf-8")))
    return record.model_copy(update=changes)


def test_a_location_is_placed_by_the_page_then_geonames_then_its_county():
    page = hartford(id="page-ct")
    assert page.location is not None
    no_coordinates = hartford(id="gazetteer-ct", location=None)
    county = hartford(id="county-ct", name="New Haven County, CT", place="New Haven County", type="County",
                       location=None)
    rows = {row["id"]: row for row in markers([page, no_coordinates, county])}
    assert (rows["page-ct"]["placed"], rows["page-ct"]["lat"]) == (PLACED_BY["page"], page.location.lat)
    assert rows["gazetteer-ct"]["placed"] == PLACED_BY["gazetteer"]
    assert rows["county-ct"]["placed"] == PLACED_BY["county"]
    assert (rows["county-ct"]["lng"], rows["county-ct"]["lat"]) == county_points()["09009"]


def test_nothing_is_drawn_where_the_projection_cannot_put_it():
    broken = hartford(id="broken-ct", location=Location(lat=0.0, lng=0.0))
    san_juan = hartford(id="san-juan-pr", name="San Juan, PR", place="San Juan", state_code="PR",
                        state="Puerto Rico", location=None)
    nowhere = hartford(id="nowhere-ct", name="Nowhere Township, CT", place="Nowhere Township", location=None)
    rows = {row["id"]: row for row in markers([broken, san_juan, nowhere])}
    # Coordinates off the map fall back to the county (Hartford's, from the title); a territory (San Juan
    # has a county, San Juan Municipio, and a point) and a location with neither are left off.
    assert set(rows) == {"broken-ct"} and rows["broken-ct"]["placed"] == PLACED_BY["county"]
