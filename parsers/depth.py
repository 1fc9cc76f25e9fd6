"""Bound how deep a page nests before lexbor builds its tree (see MAX_PAGE_DEPTH)."""

from __future__ import annotations

import re

from parsers.lines import BLOCK_TAGS
from parsers.models import ParseWarning
from parsers.vocabulary import MAX_PAGE_DEPTH

# A tag up to its '>' or the next '<': never a scan to the end of the page from every '<'.
_TAG = re.compile(r"<(/?)([A-Za-z][^\s/<>]*)[^<>]*?(/?)>")
_VOID = frozenset("area base basefont bgsound br col embed frame hr img input keygen link meta param source "
                  "track wbr".split())
# A dropped block still ends a line: its text is not run into its neighbours' ('Tactics UsedBuyer Arrests').
_LINE_BREAKING = BLOCK_TAGS | {"td", "th", "tr", "dd"}
_FOREIGN = frozenset({"svg", "math"})  # where '<x/>' closes itself; in HTML the slash is ignored


def bound_depth(html: str) -> tuple[str, list[ParseWarning]]:
    """The page with every tag nested deeper than MAX_PAGE_DEPTH dropped (their text kept).

    Depth is counted per tag name, as start tags less the end tags that match an open one: never
    less than the depth the tree builder reaches, so a page under the bound is left as it is.
    """
    # Fewer start tags than the bound cannot nest past it: nearly every page stops here, unscanned.
    if html.count("<") - html.count("</") <= MAX_PAGE_DEPTH:
        return html, []
    kept: dict[str, int] = {}
    dropped: dict[str, int] = {}
    depth = deepest = 0
    cuts: list[tuple[int, int, str]] = []  # span and name of each tag to drop
    for tag in _TAG.finditer(html):
        closing, name, self_closing = tag.groups()
        name = name.lower()
        if closing:
            if dropped.get(name):
                dropped[name] -= 1
                cuts.append((*tag.span(), name))
            elif kept.get(name):
                kept[name] -= 1
            else:
                continue
            depth -= 1
        elif name not in _VOID and not (self_closing and any(kept.get(foreign) for foreign in _FOREIGN)):
            depth += 1
            deepest = max(deepest, depth)
            if depth > MAX_PAGE_DEPTH:
                dropped[name] = dropped.get(name, 0) + 1
                cuts.append((*tag.span(), name))
            else:
                kept[name] = kept.get(name, 0) + 1
    if not cuts:
        return html, []
    return _without(html, cuts), [ParseWarning(
        section="page", code="page-too-deep",
        message=f"the page nests {deepest:,} elements deep; tags below depth {MAX_PAGE_DEPTH} were "
                f"dropped and their text read as part of the element above them")]


def _without(html: str, cuts: list[tuple[int, int, str]]) -> str:
    """`html` less the tags cut; a block's tag leaves one <br> between two runs of text."""
    pieces, start, broken = [], 0, True
    for cut_start, cut_end, name in cuts:
        text = html[start:cut_start]
        pieces.append(text)
        broken = broken and not text.strip()
        if name in _LINE_BREAKING and not broken:
            pieces.append("<br>")
            broken = True
        start = cut_end
    pieces.append(html[start:])
    return "".join(pieces)
