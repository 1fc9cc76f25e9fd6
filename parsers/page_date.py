"""The date a page gives itself (modified or published), used to bound citation dates when the page
has no fetch date: a saved page then gives the same record on any day."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date

from selectolax.lexbor import LexborHTMLParser

from parsers.vocabulary import PAGE_DATE_JSON_LD_KEYS, PAGE_DATE_META, PAGE_DATE_TIME

_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_MAX_JSON_LD = 1_000_000  # characters; a larger script is not page metadata
_MAX_JSON_NODES = 10_000


def page_date(tree: LexborHTMLParser) -> date | None:
    """The newest of the page's own dates: article:modified_time, og:updated_time, JSON-LD
    dateModified/datePublished, and the <time datetime> of its entry header."""
    days = [day for value in _date_values(tree) if (day := _iso_day(value)) is not None]
    return max(days, default=None)


def _date_values(tree: LexborHTMLParser) -> Iterator[str]:
    head = tree.head or tree
    for meta in head.css(PAGE_DATE_META):
        yield meta.attributes.get("content") or ""
    for script in tree.css('script[type="application/ld+json"]'):
        yield from _json_ld_dates(script.text(deep=True))
    for time in tree.css(PAGE_DATE_TIME):
        yield time.attributes.get("datetime") or ""


def _json_ld_dates(text: str) -> Iterator[str]:
    if len(text) > _MAX_JSON_LD:
        return
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return
    pending, seen = [data], 0
    while pending and seen < _MAX_JSON_NODES:
        node, seen = pending.pop(), seen + 1
        if isinstance(node, dict):
            for key, value in node.items():
                if key in PAGE_DATE_JSON_LD_KEYS and isinstance(value, str):
                    yield value
                elif isinstance(value, dict | list):
                    pending.append(value)
        elif isinstance(node, list):
            pending.extend(node)


def _iso_day(value: str) -> date | None:
    match = _ISO_DAY.match(value)
    if match is None:
        return None
    try:
        return date(*(int(part) for part in match.groups()))
    except ValueError:
        return None
