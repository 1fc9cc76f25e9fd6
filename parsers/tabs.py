"""Tabs: each tab's title read just above its panel, as a reader who clicks the tab sees them.

Builders print a tab widget as a strip of titles and, apart from it, the panels in the same order
(Kadence, Spectra, Elementor, Bootstrap). When the titles are section labels ('Tactics Used', 'Key
Sources') or Key Sources categories, reading the strip first would leave every label with nothing
under it. A title is paired with its panel by the ARIA attributes the widget gives (`aria-controls`
on the tab, `aria-labelledby` on the panel), else by order: the untied titles and panels of one
widget, equal in number, go together one by one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from selectolax.lexbor import LexborNode

from parsers.ancestry import Enclosed
from parsers.text import clean
from parsers.vocabulary import TAB_PANEL_CLASSES, TAB_TITLE_LISTS

# One cheap query finds every candidate (a class or a role naming a tab, tables too); Python sorts them.
_CANDIDATES = '[class*="tab"], [role*="tab"]'
_WIDGET_LEVELS = 4  # a title and its panel sit at most this far below the widget that holds both


@dataclass(frozen=True, slots=True)
class Tabs:
    titles_by_panel: dict[int, LexborNode] = field(default_factory=dict)  # panel -> the title to read above it
    moved: frozenset[int] = frozenset()  # titles not read where they stand (in the strip)
    panels: frozenset[int] = frozenset()  # every panel with a title: content even while hidden
    strips: frozenset[int] = frozenset()  # the elements holding paired titles: never a menu


NO_TABS = Tabs()


def find_tabs(body: LexborNode) -> Tabs:
    titles, panels = _titles_and_panels(body.css(_CANDIDATES))
    if not titles or not panels:
        return NO_TABS
    paired = _paired_by_aria(titles, panels)
    paired += _paired_by_order([t for t in titles if t.mem_id not in {p[0].mem_id for p in paired}],
                               [p for p in panels if p.mem_id not in {q[1].mem_id for q in paired}])
    return _reading(paired)


def _titles_and_panels(candidates: list[LexborNode]) -> tuple[list[LexborNode], list[LexborNode]]:
    """Tab titles (the outermost element of each: a list item rather than the link in it) and tab
    panels, each in document order."""
    titles, panels, seen = [], [], set()
    for node in candidates:
        if node.mem_id in seen:
            continue  # lexbor returns a node once per selector it matches
        seen.add(node.mem_id)
        attrs = node.attributes
        classes = (attrs.get("class") or "").split()
        if attrs.get("role") == "tabpanel" or not TAB_PANEL_CLASSES.isdisjoint(classes):
            panels.append(node)
        elif attrs.get("role") == "tab":
            titles.append(node)
        elif not TAB_TITLE_LISTS.isdisjoint(classes):
            titles.extend(item for item in node.iter() if item.tag == "li")
    ids = {node.mem_id for node in titles}
    in_title = Enclosed(lambda node: node.mem_id in ids)
    return [node for node in titles if not in_title(node.parent)], panels


def _paired_by_aria(titles: list[LexborNode], panels: list[LexborNode]) -> list[tuple[LexborNode, LexborNode]]:
    by_id: dict[str, LexborNode] = {}
    by_label: dict[str, LexborNode] = {}
    for panel in panels:
        attrs = panel.attributes
        by_id.setdefault(attrs.get("id") or "", panel)
        by_label.setdefault(attrs.get("aria-labelledby") or "", panel)
    by_id.pop("", None)
    by_label.pop("", None)
    pairs = []
    for title in titles:
        tab = title if title.attributes.get("role") == "tab" else title.css_first('[role="tab"]') or title
        panel = by_id.get(tab.attributes.get("aria-controls") or "") or next(
            (by_label[name] for name in (tab.attributes.get("id"), title.attributes.get("id")) if name in by_label),
            None)
        if panel is not None:
            pairs.append((title, panel))
    return pairs


def _paired_by_order(titles: list[LexborNode], panels: list[LexborNode]) -> list[tuple[LexborNode, LexborNode]]:
    """Titles and panels under the same widget element (the nearest one above a title that holds
    panels too), paired one by one when there are as many of each."""
    panels_under: dict[int, list[LexborNode]] = {}
    for panel in panels:
        for holder in _ancestors(panel):
            panels_under.setdefault(holder.mem_id, []).append(panel)
    titles_under: dict[int, list[LexborNode]] = {}
    for title in titles:
        widget = next((holder for holder in _ancestors(title) if holder.mem_id in panels_under), None)
        if widget is not None:
            titles_under.setdefault(widget.mem_id, []).append(title)
    pairs = []
    for widget, its_titles in titles_under.items():
        its_panels = panels_under[widget]
        if len(its_panels) == len(its_titles):
            pairs.extend(zip(its_titles, its_panels))
    return pairs


def _ancestors(node: LexborNode):
    for _ in range(_WIDGET_LEVELS):
        node = node.parent
        if node is None or node.tag in ("body", "html"):
            return
        yield node


def _reading(pairs: list[tuple[LexborNode, LexborNode]]) -> Tabs:
    """Every paired title is read as one 'tab' line just above its panel: the copy already standing
    there (the mobile title Elementor prints above each panel), else the first one (in the strip).
    A panel whose previous element shows its title's text without being a tab (Beaver Builder's
    mobile label) is read as it stands."""
    by_panel: dict[int, tuple[LexborNode, list[LexborNode]]] = {}
    for title, panel in pairs:
        by_panel.setdefault(panel.mem_id, (panel, []))[1].append(title)
    titles_by_panel = {}
    for panel, titles in by_panel.values():
        before = panel.prev
        while before is not None and before.tag in ("-text", "_comment") and not clean(before.text_content or ""):
            before = before.prev
        standing = next((title for title in titles if before is not None and title.mem_id == before.mem_id), None)
        if standing is not None or before is None or not _shows_a_title(before, titles):
            titles_by_panel[panel.mem_id] = standing or titles[0]
    moved = frozenset(title.mem_id for _, titles in by_panel.values() for title in titles)
    strips = frozenset(title.parent.mem_id for _, titles in by_panel.values() for title in titles
                       if title.parent is not None)
    return Tabs(titles_by_panel, moved, frozenset(by_panel), strips)


def _shows_a_title(node: LexborNode, titles: list[LexborNode]) -> bool:
    """Whether `node` reads as one of the titles. Only as much of its text is read as the longest
    title: the element before a panel may hold other panels, nested ones, and their text."""
    texts = {clean(title.text()) for title in titles}
    limit = max(map(len, texts)) + _SLACK_CHARS
    parts, size = [], 0
    for child in node.traverse(include_text=True):
        if child.tag == "-text":
            parts.append(child.text_content or "")
            size += len(parts[-1])
            if size > limit:
                return False
    return clean("".join(parts)) in texts


_SLACK_CHARS = 40  # whitespace around a title's text
