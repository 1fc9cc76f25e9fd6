"""Key Sources: every category heading (empty ones too) and every citation line under it."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit
from datetime import date

from parsers.citations import citation_from_columns, parse_citation
from parsers.dates import split_trailing_date
from parsers.lines import Line
from parsers.models import Citation, ParseWarning
from parsers.text import bare_host, clean, normalize_label, strip_bullet
from parsers.vocabulary import (
    CATEGORY_COLUMNS,
    CITATION_COLUMNS,
    CITATION_TEXT_COLUMNS,
    ITALIC_TAGS,
    SITE_HOSTS,
    SOURCE_FIELD_NAMES,
)

_QUOTES = ("“", "”", '"', "http://", "https://", "www.")
_MAX_CATEGORY_CHARS = 160


@dataclass(frozen=True, slots=True)
class KeySources:
    categories: list[str]
    citations: list[Citation]
    warnings: list[ParseWarning]


def parse_key_sources(lines: list[Line], *, latest: date | None, base_url: str | None = None) -> KeySources:
    """`base_url` (the page's <base href>, else its URL) resolves relative citation links."""
    categories: list[str] = []
    citations: list[Citation] = []
    warnings: list[ParseWarning] = []
    category: str | None = None
    columns: list[str | None] = []
    for index, line in enumerate(lines):
        text = strip_bullet(line.text)
        if not text or line.terms_only or normalize_label(text) in SOURCE_FIELD_NAMES:
            continue  # the post's tags after the article; a repeater's field names
        if line.cells and _column_names(line):
            columns = _column_names(line)
            continue
        following = lines[index + 1] if index + 1 < len(lines) else None
        if _is_category(line, text, following):
            category = _category_name(text)
            if category not in categories:  # tab strips repeat their panels' headings
                categories.append(category)
            continue
        if line.lead.endswith((":", "：")) and len(line.lead) < len(text):
            category = _category_name(line.lead)
            if category not in categories:
                categories.append(category)
            text = text[len(line.lead):].strip()
        if line.cells and columns:
            fields = {name: cell.text for name, cell in zip(columns, line.cells) if name}
            if fields.get("category"):  # a 'Category | Source' table names each row's category
                category = _category_name(fields["category"])
                if category not in categories:
                    categories.append(category)
            if "citation" in fields:
                citation, citation_warnings = parse_citation(fields["citation"], category=category,
                                                             links=_absolute(line.links, base_url), latest=latest)
            else:
                citation, citation_warnings = citation_from_columns(
                    fields, category=category, text=text, links=_absolute(line.links, base_url), latest=latest)
        else:
            citation, citation_warnings = parse_citation(text, category=category, italic_lead=_italic_lead(line, text),
                                                         links=_absolute(line.links, base_url), latest=latest)
        citations.append(citation)
        warnings.extend(citation_warnings)
    return KeySources(categories, citations, warnings)


def _absolute(links: tuple[str, ...], base_url: str | None) -> tuple[str, ...]:
    """Links resolved against the page; a link back to a profile of this site is not a source."""
    if base_url is None:
        return links
    resolved = []
    for link in links:
        try:
            absolute = urljoin(base_url, link) if not link.startswith(("#", "mailto:")) else link
            parts = urlsplit(absolute)
        except ValueError:  # a malformed link stays as it is; the citation parser ignores it
            resolved.append(link)
            continue
        own_site = bare_host(absolute) in SITE_HOSTS or parts.netloc == urlsplit(base_url).netloc
        if not (own_site and parts.path.startswith("/site/")):
            resolved.append(absolute)
    return tuple(resolved)


def _italic_lead(line: Line, text: str) -> str | None:
    """The text of an italic element that starts the line (a headline set in italics), when the line
    has no quotation marks to mark one."""
    if line.node is None or any(mark in text for mark in _QUOTES):
        return None
    for italic in line.node.css(ITALIC_TAGS):
        run = clean(italic.text())
        if run and text.startswith(run):
            return run
    return None


def _category_name(text: str) -> str:
    return text.strip(" :：#¶§").strip()


def _column_names(line: Line) -> list[str | None]:
    """The citation fields of a Key Sources table's header row, or [] for any other row."""
    names = [CITATION_COLUMNS.get(normalize_label(cell.text)) for cell in line.cells]
    if sum(name is not None for name in names) >= 2:
        return names
    # 'Category | Source': a category beside a column that holds each whole citation
    keys = [normalize_label(cell.text) for cell in line.cells]
    if len(keys) == 2 and keys[0] in CATEGORY_COLUMNS and keys[1] in CITATION_TEXT_COLUMNS:
        return ["category", "citation"]
    return []


def _is_category(line: Line, text: str, following: Line | None) -> bool:
    """A heading ends with a colon, or stands out (heading, bold, <dt>), or heads a list of its own."""
    if len(text) > _MAX_CATEGORY_CHARS or any(mark in text for mark in _QUOTES):
        return False
    if text.endswith((":", "：")):
        return True
    if line.tag == "li":
        return False
    heads_a_list = following is not None and following.tag == "li" and following.list_depth > line.list_depth
    return line.is_heading or line.emphasized or line.tag == "dt" or (heads_a_list and split_trailing_date(text)[1] is None)
