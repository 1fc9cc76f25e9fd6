"""Bound what lexbor reads where its cost grows faster than the page: depth, options, attributes.

Lexbor builds the tree in time that grows with the square of the page's depth (see MAX_PAGE_DEPTH),
of the options of one <select>, and of the attributes of one tag. Those are cut first.

The depth is found by a small model of the HTML tree builder's stack of open elements: end tags
close what they close in a browser, and so do the start tags that end an open <p>, <li>, cell or
row. Where the model is unsure (misnested bold and italics, foreign content) it keeps the element
open: it may count deeper than the browser, never shallower, so what it leaves alone lexbor builds
no deeper than the bound.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from parsers.decoding import decode_html
from parsers.lines import BLOCK_TAGS
from parsers.models import ParseWarning
from parsers.vocabulary import MAX_PAGE_DEPTH

# A tag up to its '>' or the next '<' (never a scan to the end of the page from every '<'), or the
# start of a comment, whose end is looked for apart.
_TOKEN = re.compile(r"<(/?)([A-Za-z][^\s/<>]*)[^<>]*?(/?)>|<!--")
_RAW_TEXT = {name: re.compile(rf"</{name}[\s/>]", re.IGNORECASE)
             for name in ("script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes")}
_VOID = frozenset("area base basefont bgsound br col embed frame hr img input keygen link meta param source "
                  "track wbr".split())
_FOREIGN = ("svg", "math")  # where '<x/>' closes itself; in HTML the slash is ignored
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_FORMATTING = frozenset("a b big code em font i nobr s small strike strong tt u".split())
_MARKERS = frozenset("applet caption marquee object td th template".split())
# Reopened formatting elements a page may make the tree builder build: '<p><b class=1>…<p><b class=2>…'
# reopens every open one in every new paragraph (the square of the tags). Past this, the tags that
# would close them are dropped.
_REBUILD_BUDGET = 10_000
# The parser reads no <select>; its options beyond these are dropped, unread and unmissed.
_MAX_OPTIONS = 1_000
# A tag with more attributes than this (a real one has a handful) is read as its bare name.
_MAX_ATTRIBUTES = 1_000
_LONG_TAG = re.compile(r"<([A-Za-z][^\s/<>]*)([^<>]{%d,})>" % (4 * _MAX_ATTRIBUTES))
# The scopes of the HTML standard's tree construction, and its special elements.
_SCOPE = frozenset("applet caption html table td th marquee object template foreignobject desc mi mo mn ms "
                   "mtext annotation-xml".split())
_BUTTON_SCOPE = _SCOPE | {"button"}
_LIST_SCOPE = _SCOPE | {"ol", "ul"}
_TABLE_SCOPE = frozenset({"html", "table", "template"})
_SPECIAL = frozenset(
    "address applet area article aside base basefont bgsound blockquote body br button caption center col "
    "colgroup dd details dir div dl dt embed fieldset figcaption figure footer form frame frameset h1 h2 h3 "
    "h4 h5 h6 head header hgroup hr html iframe img input keygen li link listing main marquee menu meta nav "
    "noembed noframes noscript object ol p param plaintext pre script search section select source style "
    "summary table tbody td template textarea tfoot th thead title tr track ul wbr xmp".split())
_CLOSES_P = frozenset(
    "address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer "
    "header hgroup main menu nav ol p search section summary ul h1 h2 h3 h4 h5 h6 pre listing form hr xmp "
    "li dd dt".split())
_LI_BARRIER = _SPECIAL - {"address", "div", "p", "li"}
_DEFINITIONS = frozenset({"dd", "dt"})
_DD_BARRIER = _SPECIAL - {"address", "div", "p", "dd", "dt"}
_CELLS = frozenset({"td", "th"})
_ROW_GROUPS = frozenset({"tbody", "thead", "tfoot"})
_TABLE_BARRIER = _MARKERS | {"html"}
# A start tag that closes an open element of these names, and what stops it from reaching that element.
_CLOSES_SIBLING = {"li": (frozenset({"li"}), _LI_BARRIER), "dd": (_DEFINITIONS, _DD_BARRIER),
                   "dt": (_DEFINITIONS, _DD_BARRIER), "td": (_CELLS, _TABLE_SCOPE), "th": (_CELLS, _TABLE_SCOPE),
                   "tr": (frozenset({"tr"}), _TABLE_SCOPE), "tbody": (_ROW_GROUPS, _TABLE_SCOPE),
                   "thead": (_ROW_GROUPS, _TABLE_SCOPE), "tfoot": (_ROW_GROUPS, _TABLE_SCOPE),
                   "table": (frozenset({"table"}), _TABLE_BARRIER)}  # a table straight in a table ends it
_END_SCOPE = {"p": _BUTTON_SCOPE, "li": _LIST_SCOPE, **{name: _TABLE_SCOPE for name in "td th tr tbody thead "
                                                        "tfoot table caption".split()}}
# The groups of names asked about, each with the positions where its members are open.
_TRACKED = (_SCOPE, _BUTTON_SCOPE, _LIST_SCOPE, _TABLE_SCOPE, _MARKERS, _TABLE_BARRIER, _LI_BARRIER, _DD_BARRIER,
            _SPECIAL, _HEADINGS, _CELLS, _DEFINITIONS, _ROW_GROUPS)
_TRACKED_INDEX = {group: index for index, group in enumerate(_TRACKED)}
_GROUPS_OF = {name: tuple(index for index, group in enumerate(_TRACKED) if name in group)
              for name in frozenset().union(*_TRACKED)}
# A dropped block still ends a line: its text is not run into its neighbours' ('Tactics UsedBuyer Arrests').
_LINE_BREAKING = BLOCK_TAGS | {"td", "th", "tr", "dd"}


class _OpenElements:
    """The stack of open elements, with where each name is open, so every question costs O(1).

    Bold, italics and links that a closing block pops stay open here: the browser opens them again
    for the text that follows (its list of active formatting elements, three copies of one tag at
    most). Each such reopening is one more element built, however shallow: `rebuilt` counts them."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self._keys: list[str | None] = []  # a formatting element's tag as written, else None
        self._where: dict[str, list[int]] = {}
        self._groups: list[list[int]] = [[] for _ in _TRACKED]
        self._formatting: list[int] = []
        self._copies: dict[str, list[int]] = {}
        self.rebuilt = 0
        self.over_budget = False

    def push(self, name: str, key: str | None = None) -> None:
        position = len(self.names)
        self._where.setdefault(name, []).append(position)
        for index in _GROUPS_OF.get(name, ()):
            self._groups[index].append(position)
        if key is not None:
            copies = self._copies.setdefault(key, [])
            if len(copies) == 3:  # the oldest copy is no longer reopened
                oldest = copies.pop(0)
                self._keys[oldest] = None
                del self._formatting[bisect_left(self._formatting, oldest)]
            copies.append(position)
            self._formatting.append(position)
        self.names.append(name)
        self._keys.append(key)

    def last(self, names: frozenset[str] | tuple[str, ...]) -> int:
        """The position of the topmost open element named in `names`, -1 if none is open."""
        index = _TRACKED_INDEX.get(names)
        positions = self._groups[index] if index is not None else \
            max((self._where[name] for name in names if self._where.get(name)), key=lambda at: at[-1], default=())
        return positions[-1] if positions else -1

    def last_special(self) -> int:
        return self.last(_SPECIAL)

    def pop_to(self, position: int) -> None:
        """Close the element at `position` and all above it; reopen the formatting ones above it,
        unless a table cell (or another marker) closes with them. Refused past the rebuild budget."""
        first = len(self._formatting) if self.last(_MARKERS) >= position else \
            bisect_left(self._formatting, position + 1)
        if self.rebuilt + len(self._formatting) - first > _REBUILD_BUDGET:
            self.over_budget = True
            return
        reopened = [(self.names[at], self._keys[at]) for at in self._formatting[first:]]
        while len(self.names) > position:
            name, key = self.names.pop(), self._keys.pop()
            self._where[name].pop()
            if key is not None:
                self._copies[key].pop()
        for positions in self._groups:
            if positions and positions[-1] >= position:
                del positions[bisect_left(positions, position):]
        del self._formatting[bisect_left(self._formatting, position):]
        for name, key in reopened:
            self.push(name, key)
        self.rebuilt += len(reopened)


def readable_html(raw: bytes) -> tuple[str, list[ParseWarning]]:
    """A page's bytes as the text every reader of a page parses: decoded, then bounded."""
    html, warnings = decode_html(raw)
    html, bound_warnings = bound_page(html)
    return html, warnings + bound_warnings


def bound_page(html: str) -> tuple[str, list[ParseWarning]]:
    """The page less what lexbor would spend more than linear time on, with a warning for each cut."""
    html, attribute_warnings = _bound_attributes(html)
    html, depth_warnings = _bound_depth(html)
    return html, attribute_warnings + depth_warnings


def _bound_attributes(html: str) -> tuple[str, list[ParseWarning]]:
    crowded = [tag for tag in _LONG_TAG.finditer(html) if tag[2].count("=") > _MAX_ATTRIBUTES]
    if not crowded:
        return html, []
    pieces, start = [], 0
    for tag in crowded:
        pieces += (html[start:tag.start()], f"<{tag[1]}>")
        start = tag.end()
    pieces.append(html[start:])
    return "".join(pieces), [ParseWarning(
        section="page", code="tag-too-large",
        message=f"{len(crowded)} tag(s) with over {_MAX_ATTRIBUTES:,} attributes were read without them")]


def _bound_depth(html: str) -> tuple[str, list[ParseWarning]]:
    """The page with every tag nested deeper than MAX_PAGE_DEPTH dropped (their text kept)."""
    # Fewer start tags than the bound cannot nest past it: nearly every page stops here, unscanned.
    if html.count("<") - html.count("</") <= MAX_PAGE_DEPTH:
        return html, []
    stack, deepest, options, unclosed = _OpenElements(), 0, 0, 0
    cuts: list[tuple[int, int, str]] = []  # span and name of each tag to drop
    position = 0
    while (tag := _TOKEN.search(html, position)) is not None:
        position = tag.end()
        closing, name, self_closing = tag.groups()
        if name is None:  # a comment: no tag inside it counts
            end = html.find("-->", position)
            position = len(html) if end < 0 else end + 3
            continue
        name = name.lower()
        if closing:
            opened = _closed_by_end_tag(stack, name)
            if opened >= 0:
                stack.pop_to(opened)
            if opened >= MAX_PAGE_DEPTH or stack.over_budget:
                cuts.append((*tag.span(), name))
            unclosed += stack.over_budget
            stack.over_budget = False
            continue
        if name in _VOID or (self_closing and stack.last(_FOREIGN) >= 0):
            continue
        if name in ("option", "optgroup") and stack.last(("select",)) >= 0:
            options += 1
            if options > _MAX_OPTIONS:
                cuts.append((*tag.span(), name))
                continue
        _close_before(stack, name)
        if len(stack.names) >= MAX_PAGE_DEPTH or stack.over_budget:
            cuts.append((*tag.span(), name))
        if stack.over_budget:
            unclosed += 1
            stack.over_budget = False
            continue
        stack.push(name, tag.group(0) if name in _FORMATTING else None)
        deepest = max(deepest, len(stack.names))
        if name in _RAW_TEXT:  # a script's text is not markup
            end = _RAW_TEXT[name].search(html, position)
            position = len(html) if end is None else end.start()
    warnings = []
    if deepest > MAX_PAGE_DEPTH:
        warnings.append(ParseWarning(
            section="page", code="page-too-deep",
            message=f"the page nests {deepest:,} elements deep; tags below depth {MAX_PAGE_DEPTH} were "
                    f"dropped and their text read as part of the element above them"))
    if unclosed:
        warnings.append(ParseWarning(
            section="page", code="page-too-deep",
            message=f"{unclosed:,} tags that would reopen over {_REBUILD_BUDGET:,} bold, italic or link "
                    f"elements were dropped"))
    return (_without(html, cuts) if cuts else html), warnings


def _closed_by_end_tag(stack: _OpenElements, name: str) -> int:
    """The position of the element `</name>` closes (with all above it), -1 if it closes none."""
    target = stack.last(_HEADINGS if name in _HEADINGS else (name,))
    if target < 0:
        return -1
    if name in _FORMATTING or name not in _SPECIAL:
        # Past a block, a misnested </b> rebuilds the tree (the adoption agency) and closes nothing.
        return target if stack.last_special() <= target else -1
    return target if stack.last(_END_SCOPE.get(name, _SCOPE)) < target else -1


def _close_before(stack: _OpenElements, name: str) -> None:
    """Close what a browser closes before it opens `name`: the previous item, cell, row or paragraph."""
    if name in _CLOSES_SIBLING:
        siblings, barrier = _CLOSES_SIBLING[name]
        sibling = stack.last(siblings)
        if sibling > stack.last(barrier):
            stack.pop_to(sibling)
    if name in _CLOSES_P:
        paragraph = stack.last(("p",))
        if paragraph > stack.last(_BUTTON_SCOPE):
            stack.pop_to(paragraph)
    if name in _HEADINGS and stack.names and stack.names[-1] in _HEADINGS:
        stack.pop_to(len(stack.names) - 1)
    if name in ("option", "optgroup") and stack.names and stack.names[-1] == "option":
        stack.pop_to(len(stack.names) - 1)
    if name in ("a", "nobr"):  # a link inside a link closes the first, when no block stands between
        link = stack.last((name,))
        if link > stack.last_special():
            stack.pop_to(link)


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
