"""One page's bytes to one validated Profile record: the sections parsed and cross-checked."""

from __future__ import annotations

import hashlib
import re
from datetime import date, datetime, timedelta
from urllib.parse import urlsplit, urlunsplit

from parsers.bounds import readable_html
from parsers.checks import missing_sections, state_mismatches
from parsers.location import find_location
from parsers.metadata import parse_metadata
from parsers.models import ParseWarning, Profile
from parsers.narrative import parse_narrative
from parsers.page import Page, find_landmarks, read_page
from parsers.page_date import page_date
from parsers.partners import parse_key_partners
from parsers.sections import split_sections
from parsers.sources import parse_key_sources
from parsers.tactics import parse_tactics
from parsers.template import SiteTemplate
from parsers.text import bare_host, slugify
from parsers.title import parse_title
from parsers.vocabulary import SITE_HOSTS, SITE_URL

PARSER_VERSION = "1.0.0"
_DATE_SLACK = timedelta(days=7)
_SAFE_SLUG = re.compile(r"[^a-z0-9-]+")


def parse_profile(raw: bytes, *, url: str | None = None, fetched_at: datetime | None = None,
                  reference_date: date | None = None, run_date: date | None = None,
                  template: SiteTemplate = SiteTemplate()) -> Profile:
    """Parse a profile page; `url` is used when the page has no canonical link.

    Citation dates later than a week after the page's reference date are dropped. The reference
    date is the fetch date; else `reference_date` (the user's); else the page's own date; else
    `run_date`, with a `reference-date-assumed` warning (the record then depends on the day).
    `template` holds the lines the site prints on most pages (learned from an archive): chrome.
    Raises NotAProfilePage for anything that is not a location profile.
    """
    html, warnings = readable_html(raw)
    page = read_page(html)
    url = _canonical_on_site(page.canonical, url, warnings) or url
    title = parse_title(page.title)
    warnings += title.warnings
    slug = _slug(url, title.name, warnings)

    title_index = next((i for i, line in enumerate(page.lines)
                        if page.title_node is not None and line.node is not None
                        and line.node.mem_id == page.title_node.mem_id), None)
    sections = split_sections(page.lines, title_index, title.name, template.lines)
    labelled = "tactics" in sections.labels_seen
    leading = parse_tactics(sections.preamble, labelled=False)
    listed = parse_tactics(sections.tactics, labelled=True) if labelled else leading
    # A short label ('Tactics' over a widget) yields to the page's own unlabelled list before it.
    full_label = sections.labels_seen.get("tactics", False)
    tactics = listed.ids if labelled and listed.ids and (full_label or not leading.ids) else leading.ids
    warnings += leading.warnings if tactics is leading.ids else listed.warnings
    narrative_lines = (sections.preamble[leading.consumed:] + (sections.tactics[listed.consumed:] if labelled else [])
                       + sections.narrative_tail)
    narrative, narrative_warnings = parse_narrative(narrative_lines)
    warnings += narrative_warnings

    latest = _latest_date(page, fetched_at, reference_date, run_date, warnings)
    sources = parse_key_sources(sections.key_sources, latest=latest, base_url=page.base_href or url)
    warnings += sources.warnings
    # A facts widget in the sidebar is the metadata of a profile whose article shows none.
    metadata = parse_metadata(sections.metadata if sections.metadata or not page.facts else page.facts)
    warnings += metadata.warnings
    location, location_warnings = find_location(page.tree, page.root, metadata.location_text)
    warnings += location_warnings
    warnings += state_mismatches(slug, title.state_code, metadata.state)
    warnings += missing_sections(tactics=bool(tactics), metadata=not metadata.is_empty)

    return Profile(
        id=slug,
        url=url or f"https://demand-forum.org/site/{slug}/",
        name=title.name,
        place=title.place,
        state_code=title.state_code,
        state=metadata.state,
        type=metadata.type,
        population=metadata.population,
        location=location,
        tactics=tactics,
        narrative=narrative,
        key_partners=parse_key_partners(sections.key_partners),
        source_categories=sources.categories,
        citations=sources.citations,
        warnings=warnings,
        fetched_at=fetched_at,
        content_sha256=hashlib.sha256(raw).hexdigest(),
        parser_version=template.parser_version(PARSER_VERSION),
    )


def check_profile(raw: bytes) -> None:
    """Raise NotAProfilePage when `raw` is not a profile page: the first steps of parse_profile
    only, for a fetcher that must tell a soft error page from a profile at the speed of the network."""
    html, _ = readable_html(raw)
    find_landmarks(html)


def _latest_date(page: Page, fetched_at: datetime | None, reference_date: date | None,
                 run_date: date | None, warnings: list[ParseWarning]) -> date | None:
    reference = (fetched_at.date() if fetched_at else None) or reference_date or page_date(page.tree)
    if reference is None:
        reference = run_date
        warnings.append(ParseWarning(
            section="citations", code="reference-date-assumed" if run_date else "no-reference-date",
            message="no fetch date, no --reference-date and no date on the page: citation dates are "
                    + ("bounded by the run's date + 7 days" if run_date else "not bounded")))
    return reference + _DATE_SLACK if reference else None


def _canonical_on_site(canonical: str | None, url: str | None, warnings: list[ParseWarning]) -> str | None:
    """The page's canonical link, unless it is malformed or names another host than the page's URL;
    its http/https and www. variants take the page URL's scheme and host, so one location is one URL."""
    if canonical is None:
        return None
    host = bare_host(canonical)
    page_host = bare_host(url) if url else None
    if host is not None and (host == page_host or host in SITE_HOSTS):
        known = urlsplit(url if url and (page_host == host or page_host in SITE_HOSTS) else SITE_URL)
        return urlunsplit((known.scheme, known.netloc, urlsplit(canonical).path, "", ""))
    if host is not None and url is None:
        return canonical
    warnings.append(ParseWarning(section="page", code="canonical-ignored",
                                 message=f"the canonical link is malformed or off the site: {canonical[:200]}"))
    return None


def _slug(url: str | None, name: str, warnings: list[ParseWarning]) -> str:
    segments = [s for s in urlsplit(url).path.split("/") if s] if url and bare_host(url) is not None else []
    if "site" in segments[:-1]:
        segments = segments[segments.index("site") + 1:]
    slug = _SAFE_SLUG.sub("-", segments[0].lower()).strip("-")[:200] if segments else ""
    if slug:
        return slug
    warnings.append(ParseWarning(section="title", code="id-from-title",
                                 message="no profile URL known: the id is made from the title"))
    return slugify(name)
