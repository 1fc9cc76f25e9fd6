"""robots.txt and the WordPress core sitemaps (index, posts per type, taxonomies)."""

from __future__ import annotations

import gzip
from datetime import date
from html import escape


XMLNS = "http://www.sitemaps.org/schemas/sitemap/0.9"
PRIVATE_PATH = "/site/private-test-xx/"


def robots_txt(base_url: str, *, sitemap_url: str | None, crawl_delay: float | None) -> bytes:
    lines = ["User-agent: *", "Disallow: /wp-admin/", "Allow: /wp-admin/admin-ajax.php",
             f"Disallow: {PRIVATE_PATH}"]
    if crawl_delay is not None:
        lines.append(f"Crawl-delay: {crawl_delay:g}")
    if sitemap_url:
        lines += ["", f"Sitemap: {sitemap_url}"]
    return ("\n".join(lines) + "\n").encode()


def sitemap_index(locations: list[str]) -> bytes:
    entries = "".join(f"<sitemap><loc>{escape(loc)}</loc></sitemap>" for loc in locations)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<?xml-stylesheet type="text/xsl" href="/wp-sitemap-index.xsl" ?>\n'
        f'<sitemapindex xmlns="{XMLNS}">{entries}</sitemapindex>\n'
    ).encode()


def urlset(entries: list[tuple[str, date | None]], *, extra: tuple[str, ...] = ()) -> bytes:
    """A <urlset>; each entry's lastmod (a datetime or a date) is written in its ISO form."""
    parts = []
    for loc, lastmod in entries:
        stamp = f"<lastmod>{lastmod.isoformat()}</lastmod>" if lastmod else ""
        parts.append(f"<url><loc>{escape(loc)}</loc>{stamp}</url>\n")
    parts.extend(f"<url><loc>{escape(link)}</loc></url>\n" for link in extra)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<?xml-stylesheet type="text/xsl" href="/wp-sitemap.xsl" ?>\n'
        f'<urlset xmlns="{XMLNS}">\n{"".join(parts)}</urlset>\n'
    ).encode()


def gzipped(document: bytes) -> bytes:
    return gzip.compress(document, compresslevel=5, mtime=0)
