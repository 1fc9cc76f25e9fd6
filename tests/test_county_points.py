"""The map's county points: one inside each county, for every county a location can be matched to."""

import pytest

from scraper.dataset.reference import load_reference
from scraper.dataset.site.county_points import interior_point
from scraper.dataset.site.markers import county_points

# Boxes (lng west, lat south, lng east, lat north) drawn generously around each county's land.
BOUNDS = {
    "09009": (-73.3, 41.2, -72.7, 41.7),  # New Haven County, CT
    "06037": (-118.95, 33.3, -117.65, 34.85),  # Los Angeles County, CA
    "39035": (-82.0, 41.2, -81.4, 41.65),  # Cuyahoga County, OH (its lake part has no land)
    "26083": (-88.7, 47.0, -87.7, 47.5),  # Keweenaw County, MI: a peninsula
    "24510": (-76.72, 39.19, -76.52, 39.38),  # Baltimore city
    "15001": (-156.1, 18.9, -154.8, 20.3),  # Hawaii County, HI
}


def test_a_point_for_every_county_a_location_can_be_matched_to():
    ref, points = load_reference(), county_points()
    counties = {county.fips for county in ref.counties.values()}
    # us-atlas 3.0.1 draws Alaska before the 2019 split (Copper River, 02066, is inside the old Valdez-Cordova,
    # 02261) and no American Samoa districts; Albers USA could not place those anyway.
    assert counties - set(points) == {"02066", "60030", "60040"}
    assert len(points) == 3231


def test_each_point_is_inside_its_county():
    points = county_points()
    for fips, (west, south, east, north) in BOUNDS.items():
        lng, lat = points[fips]
        assert west <= lng <= east and south <= lat <= north, fips


def test_a_concave_county_gets_a_point_inside_not_its_centroid():
    # A "U": its centroid lies in the notch, outside the shape.
    u_shape = [[(0, 0), (3, 0), (3, 3), (2, 3), (2, 1), (1, 1), (1, 3), (0, 3)]]
    # The centroid (1.5, 9.5/7) is in the notch: the point is the middle of the left arm on that latitude.
    assert interior_point(u_shape) == (0.5, pytest.approx(9.5 / 7))
    square = [[(0, 0), (2, 0), (2, 2), (0, 2)]]
    assert interior_point(square) == (1.0, 1.0)
