"""Where the profile ends: lines that are the blog's chrome by what a reader sees in them (post
meta, share buttons, post navigation, related posts, widgets with counts, taxonomy links), whatever
elements and class names a theme or page builder wraps them in."""

from __future__ import annotations

import re
from enum import Enum
from urllib.parse import urlsplit

from parsers.lines import Line
from parsers.page import TITLE_PATTERN
from parsers.text import bare_host, clean
from parsers.vocabulary import (
    AUTHOR_ARCHIVE_PATH,
    AUTHOR_BOX_END,
    AUTHOR_BOX_HEAD,
    AUTHOR_BOX_LINK_TAIL,
    CHROME_BARRIER_LINES,
    CHROME_WORDS,
    COUNT_SUFFIX,
    COUNTER_LINE,
    DATE_ONLY_LINE,
    CHROME_LINK_PATHS,
    READING_TIME_LINE,
    SITE_HOSTS,
)

_MAX_CHROME_LINK_WORDS = 8
_GLUED_WORDS = re.compile(r"(?<=[a-z])(?=[A-Z])")  # share buttons side by side: 'FacebookTwitterEmail'


class Chrome(Enum):
    LINE = "line"  # drop this line only
    BARRIER = "barrier"  # drop this line and end the section it follows


def chrome_kind(line: Line, own_title: str, *, in_metadata: bool = False) -> Chrome | None:
    """Whether `line` is chrome; never for table rows (a citation or metadata table's cells), nor for a
    metadata value on its own line ('113811' under 'Population')."""
    if line.cells:
        return None
    if not any(character.isalpha() for character in line.text):
        return None if in_metadata else Chrome.LINE  # a view counter, a comment count, a separator
    text = line.text
    if CHROME_BARRIER_LINES.match(text) or is_author_box_end(line):
        return Chrome.BARRIER
    if line.emphasized and AUTHOR_BOX_HEAD.match(text):
        return Chrome.BARRIER  # 'Author: Name' over a bio that the theme's class already dropped
    if COUNT_SUFFIX.match(text):
        return Chrome.BARRIER
    if _another_place(text, own_title):
        return Chrome.BARRIER
    if READING_TIME_LINE.match(text):
        return Chrome.LINE
    if CHROME_WORDS.issuperset(_GLUED_WORDS.sub(" ", text).casefold().split()) \
            or (DATE_ONLY_LINE.match(text) and not line.continues) or COUNTER_LINE.match(text):
        return Chrome.LINE
    if line.links and len(text.split()) <= _MAX_CHROME_LINK_WORDS and all(map(_chrome_link, line.links)):
        return Chrome.BARRIER  # the post's terms, its author, another profile: the blog around the post
    return None


def is_author_box_end(line: Line) -> bool:
    """'View all posts by Name' on its own, or closing the bio's paragraph with a link to the author's
    archive: the end of an author box, whose name heading and bio above are chrome too."""
    if AUTHOR_BOX_END.match(line.text):
        return True
    return (bool(line.links) and AUTHOR_BOX_LINK_TAIL.search(line.text) is not None
            and any(AUTHOR_ARCHIVE_PATH.match(href.strip()) for href in line.links))


def _another_place(text: str, own_title: str) -> bool:
    """A title 'Place, ST' other than the page's own: a related post, the next post."""
    return bool(TITLE_PATTERN.match(text)) and clean(text).casefold() != own_title.casefold() and len(text) <= 60


def _chrome_link(href: str) -> bool:
    if not href or href.startswith(("#", "?")):  # an anchor on this page ('# Key Sources')
        return False
    host = bare_host(href) if "//" in href else ""
    if host is None or (host and host not in SITE_HOSTS):
        return False
    try:
        path = urlsplit(href).path
    except ValueError:
        return False
    return bool(CHROME_LINK_PATHS.match(path))
