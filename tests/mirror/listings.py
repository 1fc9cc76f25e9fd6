"""The site's HTML pages other than profiles: home, Browse Locations, tactic pages and archives."""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from html import escape

from parsers.vocabulary import TACTICS
from tests.mirror import chrome


@dataclass(frozen=True)
class Teaser:
    slug: str
    post_id: int
    name: str
    excerpt: str


def teaser_href(base_url: str, teaser: Teaser) -> str:
    """Mostly the canonical URL; some links use the aliases WordPress themes produce."""
    roll = zlib.crc32(teaser.slug.encode()) % 100
    if roll < 8:
        return f"{base_url}/site/{teaser.slug}"
    if roll < 13:
        return f"{base_url}/?p={teaser.post_id}"
    if roll < 18:
        return f"{base_url}/site/{teaser.slug}/#more-{teaser.post_id}"
    if roll < 23:
        return f"{base_url}/site/{teaser.slug}/?utm_source=x"
    return f"{base_url}/site/{teaser.slug}/"


def _teaser_html(base_url: str, teaser: Teaser) -> str:
    href = escape(teaser_href(base_url, teaser))
    return (
        f'<article class="post-{teaser.post_id} site type-site status-publish entry">'
        f'<header class="entry-header"><h2 class="entry-title"><a href="{href}" rel="bookmark">'
        f"{escape(teaser.name, quote=False)}</a></h2></header>"
        f'<div class="entry-summary"><p>{escape(teaser.excerpt, quote=False)} [&hellip;]</p></div>'
        f'<a class="more-link" href="{href}">Read more</a></article>\n'
    )


def listing_page(base_url: str, tactic: str, page: int, teasers: list[Teaser], *, has_next: bool,
                 extra: tuple[str, ...] = ()) -> bytes:
    """Archive page `page` of `tactic`; `extra` are links added as teasers (hostile-input tests)."""
    root = f"{base_url}/tactic/{tactic}/"
    links = []
    if page > 1:
        previous = root if page == 2 else f"{root}page/{page - 1}/"
        links.append(f'<a class="prev page-numbers" href="{previous}">&laquo; Previous</a>')
    links.append(f'<span aria-current="page" class="page-numbers current">{page}</span>')
    if has_next:
        links.append(f'<a class="page-numbers" href="{root}page/{page + 1}/">{page + 1}</a>')
        links.append(f'<a class="next page-numbers" href="{root}page/{page + 1}/">Next &raquo;</a>')
    extra_teasers = "".join(
        f'<article class="entry"><h2 class="entry-title"><a href="{escape(link)}">Elsewhere, XX</a></h2>'
        f'<a class="more-link" href="{escape(link)}">Read more</a></article>\n' for link in extra
    )
    body = (
        f'<header class="page-header"><h1 class="page-title">Tactic: <span>{escape(TACTICS[tactic])}</span></h1></header>\n'
        + "".join(_teaser_html(base_url, t) for t in teasers)
        + extra_teasers
        + f'<nav class="navigation pagination" aria-label="Posts"><div class="nav-links">{" ".join(links)}</div></nav>'
    )
    canonical = root if page == 1 else f"{root}page/{page}/"
    return chrome.plain_page(base_url, TACTICS[tactic], body, canonical=canonical,
                             body_class=f"archive tax-tactic term-{tactic}")


def home_page(base_url: str) -> bytes:
    items = "".join(f'<li><a href="{base_url}/{slug}/">{escape(name)}</a></li>' for slug, name in TACTICS.items())
    body = (
        '<article class="page"><h1 class="entry-title">Demand Forum</h1>'
        "<p>This site documents tactics used to address the demand for commercial sex in US cities and counties.</p>"
        f'<p><a href="{base_url}/browse-locations/">Browse Locations</a> &middot; '
        f'<a href="{base_url}/map-locations/">Map Locations</a></p><ul>{items}</ul></article>'
    )
    return chrome.plain_page(base_url, "Home", body, canonical=f"{base_url}/", body_class="home page")


def browse_locations_page(base_url: str) -> bytes:
    items = "".join(
        f'<li><a href="{base_url}/tactic/{slug}/">{escape(name)}</a></li>' for slug, name in TACTICS.items()
    )
    body = ('<article class="page"><h1 class="entry-title">Browse Locations</h1>'
            f"<p>Browse the locations by tactic:</p><ul>{items}</ul></article>")
    return chrome.plain_page(base_url, "Browse Locations", body, canonical=f"{base_url}/browse-locations/")


def map_locations_page(base_url: str) -> bytes:
    body = ('<article class="page"><h1 class="entry-title">Map Locations</h1>'
            '<div id="map" class="acf-map" data-zoom="4"></div></article>')
    return chrome.plain_page(base_url, "Map Locations", body, canonical=f"{base_url}/map-locations/")


def tactic_page(base_url: str, tactic: str) -> bytes:
    name = escape(TACTICS[tactic])
    body = (f'<article class="page"><h1 class="entry-title">{name}</h1>'
            f"<p>{name} is one of the tactics documented on this site.</p>"
            f'<p><a href="{base_url}/tactic/{tactic}/">Locations using {name}</a></p></article>')
    return chrome.plain_page(base_url, TACTICS[tactic], body, canonical=f"{base_url}/{tactic}/")


def about_page(base_url: str) -> bytes:
    body = ('<article class="page"><h1 class="entry-title">About</h1>'
            "<p>Demand Forum is a project documenting demand reduction efforts.</p>"
            "<p>Contact us through the form below.</p></article>")
    return chrome.plain_page(base_url, "About", body, canonical=f"{base_url}/about/")


def private_page(base_url: str) -> bytes:
    body = '<article class="page"><h1 class="entry-title">Private Test, XX</h1><p>Robots may not read this.</p></article>'
    return chrome.plain_page(base_url, "Private Test, XX", body)
