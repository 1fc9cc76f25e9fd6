"""A sidebar widget titled with the place ('Lantern Hill at a glance') that holds the State, Type and
Population labels is the profile's metadata, wherever the sidebar sits in the page; every other widget
of the sidebar stays chrome."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from parsers.text import clean
from parsers.vocabulary import FACTS_WIDGET_TITLE

_MAX_LABELS_LOOKED_AT = 20  # a facts box shows four; a hostile sidebar may show thousands
_MIN_LABELS = 2
_MAX_TITLE_CHARS = 80


def facts_widgets(metadata_labels_in_chrome: list[LexborNode], chrome: set[int], place: str | None) -> list[LexborNode]:
    """The widgets (innermost '.widget' or <section> around the labels, inside the chrome) that show this
    place's facts: at least two metadata labels, under a title that names the place or reads 'at a glance'."""
    counts: dict[int, int] = {}
    widgets: dict[int, LexborNode] = {}
    for label in metadata_labels_in_chrome[:_MAX_LABELS_LOOKED_AT]:
        widget = _widget_of(label, chrome)
        if widget is not None:
            counts[widget.mem_id] = counts.get(widget.mem_id, 0) + 1
            widgets[widget.mem_id] = widget
    return [widget for key, widget in widgets.items()
            if counts[key] >= _MIN_LABELS and _titled_as_facts(widget, place)]


def _widget_of(node: LexborNode, chrome: set[int]) -> LexborNode | None:
    while node is not None and node.tag not in ("body", "html"):
        names = (node.attributes.get("class") or "").split()
        if node.tag == "section" or any(name == "widget" or name.endswith("-widget") for name in names):
            return node
        if node.mem_id in chrome:
            return None  # the whole sidebar, or a menu: no one widget holds the labels
        node = node.parent
    return None


def _titled_as_facts(widget: LexborNode, place: str | None) -> bool:
    heading = widget.css_first("h1, h2, h3, h4, h5, h6, [class*=title]")
    title = clean(heading.text())[:_MAX_TITLE_CHARS].casefold() if heading is not None else ""
    return bool(title) and ((place is not None and place.casefold() in title) or FACTS_WIDGET_TITLE.search(title) is not None)
