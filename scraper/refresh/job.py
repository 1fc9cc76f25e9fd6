"""The scheduled refresh job (issue 4): discover, fetch conditionally, parse what changed,
validate, publish atomically, and report.

Files in the out dir: `profiles.jsonl` (the dataset), `report.json` (last run), `history/<start>.json`
(every run), `state.json` (see refresh_state), `changes.atom` (the feed of changes, see
scraper.dataset.feed), `links.jsonl` (join keys, scraper.dataset.links), `refresh.lock` (one run at a
time), `export` (the dataset as tables, scraper.dataset.export: rebuilt after a publish when missing
or outdated).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from parsers.models import Profile
from scraper.dataset.export import export_dataset, export_is_current
from scraper.dataset.feed import FEED_NAME, entries_for_run, update_feed
from scraper.dataset.links import LINKS_NAME, write_links
from scraper.dataset.publish import unpublish_folder
from scraper.fetch.discovery import DiscoveryFailed
from scraper.fetch.lastmod import LastmodPolicy
from scraper.refresh.lastmod_trust import judge_lastmod, lastmod_policy, lastmod_section
from scraper.refresh.lock import RunLock
from scraper.refresh.out_files import (  # noqa: F401  (the names tests and tools import from here)
    DATASET_NAME,
    EXPORT_NAME,
    HISTORY_DIR,
    LOCK_NAME,
    REPORT_NAME,
    STATE_NAME,
)
from scraper.refresh.parse_pages import known_parser_version, parse_and_reconcile
from scraper.refresh.publish import load_dataset, publish_dataset, remove_leftover_temp_files
from scraper.refresh.reconcile import Reconciliation
from scraper.refresh.report import Alarm, check_alarms, stop_alarm
from scraper.refresh.run_report import build_report, write_report
from scraper.refresh.settings import RefreshSettings
from scraper.refresh.sources import Sources, archive_reader, gather
from scraper.refresh.state import RefreshState, load_state, save_state
from scraper.storage.archive import Archive

log = logging.getLogger("demandforum.refresh")


def run_refresh(settings: RefreshSettings) -> dict[str, Any]:
    """One whole run; returns its report (also written to disk). Raises LockHeld."""
    started_at = datetime.now(UTC)
    started = time.monotonic()
    out_dir = settings.out_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    with RunLock(out_dir / LOCK_NAME):
        for directory in (out_dir, out_dir / HISTORY_DIR):
            for leftover in remove_leftover_temp_files(directory):
                log.info("removed %s left by a killed run", leftover)
        previous = load_dataset(out_dir / DATASET_NAME)
        state = load_state(out_dir / STATE_NAME)
        policy = lastmod_policy(
            settings.revalidate_days, state, previous, known_parser_version(settings.cache_dir)
        )
        with Archive(settings.cache_dir) as archive:
            sources, discovery_failure = _fetch(settings, archive, policy, started)
            if discovery_failure:  # nothing is known to be missing: records stay as they are
                reconciliation = Reconciliation(records=dict(previous), state=state)
            else:
                reconciliation = parse_and_reconcile(settings, sources, previous, state, started_at)
        not_profiles = _not_profiles(sources, reconciliation)
        discovered = len(sources.pages) - len(not_profiles)
        failures = [f for f in reconciliation.failures if f.url not in not_profiles]
        if discovery_failure:
            alarms = [discovery_failure]
        else:
            alarms = _alarms(settings, sources, state, previous, reconciliation.records,
                             discovered=discovered, failed=len(failures))
        verdict = judge_lastmod(
            state.lastmod, sources.revalidated, sources.revalidated_changed, reconciliation, previous,
            lie_share=settings.lastmod_lie_share,
            every_page_revalidated=policy.revalidate_all and not discovery_failure and not sources.stopped_by,
            run_started=started_at,
        )
        # Even --publish-anyway has nothing to publish when discovery failed.
        blocked = any(alarm.blocks_publishing for alarm in alarms)
        published = not discovery_failure and (not blocked or settings.publish_anyway)
        dataset_changed = False
        if published:
            reconciliation.state.published_discovered = discovered
            reconciliation.state.lastmod = verdict.trust
            dataset_changed = _publish(settings, previous, reconciliation, started_at)
        elif verdict.trust != state.lastmod:  # the dataset stays as it was; what lastmod did is kept
            save_state(out_dir / STATE_NAME, state.model_copy(update={"lastmod": verdict.trust}))
        for alarm in alarms:
            log.error("alarm %s: %s", alarm.kind, alarm.message)
        report = build_report(
            settings,
            started_at,
            started,
            sources=sources,
            reconciliation=reconciliation,
            previous=previous,
            not_profiles=not_profiles,
            failures=failures,
            alarms=alarms,
            published=published,
            dataset_changed=dataset_changed,
            lastmod=lastmod_section(policy, verdict, sources.skipped),
        )
        write_report(out_dir, started_at, report)
        if settings.site_dir is not None:
            _rebuild_site(out_dir, settings.site_dir)
        if published and not export_is_current(out_dir / DATASET_NAME, out_dir / EXPORT_NAME):
            export_dataset(out_dir / DATASET_NAME, out_dir / EXPORT_NAME, run=report["run"])
        return report


def _fetch(
    settings: RefreshSettings, archive: Archive, policy: LastmodPolicy, started: float
) -> tuple[Sources, Alarm | None]:
    """The run's pages (discovered and fetched, or offline), or no page and the alarm of a failed
    discovery."""
    try:
        sources = gather(
            archive,
            settings.crawl,
            offline=settings.offline,
            fixtures_dir=settings.fixtures_dir,
            progress=settings.progress,
            deadline=started + settings.max_run_time if settings.max_run_time else None,
            lastmod=policy,
        )
    except DiscoveryFailed as error:
        failure = Alarm("discovery-failed", f"discovery failed: {error}")
        sources = Sources("online", "none", [], archive_reader(archive))
    else:
        failure = None
    log.info("%d pages from %s (%s)", len(sources.pages), sources.discovery_source, sources.mode)
    return sources, failure


def _alarms(
    settings: RefreshSettings,
    sources: Sources,
    state: RefreshState,
    previous: dict[str, Profile],
    current: dict[str, Profile],
    *,
    discovered: int,
    failed: int,
) -> list[Alarm]:
    alarms = check_alarms(
        settings.thresholds,
        discovered=discovered,
        previous_discovered=state.published_discovered,
        failed=failed,
        previous=previous,
        current=current,
    )
    stopped = stop_alarm(sources.stopped_by, len(sources.not_reached), settings.max_run_time)
    return alarms + [stopped] if stopped else alarms


def _publish(
    settings: RefreshSettings,
    previous: dict[str, Profile],
    reconciliation: Reconciliation,
    started_at: datetime,
) -> bool:
    """The feed, the dataset, its join keys and the state; whether the dataset changed."""
    out_dir, current = settings.out_dir, reconciliation.records
    # The feed first: redone after a kill, the run announces the same entries, not none.
    changes = entries_for_run(previous, current, reconciliation.removed, started_at)
    update_feed(out_dir / FEED_NAME, changes, site_url=settings.crawl.base_url, run_at=started_at)
    # The export of the old dataset goes first: the export's name never shows another dataset.
    dataset_changed = publish_dataset(out_dir / DATASET_NAME, current.values(),
                                      before_change=lambda: unpublish_folder(out_dir / EXPORT_NAME))
    _write_links(current.values(), out_dir)
    save_state(out_dir / STATE_NAME, reconciliation.state)
    return dataset_changed


def _rebuild_site(out_dir: Path, site_dir: Path) -> None:
    """After every run, alarms included (the run page shows them). The dataset and report are already
    safe on disk, so a failure here is logged and changes nothing else."""
    from scraper.dataset.site import build_site  # altair and vl-convert load only when a site is built

    try:
        built = build_site(out_dir / DATASET_NAME, site_dir, runs_dir=out_dir)
    except Exception:
        log.exception("the static site was not rebuilt (the dataset and report are published)")
        return
    log.info("site rebuilt in %s: %d locations, %d runs", site_dir, built.locations, built.runs)


def _write_links(records: Iterable[Profile], out_dir: Path) -> None:
    """The join keys follow every publish (they change with the reference tables too, not only the
    records). They are a by-product: a failure is logged and leaves the published dataset and the
    report alone; the previous links.jsonl stays whole."""
    try:
        write_links(sorted(records, key=lambda record: record.id), out_dir / LINKS_NAME)
    except Exception:
        log.exception("%s not written", LINKS_NAME)


def _not_profiles(sources: Sources, reconciliation: Reconciliation) -> set[str]:
    """Fixture files the parser refuses are simply not profiles (the fixtures hold such pages on
    purpose); anywhere else a refused page is a failure."""
    if sources.mode != "offline-fixtures":
        return set()
    return {
        failure.url
        for failure in reconciliation.failures
        if failure.refused_by_parser and failure.id is None
    }
