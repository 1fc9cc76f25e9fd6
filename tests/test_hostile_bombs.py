"""Promise 4: resource bombs are refused with a clear reason, within bounded memory and requests.

Memory is measured with tracemalloc (every Python allocation, the inflated bytes included): each
bomb below would need gigabytes if it were swallowed whole; the crawl's peak stays under
PEAK_LIMIT. Time is bounded by construction (caps on bytes, redirects, pages), never asserted.
"""

from __future__ import annotations

import tracemalloc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from scraper.storage.archive import Archive
from scraper.fetch.crawl import CrawlSettings, crawl
from scraper.fetch.crawl_result import CrawlResult
from scraper.fetch.discovery import MAX_PAGES_WITHOUT_NEW_PROFILES
from tests.mirror import Mirror, running_mirror
from tests.mirror.faults import gzip_bomb

GIB = 2**30
BOMB = GIB  # inflated size of every compression bomb below
PEAK_LIMIT = 200 * 2**20  # bytes of Python memory a crawl may peak at, bombs included


@contextmanager
def peak_memory() -> Iterator[list[int]]:
    """Yields a one-item list that holds, after the block, the peak traced memory within it."""
    tracemalloc.start()
    tracemalloc.reset_peak()
    peak = [0]
    try:
        yield peak
    finally:
        peak[0] = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()


def bounded_crawl(mirror: Mirror, cache: Path) -> CrawlResult:
    gzip_bomb(BOMB)  # built once and cached by the mirror: not the crawler's memory
    settings = CrawlSettings(base_url=mirror.base_url, rate=1000.0, timeout=10.0, backoff=0.01,
                             max_retry_wait=0.5, retry_budget=10)  # default body cap: 10 MiB
    with peak_memory() as peak, Archive(cache) as archive:
        result = crawl(settings, archive, progress=False)
    assert peak[0] < PEAK_LIMIT, f"peak {peak[0] / 2**20:.0f} MiB"
    return result


def outcome_of(result: CrawlResult, mirror: Mirror, slug: str):
    return next(outcome for outcome in result.outcomes if outcome.url == mirror.profile_url(slug))


@pytest.mark.parametrize(("fault", "problem"), [
    (f"gzip-bomb={BOMB}", "inflates past"),
    ("billion-laughs", "DTDForbidden"),
    ("xxe", "DTDForbidden"),
])
def test_a_hostile_sitemap_is_refused_and_discovery_falls_back_to_the_listings(
        tmp_path: Path, fault: str, problem: str) -> None:
    gzipped = fault.startswith("gzip")
    with running_mirror(pages=6, seed=7, fixtures_dir=None, sitemap_gzip=gzipped) as mirror:
        mirror.inject("/wp-sitemap-posts-site-1.xml" + (".gz" if gzipped else ""), fault, times=None)
        result = bounded_crawl(mirror, tmp_path)
        assert result.discovery_source == "listing"
        assert result.discovered == mirror.profile_urls() and result.complete
    assert any(problem in line for line in result.problems), result.problems
    assert "root:" not in repr(result)  # the XXE target (/etc/passwd) was never read


@pytest.mark.parametrize(("fault", "reason"), [
    ("huge", "body too large: Content-Length"),  # a 50 MB page, announced
    ("endless", "body too large: over"),  # a chunked body that never ends
    (f"encoding-bomb={BOMB}", "body too large: over"),  # 1 MiB of gzip inflating to 1 GiB
])
def test_an_oversized_page_is_refused_at_the_body_cap(tmp_path: Path, fault: str, reason: str) -> None:
    with running_mirror(pages=4, seed=7, fixtures_dir=None) as mirror:
        victim = mirror.slugs()[0]
        mirror.inject(f"/site/{victim}/", fault, times=None)
        result = bounded_crawl(mirror, tmp_path)
    outcome = outcome_of(result, mirror, victim)
    assert outcome.result == "failed" and outcome.reason.startswith(reason), outcome
    assert result.count("fetched") == len(result.discovered) - 1
    assert result.bytes_downloaded < 2 * CrawlSettings.max_body_bytes + 2**20 * len(result.discovered)


def test_an_endless_redirect_chain_is_cut_after_a_few_hops(tmp_path: Path) -> None:
    with running_mirror(pages=4, seed=7, fixtures_dir=None) as mirror:
        victim = mirror.slugs()[0]
        mirror.inject(f"/site/{victim}/", "redirect-loop", times=None)
        result = bounded_crawl(mirror, tmp_path)
        hops = [request for request in mirror.requests if request.path.startswith("/loop/")]
    outcome = outcome_of(result, mirror, victim)
    assert outcome.result == "failed" and "redirects" in outcome.reason
    assert len(hops) <= CrawlSettings.max_redirects


def test_an_endless_pagination_chain_ends_the_listing_walk(tmp_path: Path) -> None:
    with running_mirror(pages=6, seed=7, fixtures_dir=None, sitemap=False) as mirror:
        for tactic in ("buyer-arrests", "reverse-stings", "auto-seizure", "web-stings"):
            mirror.inject(f"/tactic/{tactic}/", "endless-pagination", times=None)
        result = bounded_crawl(mirror, tmp_path)
        listing_requests = [request for request in mirror.requests if request.path.startswith("/tactic/")]
    assert result.discovered == mirror.profile_urls() and result.complete
    assert any("list nothing new" in line for line in result.problems)
    # Each endless archive stops after a few pages that add nothing; 15 archives at most.
    assert len(listing_requests) < 15 * (MAX_PAGES_WITHOUT_NEW_PROFILES + 3)
