"""`demandforum refresh`: the command a cron job or systemd timer runs."""

from __future__ import annotations

import logging
import re
import sqlite3
import sys
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from scraper.cli.app import app
from scraper.storage.archive import DEFAULT_CACHE_DIR
from scraper.fetch.crawl import CrawlSettings
from scraper.refresh.lock import LockHeld
from scraper.cli.logs import LogFormat, configure_logging, default_log_format
from scraper.refresh.publish import InvalidDataset
from scraper.refresh.job import run_refresh
from scraper.refresh.run_report import EXIT_ALARM, EXIT_LOCKED, exit_code_of
from scraper.refresh.settings import DEFAULT_MAX_RUN_TIME, RefreshSettings
from scraper.refresh.lastmod_trust import DEFAULT_LIE_SHARE, DEFAULT_REVALIDATE_DAYS
from scraper.refresh.report import AlarmThresholds, summary_lines

log = logging.getLogger("demandforum.refresh")


class LogFormatChoice(str, Enum):
    json = "json"
    text = "text"

_share = {"min": 0.0, "max": 1.0}
_DURATION = re.compile(r"(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s?)?")


def parse_duration(text: str | float) -> float:
    """Seconds from "4h", "1h30m", "90m", "600s" or "600"."""
    match = _DURATION.fullmatch(str(text).strip().lower())
    if not str(text).strip() or match is None:
        raise typer.BadParameter(f"{text!r} is not a duration such as 4h, 90m, 600s or 600")
    hours, minutes, seconds = (float(part or 0) for part in match.groups())
    return hours * 3600 + minutes * 60 + seconds


@app.command()
def refresh(
    base_url: Annotated[str, typer.Option(help="Site to refresh from.")] = CrawlSettings.base_url,
    cache_dir: Annotated[Path, typer.Option(help="Page archive.")] = DEFAULT_CACHE_DIR,
    out_dir: Annotated[
        Path, typer.Option(help="Where the dataset and reports go.")
    ] = Path("output"),
    offline: Annotated[
        bool,
        typer.Option(
            "--offline", help="No network: rebuild from the archive, or the fixtures if it is empty."
        ),
    ] = False,
    publish_anyway: Annotated[
        bool,
        typer.Option(
            "--publish-anyway", help="Publish even when an alarm fires (the exit code stays 1)."
        ),
    ] = False,
    log_format: Annotated[
        Optional[LogFormatChoice],  # noqa: UP007  (typer needs Optional here)
        typer.Option(help="Default: text on a terminal, json otherwise."),
    ] = None,
    missing_runs: Annotated[
        int, typer.Option(min=1, help="Consecutive runs a location may be missing before removal.")
    ] = 3,
    fill_drop: Annotated[
        float,
        typer.Option(**_share, help="Alarm when a field's fill rate falls by more than this."),
    ] = AlarmThresholds.fill_drop,
    max_failed_share: Annotated[
        float, typer.Option(**_share, help="Alarm when more than this share of pages fail.")
    ] = AlarmThresholds.max_failed_share,
    min_discovery_ratio: Annotated[
        float,
        typer.Option(**_share, help="Alarm when discovery finds under this share of last time."),
    ] = AlarmThresholds.min_discovery_ratio,
    rate: Annotated[
        float, typer.Option(min=0.001, help="Requests per second per host.")
    ] = CrawlSettings.rate,
    concurrency: Annotated[
        int, typer.Option(min=1, help="Concurrent requests.")
    ] = CrawlSettings.concurrency,
    max_run_time: Annotated[
        float,
        typer.Option(
            parser=parse_duration, metavar="DURATION",
            help="Stop fetching this long after the start (4h, 90m, 600s or seconds) and publish "
                 "what the run has; 0: no limit.",
        ),
    ] = DEFAULT_MAX_RUN_TIME,
    site: Annotated[
        bool, typer.Option("--site/--no-site", help="Rebuild the static site in OUT_DIR/site after the run.")
    ] = True,
    reference_date: Annotated[
        Optional[datetime],  # noqa: UP007
        typer.Option(formats=["%Y-%m-%d"], help="Bound citation dates of pages without a fetch date (YYYY-MM-DD)."),
    ] = None,
    revalidate_days: Annotated[
        int,
        typer.Option(min=0, help="Revalidate every page lastmod calls unchanged at least once every N "
                                 "runs (1: every page every run; 0: trust lastmod fully)."),
    ] = DEFAULT_REVALIDATE_DAYS,
    lastmod_lie_share: Annotated[
        float,
        typer.Option(**_share, help="Revalidate every page while more than this share of the "
                                    "revalidated pages changed without a lastmod change."),
    ] = DEFAULT_LIE_SHARE,
) -> None:
    """Discover, fetch what changed, parse, validate and publish the dataset atomically.

    Exit codes: 0 ok, 1 alarm (dataset kept unless --publish-anyway), 2 usage, 3 another run holds
    the lock.
    """
    chosen_format: LogFormat = log_format.value if log_format else default_log_format()
    configure_logging(chosen_format)
    settings = RefreshSettings(
        crawl=CrawlSettings(base_url=base_url, rate=rate, concurrency=concurrency),
        cache_dir=cache_dir,
        out_dir=out_dir,
        offline=offline,
        publish_anyway=publish_anyway,
        missing_runs=missing_runs,
        thresholds=AlarmThresholds(
            fill_drop=fill_drop,
            max_failed_share=max_failed_share,
            min_discovery_ratio=min_discovery_ratio,
        ),
        progress=chosen_format == "text" and sys.stderr.isatty(),
        reference_date=reference_date.date() if reference_date else None,
        max_run_time=max_run_time or None,
        site_dir=out_dir / "site" if site else None,
        revalidate_days=revalidate_days,
        lastmod_lie_share=lastmod_lie_share,
    )
    try:
        report = run_refresh(settings)
    except LockHeld as held:
        log.error("%s", held)
        raise typer.Exit(EXIT_LOCKED) from None
    except InvalidDataset as error:
        log.error("the published dataset is invalid, refusing to build on it: %s", error)
        raise typer.Exit(EXIT_ALARM) from None
    except (OSError, sqlite3.DatabaseError) as error:  # a full, read-only or damaged disk: say so plainly
        log.error("cannot read or write the output or cache folder: %s (the published dataset is whole)", error)
        raise typer.Exit(EXIT_ALARM) from None
    except Exception:  # the scheduler gets a log line in the chosen format, then "needs a person"
        log.exception("the refresh stopped on an unexpected error (the published dataset is whole)")
        raise typer.Exit(EXIT_ALARM) from None
    lines = summary_lines(report)
    if chosen_format == "json":
        log.info("summary", extra={"summary": lines, "outcome": report["run"]["outcome"]})
    else:
        typer.echo("\n".join(lines), err=True)
    raise typer.Exit(exit_code_of(report))
