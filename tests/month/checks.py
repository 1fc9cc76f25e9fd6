"""After every night, the published dataset against the site's truth.

- Never partial: the file on disk always parses whole (every line valid, ids unique and sorted).
- A run that does not publish leaves the dataset byte for byte.
- Nothing good is lost: a location still on the site is never dropped; one gone from the site is kept,
  marked stale "missing from discovery", until it has been missing for `--missing-runs` runs (counted
  as the job counts them: runs that published, each saving its count in state.json), then removed.
- Every change arrives in time: an announced one (its sitemap <lastmod> moved, or the page is new) by
  the first run that publishes after it and reaches the page; a silent one within `window` runs that
  publish having reached every page (a run cut short delays the revalidation rotation).
- A page that failed in a run that published keeps its last good record, marked stale, and its change
  waits; every other page's record is unmarked.
- The feed has one entry per change the run's report lists.
- At the end, `demandforum history ID` lists every version the dataset published of a location.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import feedparser
from typer.testing import CliRunner

import scraper.cli.main  # noqa: F401  (registers every command on the app)

from parsers.models import Profile
from scraper.cli.app import app
from scraper.dataset.feed import DEFAULT_LIMIT
from scraper.fetch.urls import profile_slug
from scraper.refresh.publish import parse_dataset
from scraper.refresh.reconcile import MISSING_FROM_DISCOVERY
from tests.month.nights import NightRun
from tests.month.site import MonthSite, Version


class MonthFailed(AssertionError):
    pass


@dataclass
class Ledger:
    site: MonthSite
    missing_runs: int
    window: int  # publishing runs within which a silent change must arrive
    pending: dict[str, Version] = field(default_factory=dict)  # slug -> version not yet published
    seen: dict[str, Version] = field(default_factory=dict)  # slug -> last version noted as pending
    waited: dict[str, int] = field(default_factory=dict)  # slug -> publishing runs since it changed
    missing_saved: dict[str, int] = field(default_factory=dict)  # gone id -> count in state.json
    delays: list[tuple[bool, int]] = field(default_factory=list)  # (announced, nights to publish)
    lost: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # gone ids removed when the rule said
    versions: dict[str, list[str]] = field(default_factory=dict)  # id -> content hashes published, in order
    problems: list[str] = field(default_factory=list)

    def note_site(self) -> None:
        """Call after the day's edits: every new version is pending until the dataset has it."""
        for slug, version in self.site.truth.items():
            if self.seen.get(slug) != version:
                self.seen[slug] = self.pending[slug] = version
                self.waited[slug] = 0
        for slug in self.site.gone_on:
            self.pending.pop(slug, None)

    def check(self, run: NightRun, before: bytes, after: bytes, previous: dict[str, Profile], feed: Path,
              at: datetime) -> dict[str, Profile]:
        """The dataset after the night (`after`, its records returned) against the one before."""
        try:
            records = {record.id: record for record in parse_dataset(after)}
        except Exception as error:
            raise MonthFailed(f"night {run.night}: a partial or invalid dataset was published: {error}") from None
        if not run.published:
            if after != before:
                raise MonthFailed(f"night {run.night} ({run.outcome}) changed the dataset without publishing")
            return records
        pages = (run.report or {}).get("pages", {})
        failed = {profile_slug(failure["url"]) for failure in (run.report or {}).get("failures", [])}
        not_reached = {profile_slug(url) for url in pages.get("not_reached", [])}
        self._nothing_lost(run, previous, records)
        self._changes_arrived(run, records, failed, not_reached)
        if run.report is not None:
            self._feed_matches(run, feed, at)
        for record_id, record in records.items():
            published = self.versions.setdefault(record_id, [])
            if not published or published[-1] != record.content_sha256:
                published.append(record.content_sha256)
        if self.problems:
            raise MonthFailed("\n".join(self.problems))
        return records

    def _nothing_lost(self, run: NightRun, previous: dict[str, Profile], records: dict[str, Profile]) -> None:
        for record_id, record in previous.items():
            gone = record_id in self.site.gone_on
            if not gone:
                if record_id not in records:
                    self.lost.append(record_id)
                    self.problems.append(f"night {run.night}: {record_id} is on the site but was dropped")
                continue
            count = self.missing_saved.get(record_id, 0) + 1
            due = count >= self.missing_runs
            if due == (record_id in records):
                what = "kept past" if not due else "removed before"
                self.problems.append(f"night {run.night}: {record_id} {what} its {self.missing_runs} missing runs")
            kept = records.get(record_id)
            if kept is not None and (kept.stale is None or kept.stale.reason != MISSING_FROM_DISCOVERY):
                self.problems.append(f"night {run.night}: {record_id} kept without its stale mark")
            if due and record_id not in records:
                self.removed.append(record_id)
            if run.state_saved:
                self.missing_saved[record_id] = count

    def _changes_arrived(self, run: NightRun, records: dict[str, Profile], failed: set[str],
                         not_reached: set[str]) -> None:
        """Pages that failed tonight keep their last good record, marked stale, and wait; so do pages
        the run stopped before (a circuit breaker), unmarked; every other page's record is fresh. A
        silent change waits for revalidation, which only a run that reached every page moves along."""
        for slug in self.site.truth.keys() & records.keys():
            if (records[slug].stale is not None) != (slug in failed):
                self.problems.append(f"night {run.night}: {slug}'s stale mark is {records[slug].stale!r} "
                                     f"though the page {'failed' if slug in failed else 'read well'}")
        complete = not failed and not not_reached
        for slug, version in list(self.pending.items()):
            if slug in failed or slug in not_reached:
                continue
            record = records.get(slug)
            fresh = (record is not None and record.stale is None and record.content_sha256 == version.sha256
                     and record.population == version.population)
            self.waited[slug] += complete or version.announced
            if fresh:
                del self.pending[slug]
                self.delays.append((version.announced, run.night - version.changed_on))
            elif version.announced or self.waited[slug] >= self.window:
                kind = "announced" if version.announced else "silent"
                self.problems.append(
                    f"night {run.night}: the {kind} change of {slug} (night {version.changed_on}) is "
                    f"not in the dataset after {self.waited[slug]} publishing runs: {record!r:.300}")

    def _feed_matches(self, run: NightRun, feed: Path, at: datetime) -> None:
        records = run.report["records"]
        expected = (len(records["added"]) + len(records["changed"]) + len(records["removed"])
                    + len(records["newly_stale"]) + len(records["recovered"]))
        parsed = feedparser.parse(feed.read_bytes())
        tonight = [entry for entry in parsed.entries if entry.updated == at.isoformat()]
        if parsed.bozo or len(tonight) != min(expected, DEFAULT_LIMIT):
            self.problems.append(f"night {run.night}: the feed has {len(tonight)} entries for the run, "
                                 f"the report {expected} changes (bozo: {parsed.bozo})")

    def largest_delay(self, announced: bool) -> int | None:
        delays = [nights for was_announced, nights in self.delays if was_announced == announced]
        return max(delays, default=None)


def check_history(cache_dir: Path, versions: dict[str, list[str]], *, most: int) -> int:
    """`demandforum history ID --json` holds, in order, every body the dataset published for the
    `most` locations published in the most versions; returns how many were checked."""
    edited = sorted(versions, key=lambda record_id: (-len(versions[record_id]), record_id))[:most]
    for record_id in edited:
        outcome = CliRunner().invoke(app, ["history", record_id, "--json", "--cache-dir", str(cache_dir)])
        if outcome.exit_code != 0:
            raise MonthFailed(f"demandforum history {record_id}: exit {outcome.exit_code}: {outcome.output[-500:]}")
        listed = iter(version["sha256"] for version in json.loads(outcome.stdout)["versions"])
        if not all(sha256 in listed for sha256 in versions[record_id]):  # a subsequence, in order
            raise MonthFailed(f"demandforum history {record_id} misses a published version: {versions[record_id]}")
    return len(edited)
