"""The figures the overview shows, computed from the records and the runs (plain data, no markup)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from parsers.models import Profile
from parsers.vocabulary import TACTICS, US_STATES
from scraper.dataset.site.runs import Runs

# The fill rates worth following from run to run (report.json has every field; most are always 1).
FOLLOWED_FIELDS = (
    "state", "type", "population", "location", "tactics", "narrative", "key_partners",
    "citations", "citations.date", "citations.headline", "citations.outlet",
)


@dataclass(frozen=True)
class Counts:
    locations: int
    states: int
    citations: int
    stale: int
    with_warnings: int


def counts(records: list[Profile]) -> Counts:
    return Counts(
        locations=len(records),
        states=len({record.state_code for record in records if record.state_code}),
        citations=sum(len(record.citations) for record in records),
        stale=sum(1 for record in records if record.stale),
        with_warnings=sum(1 for record in records if record.warnings),
    )


def tactic_adoption(records: list[Profile]) -> list[dict]:
    """Locations using each of the 15 tactics, in the vocabulary's order."""
    used = Counter(tactic for record in records for tactic in set(record.tactics))
    return [
        {"tactic": tactic_id, "label": label, "locations": used[tactic_id]}
        for tactic_id, label in TACTICS.items()
    ]


def locations_per_state(records: list[Profile]) -> list[dict]:
    per_state = Counter(record.state_code for record in records if record.state_code)
    return [
        {"code": code, "name": US_STATES.get(code, code), "locations": count}
        for code, count in sorted(per_state.items())
    ]


def citations_per_year(records: list[Profile]) -> list[dict]:
    years = Counter(
        int(citation.date[:4])
        for record in records
        for citation in record.citations
        if citation.date
    )
    return [{"year": year, "citations": count} for year, count in sorted(years.items())]


def fill_rates_over_runs(runs: Runs) -> list[dict]:
    return [
        {"run": run.started_at, "field": name, "rate": run.report["fill_rates"][name]}
        for run in runs.runs
        if run.started_at and isinstance(run.report.get("fill_rates"), dict)
        for name in FOLLOWED_FIELDS
        if isinstance(run.report["fill_rates"].get(name), (int, float))
    ]


def records_over_runs(runs: Runs) -> list[dict]:
    rows = []
    for run in runs.runs:
        records = run.records
        if not run.started_at or "total" not in records:
            continue
        for series, value in (
            ("total", records.get("total")),
            ("stale", records.get("stale")),
            ("added", len(records.get("added", []))),
            ("changed", len(records.get("changed", {}))),
            ("removed", len(records.get("removed", {}))),
        ):
            rows.append({"run": run.started_at, "series": series, "records": value})
    return rows
