"""The refresh job end to end, against the in-process mirror (few pages, rate limit lifted)."""

from __future__ import annotations

import json
import logging

import pytest
from typer.testing import CliRunner

import scraper.cli.main  # noqa: F401  (registers every command on the app)
from parsers.models import Profile
from scraper.refresh import parse_pages as refresh_module
from scraper.cli.app import app
from scraper.fetch.crawl import CrawlSettings
from scraper.refresh.lock import RunLock
from scraper.refresh.publish import load_dataset
from scraper.refresh.job import DATASET_NAME, LOCK_NAME, REPORT_NAME, run_refresh
from scraper.refresh.run_report import EXIT_ALARM, EXIT_LOCKED, EXIT_OK, EXIT_USAGE, exit_code_of
from scraper.refresh.settings import FIXTURE_PAGES, RefreshSettings
from scraper.refresh.report import AlarmThresholds
from tests.mirror import running_mirror

PAGES = 12


@pytest.fixture
def mirror():
    # Generated pages only: their count and content do not move when fixtures are added.
    with running_mirror(pages=PAGES, seed=7, fixtures_dir=None) as served:
        yield served


def settings_for(mirror, tmp_path, **changes) -> RefreshSettings:
    crawl = CrawlSettings(
        base_url=mirror.base_url, rate=1000.0, concurrency=4, backoff=0.001, max_retry_wait=0.01,
        timeout=10.0,
    )
    # Every page is asked every run here (test_refresh_lastmod.py tests skipping by lastmod).
    changes = {"revalidate_days": 1, **changes}
    return RefreshSettings(
        crawl=crawl, cache_dir=tmp_path / "cache", out_dir=tmp_path / "out", progress=False,
        **changes,
    )


def dataset_of(settings: RefreshSettings) -> dict[str, Profile]:
    return load_dataset(settings.out_dir / DATASET_NAME)


def dataset_bytes(settings: RefreshSettings) -> bytes:
    return (settings.out_dir / DATASET_NAME).read_bytes()


def test_first_run_builds_the_dataset_and_an_unchanged_site_costs_no_body_and_no_parse(
    mirror, tmp_path
):
    settings = settings_for(mirror, tmp_path)
    first = run_refresh(settings)
    assert exit_code_of(first) == EXIT_OK and first["alarms"] == []
    assert sorted(dataset_of(settings)) == mirror.slugs()
    assert first["records"]["added"] == mirror.slugs()
    assert first["pages"]["fetched"] == first["pages"]["parsed"] == len(mirror.slugs())
    published = dataset_bytes(settings)

    mirror.clear_requests()
    second = run_refresh(settings)
    profile_requests = [r for r in mirror.requests if r.path.startswith("/site/")]
    assert len(profile_requests) == len(mirror.slugs())
    assert {r.status for r in profile_requests} == {304}
    assert sum(r.bytes_sent for r in profile_requests) == 0
    assert second["pages"]["fetched"] == second["pages"]["parsed"] == 0
    assert second["pages"]["not_modified"] == len(mirror.slugs())
    assert second["records"] | {"total": 0} == {
        "total": 0, "stale": 0, "added": [], "changed": {}, "removed": {}, "newly_stale": [],
        "recovered": [], "missing": {},
    }
    assert second["run"]["dataset_changed"] is False
    assert dataset_bytes(settings) == published
    assert json.loads((settings.out_dir / REPORT_NAME).read_text()) == json.loads(
        json.dumps(second, default=str)
    )
    assert len(list((settings.out_dir / "history").glob("*.json"))) == 2


def test_changed_added_and_removed_pages_show_up_exactly_in_the_report(mirror, tmp_path):
    settings = settings_for(mirror, tmp_path, missing_runs=2)
    run_refresh(settings)
    changed, removed = mirror.slugs()[:2]
    mirror.change_page(changed)
    added = mirror.add_pages(2)
    mirror.remove_page(removed)

    report = run_refresh(settings)
    assert report["alarms"] == []
    records = report["records"]
    assert records["added"] == sorted(added)
    assert list(records["changed"]) == [changed]
    assert {"population", "content_sha256"} <= set(records["changed"][changed])
    assert records["missing"] == {removed: 1}
    assert records["removed"] == {}
    assert report["pages"]["parsed"] == 3 and report["pages"]["fetched"] == 3
    dataset = dataset_of(settings)
    assert dataset[changed].population == mirror.expected_record(changed)["population"]
    assert dataset[removed].stale.reason == "missing from discovery"

    report = run_refresh(settings)
    assert report["records"]["removed"] == {removed: "missing from discovery for 2 runs"}
    assert report["records"]["added"] == [] and report["records"]["changed"] == {}
    assert sorted(dataset_of(settings)) == mirror.slugs()


@pytest.mark.parametrize(
    "kind, reason, kind_counted",
    [
        ("500", "HTTP 500", "HTTP 500"),
        ("soft-404", "Page not found", "not a profile page (error-page)"),
    ],
)
def test_a_page_turning_into_an_error_keeps_its_last_good_record_marked_stale(
    mirror, tmp_path, kind, reason, kind_counted
):
    settings = settings_for(mirror, tmp_path)
    run_refresh(settings)
    slug = mirror.slugs()[0]
    good = dataset_of(settings)[slug]

    mirror.break_page(slug, kind)
    report = run_refresh(settings)
    assert exit_code_of(report) == EXIT_OK, "one failed page in twelve is no alarm"
    kept = dataset_of(settings)[slug]
    assert kept.model_copy(update={"stale": None}) == good
    assert reason in kept.stale.reason
    assert kept.stale.last_good_fetch == good.fetched_at
    assert report["records"]["newly_stale"] == [slug]
    assert [failure["url"] for failure in report["failures"]] == [mirror.profile_url(slug)]
    assert report["pages"]["failed_by_reason"] == {kind_counted: 1}

    mirror.restore_page(slug)
    report = run_refresh(settings)
    assert report["records"]["recovered"] == [slug]
    assert dataset_of(settings)[slug] == good


def test_failed_share_alarm_keeps_the_previous_dataset_unless_publish_anyway(mirror, tmp_path):
    settings = settings_for(mirror, tmp_path)
    run_refresh(settings)
    published = dataset_bytes(settings)
    for slug in mirror.slugs()[:3]:
        mirror.break_page(slug, "500")

    report = run_refresh(settings)
    assert exit_code_of(report) == EXIT_ALARM
    assert [alarm["kind"] for alarm in report["alarms"]] == ["failed-share"]
    assert report["run"]["published"] is False
    assert report["run"]["outcome"] == "alarm, previous dataset kept"
    assert dataset_bytes(settings) == published

    report = run_refresh(
        settings_for(mirror, tmp_path, publish_anyway=True)
    )
    assert exit_code_of(report) == EXIT_ALARM
    assert report["run"]["published"] is True
    assert sum(1 for record in dataset_of(settings).values() if record.stale) == 3


def test_discovery_drop_alarm_fires_when_most_profiles_vanish(mirror, tmp_path):
    settings = settings_for(mirror, tmp_path)
    run_refresh(settings)
    published = dataset_bytes(settings)
    for slug in mirror.slugs()[:5]:
        mirror.remove_page(slug)

    report = run_refresh(settings)
    assert [alarm["kind"] for alarm in report["alarms"]] == ["discovery-drop"]
    assert exit_code_of(report) == EXIT_ALARM
    assert dataset_bytes(settings) == published


def test_fill_drop_alarm_fires_when_the_parser_starts_missing_a_field(
    mirror, tmp_path, monkeypatch
):
    settings = settings_for(mirror, tmp_path)
    run_refresh(settings)
    published = dataset_bytes(settings)
    real_parse = refresh_module.parse_profile

    def parse_missing_population(raw, **options):
        return real_parse(raw, **options).model_copy(update={"population": None})

    # The site changes every page and the parser no longer finds the population in them.
    monkeypatch.setattr(refresh_module, "parse_profile", parse_missing_population)
    for slug in mirror.slugs():
        mirror.change_page(slug)
    report = run_refresh(settings)
    assert [alarm["kind"] for alarm in report["alarms"]] == ["fill-drop"]
    assert "population" in report["alarms"][0]["message"]
    assert dataset_bytes(settings) == published


def test_a_parser_crash_on_one_page_costs_that_page_only(mirror, tmp_path, monkeypatch):
    settings = settings_for(mirror, tmp_path)
    run_refresh(settings)
    slug = mirror.slugs()[0]
    real_parse = refresh_module.parse_profile

    def parse_crashing_on_one_page(raw, **options):
        if options["url"] == mirror.profile_url(slug):
            raise RuntimeError("index out of range\nsecond line")
        return real_parse(raw, **options)

    monkeypatch.setattr(refresh_module, "parse_profile", parse_crashing_on_one_page)
    mirror.change_page(slug)
    mirror.change_page(mirror.slugs()[1])
    report = run_refresh(settings)
    assert exit_code_of(report) == EXIT_OK
    assert report["failures"] == [{
        "url": mirror.profile_url(slug), "id": slug,
        "reason": "parser error: RuntimeError: index out of range",
    }]
    assert dataset_of(settings)[slug].stale.reason.startswith("parser error")
    assert list(report["records"]["changed"]) == [mirror.slugs()[1]]


def test_alarms_stay_quiet_on_a_normal_day_of_edits(mirror, tmp_path):
    settings = settings_for(mirror, tmp_path, thresholds=AlarmThresholds())
    run_refresh(settings)
    mirror.change_page(mirror.slugs()[0])
    mirror.add_pages(1)
    mirror.remove_page(mirror.slugs()[1])
    mirror.break_page(mirror.slugs()[2], "500")
    report = run_refresh(settings)
    assert report["alarms"] == [] and exit_code_of(report) == EXIT_OK


def test_offline_refresh_rebuilds_the_same_dataset_from_the_archive(mirror, tmp_path):
    online = settings_for(mirror, tmp_path)
    run_refresh(online)
    offline = RefreshSettings(
        crawl=online.crawl, cache_dir=online.cache_dir, out_dir=tmp_path / "offline", offline=True
    )
    mirror.clear_requests()
    report = run_refresh(offline)
    assert mirror.requests == []
    assert report["run"]["mode"] == "offline-archive"
    assert exit_code_of(report) == EXIT_OK
    assert dataset_bytes(offline) == dataset_bytes(online)


@pytest.mark.date_sensitive
def test_offline_refresh_without_an_archive_builds_the_dataset_from_the_fixtures(tmp_path):
    fixtures = tmp_path / "fixtures"
    fixtures.mkdir()
    for name in ("waterbury-ct", "travis-county-tx", "not-found", "empty"):
        (fixtures / f"{name}.html").write_bytes((FIXTURE_PAGES / f"{name}.html").read_bytes())
    settings = RefreshSettings(
        cache_dir=tmp_path / "cache", out_dir=tmp_path / "out", offline=True, fixtures_dir=fixtures
    )
    report = run_refresh(settings)
    assert exit_code_of(report) == EXIT_OK
    assert report["run"]["mode"] == "offline-fixtures"
    assert sorted(dataset_of(settings)) == ["travis-county-tx", "waterbury-ct"]
    assert report["pages"]["discovered"] == 2 and report["pages"]["failed"] == 0
    assert report["pages"]["not_profiles"] == [
        "https://demand-forum.org/site/empty/", "https://demand-forum.org/site/not-found/"
    ]


@pytest.mark.date_sensitive
def test_offline_refresh_on_a_fresh_checkout_uses_the_repository_fixtures(tmp_path):
    settings = RefreshSettings(cache_dir=tmp_path / "cache", out_dir=tmp_path / "out", offline=True)
    report = run_refresh(settings)
    assert exit_code_of(report) == EXIT_OK
    assert report["run"]["discovery_source"] == f"fixtures {FIXTURE_PAGES}"
    assert len(dataset_of(settings)) == report["pages"]["discovered"] > 0


def test_a_site_that_cannot_be_reached_raises_an_alarm_and_keeps_the_dataset(mirror, tmp_path):
    settings = settings_for(mirror, tmp_path)
    run_refresh(settings)
    published = dataset_bytes(settings)
    mirror.inject("/robots.txt", "500", times=None)
    report = run_refresh(settings_for(mirror, tmp_path, publish_anyway=True))
    assert exit_code_of(report) == EXIT_ALARM
    assert [alarm["kind"] for alarm in report["alarms"]] == ["discovery-failed"]
    assert report["run"]["published"] is False
    assert report["records"]["newly_stale"] == [] and report["records"]["missing"] == {}
    assert json.loads((settings.out_dir / REPORT_NAME).read_text())["alarms"] == report["alarms"]
    assert dataset_bytes(settings) == published
    assert json.loads((settings.out_dir / "state.json").read_text())["published_discovered"] == PAGES


@pytest.fixture
def cli():
    """The CLI as a cron job sees it; restores the logging it configures."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield CliRunner()
    root.handlers[:] = handlers
    root.setLevel(level)


def test_a_run_finding_the_lock_taken_exits_3_naming_the_holder(cli, tmp_path):
    out_dir = tmp_path / "out"
    with RunLock(out_dir / LOCK_NAME):
        result = cli.invoke(
            app, ["refresh", "--offline", "--out-dir", str(out_dir), "--cache-dir",
                  str(tmp_path / "cache"), "--log-format", "json"],
        )
    assert result.exit_code == EXIT_LOCKED
    assert "another run holds" in result.stderr and "pid" in result.stderr
    assert not (out_dir / DATASET_NAME).exists()


@pytest.mark.parametrize(
    "arguments",
    [["--log-format", "xml"], ["--fill-drop", "1.5"], ["--missing-runs", "0"], ["--bogus"]],
)
def test_usage_errors_exit_2(cli, tmp_path, arguments):
    result = cli.invoke(app, ["refresh", "--offline", "--out-dir", str(tmp_path), *arguments])
    assert result.exit_code == EXIT_USAGE
    assert not (tmp_path / DATASET_NAME).exists()


def test_a_new_out_dir_on_an_old_archive_keeps_a_failing_page_from_its_archived_copy(
    mirror, tmp_path
):
    settings = settings_for(mirror, tmp_path)
    run_refresh(settings)
    slug = mirror.slugs()[0]
    good = dataset_of(settings)[slug]
    mirror.break_page(slug, "500")
    fresh_out = RefreshSettings(
        crawl=settings.crawl, cache_dir=settings.cache_dir, out_dir=tmp_path / "fresh",
        progress=False,
    )
    report = run_refresh(fresh_out)
    kept = dataset_of(fresh_out)[slug]
    assert kept.model_copy(update={"stale": None}) == good
    assert kept.stale.reason.startswith("HTTP 500")
    assert report["records"]["added"] == mirror.slugs()


def cli_arguments(tmp_path) -> list[str]:
    return ["refresh", "--offline", "--out-dir", str(tmp_path / "out"),
            "--cache-dir", str(tmp_path / "cache"), "--log-format", "json"]


def test_the_cli_logs_json_lines_and_a_summary_when_nobody_watches(cli, tmp_path):
    result = cli.invoke(app, cli_arguments(tmp_path))
    assert result.exit_code == EXIT_OK, result.stderr
    lines = [json.loads(line) for line in result.stderr.splitlines()]
    summary = [line for line in lines if line["message"] == "summary"]
    assert len(summary) == 1 and summary[0]["outcome"] == "ok"
    assert any("discovered" in text for text in summary[0]["summary"])


def test_a_corrupted_published_dataset_is_left_alone_and_exits_1(cli, tmp_path):
    dataset = tmp_path / "out" / DATASET_NAME
    dataset.parent.mkdir()
    dataset.write_bytes(b'{"id": "half a rec')
    result = cli.invoke(app, cli_arguments(tmp_path))
    assert result.exit_code == EXIT_ALARM
    assert "invalid" in result.stderr
    assert dataset.read_bytes() == b'{"id": "half a rec'
