"""The refresh runs the site shows: `report.json` and every report under `history/`, oldest first,
and what they say happened to each location."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

log = logging.getLogger("demandforum.site")


@dataclass(frozen=True)
class Run:
    slug: str  # the page name: the history file's stem, e.g. 20261128T060002.123456Z
    report: dict[str, Any]

    @property
    def started_at(self) -> str:
        return self.report.get("run", {}).get("started_at", "")

    @property
    def facts(self) -> dict[str, Any]:
        return self.report.get("run", {})

    @property
    def records(self) -> dict[str, Any]:
        return self.report.get("records", {})


@dataclass(frozen=True)
class Change:
    """One thing a run's report says happened to one location."""

    run: Run
    what: str  # added, changed, removed, marked stale, recovered, missing from discovery
    detail: str = ""


@dataclass
class Runs:
    runs: list[Run] = field(default_factory=list)  # oldest first

    @property
    def last(self) -> Run | None:
        return self.runs[-1] if self.runs else None

    def changes_by_id(self) -> dict[str, list[Change]]:
        changes: dict[str, list[Change]] = {}
        for run in self.runs:
            for record_id, what, detail in _changes_of(run.records):
                changes.setdefault(record_id, []).append(Change(run, what, detail))
        return changes


def load_runs(runs_dir: Path) -> Runs:
    """Reads `runs_dir/history/*.json` and `runs_dir/report.json` (the last run, which is in history
    too unless history was pruned). A report that cannot be read is skipped with a log line: the
    site shows every other run."""
    by_start: dict[str, Run] = {}
    reports = sorted((runs_dir / "history").glob("*.json")) + [runs_dir / "report.json"]
    for path in reports:
        report = _read_report(path)
        if report is None:
            continue
        slug = path.stem if path.parent.name == "history" else _slug_of(report)
        run = Run(slug, report)
        by_start.setdefault(run.started_at or slug, run)
    return Runs(sorted(by_start.values(), key=lambda run: run.started_at or run.slug))


def _read_report(path: Path) -> dict[str, Any] | None:
    if not path.is_file():
        return None
    try:
        report = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        log.warning("skipped the run report %s: %s", path, error)
        return None
    if not isinstance(report, dict):
        log.warning("skipped the run report %s: not a JSON object", path)
        return None
    return report


def _slug_of(report: dict[str, Any]) -> str:
    """The name the job gives a report in history/ (see refresh.run_report.write_report)."""
    try:
        started = datetime.fromisoformat(report.get("run", {}).get("started_at", ""))
    except (TypeError, ValueError):
        return "last"
    return started.astimezone(UTC).strftime("%Y%m%dT%H%M%S.%fZ")


def _changes_of(records: dict[str, Any]) -> list[tuple[str, str, str]]:
    found: list[tuple[str, str, str]] = []
    found += [(record_id, "added", "") for record_id in records.get("added", [])]
    found += [
        (record_id, "changed", ", ".join(fields))
        for record_id, fields in records.get("changed", {}).items()
    ]
    found += [(record_id, "removed", why) for record_id, why in records.get("removed", {}).items()]
    found += [(record_id, "marked stale", "") for record_id in records.get("newly_stale", [])]
    found += [(record_id, "recovered", "") for record_id in records.get("recovered", [])]
    found += [
        (record_id, "missing from discovery", f"{runs} run{'' if runs == 1 else 's'} in a row")
        for record_id, runs in records.get("missing", {}).items()
    ]
    return found
