"""The simulated month: nginx serves the site, the site changes by day, a refresh runs every night,
and the dataset is checked against the site after each one (see tests/month/checks.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from parsers.models import Profile
from scraper.dataset.feed import FEED_NAME
from scraper.refresh.job import DATASET_NAME, HISTORY_DIR
from scraper.refresh.report import record_changes
from tests.month.checks import Ledger, MonthFailed, check_history
from tests.month.disk import ArchiveDisk
from tests.month.nights import NightRun, RunPlace, run_in_process, run_killed
from tests.month.schedule import EDIT_HOUR, Schedule, night_time
from tests.month.site import MonthSite
from tests.nginx_site import NginxSite, running_nginx_site


HISTORY_SAMPLE = 20  # the most edited locations, whose `demandforum history` is checked at the end


@dataclass(frozen=True)
class NightLine:
    night: int
    kind: str
    outcome: str
    live_pages: int
    site_changes: int  # pages edited, added, removed or renamed during the day before
    requests: int  # what nginx answered (robots, sitemaps, pages, retries)
    page_requests: int
    bodies: int  # 200 answers to page requests
    failed: int  # pages the run's report counts as failed
    records_changed: int  # added, changed or removed in the dataset (0 when the run published none)


@dataclass
class MonthResult:
    schedule: Schedule
    disk_technique: str
    lines: list[NightLine] = field(default_factory=list)
    ledger: Ledger | None = None
    site: MonthSite | None = None
    records: dict[str, Profile] = field(default_factory=dict)  # the dataset after the last night
    reports_written: int = 0
    history_checked: int = 0  # locations whose `demandforum history` was checked

    @property
    def total_requests(self) -> int:
        return sum(line.requests for line in self.lines)

    @property
    def naive_requests(self) -> int:
        """One request per page per night, without robots or sitemaps."""
        return sum(line.live_pages for line in self.lines)

    def table(self) -> str:
        rows = ["| night | trouble | outcome | pages on site | changed on site | requests | page requests "
                "| bodies (200) | pages failed | records changed |", "|" + " --- |" * 10]
        rows += [f"| {line.night} | {line.kind} | {line.outcome} | {line.live_pages:,} | {line.site_changes} "
                 f"| {line.requests:,} | {line.page_requests:,} | {line.bodies:,} | {line.failed:,} "
                 f"| {line.records_changed} |" for line in self.lines]
        return "\n".join(rows)

    def summary(self) -> dict[str, object]:
        assert self.ledger is not None
        return {
            "nights": self.schedule.nights,
            "pages": self.schedule.pages,
            "total requests": self.total_requests,
            "naive requests (one per page per night)": self.naive_requests,
            "ratio": round(self.total_requests / self.naive_requests, 3),
            "changes published": len(self.ledger.delays),
            "largest delay, announced change (nights)": self.ledger.largest_delay(True),
            "largest delay, silent change (nights)": self.ledger.largest_delay(False),
            "changes still within their window at the end": len(self.ledger.pending),
            "records lost": len(self.ledger.lost),
            "locations whose history holds every published version": self.history_checked,
            "partial datasets published": 0,  # any would have stopped the month (MonthFailed)
            "disk full by": self.disk_technique,
        }


def run_month(workdir: Path, *, nights: int, pages: int, seed: int = 0, missing_runs: int = 3) -> MonthResult:
    """Raises MonthFailed at the first night whose dataset breaks a promise."""
    schedule = Schedule(nights, pages, seed)
    disk = ArchiveDisk(workdir / "archive", size_mib=max(64, pages // 10))
    result = MonthResult(schedule, disk.technique)
    try:
        with running_nginx_site(workdir / "web", gzip=True, pages=pages, seed=seed, fixtures_dir=None) as nginx:
            site = result.site = MonthSite(nginx, at=night_time(0) + EDIT_HOUR)
            place = RunPlace(nginx.base_url, disk.folder, workdir / "out", missing_runs)
            result.ledger = Ledger(site, missing_runs, _revalidation_window(place))
            for night in range(nights):
                result.lines.append(_night(schedule, night, site, place, disk, result))
            result.history_checked = check_history(place.cache_dir, result.ledger.versions, most=HISTORY_SAMPLE)
    finally:
        disk.release()
    return result


def _night(schedule: Schedule, night: int, site: MonthSite, place: RunPlace, disk: ArchiveDisk,
           result: MonthResult) -> NightLine:
    at, kind, nginx = night_time(night), schedule.kind(night), site.site
    changes = _day_of_edits(schedule, night, site, at + EDIT_HOUR)
    assert result.ledger is not None
    result.ledger.note_site()
    dataset = place.out_dir / DATASET_NAME
    before = dataset.read_bytes() if dataset.exists() else b""
    nginx.clear_log()
    run = _run(kind, night, at, site, place, disk)
    served = nginx.requests()
    after = dataset.read_bytes() if dataset.exists() else b""
    previous = result.records
    result.records = result.ledger.check(run, before, after, previous, place.out_dir / FEED_NAME, at)
    changed = record_changes(previous, result.records)
    result.reports_written += run.report is not None
    history = len(list((place.out_dir / HISTORY_DIR).glob("*.json")))
    if history != result.reports_written:
        raise MonthFailed(f"night {night}: {history} reports in history/, {result.reports_written} runs wrote one")
    pages = [entry for entry in served if entry.path.startswith("/site/")]
    return NightLine(
        night, kind, run.outcome, len(site.truth), changes, len(served), len(pages),
        sum(entry.status == 200 for entry in pages), run.report["pages"]["failed"] if run.report else 0,
        len(changed["added"]) + len(changed["changed"]) + len(changed["removed"]),
    )


def _day_of_edits(schedule: Schedule, night: int, site: MonthSite, at: datetime) -> int:
    day = schedule.edits(night, site.changeable())
    site.frozen = night in schedule.lying_week
    moments = (at + timedelta(minutes=minute) for minute in range(10_000))
    for slug in day.bumped:
        site.edit(slug, night=night, at=next(moments), bump=True)
    for slug in day.silent:
        site.edit(slug, night=night, at=next(moments), bump=False)
    site.add(day.added, night=night, at=next(moments))
    for slug in day.removed:
        site.remove(slug, night=night)
    for slug in day.renamed:
        site.rename(slug, night=night, at=next(moments))
    site.write_sitemaps(next(moments))
    return len(day.bumped) + len(day.silent) + day.added + len(day.removed) + len(day.renamed)


def _run(kind: str, night: int, at: datetime, site: MonthSite, place: RunPlace, disk: ArchiveDisk) -> NightRun:
    nginx: NginxSite = site.site
    if kind == "kill":
        return run_killed(place, night, at)
    if kind == "full":
        return run_in_process(place, night, kind, at, disk.full())
    if kind == "down":
        nginx.stop()
        try:
            return run_in_process(place, night, kind, at)
        finally:
            nginx.start()
    if kind == "503":
        nginx.fail([f"/site/{slug}/" for slug in sorted(site.truth)[::3]])
        try:
            return run_in_process(place, night, kind, at)
        finally:
            nginx.unfail()
    return run_in_process(place, night, kind, at)


def _revalidation_window(place: RunPlace) -> int:
    """Runs within which a change the sitemap did not announce must be published: the refresh's
    `--revalidate-days` (issue 10); a refresh without it asks every page every run."""
    return max(1, getattr(place.settings(), "revalidate_days", 1))
