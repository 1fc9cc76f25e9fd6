"""Killing a refresh at any instant never harms the published dataset, and the next run completes.

The refresh runs in a subprocess against the in-process mirror; the test kills it with SIGKILL at
random instants (and, deterministically, at the worst instants of publishing), then checks the
dataset on disk. The runs use the default settings, so they skip pages by sitemap lastmod: a run
killed after archiving a changed page leaves the next one to skip it and parse the archived body.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from scraper.fetch.crawl import CrawlSettings
from scraper.refresh.publish import parse_dataset
from scraper.refresh.job import DATASET_NAME, LOCK_NAME, REPORT_NAME, run_refresh
from scraper.refresh.run_report import EXIT_OK, exit_code_of
from scraper.refresh.settings import RefreshSettings
from tests.mirror import running_mirror

REPO = Path(__file__).resolve().parents[1]
PAGES = 40
KILLS = 20
MAX_ATTEMPTS = 45  # a run may finish before its kill: it then does not count
SLOW_RUN = 60  # seconds: a run taking longer than this is a hang

# Runs the CLI, but SIGKILLs itself at the given call of a publishing step (a crash at the worst
# instant: file written, not yet renamed; renamed, state not saved; ...).
KILL_AT_STEP = textwrap.dedent(
    """
    import os, signal, sys
    from scraper.storage import atomic
    from scraper.refresh import publish
    step, call = sys.argv.pop(1), int(sys.argv.pop(1))
    calls = 0
    publishing = False

    class DeadlyOs:  # `os` as scraper.storage.atomic sees it, dying at the chosen call of `step`
        def __getattr__(self, name):
            return getattr(os, name)

    def deadly(*args):
        global calls
        if publishing:  # count only the publishing steps, not the archive's body writes
            calls += 1
            if calls == call:
                os.kill(os.getpid(), signal.SIGKILL)
        return getattr(os, step)(*args)

    def write_while_publishing(*args, original=publish.write_atomically, **kwargs):
        global publishing
        publishing = True
        try:
            return original(*args, **kwargs)
        finally:
            publishing = False

    setattr(DeadlyOs, step, staticmethod(deadly))
    atomic.os = DeadlyOs()
    publish.write_atomically = write_while_publishing
    from scraper.cli.main import main
    sys.argv[0] = "demandforum"
    main()
    """
)


@pytest.fixture
def mirror():
    with running_mirror(pages=PAGES, seed=11, fixtures_dir=None) as served:
        yield served


def command(mirror, tmp_path: Path) -> list[str]:
    return [
        "refresh", "--base-url", mirror.base_url, "--cache-dir", str(tmp_path / "cache"),
        "--out-dir", str(tmp_path / "out"), "--rate", "1000", "--log-format", "json",
    ]


def start(arguments: list[str], tmp_path: Path) -> subprocess.Popen:
    environment = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        arguments, cwd=tmp_path, env=environment,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )


def run_to_the_end(mirror, tmp_path: Path) -> tuple[int, str]:
    process = start([sys.executable, "-m", "scraper", *command(mirror, tmp_path)], tmp_path)
    _, stderr = process.communicate(timeout=SLOW_RUN)
    return process.returncode, stderr.decode()


def assert_dataset_intact(tmp_path: Path, known_ids: set[str]) -> None:
    data = (tmp_path / "out" / DATASET_NAME).read_bytes()
    records = parse_dataset(data)  # raises on a partial or invalid file
    assert {record.id for record in records} <= known_ids
    assert len(records) >= PAGES


def assert_next_run_completes(mirror, tmp_path: Path) -> None:
    code, stderr = run_to_the_end(mirror, tmp_path)
    assert code == EXIT_OK, stderr
    for line in stderr.splitlines():
        json.loads(line)  # every log line is JSON when stderr is not a terminal
    assert list((tmp_path / "out").rglob("*.tmp")) == [], "killed runs' temp files are cleared"
    assert_dataset_current(mirror, tmp_path)
    report = json.loads((tmp_path / "out" / REPORT_NAME).read_text())
    assert report["pages"]["skipped_by_lastmod"] > 0, "a run that skips pages by lastmod"


def assert_dataset_current(mirror, tmp_path: Path) -> None:
    records = parse_dataset((tmp_path / "out" / DATASET_NAME).read_bytes())
    assert [record.id for record in records] == mirror.slugs()
    for record in records:
        assert record.population == mirror.expected_record(record.id)["population"]
        assert record.stale is None
    report = json.loads((tmp_path / "out" / REPORT_NAME).read_text())
    assert report["alarms"] == [] and report["pages"]["failed"] == 0


def job_started(process: subprocess.Popen, lock: Path) -> float | None:
    """When `process` took the run lock (its pid is then in the lock file); None if it ended first."""
    while process.poll() is None:
        if lock.exists() and f'"pid": {process.pid},' in lock.read_text():
            return time.monotonic()
        time.sleep(0.002)
    return None


def test_sigkill_at_random_instants_never_harms_the_dataset(mirror, tmp_path):
    lock = tmp_path / "out" / LOCK_NAME
    known_ids = set(mirror.slugs())
    chooser = random.Random(20261128)
    kills, in_work, work = 0, 0, None
    for _ in range(MAX_ATTEMPTS):
        for slug in chooser.sample(mirror.slugs(), 5):
            mirror.change_page(slug)
        mirror.clear_requests()
        process = start([sys.executable, "-m", "scraper", *command(mirror, tmp_path)], tmp_path)
        locked_at = job_started(process, lock)
        # The kill lands anywhere in the job's work (lock taken -> exit), as long as it took last.
        delay = 0.0 if work is None or locked_at is None else chooser.uniform(0.0, work * 1.05)
        try:
            process.communicate(timeout=delay if work is not None else SLOW_RUN)
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
            process.communicate(timeout=SLOW_RUN)
            kills += process.returncode == -signal.SIGKILL
            in_work += bool(mirror.requests)
        else:  # ran to the end (the first run measures the work; later ones shorten it)
            assert process.returncode == EXIT_OK
            if locked_at is not None:
                work = time.monotonic() - locked_at if work is None else min(
                    work, time.monotonic() - locked_at
                )
        assert_dataset_intact(tmp_path, known_ids)
        if kills == KILLS:
            break
    assert kills == KILLS
    assert in_work >= KILLS // 2, "most kills must land after the job started fetching"
    assert_next_run_completes(mirror, tmp_path)
    published = (tmp_path / "out" / DATASET_NAME).read_bytes()
    settled = run_refresh(RefreshSettings(
        crawl=CrawlSettings(base_url=mirror.base_url, rate=1000.0),
        cache_dir=tmp_path / "cache", out_dir=tmp_path / "out", progress=False,
    ))
    assert settled["pages"]["fetched"] == settled["pages"]["parsed"] == 0
    assert (tmp_path / "out" / DATASET_NAME).read_bytes() == published


@pytest.mark.parametrize(
    "step, call, dataset_replaced",
    [
        ("fsync", 1, False),  # the new dataset's temp file is written, not yet flushed
        ("replace", 1, False),  # the new dataset is flushed and validated, not yet renamed
        ("fsync", 2, True),  # renamed, the rename not yet flushed to the directory
        ("replace", 2, True),  # the dataset is in; the state file is not
        ("replace", 3, True),  # dataset and state are in; the reports are not
    ],
)
def test_sigkill_at_each_publishing_step_leaves_a_valid_dataset(
    mirror, tmp_path, step, call, dataset_replaced
):
    settings = RefreshSettings(
        crawl=CrawlSettings(base_url=mirror.base_url, rate=1000.0),
        cache_dir=tmp_path / "cache", out_dir=tmp_path / "out", progress=False,
    )
    assert exit_code_of(run_refresh(settings)) == EXIT_OK
    before = (tmp_path / "out" / DATASET_NAME).read_bytes()
    for slug in mirror.slugs()[:3]:
        mirror.change_page(slug)
    process = start(
        [sys.executable, "-c", KILL_AT_STEP, step, str(call), *command(mirror, tmp_path)], tmp_path
    )
    _, stderr = process.communicate(timeout=SLOW_RUN)
    assert process.returncode == -signal.SIGKILL, stderr.decode()
    after = (tmp_path / "out" / DATASET_NAME).read_bytes()
    parse_dataset(after)
    assert (after != before) == dataset_replaced
    assert exit_code_of(run_refresh(settings)) == EXIT_OK
    assert_dataset_current(mirror, tmp_path)
