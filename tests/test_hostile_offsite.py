"""Promise 3: nothing leaves the site. Only the base URL's own host and port are ever requested.

Proved three ways at once: decoy servers on the addresses the hostile links and redirects point to
(127.0.0.2 on the mirror's port, and 127.0.0.1 on the next port) must receive zero requests; every
socket connection and name lookup the process makes during the crawl (seen by an audit hook) goes
to the mirror; and every refused URL is recorded with its reason.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

import httpx
from hypothesis import given, settings
from hypothesis import strategies as st

from scraper.storage.archive import Archive
from scraper.fetch.crawl import CrawlSettings, crawl
from scraper.fetch.crawl_result import CrawlResult
from scraper.fetch.urls import canonicalize
from tests.mirror import Mirror
from tests.mirror.faults import HOSTILE_LINKS
from tests.mirror.server import MirrorServer

REDIRECT_FAULTS = ("offsite", "offsite-ip", "offsite-port", "offsite-scheme", "offsite-private")


class _DecoyHandler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # the stdlib names it so
        self.server.hits.append(self.path)  # type: ignore[attr-defined]
        body = b"<html><body><h1>Evil, CT</h1><p>Tactics Used</p><ul><li>Cameras</li></ul></body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        """Silent: hits are counted instead."""


@dataclass
class Site:
    mirror: Mirror
    decoys: list[ThreadingHTTPServer]
    connections: list[tuple[str, object]] = field(default_factory=list)

    @property
    def decoy_hits(self) -> list[str]:
        return [hit for decoy in self.decoys for hit in decoy.hits]  # type: ignore[attr-defined]


_watched: list[list[tuple[str, object]]] = []


def _audit(event: str, args: tuple) -> None:
    if _watched and event in ("socket.connect", "socket.getaddrinfo"):
        _watched[-1].append((event, args[1] if event == "socket.connect" else args[0]))


sys.addaudithook(_audit)  # audit hooks cannot be removed; it records only while a test watches


def _serve(server: ThreadingHTTPServer) -> threading.Thread:
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    return thread


@contextmanager
def site_with_decoys(**options: object) -> Iterator[Site]:
    """The mirror on 127.0.0.1:P, decoys on 127.0.0.2:P and 127.0.0.1:P+1 (retrying until P+1 is free)."""
    for _ in range(50):
        server = MirrorServer(0)
        port = server.server_address[1]
        try:
            decoys = [ThreadingHTTPServer(("127.0.0.2", port), _DecoyHandler),
                      ThreadingHTTPServer(("127.0.0.1", port + 1), _DecoyHandler)]
        except OSError:
            server.server_close()
            continue
        break
    else:
        raise RuntimeError("no free port pair for the decoys")
    server.mirror = Mirror(server.base_url, **options)
    for decoy in decoys:
        decoy.hits = []  # type: ignore[attr-defined]
    threads = [_serve(server), *(_serve(decoy) for decoy in decoys)]
    site = Site(server.mirror, decoys)
    try:
        yield site
    finally:
        for each in (server, *decoys):
            each.shutdown()
        server.close_connections()
        for each in (server, *decoys):
            each.server_close()
        for thread in threads:
            thread.join(timeout=5)


def watched_crawl(site: Site, cache: Path) -> CrawlResult:
    settings_ = CrawlSettings(base_url=site.mirror.base_url, rate=1000.0, timeout=5.0, backoff=0.01,
                              max_retry_wait=0.5, retry_budget=20)
    _watched.append(site.connections)
    try:
        with Archive(cache) as archive:
            result = crawl(settings_, archive, progress=False)
            archived = archive.urls()
    finally:
        _watched.pop()
    assert all(url.startswith(site.mirror.base_url + "/") for url in archived)
    return result


def assert_only_the_site_was_contacted(site: Site) -> None:
    port = urlsplit(site.mirror.base_url).port
    assert site.decoy_hits == []
    connects = {address for event, address in site.connections if event == "socket.connect"}
    lookups = {host for event, host in site.connections if event == "socket.getaddrinfo"}
    assert connects == {("127.0.0.1", port)}
    assert lookups <= {"127.0.0.1", b"127.0.0.1"}
    assert all(request.headers.get("host") == f"127.0.0.1:{port}" for request in site.mirror.requests)


def test_redirects_to_another_host_scheme_port_or_private_address_are_refused_and_recorded(tmp_path: Path) -> None:
    with site_with_decoys(pages=12, seed=3) as site:
        victims = site.mirror.slugs()[: len(REDIRECT_FAULTS)]
        for slug, fault in zip(victims, REDIRECT_FAULTS, strict=True):
            site.mirror.inject(f"/site/{slug}/", fault, times=None)
        result = watched_crawl(site, tmp_path)
        assert_only_the_site_was_contacted(site)
        port = urlsplit(site.mirror.base_url).port
        for decoy in (f"http://127.0.0.2:{port}/probe", f"http://127.0.0.1:{port + 1}/probe"):
            assert httpx.get(decoy).status_code == 200  # the decoys were listening all along
        assert site.decoy_hits == ["/probe", "/probe"]
    outcomes = {outcome.url: outcome for outcome in result.outcomes}
    for slug in victims:
        outcome = outcomes[site.mirror.profile_url(slug)]
        assert outcome.result == "failed" and outcome.reason.startswith("redirect off the site"), outcome
    assert result.count("fetched") == len(result.discovered) - len(victims)
    refused_targets = " ".join(result.refused.values())
    for target in ("evil.example", "127.0.0.2", "10.0.0.1", "https://127.0.0.1"):
        assert target in refused_targets


def test_links_to_other_hosts_and_schemes_in_sitemaps_are_recorded_never_fetched(tmp_path: Path) -> None:
    with site_with_decoys(pages=8, seed=4) as site:
        site.mirror.inject("/wp-sitemap-posts-site-1.xml", "offsite-links", times=None)
        site.mirror.inject("/wp-sitemap.xml", "offsite-links", times=None)
        result = watched_crawl(site, tmp_path)
        assert_only_the_site_was_contacted(site)
        assert result.discovered == site.mirror.profile_urls()
    for link in HOSTILE_LINKS:
        assert link in result.refused, link


def test_links_to_other_hosts_and_schemes_in_listing_pages_are_recorded_never_fetched(tmp_path: Path) -> None:
    with site_with_decoys(pages=8, seed=4, sitemap=False) as site:
        for tactic in ("buyer-arrests", "reverse-stings", "web-stings"):
            site.mirror.inject(f"/tactic/{tactic}/", "offsite-links", times=None)
        result = watched_crawl(site, tmp_path)
        assert_only_the_site_was_contacted(site)
        assert result.discovery_source == "listing"
        assert result.discovered == site.mirror.profile_urls()
    refused = set(result.refused)
    for link in HOSTILE_LINKS:
        resolved = urljoin(site.mirror.base_url + "/tactic/buyer-arrests/", link)
        assert link in refused or resolved in refused, link


URL_PIECES = ("http:", "https:", "//", "/", "\\", "@", ":", "#", "?", "%2f", "%2e", "%00", "%40", ".", "..",
              "evil.example", "demand-forum.org", "www.", "127.0.0.1", "127.0.0.2", "[::1]", "0x7f.1", "10.0.0.1",
              "site", "x", "8080", ":443", ":80", "\t", "\n", " ", "ｅｖｉｌ", "user:pw@", "javascript:", "file:")


@settings(derandomize=True, database=None, deadline=None, max_examples=400)
@given(st.lists(st.sampled_from(URL_PIECES), max_size=12).map("".join))
def test_every_url_the_site_accepts_is_sent_by_httpx_to_the_site(url: str) -> None:
    """canonicalize() (urllib's parser) decides; httpx (its own parser) sends: they must agree on the host."""
    base = "https://demand-forum.org"
    if canonicalize(url, base) is None:
        return
    target = httpx.URL(urldefrag(urljoin(base, url.strip())).url)
    assert target.host.rstrip(".") in ("demand-forum.org", "www.demand-forum.org")
    assert target.port in (None, 443, 80)
    assert target.scheme in ("http", "https")
