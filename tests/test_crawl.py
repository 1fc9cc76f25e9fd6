"""The crawl against the mirror (real HTTP on 127.0.0.1): completeness, 304s, manners, every fault.

The full-size proof of issue 3 (3,000 pages) takes about 25 s on 2 cores, so the normal suite runs
the same test on fewer pages; run the full one with
    DEMANDFORUM_PROOF_PAGES=3000 .venv/bin/python -m pytest tests/test_crawl.py -k every_profile
"""

import os
import re
from datetime import UTC, datetime

import pytest
from typer.testing import CliRunner

from scraper.storage.archive import Archive
from scraper.storage.records import FetchRecord
from scraper.cli.app import app
from scraper.cli.main import main  # noqa: F401  (registers every command)
from scraper.fetch.crawl import DEFAULT_USER_AGENT, CrawlSettings, crawl
from tests.mirror import running_mirror
from tests.test_discovery import answered_requests
from tests.test_http import assert_spaced

PROOF_PAGES = int(os.environ.get("DEMANDFORUM_PROOF_PAGES", "150"))


def settings_for(mirror, **overrides) -> CrawlSettings:
    options = dict(base_url=mirror.base_url, rate=1000.0, concurrency=4, timeout=2.0,
                   max_body_bytes=2**20, backoff=0.01, max_retry_wait=2.0, retry_budget=50)
    options.update(overrides)
    return CrawlSettings(**options)


def first_profile(mirror) -> str:
    """The profile a crawl with a limit fetches first (the crawl goes in URL order)."""
    return min(mirror.profile_urls())


def page_requests(mirror):
    return [request for request in mirror.requests if request.path.startswith("/site/")]


def test_every_profile_is_archived_once_and_a_second_crawl_downloads_no_page(tmp_path):
    with running_mirror(pages=PROOF_PAGES, seed=5) as mirror, Archive(tmp_path) as archive:
        first = crawl(settings_for(mirror, concurrency=8), archive, progress=False)
        profiles = sorted(mirror.profile_urls())
        assert first.discovered == profiles and first.complete
        assert first.count("fetched") == len(profiles)
        assert [page.url for page in archive.latest_good()] == profiles
        assert all(len(archive.fetches_for(url)) == 1 for url in profiles)
        assert len({page.sha256 for page in archive.latest_good()}) == len(profiles)
        assert answered_requests(mirror, first.requests) == first.requests

        mirror.clear_requests()
        second = crawl(settings_for(mirror, concurrency=8), archive, progress=False)
        assert second.count("not-modified") == len(profiles) and second.complete
        assert answered_requests(mirror, second.requests) == second.requests
        pages = page_requests(mirror)
        assert len(pages) == len(profiles)
        assert all(r.status == 304 and r.bytes_sent == 0 and "if-none-match" in r.headers for r in pages)
        assert all(o.sha256 == archive.latest_good_for(o.url).sha256 for o in second.outcomes)


def test_a_changed_page_is_fetched_again_and_only_it(tmp_path):
    with running_mirror(pages=12, seed=5) as mirror, Archive(tmp_path) as archive:
        crawl(settings_for(mirror), archive, progress=False)
        slug = mirror.slugs()[-1]
        before = archive.latest_good_for(mirror.profile_url(slug)).sha256
        mirror.change_page(slug)
        result = crawl(settings_for(mirror), archive, progress=False)
        fetched = [o for o in result.outcomes if o.result == "fetched"]
        assert [o.url for o in fetched] == [mirror.profile_url(slug)]
        assert fetched[0].sha256 != before == archive.fetches_for(fetched[0].url)[0].sha256


def test_robots_rules_user_agent_and_rate_limit_hold_on_the_server_side(tmp_path):
    with running_mirror(pages=8, seed=5) as mirror, Archive(tmp_path) as archive:
        result = crawl(settings_for(mirror, rate=4.0, limit=5), archive, progress=False)
        assert result.count("fetched") == 5
        assert answered_requests(mirror, result.requests) == result.requests
        requests = mirror.requests
        assert {r.headers["user-agent"] for r in requests} == {DEFAULT_USER_AGENT}
        assert "/site/private-test-xx/" not in {r.path for r in requests}
        assert result.refused[mirror.base_url + "/site/private-test-xx/"] == "disallowed by robots.txt"
        assert len(requests) >= 10
        assert_spaced([r.time for r in requests], 0.25, jitter=0.15)


def test_robots_crawl_delay_wins_over_a_faster_rate(tmp_path):
    with running_mirror(pages=4, seed=5, crawl_delay=0.3) as mirror, Archive(tmp_path) as archive:
        crawl(settings_for(mirror, rate=1000.0, limit=1), archive, progress=False)
        answered_requests(mirror, 6)
        times = [r.time for r in mirror.requests]
        assert len(times) >= 6
        assert_spaced(times, 0.3, jitter=0.15)


RECOVERED = [
    ("429=1", 1),
    ("429-date=1", 1),
    ("500", 1),
    ("503", 2),
    ("drop", 2),
    ("drop-body", 1),
    ("truncate", 1),
    ("slow=1", 1),
]


@pytest.mark.parametrize(("fault", "times"), RECOVERED)
def test_transient_faults_are_retried_and_recovered(tmp_path, fault, times):
    with running_mirror(pages=6, seed=5) as mirror, Archive(tmp_path) as archive:
        url = first_profile(mirror)
        mirror.inject(url.removeprefix(mirror.base_url), fault, times=times)
        result = crawl(settings_for(mirror, timeout=0.3, limit=2), archive, progress=False)
        assert result.complete and result.count("fetched") == 2
        assert sum(mirror.fired().values()) == times == result.retries
        assert archive.read_body(archive.latest_good_for(url).sha256)


REFUSED = [
    ("503", r"HTTP 503 \(gave up after 4 attempts\)"),
    ("slow=0.4", r"timeout .*\(gave up after 4 attempts\)"),
    ("gone", r"HTTP 410"),
    ("soft-404", r"not a profile page \(error-page\)"),
    ("soft-error", r"not a profile page \(error-page\)"),
    ("not-a-profile", r"not a profile page"),
    ("empty", r"not a profile page \(empty\)"),
    ("binary", r"not a profile page \(binary\)"),
    ("non-html", r"not HTML: content type application/pdf"),
    ("huge", r"body too large"),
    ("endless", r"body too large"),
    ("offsite", r"redirect off the site: http://evil\.example/"),
    ("offsite-ip", r"redirect off the site: http://127\.0\.0\.2:"),
    ("offsite-port", r"redirect off the site: http://127\.0\.0\.1:"),
    ("offsite-scheme", r"redirect off the site: https://127\.0\.0\.1:"),
    ("offsite-private", r"redirect off the site: http://10\.0\.0\.1/"),
    ("redirect-loop", r"more than 5 redirects"),
]


@pytest.mark.parametrize(("fault", "reason"), REFUSED)
def test_lasting_faults_are_refused_with_a_reason_and_the_good_copy_is_kept(tmp_path, fault, reason):
    with running_mirror(pages=6, seed=5) as mirror, Archive(tmp_path) as archive:
        crawl(settings_for(mirror, limit=2), archive, progress=False)
        url = first_profile(mirror)
        good = archive.latest_good_for(url)
        mirror.inject(url.removeprefix(mirror.base_url), fault, times=None)
        mirror.clear_requests()

        result = crawl(settings_for(mirror, timeout=0.2, limit=2), archive, progress=False)

        [failed] = [o for o in result.outcomes if o.result == "failed"]
        assert failed.url == url and not result.complete
        assert re.search(reason, failed.reason), failed.reason
        assert archive.latest_good_for(url) == good
        assert archive.read_body(good.sha256)
        assert archive.latest_fetch_for(url).reason == failed.reason
        assert answered_requests(mirror, result.requests) == result.requests  # none went elsewhere
        assert len([r for r in mirror.requests if r.path.startswith("/loop/")]) <= 5


def test_no_request_ever_leaves_for_another_host(tmp_path):
    with running_mirror(pages=12, seed=5) as mirror, Archive(tmp_path) as archive:
        kinds = ["offsite", "offsite-ip", "offsite-port", "offsite-scheme", "offsite-private"]
        for slug, kind in zip(mirror.slugs(), kinds):
            mirror.inject(f"/site/{slug}/", kind, times=None)
        mirror.inject("/wp-sitemap-posts-site-1.xml", "offsite-links", times=None)
        result = crawl(settings_for(mirror), archive, progress=False)
        # Every request the crawler sent was answered by the mirror, so none went anywhere else.
        assert answered_requests(mirror, result.requests) == result.requests
        assert result.count("failed") == len(kinds)
        assert "file:///etc/passwd" in result.refused and "http://evil.example/site/evil-ct/" in result.refused


def test_a_soft_error_body_is_archived_but_never_served_as_the_page(tmp_path):
    with running_mirror(pages=4, seed=5) as mirror, Archive(tmp_path) as archive:
        url = mirror.profile_url(mirror.slugs()[0])
        mirror.inject(url.removeprefix(mirror.base_url), "soft-404", times=1)
        crawl(settings_for(mirror), archive, progress=False)
        [record] = archive.fetches_for(url)
        assert record.outcome == "failed" and b"<html" in archive.read_body(record.sha256).lower()
        assert archive.latest_good_for(url) is None


def test_offline_serves_only_from_the_archive_and_reports_what_is_missing(tmp_path):
    with running_mirror(pages=5, seed=5) as mirror, Archive(tmp_path) as archive:
        crawl(settings_for(mirror), archive, progress=False)
        lost = mirror.base_url + "/site/never-fetched-ct/"
        archive.record_fetch(FetchRecord(url=lost, fetched_at=datetime.now(UTC), outcome="failed",
                                         status=500, reason="HTTP 500"))
        mirror.clear_requests()
        result = crawl(settings_for(mirror, offline=True), archive)
        assert mirror.requests == [] and result.requests == 0 and result.discovery_source == "archive"
        by_url = {o.url: o for o in result.outcomes}
        assert by_url[lost].result == "missing-offline" and "HTTP 500" in by_url[lost].reason
        served = [o for o in result.outcomes if o.result == "not-modified"]
        assert len(served) == len(mirror.slugs()) and all(o.sha256 for o in served)


def test_the_crawl_command_exit_codes_and_summary(tmp_path):
    runner = CliRunner()
    with running_mirror(pages=5, seed=5) as mirror:
        cache = str(tmp_path / "cache")
        base = ["crawl", "--base-url", mirror.base_url, "--cache-dir", cache, "--rate", "1000"]
        count = len(mirror.slugs())
        ok = runner.invoke(app, base)
        assert ok.exit_code == 0, ok.output
        assert f"fetched {count}, not modified 0, failed 0" in ok.output

        mirror.inject(f"/site/{mirror.slugs()[0]}/", "gone", times=None)
        failing = runner.invoke(app, base)
        assert failing.exit_code == 1
        assert f"not modified {count - 1}, failed 1" in failing.output and "HTTP 410" in failing.output

        offline = runner.invoke(app, base + ["--offline", "--limit", "2"])
        assert offline.exit_code == 0 and "not modified 2" in offline.output
        other_site = runner.invoke(app, ["crawl", "--offline", "--cache-dir", cache])
        assert other_site.exit_code == 1 and "no page of this site" in other_site.output

    empty = runner.invoke(app, ["crawl", "--offline", "--cache-dir", str(tmp_path / "empty")])
    assert empty.exit_code == 1 and "no page of this site" in empty.output
    assert runner.invoke(app, ["crawl", "--rate", "0"]).exit_code == 2
    assert runner.invoke(app, ["crawl", "--base-url", "ftp://x", "--cache-dir", cache]).exit_code == 2
    assert runner.invoke(app, ["crawl", "--user-agent", " ", "--cache-dir", cache]).exit_code == 2


def test_a_body_lost_from_the_cache_is_fetched_whole_again(tmp_path):
    with running_mirror(pages=4, seed=5) as mirror, Archive(tmp_path) as archive:
        crawl(settings_for(mirror), archive, progress=False)
        url = mirror.profile_url(mirror.slugs()[0])
        sha256 = archive.latest_good_for(url).sha256
        (tmp_path / "bodies" / sha256[:2] / sha256).unlink()
        result = crawl(settings_for(mirror), archive, progress=True)
        assert {o.url: o.result for o in result.outcomes}[url] == "fetched"
        assert archive.read_body(sha256)


def test_an_unwritable_cache_is_a_clear_error(tmp_path):
    not_a_dir = tmp_path / "cache"
    not_a_dir.write_text("a file where the cache should be")
    outcome = CliRunner().invoke(app, ["crawl", "--offline", "--cache-dir", str(not_a_dir)])
    assert outcome.exit_code == 1 and "cannot be written" in outcome.output


def test_a_full_disk_stops_the_crawl_with_a_clear_error_and_the_archive_intact(tmp_path, monkeypatch):
    with running_mirror(pages=4, seed=5) as mirror:
        cache = tmp_path / "cache"
        base = ["crawl", "--base-url", mirror.base_url, "--cache-dir", str(cache), "--rate", "1000"]
        assert CliRunner().invoke(app, base).exit_code == 0
        with Archive(cache) as archive:
            before = {page.url: page.sha256 for page in archive.latest_good()}
        mirror.change_page(mirror.slugs()[0])

        def disk_full(self, body):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(Archive, "store_body", disk_full)
        outcome = CliRunner().invoke(app, base)
        assert outcome.exit_code == 1 and "No space left on device" in outcome.output
        monkeypatch.undo()
        with Archive(cache) as archive:
            assert {page.url: page.sha256 for page in archive.latest_good()} == before
            assert all(archive.read_body(sha256) for sha256 in before.values())


def test_a_site_with_many_passing_faults_is_archived_completely(tmp_path):
    spec = "429=0:0.1:1,503:0.1:1,500:0.05:2,drop:0.1:1,drop-body:0.1:1,truncate:0.1:1"
    with running_mirror(pages=60, seed=7, faults=spec) as mirror, Archive(tmp_path) as archive:
        # The site includes every fixture page: the budget must grow with them, it is not under test here.
        budget = 2 * len(mirror.profile_urls())
        result = crawl(settings_for(mirror, concurrency=8, retry_budget=budget), archive, progress=False)
        assert result.complete and result.count("fetched") == len(mirror.profile_urls())
        assert result.retries == sum(mirror.fired().values()) > 10
