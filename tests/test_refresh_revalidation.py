"""A page that gives no record is revalidated, not downloaded again (issue 18), against a real nginx."""

from __future__ import annotations

from pathlib import Path

import pytest

from scraper.fetch import profile_page as crawl_module
from scraper.fetch.crawl import CrawlSettings
from scraper.refresh.job import run_refresh
from scraper.refresh.run_report import EXIT_OK, exit_code_of
from scraper.refresh.settings import RefreshSettings
from scraper.storage.archive import Archive
from tests.nginx_site import NginxSite, nginx_site  # noqa: F401  (the fixture)


def settings_for(site: NginxSite, tmp_path: Path) -> RefreshSettings:
    crawl = CrawlSettings(base_url=site.base_url, rate=1000.0, concurrency=4, backoff=0.001,
                          max_retry_wait=0.01, timeout=10.0)
    # Every page asked every run: a soft 404 made here leaves the sitemap's lastmod as it was, and
    # skipping by lastmod is tested in test_refresh_lastmod.py.
    return RefreshSettings(crawl=crawl, cache_dir=tmp_path / "cache", out_dir=tmp_path / "out",
                           progress=False, revalidate_days=1)


def profile_requests(site: NginxSite) -> list:
    return [served for served in site.requests() if served.path.startswith("/site/")]


def test_a_permanently_broken_profile_costs_a_304_not_a_download(nginx_site: NginxSite, tmp_path):
    broken = nginx_site.mirror.slugs()[0]
    nginx_site.soft_404(broken)
    settings = settings_for(nginx_site, tmp_path)
    first = run_refresh(settings)
    assert first["pages"]["failed"] == 1 and first["pages"]["failed_unchanged"] == 0
    assert [f["url"] for f in first["failures"]] == [f"{nginx_site.base_url}/site/{broken}/"]

    nginx_site.clear_log()
    second = run_refresh(settings)

    served = profile_requests(nginx_site)
    assert len(served) == len(nginx_site.mirror.slugs())
    assert all(s.conditional and s.status == 304 and s.body_bytes == 0 for s in served), served
    assert second["pages"]["failed"] == second["pages"]["failed_unchanged"] == 1
    assert second["pages"]["failed_by_reason"] == {"not a profile page (error-page)": 1}
    assert second["pages"]["parsed"] == 0 and exit_code_of(second) == EXIT_OK


def test_a_good_page_turned_soft_404_is_downloaded_once_then_revalidated(nginx_site: NginxSite, tmp_path):
    settings = settings_for(nginx_site, tmp_path)
    run_refresh(settings)
    slug = nginx_site.mirror.slugs()[1]
    nginx_site.soft_404(slug)
    nginx_site.clear_log()

    turned = run_refresh(settings)
    bodies = [s for s in profile_requests(nginx_site) if s.status == 200]
    assert [s.path for s in bodies] == [f"/site/{slug}/"]  # its old validators no longer match
    assert turned["records"]["newly_stale"] == [slug]

    nginx_site.clear_log()
    again = run_refresh(settings)
    assert {s.status for s in profile_requests(nginx_site)} == {304}
    assert again["pages"]["failed_unchanged"] == 1 and again["records"]["stale"] == 1
    assert again["run"]["dataset_changed"] is False


def test_a_new_parser_judges_the_archived_body_again_without_a_download(
    nginx_site: NginxSite, tmp_path, monkeypatch
):
    broken = nginx_site.mirror.slugs()[0]
    url = f"{nginx_site.base_url}/site/{broken}/"
    nginx_site.soft_404(broken)
    settings = settings_for(nginx_site, tmp_path)
    run_refresh(settings)
    checked: list[str] = []
    real_check = crawl_module._not_a_profile_reason

    def spy(body: bytes, page_url: str) -> str | None:
        checked.append(page_url)
        return real_check(body, page_url)

    monkeypatch.setattr(crawl_module, "_not_a_profile_reason", spy)
    run_refresh(settings)
    assert checked == [], "the same parser's verdict on an unchanged body stands"

    monkeypatch.setattr(crawl_module, "PARSER_VERSION", "a-newer-parser")
    nginx_site.clear_log()
    report = run_refresh(settings)
    assert checked == [url]
    assert {s.status for s in profile_requests(nginx_site)} == {304}
    assert report["pages"]["failed_unchanged"] == 1
    with Archive(settings.cache_dir) as archive:
        assert archive.latest_fetch_for(url).checked_by == "a-newer-parser"

    checked.clear()
    run_refresh(settings)
    assert checked == [], "judged once per parser version"


@pytest.mark.parametrize("kind", ["500", "soft-404"])
def test_a_page_that_recovers_is_fetched_whole_again(kind, tmp_path):
    """A transport error keeps no validators of its own: the next request is for the last good body
    or the whole page, as before."""
    from tests.mirror import running_mirror

    with running_mirror(pages=12, seed=7, fixtures_dir=None) as mirror:
        crawl = CrawlSettings(base_url=mirror.base_url, rate=1000.0, backoff=0.001, max_retry_wait=0.01,
                              max_attempts=1)
        settings = RefreshSettings(crawl=crawl, cache_dir=tmp_path / "cache", out_dir=tmp_path / "out",
                                   progress=False)
        slug = mirror.slugs()[0]
        mirror.break_page(slug, kind)
        run_refresh(settings)
        mirror.restore_page(slug)
        mirror.clear_requests()
        report = run_refresh(settings)
        [answer] = [r for r in mirror.requests if r.path == f"/site/{slug}/"]
        assert answer.status == 200 and answer.bytes_sent > 0
        assert report["records"]["added"] == [slug] and report["pages"]["failed"] == 0
