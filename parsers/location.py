"""Location: coordinates from a map widget's attributes, a map link or the Location text."""

from __future__ import annotations

import json
import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from parsers.models import Location, ParseWarning

_PAIR = r"(-?\d{1,3}\.\d+)\s*[,;/ ]\s*(-?\d{1,3}\.\d+)"
_TEXT_PAIR = re.compile(_PAIR)
_URL_PATTERNS = (
    re.compile(r"!3d(-?\d+\.\d+)!2d(-?\d+\.\d+)"),
    re.compile(r"[?&](?:q|ll|center|query|daddr|destination)=" + _PAIR.replace(r"\s*[,;/ ]\s*", r"(?:,|%2C)\s*")),
    re.compile(r"@(-?\d+\.\d+),(-?\d+\.\d+)"),
)
# OpenStreetMap: an embed's marker=<lat>,<lng>; a link's mlat=…&mlon=….
_OSM_PATTERNS = (
    re.compile(r"[?&](?:amp;)?marker=(-?\d+\.\d+)(?:,|%2C)(-?\d+\.\d+)", re.IGNORECASE),
    re.compile(r"[?&](?:amp;)?mlat=(-?\d+\.\d+)&(?:amp;)?mlon=(-?\d+\.\d+)"),
)
# Google's "Embed a map" link gives the map's centre as !2d<lng>!3d<lat>.
_EMBED_CENTER = re.compile(r"!2d(?P<lng>-?\d+\.\d+)!3d(?P<lat>-?\d+\.\d+)")
_LAT_NAMES = ("data-lat", "data-latitude", "data-map-lat", "data-marker-lat")
_LNG_NAMES = ("data-lng", "data-lon", "data-long", "data-longitude", "data-map-lng", "data-marker-lng")
_PAIR_NAMES = ("data-center", "data-coords", "data-coordinates", "data-latlng", "data-position", "data-location")
_JSON_NAMES = ("data-markers", "data-map", "data-settings", "data-options", "data-points", "data-map-center",
               "data-map-settings", "data-marker", "data-geo")
_GEO_META = ('meta[name="geo.position"]', 'meta[name="ICBM"]')
_WIDGET_SELECTOR = ", ".join(f"[{name}]" for name in _LAT_NAMES + _PAIR_NAMES + _JSON_NAMES) + \
    ", iframe[src], amp-iframe[src], a[href*='map'], img[src*='map'], script, [itemprop]"
_SCRIPT_PAIR = re.compile(r"(?:marker|setView|LatLng|latLng|center|panTo)\s*\(\s*\[?\s*(-?\d{1,3}\.\d+)\s*,\s*(-?\d{1,3}\.\d+)")
_KEYED_LAT = re.compile(r'"(?:lat|latitude|map_start_lat|center_lat)"\s*:\s*"?(-?\d{1,2}\.\d+)')
_KEYED_LNG = re.compile(r'"(?:lng|lon|long|longitude|map_start_lng|center_lng)"\s*:\s*"?(-?\d{1,3}\.\d+)')


def find_location(tree: LexborHTMLParser, article: LexborNode,
                  location_text: str | None) -> tuple[Location | None, list[ParseWarning]]:
    """The first coordinates the article (or the page's geo metadata) gives; several are reported."""
    found = [pair for pair in _candidates(tree, article, location_text) if _valid(pair)]
    if not found:
        return None, []
    warnings = []
    if len(set(found)) > 1:
        warnings.append(ParseWarning(section="metadata", code="location-ambiguous",
                                     message=f"{len(set(found))} different coordinates on the page; kept the first"))
    lat, lng = found[0]
    return Location(lat=lat, lng=lng), warnings


def _candidates(tree: LexborHTMLParser, article: LexborNode, location_text: str | None):
    if location_text:
        yield from _pairs_in(_TEXT_PAIR, location_text)
    latitude = longitude = None
    for node in article.css(_WIDGET_SELECTOR):
        if node.tag == "script":  # a map drawn by a script: Leaflet, WP Go Maps, Google
            yield from _pairs_in(_SCRIPT_PAIR, node.text())
            yield from _keyed_pair(node.text())
            continue
        attrs = node.attributes
        itemprop = attrs.get("itemprop")
        if itemprop in ("latitude", "longitude"):  # schema.org GeoCoordinates
            value = attrs.get("content") or node.text()
            latitude, longitude = (value, longitude) if itemprop == "latitude" else (latitude, value)
            if latitude and longitude:
                yield from _floats(latitude, longitude)
            continue
        lat = next((attrs[n] for n in _LAT_NAMES if attrs.get(n)), None)
        lng = next((attrs[n] for n in _LNG_NAMES if attrs.get(n)), None)
        if lat and lng:
            yield from _floats(lat, lng)
        for name in _PAIR_NAMES:
            if attrs.get(name):
                yield from _pairs_in(_TEXT_PAIR, attrs[name])
        for name in _JSON_NAMES:
            if attrs.get(name):
                yield from _keyed_pair(attrs[name])
        for name in ("src", "href"):
            if attrs.get(name) and "map" in attrs[name]:
                for pattern in (*_URL_PATTERNS, *_OSM_PATTERNS):
                    yield from _pairs_in(pattern, attrs[name])
                for center in _EMBED_CENTER.finditer(attrs[name]):
                    yield from _floats(center["lat"], center["lng"])
    for selector in _GEO_META:
        node = tree.css_first(selector)
        if node is not None:
            yield from _pairs_in(_TEXT_PAIR, node.attributes.get("content") or "")
    for node in tree.css('script[type="application/ld+json"]'):
        yield from _json_ld_pairs(node.text())


def _keyed_pair(text: str):
    """The first latitude and the first longitude named in JSON-like text, in either order."""
    lat, lng = _KEYED_LAT.search(text), _KEYED_LNG.search(text)
    if lat and lng:
        yield from _floats(lat.group(1), lng.group(1))


def _json_ld_pairs(text: str):
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):  # deeply nested JSON exhausts the C decoder's recursion
        return
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if "latitude" in item and "longitude" in item:
                yield from _floats(str(item["latitude"]), str(item["longitude"]))
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _pairs_in(pattern: re.Pattern, text: str):
    for match in pattern.finditer(text):
        yield from _floats(match.group(1), match.group(2))


def _floats(lat: str, lng: str):
    try:
        yield float(lat), float(lng)
    except ValueError:
        return


def _valid(pair: tuple[float, float]) -> bool:
    lat, lng = pair
    return -90 <= lat <= 90 and -180 <= lng <= 180 and (lat, lng) != (0.0, 0.0)
