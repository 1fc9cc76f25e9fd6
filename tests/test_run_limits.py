"""A run that always ends (issue 18): the whole-run deadline, the per-attempt total time and the
circuit breaker, against mirror pages that trickle, never answer or never finish their body.

The bounds asserted on durations are the run's own limits plus a generous margin: they prove the
run stops, not how fast it is.
"""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

import scraper.cli.main  # noqa: F401  (registers every command on the app)
from scraper.cli.app import app
from scraper.cli.refresh import parse_duration
from scraper.fetch.crawl import CrawlSettings
from scraper.refresh.report import AlarmThresholds
from scraper.refresh.job import DATASET_NAME, run_refresh
from scraper.refresh.run_report import EXIT_ALARM, exit_code_of
from scraper.refresh.settings import RefreshSettings
from tests.mirror import running_mirror

MARGIN = 4.0  # seconds past a limit: parsing, publishing and thread shutdown


@pytest.fixture
def mirror():
    with running_mirror(pages=8, seed=3, fixtures_dir=None) as served:
        yield served


def settings_for(mirror, tmp_path: Path, *, max_run_time: float | None = 60.0, **crawl) -> RefreshSettings:
    options = {"rate": 1000.0, "concurrency": 4, "backoff": 0.001, "max_retry_wait": 0.01,
               "timeout": 1.0, "max_attempt_time": 2.0} | crawl
    # Every page asked every run: pages broken here keep their sitemap lastmod (skipping by lastmod
    # is tested in test_refresh_lastmod.py).
    return RefreshSettings(crawl=CrawlSettings(base_url=mirror.base_url, **options),
                           cache_dir=tmp_path / "cache", out_dir=tmp_path / "out", progress=False,
                           max_run_time=max_run_time, revalidate_days=1)


def break_every_page(mirror, kind: str) -> None:
    for slug in mirror.slugs():
        mirror.break_page(slug, kind)


@pytest.mark.parametrize("kind", ["trickle", "no-headers", "stall-body"])
def test_a_sick_site_cannot_hold_the_run_past_its_deadline(mirror, tmp_path, kind):
    settings = settings_for(mirror, tmp_path, max_run_time=5.0, breaker_window=1000)  # the deadline stops it
    assert exit_code_of(run_refresh(settings)) == 0
    published = (settings.out_dir / DATASET_NAME).read_bytes()
    break_every_page(mirror, kind)

    started = time.monotonic()
    report = run_refresh(settings)
    took = time.monotonic() - started

    assert took < settings.max_run_time + MARGIN, took
    assert report["run"]["stopped_by"] == "deadline" and exit_code_of(report) == EXIT_ALARM
    assert "deadline" in {alarm["kind"] for alarm in report["alarms"]}
    assert report["pages"]["not_reached"], "every attempt is slow: some pages are never reached"
    assert (settings.out_dir / DATASET_NAME).read_bytes() == published


def test_a_trickling_answer_is_cut_at_the_attempt_time_not_only_the_read_timeout(mirror, tmp_path):
    settings = settings_for(mirror, tmp_path, max_attempts=1)
    slug = mirror.slugs()[0]
    mirror.break_page(slug, "trickle=0.2")  # every read arrives well within the 1 s read timeout
    report = run_refresh(settings)
    [failure] = report["failures"]
    assert failure["id"] is None and failure["reason"].startswith("timeout (whole answer over 2 s)")
    assert report["run"]["stopped_by"] is None and report["pages"]["not_reached"] == []


def test_the_circuit_breaker_stops_the_requests_and_the_next_run_starts_with_what_was_missed(
    mirror, tmp_path
):
    settings = settings_for(mirror, tmp_path, breaker_window=6, max_attempts=2, timeout=0.3)
    run_refresh(settings)
    published = (settings.out_dir / DATASET_NAME).read_bytes()
    break_every_page(mirror, "no-headers")
    mirror.clear_requests()

    report = run_refresh(settings)

    assert report["run"]["stopped_by"] == "circuit-open"
    assert [alarm["kind"] for alarm in report["alarms"]].count("circuit-open") == 1
    profile_requests = [r for r in mirror.requests if r.path.startswith("/site/")]
    assert len(profile_requests) <= 6 + settings.crawl.concurrency, "no request after the breaker opened"
    not_reached = report["pages"]["not_reached"]
    assert not_reached and report["requests"] == len(mirror.requests)
    assert (settings.out_dir / DATASET_NAME).read_bytes() == published, "nothing good is lost"

    for slug in mirror.slugs():
        mirror.restore_page(slug)
    mirror.clear_requests()
    healed = run_refresh(settings_for(mirror, tmp_path, concurrency=1))
    first_asked = [mirror.base_url + r.path for r in mirror.requests if r.path.startswith("/site/")]
    assert sorted(first_asked[: len(not_reached)]) == not_reached
    assert healed["alarms"] == [] and healed["run"]["stopped_by"] is None


def test_pages_not_reached_keep_their_records_and_the_run_publishes_what_it_has(mirror, tmp_path):
    settings = settings_for(mirror, tmp_path, concurrency=1, breaker_window=2, max_attempts=1)
    settings = replace(settings, thresholds=AlarmThresholds(max_failed_share=0.5))
    run_refresh(settings)
    slugs = sorted(mirror.slugs())  # one at a time, the first run fetched them in this order
    for slug in slugs[:2]:
        mirror.break_page(slug, "503")
    mirror.change_page(slugs[-1])

    report = run_refresh(settings)

    assert report["run"]["stopped_by"] == "circuit-open"
    assert report["pages"]["failed"] == 2
    assert report["pages"]["not_reached"] == [mirror.profile_url(slug) for slug in slugs[2:]]
    assert report["run"]["outcome"] == "alarm, published what the run reached"
    assert report["run"]["published"] is True and exit_code_of(report) == EXIT_ALARM
    assert report["records"]["total"] == len(slugs) and report["records"]["newly_stale"] == slugs[:2]
    assert report["records"]["changed"] == {}, "a page not reached keeps its last good record"


@pytest.mark.parametrize(("text", "seconds"), [("4h", 14400), ("1h30m", 5400), ("90m", 5400),
                                               ("600s", 600), ("600", 600), ("2.5m", 150), ("0", 0)])
def test_durations(text, seconds):
    assert parse_duration(text) == seconds


def test_a_bad_duration_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(app, ["refresh", "--offline", "--out-dir", str(tmp_path),
                                      "--max-run-time", "soon"])
    assert result.exit_code == 2 and "not a duration" in result.output
