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
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass
from functools import partial
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import Progress

from parsers import PARSER_VERSION, NotAProfilePage, parse_profile
from parsers.models import Profile
from scraper.dataset.feed import FEED_NAME, entries_for_run, update_feed
from scraper.storage.archive import DEFAULT_CACHE_DIR, Archive
from parsers.template import SiteTemplate
from scraper.parsing.batch import ReferenceDates
from scraper.parsing.site_template import load_template, stored_or_learned
from scraper.fetch.crawl import CrawlSettings
from scraper.fetch.discovery import DiscoveryFailed
from scraper.refresh.lastmod_trust import (
    DEFAULT_LIE_SHARE,
    DEFAULT_REVALIDATE_DAYS,
    judge_lastmod,
    lastmod_policy,
    lastmod_section,
)
from scraper.refresh.lock import RunLock
from scraper.dataset.links import LINKS_NAME, write_links
from scraper.refresh.publish import (
    load_dataset,
    publish_dataset,
    remove_leftover_temp_files,
    write_json_atomically,
)
from scraper.refresh.reconcile import (
    BodyUnavailable,
    PageFailure,
    PageSource,
    ParseRefused,
    Reconciliation,
    reconcile,
)
from scraper.refresh.state import RefreshState, load_state, save_state
from scraper.refresh.report import (
    Alarm,
    AlarmThresholds,
    check_alarms,
    fill_rates,
    stop_alarm,
    record_changes,
    warnings_by_code,
)
from scraper.refresh.sources import Mode, Sources, archive_reader, gather
from scraper.dataset.export import dataset_sha256, export_dataset, export_is_current
from scraper.dataset.publish import unpublish_folder
from scraper.refresh.out_files import (  # noqa: F401  (the names tests and tools import from here)
    DATASET_NAME,
    EXPORT_NAME,
    HISTORY_DIR,
    LOCK_NAME,
    REPORT_NAME,
    STATE_NAME,
)

FIXTURE_PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "pages"

EXIT_OK, EXIT_ALARM, EXIT_USAGE, EXIT_LOCKED = 0, 1, 2, 3
DEFAULT_MAX_RUN_TIME = 4 * 3600.0  # seconds: a nightly run ends well before the next night's

_VARYING_DETAIL = re.compile(r" \([^)]*\d[^)]*\)$")  # e.g. " (gave up after 4 attempts)"
log = logging.getLogger("demandforum.refresh")


@dataclass(frozen=True)
class RefreshSettings:
    crawl: CrawlSettings = CrawlSettings()  # the site, and how politely to fetch it
    cache_dir: Path = DEFAULT_CACHE_DIR
    out_dir: Path = Path("output")
    offline: bool = False
    publish_anyway: bool = False
    missing_runs: int = 3  # consecutive runs a location may be missing from discovery
    thresholds: AlarmThresholds = AlarmThresholds()
    fixtures_dir: Path = FIXTURE_PAGES
    progress: bool | None = None  # None: progress bars only on a terminal
    reference_date: date | None = None  # bounds citation dates of pages without a fetch date
    max_run_time: float | None = DEFAULT_MAX_RUN_TIME  # seconds after the start: no request after
    site_dir: Path | None = None  # where to rebuild the static site after each run (None: not at all)
    revalidate_days: int = DEFAULT_REVALIDATE_DAYS  # see scraper.fetch.lastmod
    lastmod_lie_share: float = DEFAULT_LIE_SHARE  # see scraper.refresh.lastmod_trust


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
            settings.revalidate_days, state, previous, _known_parser_version(settings.cache_dir)
        )
        discovery_failure: Alarm | None = None
        with Archive(settings.cache_dir) as archive:
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
                discovery_failure = Alarm("discovery-failed", f"discovery failed: {error}")
                sources = Sources("online", "none", [], archive_reader(archive))
            log.info(
                "%d pages from %s (%s)", len(sources.pages), sources.discovery_source, sources.mode
            )
            if discovery_failure:  # nothing is known to be missing: records stay as they are
                reconciliation = Reconciliation(records=dict(previous), state=state)
            else:
                reconciliation = _reconcile(settings, sources, previous, state, started_at)
        not_profiles = _not_profiles(sources, reconciliation)
        discovered = len(sources.pages) - len(not_profiles)
        failures = [f for f in reconciliation.failures if f.url not in not_profiles]
        current = reconciliation.records
        if discovery_failure:
            alarms = [discovery_failure]
        else:
            alarms = check_alarms(
                settings.thresholds,
                discovered=discovered,
                previous_discovered=state.published_discovered,
                failed=len(failures),
                previous=previous,
                current=current,
            )
            stopped = stop_alarm(sources.stopped_by, len(sources.not_reached), settings.max_run_time)
            alarms += [stopped] if stopped else []
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
            # The feed first: redone after a kill, the run announces the same entries, not none.
            changes = entries_for_run(previous, current, reconciliation.removed, started_at)
            update_feed(out_dir / FEED_NAME, changes, site_url=settings.crawl.base_url, run_at=started_at)
            # The export of the old dataset goes first: the export's name never shows another dataset.
            dataset_changed = publish_dataset(out_dir / DATASET_NAME, current.values(),
                                              before_change=lambda: unpublish_folder(out_dir / EXPORT_NAME))
            _write_links(current.values(), out_dir)
            reconciliation.state.published_discovered = discovered
            reconciliation.state.lastmod = verdict.trust
            save_state(out_dir / STATE_NAME, reconciliation.state)
        elif verdict.trust != state.lastmod:  # the dataset stays as it was; what lastmod did is kept
            save_state(out_dir / STATE_NAME, state.model_copy(update={"lastmod": verdict.trust}))
        for alarm in alarms:
            log.error("alarm %s: %s", alarm.kind, alarm.message)
        report = _report(
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
        _write_report(out_dir, started_at, report)
        if settings.site_dir is not None:
            _rebuild_site(out_dir, settings.site_dir)
        if published and not export_is_current(out_dir / DATASET_NAME, out_dir / EXPORT_NAME):
            export_dataset(out_dir / DATASET_NAME, out_dir / EXPORT_NAME, run=report["run"])
        return report


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


def _report(
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


def _reconcile(
    settings: RefreshSettings,
    sources: Sources,
    previous: dict[str, Profile],
    state: RefreshState,
    started_at: datetime,
) -> Reconciliation:
    template = _site_template(settings, sources)
    dates = ReferenceDates(settings.reference_date, started_at.date())
    with _progress_bar(settings, "parsing", len(sources.pages)) as advance:
        return reconcile(
            previous,
            state,
            sources.pages,
            read_body=sources.read_body,
            parse=partial(_parse, dates=dates, template=template),
            parser_version=template.parser_version(PARSER_VERSION),
            run_started=started_at,
            missing_runs_limit=settings.missing_runs,
            on_page_done=advance,
        )


def _site_template(settings: RefreshSettings, sources: Sources) -> SiteTemplate:
    """The archive's template (learned on the first run); the fixtures are many sites, not one."""
    if sources.mode == "offline-fixtures":
        return SiteTemplate()

    def bodies() -> Iterator[bytes]:
        for page in sources.pages:
            if page.sha256:
                with suppress(BodyUnavailable):
                    yield sources.read_body(page.sha256)

    return stored_or_learned(settings.cache_dir, bodies)


def _known_parser_version(cache_dir: Path) -> str | None:
    """The parser_version this run's records will carry, if the site's template is known yet."""
    template = load_template(cache_dir)
    return template.parser_version(PARSER_VERSION) if template is not None else None


def exit_code_of(report: dict[str, Any]) -> int:
    return EXIT_ALARM if report["alarms"] else EXIT_OK


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


def _failures_by_kind(failures: list[PageFailure]) -> dict[str, int]:
    """Counts by the stable head of each reason: 'HTTP 503 (gave up after 4 attempts)' counts as
    'HTTP 503', 'not a profile page (error-page): <title>' as 'not a profile page (error-page)'."""
    kinds = Counter(
        _VARYING_DETAIL.sub("", failure.reason.split(": ", 1)[0]) for failure in failures
    )
    return dict(kinds.most_common())


@contextmanager
def _progress_bar(
    settings: RefreshSettings, label: str, total: int
) -> Iterator[Callable[[], None]]:
    show = sys.stderr.isatty() if settings.progress is None else settings.progress
    if not show:
        yield lambda: None
        return
    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task(label, total=total)
        yield lambda: progress.advance(task)


def _parse(body: bytes, page: PageSource, *, dates: ReferenceDates, template: SiteTemplate) -> Profile:
    try:
        return parse_profile(
            body, url=page.url, fetched_at=page.fetched_at,
            reference_date=dates.given, run_date=dates.run, template=template,
        )
    except NotAProfilePage as refusal:
        raise ParseRefused(str(refusal)) from refusal
    except Exception as error:  # a parser bug on one page must not stop the run
        first_line = (str(error).splitlines() or [""])[0][:200]
        raise ParseRefused(f"parser error: {type(error).__name__}: {first_line}") from error


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


def _write_report(out_dir: Path, started_at: datetime, report: dict[str, Any]) -> None:
    stamp = started_at.strftime("%Y%m%dT%H%M%S.%fZ")
    write_json_atomically(out_dir / HISTORY_DIR / f"{stamp}.json", report)
    write_json_atomically(out_dir / REPORT_NAME, report)
