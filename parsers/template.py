"""The site's template, learned from many pages: a line of text that recurs on most pages of the
archive (a share bar's caption, an author bio, a widget's title) is the theme's, not a profile's.

Learning and applying are pure: the caller counts `template_candidates` over its archive and hands
the learned set to `parse_profile`. A bare file has no archive, and its per-page signals alone apply.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from parsers.bounds import readable_html
from parsers.errors import NotAProfilePage
from parsers.lines import Line
from parsers.metadata import is_metadata_line
from parsers.page import read_page
from parsers.tactics import known_tactic
from parsers.text import normalize_label
from parsers.vocabulary import METADATA_LABELS, SECTION_LABELS

# Lines that may recur across profiles as content are never the template: list items and table
# cells (tactics, partners, citations), labels, metadata, and category headings.
_CONTENT_TAGS = frozenset({"li", "td", "th", "tr", "dt", "dd"})
_MAX_CHARS = 400
MIN_SHARE = 0.5  # of the archive's pages a line must appear on
MIN_PAGES = 10  # below this, an archive says nothing about its template


@dataclass(frozen=True)
class SiteTemplate:
    lines: frozenset[str] = frozenset()  # normalized texts (see `template_key`)

    def parser_version(self, base: str) -> str:
        """A record's parser_version: the parser's, and the template it read the page with."""
        return f"{base}+template.{self.digest}" if self.lines else base

    @property
    def digest(self) -> str:
        """Names the template in a record's parser_version: the same page and template, the same record."""
        return hashlib.sha256("\n".join(sorted(self.lines)).encode()).hexdigest()[:8]


def template_key(text: str) -> str:
    return normalize_label(text)


def is_candidate(line: Line) -> bool:
    text = line.text
    if line.tag in _CONTENT_TAGS or line.cells or not 2 <= len(text) <= _MAX_CHARS or text.endswith((":", "：")):
        return False
    key = template_key(text)
    return (key not in SECTION_LABELS and key not in METADATA_LABELS and known_tactic(text) is None
            and not is_metadata_line(line))


def template_candidates(raw: bytes) -> frozenset[str]:
    """The keys of the lines of one page that could be the site's template (empty for a non-profile)."""
    try:
        html, _ = readable_html(raw)
        page = read_page(html)
    except NotAProfilePage:
        return frozenset()
    return frozenset(template_key(line.text) for line in page.lines if is_candidate(line))


def learn_template(pages: Iterable[frozenset[str]]) -> SiteTemplate:
    """The lines found on at least MIN_SHARE of the profile pages, once there are MIN_PAGES of them."""
    counts: Counter[str] = Counter()
    profiles = 0
    for keys in pages:
        if keys:
            profiles += 1
            counts.update(keys)
    if profiles < MIN_PAGES:
        return SiteTemplate()
    return SiteTemplate(frozenset(key for key, count in counts.items() if count >= MIN_SHARE * profiles))
