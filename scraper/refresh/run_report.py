"""The run's report (`report.json`, and `history/<start>.json` for every run): what the run did,
from the facts of its phases, and the exit code it calls for."""

from __future__ import annotations

import re
import time
from collections import Counter
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from parsers import PARSER_VERSION
from parsers.models import Profile
from scraper.dataset.export import dataset_sha256
from scraper.refresh.out_files import DATASET_NAME, HISTORY_DIR, REPORT_NAME
from scraper.refresh.publish import write_json_atomically
from scraper.refresh.reconcile import PageFailure, Reconciliation
from scraper.refresh.report import Alarm, fill_rates, record_changes, warnings_by_code
from scraper.refresh.settings import RefreshSettings
from scraper.refresh.sources import Mode, Sources

EXIT_OK, EXIT_ALARM, EXIT_USAGE, EXIT_LOCKED = 0, 1, 2, 3

_VARYING_DETAIL = re.compile(r" \([^)]*\d[^)]*\)$")  # e.g. " (gave up after 4 attempts)"


def build_report(
    settings: RefreshSettings,
    started_at: datetime,
    started: float,
    *,
    sources: Sources,
    reconciliation: Reconciliation,
    previous: dict[str, Profile],
    not_profiles: set[str],
    failures: list[PageFailure],
    alarms: list[Alarm],
    published: bool,
    dataset_changed: bool,
    lastmod: dict[str, Any],
) -> dict[str, Any]:
    current = reconciliation.records
    return {
        "run": {
            **_run_facts(settings, started_at, started, sources.mode, alarms, published),
            "discovery_source": sources.discovery_source,
            "dataset_changed": dataset_changed,
            "stopped_by": sources.stopped_by,
            "max_run_time": settings.max_run_time,
            "dataset_sha256": _sha256_or_none(settings.out_dir / DATASET_NAME),
        },
        "pages": {
            "discovered": len(sources.pages) - len(not_profiles),
            "fetched": sources.fetched,
            "not_modified": sources.not_modified,
            "skipped_by_lastmod": sources.skipped,
            "failed": len(failures),
            "failed_unchanged": sources.failed_unchanged,
            "failed_by_reason": _failures_by_kind(failures),
            "not_reached": sources.not_reached,
            "parsed": reconciliation.parsed,
            "reused": reconciliation.reused,
            "not_profiles": sorted(not_profiles),
        },
        "requests": sources.requests,
        "requests_by_kind": sources.requests_by_kind,
        "bytes_downloaded": sources.bytes_downloaded,
        "lastmod": lastmod,
        "records": _records_section(previous, current, reconciliation),
        "fill_rates": fill_rates(current.values()),
        "warnings_by_code": warnings_by_code(current.values()),
        "alarms": [asdict(alarm) for alarm in alarms],
        "failures": [{"url": f.url, "id": f.id, "reason": f.reason} for f in failures],
        "thresholds": {
            **asdict(settings.thresholds),
            "missing_runs": settings.missing_runs,
            "lastmod_lie_share": settings.lastmod_lie_share,
        },
    }


def exit_code_of(report: dict[str, Any]) -> int:
    return EXIT_ALARM if report["alarms"] else EXIT_OK


def _failures_by_kind(failures: list[PageFailure]) -> dict[str, int]:
    """Counts by the stable head of each reason: 'HTTP 503 (gave up after 4 attempts)' counts as
    'HTTP 503', 'not a profile page (error-page): <title>' as 'not a profile page (error-page)'."""
    kinds = Counter(
        _VARYING_DETAIL.sub("", failure.reason.split(": ", 1)[0]) for failure in failures
    )
    return dict(kinds.most_common())


def _records_section(
    previous: dict[str, Profile], current: dict[str, Profile], reconciliation: Reconciliation
) -> dict[str, Any]:
    changes = record_changes(previous, current)
    return {
        "total": len(current),
        "stale": sum(1 for record in current.values() if record.stale),
        "added": changes["added"],
        "changed": changes["changed"],
        "removed": {
            record_id: reconciliation.removed.get(record_id, "gone")
            for record_id in changes["removed"]
        },
        "newly_stale": changes["newly_stale"],
        "recovered": changes["recovered"],
        "missing": reconciliation.missing,
    }


def _run_facts(
    settings: RefreshSettings,
    started_at: datetime,
    started: float,
    mode: Mode,
    alarms: list[Alarm],
    published: bool,
) -> dict[str, Any]:
    if not alarms:
        outcome = "ok"
    elif not published:
        outcome = "alarm, previous dataset kept"
    elif any(alarm.blocks_publishing for alarm in alarms):
        outcome = "alarm, published anyway"
    else:
        outcome = "alarm, published what the run reached"
    return {
        "started_at": started_at.isoformat(),
        "finished_at": datetime.now(UTC).isoformat(),
        "duration_seconds": round(time.monotonic() - started, 3),
        "mode": mode,
        "base_url": settings.crawl.base_url,
        "parser_version": PARSER_VERSION,
        "outcome": outcome,
        "exit_code": EXIT_ALARM if alarms else EXIT_OK,
        "published": published,
    }


def _sha256_or_none(path: Path) -> str | None:
    return dataset_sha256(path) if path.exists() else None


def write_report(out_dir: Path, started_at: datetime, report: dict[str, Any]) -> None:
    stamp = started_at.strftime("%Y%m%dT%H%M%S.%fZ")
    write_json_atomically(out_dir / HISTORY_DIR / f"{stamp}.json", report)
    write_json_atomically(out_dir / REPORT_NAME, report)
