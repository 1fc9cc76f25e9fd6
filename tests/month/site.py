"""The site of the simulated month: the mirror's pages as files that nginx serves, changed between
nights as a real site changes, and the truth the published dataset is checked against.

The mirror (`tests.mirror`) makes the pages; this module owns the files, their mtimes (nginx's
Last-Modified and ETag) and the sitemaps' <lastmod>, which is where a site can tell the truth or not:
an edit "with a lastmod bump" moves the page's sitemap <lastmod>, one without leaves it (the file's
mtime still moves, as a server's would), and while the sitemap lies (`freeze_lastmod`) no edit moves it.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime

from tests.mirror import sitemaps
from tests.nginx_site import NginxSite

_SITEMAP_NAME = re.compile(r"/wp-sitemap-posts-site-\d+\.xml$")


@dataclass(frozen=True)
class Version:
    """What one location's page is on the site now."""

    sha256: str  # of the bytes served
    population: int | None  # what the parser must read from it
    changed_on: int  # the night before which this version appeared
    announced: bool  # its sitemap <lastmod> moved with it (or the URL is new)


class MonthSite:
    def __init__(self, site: NginxSite, *, at: datetime) -> None:
        """`at`: when the sitemaps were last written before the first night."""
        self.site = site
        self.mirror = site.mirror
        self.truth: dict[str, Version] = {}  # live slug -> its current version
        self.gone_on: dict[str, int] = {}  # slug removed (or renamed away) -> the night it went
        self.lastmod: dict[str, datetime] = {}
        self.frozen = False  # the sitemap lies: no <lastmod> moves
        self.renamed: set[str] = set()  # new slugs, whose pages the mirror does not know
        for slug in self.mirror.slugs():
            self._record(slug, self._body(slug), night=0, announced=True)
            self.lastmod[slug] = self._mirror_lastmod(slug)
        self.write_sitemaps(at)

    # -- the changes ----------------------------------------------------------------------------

    def edit(self, slug: str, *, night: int, at: datetime, bump: bool) -> None:
        """A new version of the page (its population changes), served from `at`."""
        self.mirror.change_page(slug)
        body = self._body(slug)
        self.site.write(f"/site/{slug}/", body, mtime=at.timestamp())
        announced = bump and not self.frozen
        if announced:
            self.lastmod[slug] = at
        self._record(slug, body, night=night, announced=announced)

    def add(self, count: int, *, night: int, at: datetime) -> list[str]:
        added = self.mirror.add_pages(count)
        for slug in added:
            body = self._body(slug)
            self.site.write(f"/site/{slug}/", body, mtime=at.timestamp())
            self.lastmod[slug] = at
            self._record(slug, body, night=night, announced=True)
        return added

    def remove(self, slug: str, *, night: int) -> None:
        """The page is deleted: a 404, and gone from the sitemap."""
        self.mirror.remove_page(slug)
        (self.site.root / "site" / slug / "index.html").unlink()
        self._forget(slug, night)

    def rename(self, slug: str, *, night: int, at: datetime) -> str:
        """The page moves to a new slug; the old URL answers 301 to it. Returns the new slug."""
        head, _, state = slug.rpartition("-")
        new_slug = f"{head}-city-{state}"
        body = self._body(slug).replace(f"/site/{slug}/".encode(), f"/site/{new_slug}/".encode())
        population = self.mirror.expected_record(slug)["population"]
        self.mirror.remove_page(slug)
        (self.site.root / "site" / slug / "index.html").unlink()
        self.site.write(f"/site/{new_slug}/", body, mtime=at.timestamp())
        self.site.redirect(f"/site/{slug}/", f"/site/{new_slug}/")
        self._forget(slug, night)
        self.lastmod[new_slug] = at
        self.truth[new_slug] = Version(hashlib.sha256(body).hexdigest(), population, night, True)
        self.renamed.add(new_slug)
        return new_slug

    def changeable(self) -> list[str]:
        """The live pages the mirror can edit, remove or rename (not those renamed already)."""
        return sorted(self.truth.keys() - self.renamed)

    def write_sitemaps(self, at: datetime) -> None:
        """The sitemap index and the profile sitemaps, from the live pages and their <lastmod>,
        written at `at` (their mtime: nginx's validators must move when their bytes do)."""
        base, size = self.site.base_url, self.mirror.sitemap_page_size
        slugs = sorted(self.truth)
        chunks = [slugs[start:start + size] for start in range(0, len(slugs), size)] or [[]]
        names = [f"wp-sitemap-posts-site-{number}.xml" for number in range(1, len(chunks) + 1)]
        for old in self.site.root.glob("wp-sitemap-posts-site-*.xml"):
            if _SITEMAP_NAME.search(f"/{old.name}") and old.name not in names:
                old.unlink()
        for name, chunk in zip(names, chunks, strict=True):
            entries = [(f"{base}/site/{slug}/", self.lastmod[slug]) for slug in chunk]
            self._rewrite(f"/{name}", sitemaps.urlset(entries), at)
        others = ["wp-sitemap-posts-page-1.xml", "wp-sitemap-taxonomies-tactic-1.xml"]
        index = sitemaps.sitemap_index([f"{base}/{n}" for n in names + others])
        self._rewrite("/wp-sitemap.xml", index, at)

    # -- helpers --------------------------------------------------------------------------------

    def _rewrite(self, path: str, body: bytes, at: datetime) -> None:
        """A file regenerated at `at`, touched only when its bytes change (then 304s still come)."""
        current = self.site.root / path.lstrip("/")
        if not current.exists() or current.read_bytes() != body:
            self.site.write(path, body, mtime=at.timestamp())

    def _body(self, slug: str) -> bytes:
        return self.mirror.respond("GET", f"/site/{slug}/", {}).body

    def _mirror_lastmod(self, slug: str) -> datetime:
        stamp = self.mirror.respond("GET", f"/site/{slug}/", {}).headers["Last-Modified"]
        return parsedate_to_datetime(stamp)

    def _record(self, slug: str, body: bytes, *, night: int, announced: bool) -> None:
        population = self.mirror.expected_record(slug)["population"]
        self.truth[slug] = Version(hashlib.sha256(body).hexdigest(), population, night, announced)

    def _forget(self, slug: str, night: int) -> None:
        del self.truth[slug]
        del self.lastmod[slug]
        self.gone_on[slug] = night
