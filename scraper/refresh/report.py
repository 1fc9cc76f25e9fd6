"""The run report: what changed, how complete the data is, and the alarms that fail a run."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from parsers.models import Profile
from scraper.dataset.changes import diff_records

# Fields whose fill rate going down is no sign of a broken parse (fewer warnings is good news).
NOT_ALARMED_FIELDS = ("stale", "warnings")


@dataclass(frozen=True)
class AlarmThresholds:
    fill_drop: float = 0.10  # largest allowed fall of a field's fill rate, in share points
    max_failed_share: float = 0.10  # of discovered pages
    min_discovery_ratio: float = 0.7  # of the profiles discovered by the last published run


# Alarms of a run that stopped fetching early: what it has is safe to publish (the pages it did not
# reach keep their last good records), so only the exit code says a person should look.
PARTIAL_RUN_ALARMS = frozenset({"deadline", "circuit-open"})


@dataclass(frozen=True)
class Alarm:
    kind: str  # "fill-drop" | "failed-share" | "discovery-drop" | "discovery-failed" | PARTIAL_RUN_ALARMS
    message: str

    @property
    def blocks_publishing(self) -> bool:
        return self.kind not in PARTIAL_RUN_ALARMS


def stop_alarm(stopped_by: str | None, not_reached: int, max_run_time: float | None) -> Alarm | None:
    """The alarm of a run that stopped sending requests before every page was fetched."""
    if stopped_by is None:
        return None
    left = f"{not_reached} pages not reached keep their last good records; the next run starts with them"
    if stopped_by == "deadline":
        return Alarm("deadline", f"the run's deadline ({max_run_time:g} s) passed: {left}")
    return Alarm("circuit-open", f"most recent requests to the site failed or timed out, so the run "
                                 f"stopped sending them: {left}")


def fill_rates(records: Iterable[Profile]) -> dict[str, float]:
    """Share of records with each field filled (not null, not empty); for lists of objects, also
    the share of their items with each sub-field filled, as `citations.headline`."""
    records = list(records)
    if not records:
        return {}
    filled: Counter[str] = Counter()
    item_counts: Counter[str] = Counter()
    for record in records:
        for name in Profile.model_fields:
            value = getattr(record, name)
            filled[name] += _is_filled(value)
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, BaseModel):
                        item_counts[name] += 1
                        for sub_name in type(item).model_fields:
                            filled[f"{name}.{sub_name}"] += _is_filled(getattr(item, sub_name))
    rates = {}
    for name in Profile.model_fields:
        rates[name] = round(filled[name] / len(records), 4)
        for key in sorted(key for key in filled if key.startswith(f"{name}.")):
            rates[key] = round(filled[key] / item_counts[name], 4)
    return rates


def _is_filled(value: Any) -> bool:
    return value is not None and value != "" and value != []


def record_changes(
    previous: Mapping[str, Profile], current: Mapping[str, Profile]
) -> dict[str, Any]:
    added = sorted(current.keys() - previous.keys())
    removed = sorted(previous.keys() - current.keys())
    changed = {}
    for record_id in sorted(previous.keys() & current.keys()):
        fields = diff_records(previous[record_id], current[record_id]).fields
        if fields:
            changed[record_id] = fields
    stale_now = {record_id for record_id, record in current.items() if record.stale}
    stale_before = {record_id for record_id, record in previous.items() if record.stale}
    return {
        "added": added,
        "removed": removed,
        "changed": changed,
        "newly_stale": sorted(stale_now - stale_before),
        "recovered": sorted((stale_before - stale_now) & current.keys()),
    }


def check_alarms(
    thresholds: AlarmThresholds,
    *,
    discovered: int,
    previous_discovered: int | None,
    failed: int,
    previous: Mapping[str, Profile],
    current: Mapping[str, Profile],
) -> list[Alarm]:
    alarms = []
    if previous_discovered and discovered < thresholds.min_discovery_ratio * previous_discovered:
        alarms.append(Alarm(
            "discovery-drop",
            f"discovered {discovered} profiles, last published run {previous_discovered} "
            f"(below {thresholds.min_discovery_ratio:.0%}): the site layout may have changed",
        ))
    if discovered == 0 and not previous_discovered:
        alarms.append(Alarm("discovery-drop", "discovered no profiles at all"))
    if discovered and failed / discovered > thresholds.max_failed_share:
        alarms.append(Alarm(
            "failed-share",
            f"{failed} of {discovered} pages failed ({failed / discovered:.1%}, "
            f"threshold {thresholds.max_failed_share:.1%})",
        ))
    # Only locations present in both runs: new locations with sparser pages are no regression.
    common = sorted(previous.keys() & current.keys())
    before = fill_rates(previous[record_id] for record_id in common)
    after = fill_rates(current[record_id] for record_id in common)
    for name, rate_before in before.items():
        if name.split(".")[0] in NOT_ALARMED_FIELDS:
            continue
        rate_after = after.get(name, 0.0)
        if rate_before - rate_after > thresholds.fill_drop:
            alarms.append(Alarm(
                "fill-drop",
                f"fill rate of {name} fell from {rate_before:.1%} to {rate_after:.1%} "
                f"on the {len(common)} locations of both runs (margin {thresholds.fill_drop:.1%})",
            ))
    return alarms


def warnings_by_code(records: Iterable[Profile]) -> dict[str, int]:
    counts = Counter(warning.code for record in records for warning in record.warnings)
    return dict(sorted(counts.items()))


def summary_lines(report: Mapping[str, Any]) -> list[str]:
    """A few lines for a person reading the job's stderr."""
    pages, records, run = report["pages"], report["records"], report["run"]
    lines = [
        f"refresh {run['mode']} {run['base_url']}: {run['outcome']} in "
        f"{run['duration_seconds']:.1f}s, {report['requests']} requests",
        f"pages: {pages['discovered']} discovered, {pages['fetched']} fetched, "
        f"{pages['not_modified']} not modified, {pages['failed']} failed"
        + (f" ({pages['failed_unchanged']} unchanged)" if pages["failed_unchanged"] else "")
        + (f", {len(pages['not_reached'])} not reached" if pages["not_reached"] else "")
        + f", {pages['parsed']} parsed",
        f"records: {records['total']} ({records['stale']} stale), "
        f"+{len(records['added'])} added, ~{len(records['changed'])} changed, "
        f"-{len(records['removed'])} removed",
    ]
    kinds = report["requests_by_kind"]
    lines.append(
        f"requests: robots {kinds['robots']}, sitemaps {kinds['sitemaps']}, listings "
        f"{kinds['listings']}, pages {kinds['pages']} ({kinds['revalidated_304']} revalidated 304, "
        f"{kinds['fetched_200']} fetched 200, {kinds['failed']} failed); "
        f"{kinds['skipped_by_lastmod']} skipped by lastmod; "
        f"{report['bytes_downloaded'] / 2**20:.1f} MiB downloaded"
    )
    if report["lastmod"]["message"]:
        lines.append(report["lastmod"]["message"])
    lines += [f"failed: {count} x {reason}" for reason, count in pages["failed_by_reason"].items()]
    lines += [f"ALARM {alarm['kind']}: {alarm['message']}" for alarm in report["alarms"]]
    return lines
