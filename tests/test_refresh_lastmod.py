"""The refresh skipping pages by sitemap <lastmod>, against the mirror (issue 10).

Runs are counted, never timed: the rotation follows the archive's order of confirmations. Only
the date-only lastmod compares with our fetch time, so that test runs under frozen clocks.
"""

from __future__ import annotations

import json
import math
from datetime import datetime

import pytest

from scraper.fetch.crawl import CrawlSettings
from scraper.parsing.site_template import TEMPLATE_NAME
from scraper.refresh.job import DATASET_NAME, STATE_NAME, run_refresh
from scraper.refresh.run_report import exit_code_of
from scraper.refresh.settings import RefreshSettings
from scraper.refresh.publish import load_dataset
from scraper.storage.archive import Archive
from tests.mirror import running_mirror

PAGES = 12


def settings_for(mirror, tmp_path, **changes) -> RefreshSettings:
    crawl = CrawlSettings(base_url=mirror.base_url, rate=1000.0, concurrency=4, backoff=0.001,
                          max_retry_wait=0.01, timeout=10.0)
    return RefreshSettings(crawl=crawl, cache_dir=tmp_path / "cache", out_dir=tmp_path / "out",
                           progress=False, **changes)


def run(mirror, settings: RefreshSettings) -> tuple[dict, list]:
    """One refresh; its report and the requests the mirror saw for it."""
    mirror.clear_requests()
    report = run_refresh(settings)
    assert exit_code_of(report) == 0, report["alarms"]
    return report, mirror.requests


def profile_paths(requests) -> list[str]:
    """The profile pages asked (a failing one is asked again by the retries)."""
    return sorted({request.path for request in requests if request.path.startswith("/site/")})


def population(settings: RefreshSettings, slug: str) -> int | None:
    return load_dataset(settings.out_dir / DATASET_NAME)[slug].population


def up_to_date(mirror, settings: RefreshSettings) -> set[str]:
    dataset = load_dataset(settings.out_dir / DATASET_NAME)
    return {slug for slug in mirror.slugs()
            if dataset[slug].population == mirror.expected_record(slug)["population"]}


@pytest.fixture
def mirror():
    with running_mirror(pages=PAGES, seed=5, fixtures_dir=None) as served:
        yield served


def test_an_unchanged_site_costs_robots_the_sitemaps_and_a_slice_of_304s(mirror, tmp_path):
    settings = settings_for(mirror, tmp_path)  # --revalidate-days 7
    first, _ = run(mirror, settings)
    published = (settings.out_dir / DATASET_NAME).read_bytes()
    assert first["requests_by_kind"]["fetched_200"] == PAGES

    report, requests = run(mirror, settings)
    slice_size = math.ceil(PAGES / 7)
    assert len(profile_paths(requests)) == slice_size
    assert {request.status for request in requests} == {304}, "robots and sitemaps included"
    assert report["requests"] == len(requests) == 1 + 4 + slice_size
    assert report["requests_by_kind"] == {
        "robots": 1, "sitemaps": 4, "listings": 0, "pages": slice_size,
        "skipped_by_lastmod": PAGES - slice_size, "revalidated_304": slice_size,
        "fetched_200": 0, "failed": 0,
    }
    assert report["bytes_downloaded"] == 0
    assert report["lastmod"] | {"untrusted_since": None} == {
        "revalidate_days": 7, "revalidated_every_page": False, "skipped": PAGES - slice_size,
        "revalidated": slice_size, "lastmod_untrusted": 0, "lastmod_untrusted_ids": [],
        "trusted": True, "untrusted_since": None, "message": None,
    }
    assert report["pages"]["skipped_by_lastmod"] == PAGES - slice_size
    assert report["records"]["changed"] == {} and report["pages"]["parsed"] == 0
    assert (settings.out_dir / DATASET_NAME).read_bytes() == published

    trusting, requests = run(mirror, settings_for(mirror, tmp_path, revalidate_days=0))
    assert profile_paths(requests) == [] and trusting["requests"] == 5
    assert (settings.out_dir / DATASET_NAME).read_bytes() == published


def test_every_page_is_revalidated_within_revalidate_days_runs(mirror, tmp_path):
    settings = settings_for(mirror, tmp_path, revalidate_days=4)
    run(mirror, settings)
    asked: list[str] = []
    for _ in range(4):
        _, requests = run(mirror, settings)
        assert len(profile_paths(requests)) == PAGES // 4
        asked += profile_paths(requests)
    assert sorted(asked) == sorted(f"/site/{slug}/" for slug in mirror.slugs())


def test_a_page_changed_with_its_lastmod_bumped_is_in_the_next_dataset(mirror, tmp_path):
    settings = settings_for(mirror, tmp_path, revalidate_days=0)  # lastmod alone decides
    run(mirror, settings)
    slug = mirror.slugs()[3]
    mirror.change_page(slug)
    report, requests = run(mirror, settings)
    assert profile_paths(requests) == [f"/site/{slug}/"]
    assert list(report["records"]["changed"]) == [slug]
    assert population(settings, slug) == mirror.expected_record(slug)["population"]


@pytest.mark.date_sensitive
def test_a_date_only_lastmod_skips_unchanged_pages_and_catches_a_new_date(tmp_path, frozen_clock):
    with running_mirror(pages=PAGES, seed=5, fixtures_dir=None, lastmod="date") as mirror:
        settings = settings_for(mirror, tmp_path, revalidate_days=0)
        run(mirror, settings)
        _, requests = run(mirror, settings)
        assert profile_paths(requests) == []
        slug = mirror.slugs()[0]
        mirror.change_page(slug)  # three days later: a later date
        _, requests = run(mirror, settings)
        assert profile_paths(requests) == [f"/site/{slug}/"]
        assert population(settings, slug) == mirror.expected_record(slug)["population"]


def test_pages_changed_without_a_lastmod_bump_are_in_within_revalidate_days_runs(mirror, tmp_path):
    settings = settings_for(mirror, tmp_path, revalidate_days=3, lastmod_lie_share=1.0)
    run(mirror, settings)
    for slug in mirror.slugs():
        mirror.change_page(slug, bump_lastmod=False)
    assert up_to_date(mirror, settings) == set()
    caught: list[str] = []
    for number in range(1, 4):
        report, _ = run(mirror, settings)
        caught += report["lastmod"]["lastmod_untrusted_ids"]
        assert len(up_to_date(mirror, settings)) == len(caught) == number * PAGES // 3
        assert report["lastmod"]["trusted"], "below the lie share set, trust stays"
    assert up_to_date(mirror, settings) == set(mirror.slugs()) == set(caught)


def test_a_lying_sitemap_switches_to_full_revalidation_until_lastmod_is_right_over_every_page(tmp_path):
    with running_mirror(pages=PAGES, seed=5, fixtures_dir=None, lastmod="lying") as mirror:
        settings = settings_for(mirror, tmp_path, revalidate_days=3)
        state = settings.out_dir / STATE_NAME
        run(mirror, settings)
        for slug in mirror.slugs():
            mirror.change_page(slug)  # the sitemap's lastmod stays where it was

        report, requests = run(mirror, settings)
        assert len(profile_paths(requests)) == PAGES // 3
        assert report["lastmod"]["lastmod_untrusted"] == PAGES // 3
        assert not report["lastmod"]["trusted"] and "lastmod untrusted" in report["lastmod"]["message"]
        untrusted_since = json.loads(state.read_text())["lastmod"]["untrusted_since"]
        assert datetime.fromisoformat(untrusted_since) == datetime.fromisoformat(report["run"]["started_at"])
        assert report["lastmod"]["untrusted_since"] == report["run"]["started_at"]

        report, requests = run(mirror, settings)  # every page now, the rest of the lies caught
        assert len(profile_paths(requests)) == PAGES and report["lastmod"]["revalidated_every_page"]
        assert report["lastmod"]["lastmod_untrusted"] == PAGES - PAGES // 3
        assert not report["lastmod"]["trusted"], "most pages lied: still untrusted"
        assert up_to_date(mirror, settings) == set(mirror.slugs())

        report, requests = run(mirror, settings)  # nothing changed: lastmod right over every page
        assert len(profile_paths(requests)) == PAGES and report["lastmod"]["revalidated_every_page"]
        assert report["lastmod"]["trusted"] and "trusted again" in report["lastmod"]["message"]
        assert json.loads(state.read_text())["lastmod"] == {"untrusted_since": None}

        report, requests = run(mirror, settings)
        assert len(profile_paths(requests)) == PAGES // 3 and not report["lastmod"]["revalidated_every_page"]


def test_a_body_archived_by_a_run_that_did_not_publish_is_no_lie(mirror, tmp_path):
    settings = settings_for(mirror, tmp_path, revalidate_days=1)
    run(mirror, settings)
    published = {name: (settings.out_dir / name).read_bytes() for name in (DATASET_NAME, STATE_NAME)}
    slug = mirror.slugs()[4]
    mirror.change_page(slug)
    run(mirror, settings)  # archives the new body; then, as if killed before publishing:
    for name, data in published.items():
        (settings.out_dir / name).write_bytes(data)

    report, requests = run(mirror, settings)
    assert {request.status for request in requests} == {304}
    assert list(report["records"]["changed"]) == [slug], "parsed from the archived body"
    assert report["lastmod"]["lastmod_untrusted"] == 0 and report["lastmod"]["trusted"]


def test_pages_without_lastmod_are_asked_every_run(tmp_path):
    with running_mirror(pages=PAGES, seed=5, fixtures_dir=None, lastmod="missing") as mirror:
        settings = settings_for(mirror, tmp_path, revalidate_days=0)
        run(mirror, settings)
        report, requests = run(mirror, settings)
        assert len(profile_paths(requests)) == PAGES
        assert report["requests_by_kind"]["revalidated_304"] == PAGES


def test_failing_stale_and_new_parser_pages_are_always_asked(mirror, tmp_path):
    trusting = settings_for(mirror, tmp_path, revalidate_days=0)
    run(mirror, trusting)
    broken, reparsed = mirror.slugs()[2], mirror.slugs()[5]
    mirror.break_page(broken, "500")
    report, _ = run(mirror, settings_for(mirror, tmp_path, revalidate_days=1))
    assert report["records"]["newly_stale"] == [broken]

    report, requests = run(mirror, trusting)  # failing, and stale: asked though lastmod is unchanged
    assert profile_paths(requests) == [f"/site/{broken}/"]
    mirror.restore_page(broken)
    report, requests = run(mirror, trusting)
    assert profile_paths(requests) == [f"/site/{broken}/"] and report["records"]["recovered"] == [broken]

    dataset = trusting.out_dir / DATASET_NAME
    lines = dataset.read_text().splitlines()
    lines = [line.replace('"parser_version":"', '"parser_version":"old-') if f'"id":"{reparsed}"' in line
             else line for line in lines]
    dataset.write_text("\n".join(lines) + "\n")
    report, requests = run(mirror, trusting)
    assert profile_paths(requests) == [f"/site/{reparsed}/"] and report["pages"]["parsed"] == 1

    added = mirror.add_pages(1)
    _, requests = run(mirror, trusting)
    assert profile_paths(requests) == [f"/site/{added[0]}/"]


def test_until_the_site_template_is_known_no_page_is_skipped(mirror, tmp_path):
    settings = settings_for(mirror, tmp_path, revalidate_days=0)
    run(mirror, settings)
    (settings.cache_dir / TEMPLATE_NAME).unlink()  # records name the template in parser_version
    report, requests = run(mirror, settings)
    assert len(profile_paths(requests)) == PAGES and report["records"]["changed"] == {}
    _, requests = run(mirror, settings)
    assert profile_paths(requests) == []


def test_robots_and_sitemaps_are_asked_conditionally_and_read_from_the_archive(mirror, tmp_path):
    settings = settings_for(mirror, tmp_path, revalidate_days=0)
    run(mirror, settings)
    report, requests = run(mirror, settings)
    assert {(request.path, request.status) for request in requests} == {
        ("/robots.txt", 304), ("/wp-sitemap.xml", 304), ("/wp-sitemap-posts-site-1.xml", 304),
        ("/wp-sitemap-posts-page-1.xml", 304), ("/wp-sitemap-taxonomies-tactic-1.xml", 304),
    }
    assert report["pages"]["discovered"] == PAGES, "the archived sitemaps list every page"
    with Archive(settings.cache_dir) as archive:
        robots = archive.fetches_for(f"{mirror.base_url}/robots.txt")
        assert [(fetch.kind, fetch.status) for fetch in robots] == [("robots", 200), ("robots", 304)]
        assert all(page.url.startswith(f"{mirror.base_url}/site/") for page in archive.latest_good())

    added = mirror.add_pages(1)
    report, requests = run(mirror, settings)
    assert ("/wp-sitemap-posts-site-1.xml", 200) in {(request.path, request.status) for request in requests}
    assert report["records"]["added"] == added
