"""Rebuild `shapes/us-county-points.csv`: one point inside each county of us-atlas' counties-10m.json.

The map places a location that has no coordinates of its own at its county. us-atlas ships the county
shapes (842 KB of TopoJSON, the Census's cartographic boundaries; ISC licence, like the states file
beside it); the site needs only one point per county (~60 KB), so that point is computed once here: the
centroid of the county's largest polygon, or, when that falls outside a concave shape, the middle of the
widest stretch of the polygon on the centroid's latitude. Run by hand when refreshing the vintage:

    npm pack us-atlas@3.0.1 && tar xzf us-atlas-3.0.1.tgz
    python -m scraper.dataset.site.county_points package/counties-10m.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).with_name("shapes") / "us-county-points.csv"
Ring = list[tuple[float, float]]


def _arcs(topology: dict) -> list[Ring]:
    (kx, ky), (dx, dy) = topology["transform"]["scale"], topology["transform"]["translate"]
    decoded = []
    for arc in topology["arcs"]:  # quantized and delta-encoded
        x = y = 0
        points = []
        for step_x, step_y in arc:
            x, y = x + step_x, y + step_y
            points.append((x * kx + dx, y * ky + dy))
        decoded.append(points)
    return decoded


def _ring(arcs: list[Ring], indexes: list[int]) -> Ring:
    ring: Ring = []
    for index in indexes:
        points = arcs[index] if index >= 0 else arcs[~index][::-1]
        ring.extend(points[1:] if ring else points)  # consecutive arcs share their end point
    return ring


def _area_and_centroid(ring: Ring) -> tuple[float, float, float]:
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        cross = x0 * y1 - x1 * y0
        area, cx, cy = area + cross, cx + (x0 + x1) * cross, cy + (y0 + y1) * cross
    if not area:
        return 0.0, ring[0][0], ring[0][1]
    return abs(area) / 2, cx / (3 * area), cy / (3 * area)


def _crossings(rings: list[Ring], y: float) -> list[float]:
    """Where the rings' edges cross the latitude `y`, west to east (inside between pairs)."""
    xs = [x0 + (y - y0) * (x1 - x0) / (y1 - y0)
          for ring in rings for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]) if (y0 > y) != (y1 > y)]
    return sorted(xs)


def interior_point(polygon: list[Ring]) -> tuple[float, float]:
    _, x, y = _area_and_centroid(polygon[0])
    xs = _crossings(polygon, y)
    pairs = list(zip(xs[::2], xs[1::2]))
    if any(west <= x <= east for west, east in pairs) or not pairs:
        return x, y
    west, east = max(pairs, key=lambda pair: pair[1] - pair[0])
    return (west + east) / 2, y


def county_points(topology: dict) -> dict[str, tuple[float, float]]:
    arcs = _arcs(topology)
    points = {}
    for geometry in topology["objects"]["counties"]["geometries"]:
        polygons = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]
        rings = [[_ring(arcs, ring) for ring in polygon] for polygon in polygons]
        largest = max(rings, key=lambda polygon: _area_and_centroid(polygon[0])[0])
        points[geometry["id"]] = interior_point(largest)
    return points


def main(source: str) -> None:
    points = county_points(json.loads(Path(source).read_text(encoding="utf-8")))
    lines = ["fips,lng,lat"] + [f"{fips},{lng:.4f},{lat:.4f}" for fips, (lng, lat) in sorted(points.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(points)} county points written to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
