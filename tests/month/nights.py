"""One night's run: a real refresh with its clock frozen at the night's time (no sleeping), in this
process, or, for the night it is SIGKILLed mid-publish, in a child process of its own."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import time_machine

from scraper.fetch.crawl import CrawlSettings
from scraper.refresh.job import DATASET_NAME, run_refresh
from scraper.refresh.settings import RefreshSettings
from tests.test_refresh_kill import KILL_AT_STEP

REPO = Path(__file__).resolve().parents[2]
# The kill lands on the second rename of the publishing steps: the new dataset is in place, the
# state file beside it is not (the worst instant: the two disagree).
KILL_STEP = ("replace", "2")
SLOW_RUN = 600  # seconds: a child run taking longer than this is a hang


@dataclass(frozen=True)
class NightRun:
    night: int
    kind: str
    outcome: str  # the report's outcome and alarms, "killed", or the disk error
    published: bool  # the dataset on disk is this run's
    state_saved: bool  # state.json is this run's too
    report: dict[str, Any] | None  # None when the run died before writing one


@dataclass(frozen=True)
class RunPlace:
    base_url: str
    cache_dir: Path
    out_dir: Path
    missing_runs: int

    def settings(self) -> RefreshSettings:
        # Default politeness but for the pace and the retry waits, which would only make the month slow.
        crawl = CrawlSettings(base_url=self.base_url, rate=1000.0, backoff=0.001, max_retry_wait=0.01,
                              timeout=10.0)
        return RefreshSettings(crawl=crawl, cache_dir=self.cache_dir, out_dir=self.out_dir,
                               missing_runs=self.missing_runs, progress=False)

    def cli_arguments(self) -> list[str]:
        return ["refresh", "--base-url", self.base_url, "--cache-dir", str(self.cache_dir),
                "--out-dir", str(self.out_dir), "--rate", "1000", "--log-format", "json",
                "--missing-runs", str(self.missing_runs)]


def run_in_process(place: RunPlace, night: int, kind: str, at: datetime,
                   trouble: AbstractContextManager[object] | None = None) -> NightRun:
    with trouble or nullcontext(), time_machine.travel(at, tick=False):
        try:
            report = run_refresh(place.settings())
        except (OSError, sqlite3.DatabaseError) as error:  # what the CLI reports and exits 1 on
            return NightRun(night, kind, f"stopped: {error}", False, False, None)
    published = report["run"]["published"]
    alarms = ", ".join(alarm["kind"] for alarm in report["alarms"])
    outcome = report["run"]["outcome"] + (f" ({alarms})" if alarms else "")
    return NightRun(night, kind, outcome, published, published, report)


def run_killed(place: RunPlace, night: int, at: datetime) -> NightRun:
    """The CLI in a child process, its clock frozen, killing itself at KILL_STEP."""
    dataset = place.out_dir / DATASET_NAME
    before = dataset.read_bytes()
    freeze = (f"import datetime, time_machine\n"
              f"time_machine.travel(datetime.datetime.fromisoformat({at.isoformat()!r}), tick=False).start()\n")
    child = subprocess.run(
        [sys.executable, "-c", freeze + KILL_AT_STEP, *KILL_STEP, *place.cli_arguments()],
        cwd=place.out_dir.parent, env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True, timeout=SLOW_RUN, check=False,
    )
    if child.returncode != -signal.SIGKILL:
        raise AssertionError(f"night {night}: the run was to die mid-publish, it exited "
                             f"{child.returncode}: {child.stderr.decode()[-2000:]}")
    return NightRun(night, "kill", "killed mid-publish", dataset.read_bytes() != before, False, None)
