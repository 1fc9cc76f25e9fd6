"""Find the one page a developer names: a saved file, or the newest good archived copy of a URL or id."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from parsers.template import SiteTemplate
from scraper.fetch.urls import profile_slug
from scraper.parsing.site_template import load_template
from scraper.storage.archive import Archive
from scraper.storage.records import ArchivedPage


class PageNotFound(LookupError):
    pass


@dataclass(frozen=True)
class PageBody:
    source: str  # what messages name: the file, or the archived URL and fetch time
    raw: bytes
    url: str  # what the parser is told when the page has no canonical link
    fetched_at: datetime | None  # None for a file
    template: SiteTemplate = SiteTemplate()  # the archive's learned template; none for a bare file


def find_page(target: str, cache_dir: Path) -> PageBody:
    """`target` is a file when one exists by that name; else a URL or an id looked up in the archive."""
    path = Path(target)
    if path.is_file():
        return PageBody(str(path), path.read_bytes(), f"https://demand-forum.org/site/{quote(path.stem)}/", None)
    with open_archive(cache_dir, target) as archive:
        copies = [page for url in archived_urls(archive, target) if (page := archive.latest_good_for(url))]
        if not copies:
            raise PageNotFound(f"{target}: no file by that name and no good archived copy in {cache_dir}")
        newest = max(copies, key=lambda page: page.fetched_at)
        return PageBody(_describe(newest), archive.read_body(newest.sha256), newest.url, newest.fetched_at,
                        archive_template(cache_dir))


def open_archive(cache_dir: Path, target: str) -> Archive:
    if not (cache_dir / "index.sqlite3").is_file():
        raise PageNotFound(f"{target}: no file by that name, and no archive in {cache_dir}")
    return Archive(cache_dir)


def archive_template(cache_dir: Path) -> SiteTemplate:
    """What `parse --archive` and the refresh read archived pages with, so a record shown is theirs."""
    return load_template(cache_dir) or SiteTemplate()


def archived_urls(archive: Archive, target: str) -> list[str]:
    """Every archived URL of a location (http and https, an old host): those whose /site/<slug>/ is
    the id given, or the URL's own; a URL outside /site/ only when archived as such."""
    urls = archive.urls()
    wanted = (profile_slug(target) if "://" in target else target) or ""
    same = [url for url in urls if wanted and (profile_slug(url) or "").casefold() == wanted.casefold()]
    return same or ([target] if target in urls else [])


def _describe(page: ArchivedPage) -> str:
    return f"{page.url} (archived copy fetched {page.fetched_at.isoformat(timespec='seconds')})"
