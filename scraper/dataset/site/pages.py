"""Jinja2 rendering of each page from the records and the runs."""

from __future__ import annotations

from datetime import UTC, datetime
from itertools import groupby

from jinja2 import Environment, PackageLoader, ChainableUndefined, select_autoescape

from parsers.models import Citation, Profile
from parsers.vocabulary import TACTICS, US_STATES
from scraper.dataset.site import charts, markers, stats
from scraper.dataset.site.runs import Change, Run, Runs


def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("scraper.dataset.site", "templates"),
        autoescape=select_autoescape(default=True),
        undefined=ChainableUndefined,  # reports of older versions may lack a field: show it empty
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["when"] = _when
    env.filters["bytes"] = _bytes
    env.filters["citation_date"] = _citation_date
    return env


def overview(env: Environment, records: list[Profile], runs: Runs) -> str:
    tactics = stats.tactic_adoption(records)
    states = stats.locations_per_state(records)
    years = stats.citations_per_year(records)
    fill = stats.fill_rates_over_runs(runs)
    totals = stats.records_over_runs(runs)
    placed = markers.markers(records)
    rendered = {
        "tactics": charts.tactic_adoption(tactics) if records else "",
        "map": charts.states_map(states, "locations.html?state=", placed) if states else "",
        "years": charts.citations_per_year(years) if years else "",
        "fill": charts.over_runs(fill, value="rate", series="field", title="Fill rate", percent=True)
        if fill else "",
        "records": charts.over_runs(totals, value="records", series="series", title="Records", percent=False)
        if totals else "",
    }
    return env.get_template("overview.html").render(
        root="",
        section="overview",
        last_run=runs.last,
        counts=stats.counts(records),
        charts=rendered,
        tactic_rows=[(row["label"], row["locations"]) for row in tactics] if records else [],
        state_rows=[(f"{row['name']} ({row['code']})", row["locations"]) for row in states],
        map_note=_map_note(placed, len(records)),
        year_rows=[(row["year"], row["citations"]) for row in years],
        fill_rows=[(_when(row["run"]), row["field"], f"{row['rate']:.1%}") for row in fill],
        record_rows=[(_when(row["run"]), row["series"], row["records"]) for row in totals],
    )


def _map_note(placed: list[dict], locations: int) -> str:
    by_county = sum(1 for row in placed if row["placed"] == markers.PLACED_BY["county"])
    return (f"(a state links to its locations, a marker to its page; {len(placed):,} of {locations:,} locations "
            f"placed: {len(placed) - by_county:,} by coordinates, {by_county:,} at their county)")


def locations_table(env: Environment, records: list[Profile], last_run: Run | None) -> str:
    codes = sorted({record.state_code for record in records if record.state_code})
    return env.get_template("locations.html").render(
        root="",
        section="locations",
        last_run=last_run,
        rows=records,
        states=[(code, US_STATES.get(code, code)) for code in codes],
        types=sorted({record.type for record in records if record.type}),
        tactics=list(TACTICS.items()),
    )


def location(env: Environment, record: Profile, changes: list[Change], last_run: Run | None) -> str:
    return env.get_template("location.html").render(
        root="../",
        section="locations",
        last_run=last_run,
        r=record,
        tactic_labels=TACTICS,
        narrative=[
            (heading, [paragraph.text for paragraph in paragraphs])
            for heading, paragraphs in groupby(record.narrative, key=lambda p: p.heading)
        ],
        sources=_sources(record),
        changes=changes,
    )


def runs_index(env: Environment, runs: Runs) -> str:
    return env.get_template("runs.html").render(
        root="../", section="runs", last_run=runs.last, runs=list(reversed(runs.runs))
    )


def run_page(env: Environment, runs: Runs, index: int, known_ids: set[str]) -> str:
    run = runs.runs[index]
    return env.get_template("run.html").render(
        root="../",
        section="runs",
        last_run=runs.last,
        run=run,
        previous=runs.runs[index - 1] if index > 0 else None,
        next=runs.runs[index + 1] if index + 1 < len(runs.runs) else None,
        known=known_ids,
    )


def _sources(record: Profile) -> list[tuple[str | None, list[Citation]]]:
    """Every Key Sources heading in page order (empty ones too), then any category only a citation
    names, then the citations without one."""
    by_category: dict[str | None, list[Citation]] = {name: [] for name in record.source_categories}
    for citation in record.citations:
        by_category.setdefault(citation.category, []).append(citation)
    if None in by_category:
        by_category[None] = by_category.pop(None)  # last
    return list(by_category.items())


def _when(value: str | datetime | None) -> str:
    """'2026-11-28T06:00:02.123+00:00' -> '2026-11-28 06:00 UTC'."""
    if value is None or value == "":
        return "—"
    try:
        moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def _citation_date(iso: str, precision: str | None) -> str:
    """At the precision the page gave: 'April 29, 2006', 'July 2013', '1991'."""
    formats = {"day": ("%Y-%m-%d", "%B %-d, %Y"), "month": ("%Y-%m", "%B %Y")}
    if precision not in formats:
        return iso
    read, write = formats[precision]
    try:
        return datetime.strptime(iso, read).strftime(write)
    except ValueError:
        return iso


def _bytes(value: int | None) -> str:
    size = float(value or 0)
    for unit in ("B", "KB", "MB"):
        if size < 1000:
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1000
    return f"{size:.1f} GB"
