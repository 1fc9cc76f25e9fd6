"""Discovery of every profile URL: sitemaps first, the site's listing pages as the fallback.

Sitemap sources, in order, until one lists profiles: the `Sitemap:` lines of robots.txt,
`/wp-sitemap.xml`, `/sitemap_index.xml`, `/sitemap.xml`. Sitemap indexes are followed (with a cap on
the number of sitemaps), gzip is inflated with a size cap, and XML is parsed by defusedxml with DTDs
forbidden (no entity expansion, no external entities). The fallback reads the tactic archives linked
from the home page and the browse page, following their pagination with a page cap and loop
detection. Every link is canonicalized; links off the site are recorded and never fetched; short
links `/?p=<id>` are resolved through their redirect.
"""

from __future__ import annotations

import logging
import re
import zlib
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Literal, NamedTuple
from urllib.parse import urljoin, urlsplit
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as parse_xml
from selectolax.lexbor import LexborHTMLParser

from parsers import NotAProfilePage
from parsers.bounds import readable_html

from scraper.fetch.errors import FetchError
from scraper.fetch.http import PoliteClient
from scraper.fetch.response import HTML_TYPES, Response
from scraper.fetch.sitemap_xml import GZIP_MAGIC, entries, inflate_capped, local_name
from scraper.fetch.urls import canonicalize, is_profile_url, short_link_id

log = logging.getLogger("demandforum.discovery")

DEFAULT_SITEMAPS = ("/wp-sitemap.xml", "/sitemap_index.xml", "/sitemap.xml")
LISTING_ENTRY_PAGES = ("/", "/browse-locations/")
SITEMAP_MAX_BYTES = 50 * 2**20  # the sitemap protocol's own limit, compressed or not
MAX_SITEMAPS = 1000
MAX_TACTIC_ARCHIVES = 100
MAX_PAGES_PER_ARCHIVE = 1000
MAX_PAGES_WITHOUT_NEW_PROFILES = 5
_TACTIC_ARCHIVE = re.compile(r"^/tactic/([^/]+)/(?:page/(\d+)/)?$")


class _Link(NamedTuple):
    href: str  # made absolute against the page it is on, when it can be
    rel: str
    text: str


class DiscoveryFailed(Exception):
    """No source listed any profile: the run cannot start."""


@dataclass
class Discovery:
    profiles: dict[str, str | None] = field(default_factory=dict)  # canonical URL -> <lastmod>
    source: Literal["sitemap", "listing"] = "sitemap"
    problems: list[str] = field(default_factory=list)  # sources that failed, one line each


async def discover(
    client: PoliteClient, get_sitemap: Callable[..., Awaitable[Response]] | None = None
) -> Discovery:
    """Every profile URL of `client.base_url`; call after `client.load_robots()`.
    `get_sitemap`: a stand-in for `client.get` (one that answers from an archive when nothing changed)."""
    finder = _Finder(client, get_sitemap or client.get)
    for source in _sitemap_sources(client):
        await finder.read_sitemaps(source)
        if finder.found.profiles:
            finder.found.source = "sitemap"
            return finder.found
    log.info("no sitemap lists profiles; reading the listing pages")
    await finder.read_listings()
    if finder.found.profiles:
        finder.found.source = "listing"
        return finder.found
    latest_problems = "; ".join(finder.found.problems[-5:])
    raise DiscoveryFailed(f"no profile URL in any sitemap or listing page: {latest_problems}")


def _sitemap_sources(client: PoliteClient) -> list[list[str]]:
    from_robots = client.robots.sitemaps
    sources = [from_robots] if from_robots else []
    return sources + [[path] for path in DEFAULT_SITEMAPS]


class _Finder:
    def __init__(self, client: PoliteClient, get_sitemap: Callable[..., Awaitable[Response]]) -> None:
        self.client = client
        self._get_sitemap = get_sitemap
        self.found = Discovery()
        self._sitemaps_seen: set[str] = set()
        self._short_links: dict[str, str | None] = {}

    # -- sitemaps ------------------------------------------------------------------------

    async def read_sitemaps(self, urls: list[str]) -> None:
        queue = [url for url in (self._site_url(url, "sitemap link") for url in urls) if url]
        while queue:
            url = queue.pop(0)
            if url in self._sitemaps_seen:
                continue
            if len(self._sitemaps_seen) >= MAX_SITEMAPS:
                self._problem(f"more than {MAX_SITEMAPS} sitemaps; the rest are ignored")
                return
            self._sitemaps_seen.add(url)
            root = await self._fetch_sitemap(url)
            if root is None:
                continue
            kind = local_name(root.tag)
            if kind == "sitemapindex":
                children = (self._site_url(loc, "sitemap link") for loc, _ in entries(root, "sitemap"))
                queue.extend(child for child in children if child)
            elif kind == "urlset":
                for loc, lastmod in entries(root, "url"):
                    await self._add_link(loc, lastmod)
            else:
                self._problem(f"{url}: not a sitemap (root element <{kind}>)")

    async def _fetch_sitemap(self, url: str) -> Element | None:
        try:
            response = await self._get_sitemap(
                url, kind="sitemaps", accept=None, max_bytes=SITEMAP_MAX_BYTES
            )
        except FetchError as error:
            self._problem(f"{url}: {error.reason}")
            return None
        xml = response.body
        try:
            if xml.startswith(GZIP_MAGIC):
                xml = inflate_capped(xml, SITEMAP_MAX_BYTES)
            return parse_xml(xml, forbid_dtd=True)
        except (ValueError, ParseError, DefusedXmlException, zlib.error) as error:
            self._problem(f"{url}: unreadable sitemap ({type(error).__name__}: {error})"[:300])
            return None

    # -- listing pages -------------------------------------------------------------------

    async def read_listings(self) -> None:
        archives: list[str] = []
        for path in LISTING_ENTRY_PAGES:
            for link in await self._page_links(urljoin(self.client.base_url, path)):
                archive = _tactic_archive_start(canonicalize(link.href, self.client.base_url))
                if archive and archive not in archives:
                    archives.append(archive)
        if len(archives) > MAX_TACTIC_ARCHIVES:
            self._problem(f"{len(archives)} tactic archives; only the first {MAX_TACTIC_ARCHIVES} are read")
        for archive in archives[:MAX_TACTIC_ARCHIVES]:
            await self._read_archive(archive)

    async def _read_archive(self, first_page: str) -> None:
        seen_pages: set[str] = set()
        seen_profiles: set[str] = set()
        pages_without_new = 0
        page: str | None = first_page
        while page is not None:
            if page in seen_pages:
                self._problem(f"{first_page}: pagination loops back to {page}")
                return
            if len(seen_pages) >= MAX_PAGES_PER_ARCHIVE:
                self._problem(f"{first_page}: more than {MAX_PAGES_PER_ARCHIVE} pages; stopped")
                return
            seen_pages.add(page)
            links = await self._page_links(page)
            profiles = {url for url in (await self._add_links(links)) if url not in seen_profiles}
            seen_profiles |= profiles
            pages_without_new = 0 if profiles else pages_without_new + 1
            if pages_without_new >= MAX_PAGES_WITHOUT_NEW_PROFILES:
                self._problem(f"{first_page}: {pages_without_new} pages in a row list nothing new; stopped")
                return
            page = self._next_page(page, links)

    async def _page_links(self, url: str) -> list[_Link]:
        try:
            response = await self.client.get(url, kind="listings", accept=HTML_TYPES)
        except FetchError as error:
            self._problem(f"{url}: {error.reason}")
            return []
        try:  # decoded and bounded as the parser reads pages: a hostile listing cannot hang discovery
            html, _ = readable_html(response.body)
        except NotAProfilePage as refusal:
            self._problem(f"{url}: {refusal}")
            return []
        links = []
        for node in LexborHTMLParser(html).css("a[href], link[rel][href]"):
            href = _absolute(node.attributes.get("href") or "", response.final_url)
            text = node.text(strip=True) if node.tag == "a" else ""
            links.append(_Link(href, node.attributes.get("rel") or "", text))
        return links

    async def _add_links(self, links: Iterable[_Link]) -> list[str]:
        added = []
        for link in links:
            if profile := await self._add_link(link.href, None, listing=True):
                added.append(profile)
        return added

    def _next_page(self, current: str, links: list[_Link]) -> str | None:
        current_match = _TACTIC_ARCHIVE.match(urlsplit(current).path)
        candidates = []
        for href, rel, text in links:
            url = canonicalize(href, self.client.base_url)
            match = _TACTIC_ARCHIVE.match(urlsplit(url).path) if url else None
            if not match or not current_match or match.group(1) != current_match.group(1):
                continue
            if "next" in rel.lower().split() or "next" in text.lower():
                return url
            if int(match.group(2) or 1) == int(current_match.group(2) or 1) + 1:
                candidates.append(url)
        return candidates[0] if candidates else None

    # -- links ---------------------------------------------------------------------------

    async def _add_link(self, href: str, lastmod: str | None, *, listing: bool = False) -> str | None:
        """Record `href` if it is a profile (resolving short links); return its canonical URL."""
        url = self._site_url(href, "listing link" if listing else "sitemap entry")
        if url is None:
            return None
        if short_link_id(url) is not None:
            url = await self._resolve_short_link(url)
            if url is None:
                return None
        if not is_profile_url(url):
            return None
        if not self.client.robots.allows(url):
            self.client.record_refusal(url, "disallowed by robots.txt")
            return None
        if lastmod or url not in self.found.profiles:
            self.found.profiles[url] = lastmod
        return url

    async def _resolve_short_link(self, url: str) -> str | None:
        if url not in self._short_links:
            try:
                final = await self.client.resolve(url, is_destination=_is_site_profile(self.client.base_url))
            except FetchError as error:
                self._problem(f"{url}: short link not resolved: {error.reason}")
                final = None
            self._short_links[url] = final and canonicalize(final, self.client.base_url)
        return self._short_links[url]

    def _site_url(self, href: str, what: str) -> str | None:
        url = canonicalize(href, self.client.base_url)
        if url is None and href.strip():
            self.client.record_refusal(href[:500], f"{what} off the site")
        return url

    def _problem(self, message: str) -> None:
        log.warning("discovery: %s", message)
        self.found.problems.append(message)


def _absolute(href: str, page_url: str) -> str:
    try:
        return urljoin(page_url, href.strip())
    except ValueError:  # e.g. a malformed IPv6 host: canonicalize will refuse it as it is
        return href


def _tactic_archive_start(url: str | None) -> str | None:
    """The first page of the tactic archive `url` belongs to (None: not a tactic archive)."""
    if url is None:
        return None
    match = _TACTIC_ARCHIVE.match(urlsplit(url).path)
    if match is None:
        return None
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/tactic/{match.group(1)}/"


def _is_site_profile(base_url: str):
    def is_destination(url: str) -> bool:
        canonical = canonicalize(url, base_url)
        return canonical is not None and is_profile_url(canonical)

    return is_destination
