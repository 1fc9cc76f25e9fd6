"""Discovery against the mirror (real HTTP on 127.0.0.1), including hostile sitemaps and listings."""

import asyncio
import gzip
import time

import pytest

from scraper.fetch.crawl import DEFAULT_USER_AGENT
from scraper.fetch.discovery import Discovery, DiscoveryFailed, discover
from scraper.fetch.sitemap_xml import inflate_capped
from scraper.fetch.http import PoliteClient
from tests.mirror import running_mirror

PRIVATE = "/site/private-test-xx/"


def run_discovery(mirror) -> tuple[Discovery, PoliteClient]:
    async def main():
        async with PoliteClient(base_url=mirror.base_url, user_agent=DEFAULT_USER_AGENT, rate=1000.0,
                                concurrency=4, timeout=5.0, max_body_bytes=2**20, retry_budget=10,
                                backoff=0.01, max_retry_wait=0.5) as client:
            await client.load_robots()
            return await discover(client), client

    return asyncio.run(main())


def answered_requests(mirror, expected: int) -> int:
    """How many requests the mirror logged, once `expected` are in or a few seconds passed.

    The mirror logs a request when it has answered, so a slow answer the crawler gave up on
    shows up late."""
    deadline = time.monotonic() + 5
    while len(mirror.requests) < expected and time.monotonic() < deadline:
        time.sleep(0.05)
    return len(mirror.requests)


def assert_only_the_mirror_was_asked(mirror, client):
    # Every request the client counted reached the mirror: none went to another host.
    assert answered_requests(mirror, client.requests) == client.requests
    assert PRIVATE not in {request.path for request in mirror.requests}


@pytest.mark.parametrize("gzipped", [False, True])
def test_the_sitemaps_list_every_profile_once_with_its_lastmod(gzipped):
    with running_mirror(pages=30, seed=2, sitemap_gzip=gzipped, sitemap_page_size=12) as mirror:
        found, client = run_discovery(mirror)
        assert found.source == "sitemap"
        assert sorted(found.profiles) == sorted(mirror.profile_urls())
        assert all(lastmod and lastmod[:2] == "20" for lastmod in found.profiles.values())
        assert client.refusals == {mirror.base_url + PRIVATE: "disallowed by robots.txt"}
        assert_only_the_mirror_was_asked(mirror, client)


def test_without_sitemaps_the_listing_pages_and_short_links_find_every_profile():
    with running_mirror(pages=60, seed=1, sitemap=False) as mirror:
        found, client = run_discovery(mirror)
        assert found.source == "listing"
        assert sorted(found.profiles) == sorted(mirror.profile_urls())
        paths = [request.path for request in mirror.requests]
        assert any(path.startswith("/?p=") for path in paths), "the listings use short links"
        assert not any(path.startswith("/site/") for path in paths), "short links resolve without page bodies"
        assert_only_the_mirror_was_asked(mirror, client)


def test_without_a_sitemap_line_in_robots_the_wordpress_sitemap_is_tried():
    with running_mirror(pages=10, seed=2, robots=f"User-agent: *\nDisallow: {PRIVATE}\n") as mirror:
        found, _ = run_discovery(mirror)
        assert found.source == "sitemap" and sorted(found.profiles) == sorted(mirror.profile_urls())


@pytest.mark.parametrize(
    ("fault", "problem"),
    [
        ("gzip-bomb=200000000", "gzip inflates past"),
        ("billion-laughs", "DTDForbidden"),
        ("xxe", "DTDForbidden"),
    ],
)
def test_hostile_sitemaps_are_refused_and_discovery_falls_back_to_listings(fault, problem):
    with running_mirror(pages=10, seed=2) as mirror:
        mirror.inject("/wp-sitemap.xml", fault, times=None)
        found, client = run_discovery(mirror)
        assert any(problem in line for line in found.problems), found.problems
        assert found.source == "listing"
        assert sorted(found.profiles) == sorted(mirror.profile_urls())
        assert_only_the_mirror_was_asked(mirror, client)


def test_links_to_other_hosts_and_schemes_are_recorded_never_fetched():
    with running_mirror(pages=10, seed=2) as mirror:
        mirror.inject("/wp-sitemap-posts-site-1.xml", "offsite-links", times=None)
        found, client = run_discovery(mirror)
        assert sorted(found.profiles) == sorted(mirror.profile_urls())
        refused = set(client.refusals)
        for hostile in ["http://10.0.0.1/site/x/", "http://evil.example/site/evil-ct/",
                        "http://127.0.0.2/site/y/", "file:///etc/passwd", "javascript:alert(1)"]:
            assert hostile in refused
        assert_only_the_mirror_was_asked(mirror, client)


def test_endless_pagination_and_hostile_links_on_listings_are_cut_short_and_recorded():
    with running_mirror(pages=15, seed=2, sitemap=False) as mirror:
        for tactic_root in ["/tactic/buyer-arrests/", "/tactic/reverse-stings/"]:
            mirror.inject(tactic_root, "endless-pagination", times=None)
            mirror.inject(tactic_root, "offsite-links", times=None)
        found, client = run_discovery(mirror)
        assert sorted(found.profiles) == sorted(mirror.profile_urls())
        assert any("list nothing new" in line for line in found.problems)
        assert len(mirror.requests) < 200
        assert {"http://10.0.0.1/site/x/", "data:text/html,<h1>x</h1>"} <= set(client.refusals)
        assert_only_the_mirror_was_asked(mirror, client)


def test_when_no_source_lists_a_profile_discovery_fails_with_the_reasons():
    with running_mirror(pages=5, seed=2, sitemap=False) as mirror:
        for path in ["/", "/browse-locations/"]:
            mirror.inject(path, "gone", times=None)
        with pytest.raises(DiscoveryFailed, match="HTTP 410"):
            run_discovery(mirror)


def test_inflating_is_capped():
    assert inflate_capped(gzip.compress(b"x" * 1000), 1000) == b"x" * 1000
    with pytest.raises(ValueError, match="inflates past 999 bytes"):
        inflate_capped(gzip.compress(b"x" * 1000), 999)
