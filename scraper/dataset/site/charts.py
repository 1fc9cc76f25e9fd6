"""The overview's charts: Vega-Lite specs written with altair, rendered to static SVG at build time
by vl-convert (Vega's own renderer, run in-process). The pages hold plain SVG: no script, nothing
fetched, readable without JavaScript and in print."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib.resources import files

import altair as alt
import vl_convert

from scraper.dataset.site.markers import PLACED_BY

WIDTH = 520  # two charts side by side on a wide screen
# The map's markers, in the order of PLACED_BY: placed by coordinates are dots, by county diamonds.
MARKER_COLOURS = ["#d95f02", "#7570b3", "#1b1b1b"]
MARKER_SHAPES = ["circle", "circle", "diamond"]
# vl-convert resolves relative links against the Vega datasets site; our links stay relative.
_LOADER_BASE = re.compile(r'xlink:href="https://vega\.github\.io/vega-datasets/')
_GEOMETRY = re.compile(r'(?<= d=")[^"]*|(?<=transform=")[^"]*')
_LONG_DECIMALS = re.compile(r"(\d\.\d)\d+")
# A font both vl-convert (which measures the labels) and the browser have, so labels fit.
_CONFIG = {
    "font": "Liberation Sans, Arial, Helvetica, sans-serif",
    "view": {"stroke": None},
    "background": None,
    "axis": {"labelFontSize": 12, "titleFontSize": 12},
    "legend": {"labelFontSize": 12, "titleFontSize": 12},
}


@cache
def _us_states() -> dict:
    """US state shapes from the us-atlas npm package (states-10m.json, ISC licence), shipped in
    shapes/; joined to our counts by state name."""
    return json.loads(files(__package__).joinpath("shapes/us-states-10m.json").read_text("utf-8"))


def to_svg(chart: alt.TopLevelMixin, datasets: dict | None = None) -> str:
    """`datasets` are joined to the spec after altair has built it: altair would walk (and validate)
    every coordinate of the shapes, which took seconds."""
    spec = chart.to_dict()
    spec.setdefault("datasets", {}).update(datasets or {})
    svg = vl_convert.vegalite_to_svg(spec, config=_CONFIG)
    return _LOADER_BASE.sub('xlink:href="', svg)


def tactic_adoption(rows: list[dict]) -> str:
    chart = (
        alt.Chart(alt.InlineData(values=rows))
        .mark_bar(color="#2f6690")
        .encode(
            x=alt.X("locations:Q", title="Locations using the tactic"),
            y=alt.Y("label:N", title=None, sort="-x"),
            tooltip=["label:N", "locations:Q"],
        )
        .properties(width=WIDTH - 170, height=15 * 22)
    )
    return to_svg(chart)


def states_map(rows: list[dict], link_prefix: str, markers: list[dict] | None = None) -> str:
    """Choropleth of locations per state (Albers USA: Alaska and Hawaii inset); each state links to
    the locations table filtered on it. Over it, a marker per placed location (see `markers.py`), its
    shape and colour telling how it was placed, each linking to the location's page."""
    shapes = alt.NamedData(name="us_states", format=alt.DataFormat(type="topojson", feature="states"))
    counts = alt.LookupData(alt.InlineData(values=rows), "name", ["locations", "code"])
    chart = (
        alt.Chart(shapes)
        .mark_geoshape(stroke="white", strokeWidth=0.7)
        .transform_lookup(lookup="properties.name", from_=counts, default="0")
        .transform_calculate(
            locations="toNumber(datum.locations)", href=f"'{link_prefix}' + datum.code"
        )
        .encode(
            color=alt.condition(
                "datum.locations > 0",
                alt.Color("locations:Q", title="Locations", scale=alt.Scale(scheme="blues")),
                alt.value("#e4e4e4"),
            ),
            tooltip=[alt.Tooltip("properties.name:N", title="State"), "locations:Q"],
            href=alt.condition("datum.locations > 0", "href:N", alt.value(None)),
        )
    )
    if markers:
        chart = alt.layer(chart, _markers(markers)).resolve_scale(color="independent", shape="independent")
    projected = chart.project("albersUsa").properties(width=WIDTH, height=330)
    return _tenth_of_a_pixel(to_svg(projected, datasets={"us_states": _us_states()}))


def _tenth_of_a_pixel(svg: str) -> str:
    """Vega writes coordinates to 13 decimals; a tenth of a pixel looks the same and the shapes weigh a
    quarter less, a marker ~190 bytes instead of ~260."""
    return _GEOMETRY.sub(lambda found: _LONG_DECIMALS.sub(r"\1", found.group()), svg)


def _markers(rows: list[dict]) -> alt.Chart:
    labels = list(PLACED_BY.values())
    legend = alt.Legend(title="Placed by", orient="bottom", direction="vertical")
    return (
        alt.Chart(alt.InlineData(values=rows))
        .mark_point(filled=True, size=30)
        .transform_calculate(href="'locations/' + datum.id + '.html'")
        .encode(
            longitude="lng:Q",
            latitude="lat:Q",
            color=alt.Color("placed:N", scale=alt.Scale(domain=labels, range=MARKER_COLOURS), legend=legend),
            shape=alt.Shape("placed:N", scale=alt.Scale(domain=labels, range=MARKER_SHAPES), legend=legend),
            href="href:N",
            description="name:N",  # each marker's accessible name: the location
        )
    )


def citations_per_year(rows: list[dict]) -> str:
    chart = (
        alt.Chart(alt.InlineData(values=rows))
        .mark_bar(color="#3a7d44")
        .encode(
            x=alt.X("year:O", title="Year of the citation", axis=alt.Axis(labelAngle=-90)),
            y=alt.Y("citations:Q", title="Citations"),
            tooltip=["year:O", "citations:Q"],
        )
        .properties(width=WIDTH, height=220)
    )
    return to_svg(chart)


def over_runs(rows: list[dict], *, value: str, series: str, title: str, percent: bool) -> str:
    """A line per series across runs (fill rates per field, record counts)."""
    y = alt.Y(
        f"{value}:Q",
        title=title,
        axis=alt.Axis(format=".0%") if percent else alt.Axis(),
        scale=alt.Scale(domain=[0, 1]) if percent else alt.Scale(),
    )
    chart = (
        alt.Chart(alt.InlineData(values=rows))
        .mark_line(point=True)
        .encode(
            x=alt.X("run:T", title="Run (UTC)", axis=alt.Axis(format="%Y-%m-%d %H:%M", labelAngle=-30)),
            y=y,
            color=alt.Color(f"{series}:N", title=None, scale=alt.Scale(scheme="tableau20")),
            tooltip=["run:T", f"{series}:N", f"{value}:Q"],
        )
        .properties(width=WIDTH - 150, height=260)
    )
    return to_svg(chart)
