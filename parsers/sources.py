"""Key Sources: every category heading (empty ones too) and every citation line under it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from parsers.citations import parse_citation
from parsers.dates import split_trailing_date
from parsers.lines import Line
from parsers.models import Citation, ParseWarning
from parsers.text import strip_bullet

_QUOTES = ("“", "”", '"', "http://", "https://", "www.")
_MAX_CATEGORY_CHARS = 160


@dataclass(frozen=True, slots=True)
class KeySources:
    categories: list[str]
    citations: list[Citation]
    warnings: list[ParseWarning]


def parse_key_sources(lines: list[Line], *, latest: date | None) -> KeySources:
    categories: list[str] = []
    citations: list[Citation] = []
    warnings: list[ParseWarning] = []
    category: str | None = None
    for index, line in enumerate(lines):
        text = strip_bullet(line.text)
        if not text:
            continue
        following = lines[index + 1] if index + 1 < len(lines) else None
        if _is_category(line, text, following):
            category = text.rstrip(":： ").strip()
            categories.append(category)
            continue
        if line.lead.endswith((":", "：")) and len(line.lead) < len(text):
            category = line.lead.rstrip(":： ").strip()
            categories.append(category)
            text = text[len(line.lead):].strip()
        citation, citation_warnings = parse_citation(text, category=category, links=line.links, latest=latest)
        citations.append(citation)
        warnings.extend(citation_warnings)
    return KeySources(categories, citations, warnings)


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
