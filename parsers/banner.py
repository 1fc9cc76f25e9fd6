"""The site's header and breadcrumb trail: what comes before the article, whatever it holds.

A <header> that no article, aside, main, nav or section scopes is the site's banner (as ARIA maps it):
its menu's 'Tactics' link is not the profile's label. A breadcrumb trail ends with the page's title, but
it is navigation: the article starts after it, not at it."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from parsers.ancestry import Enclosed
from parsers.vocabulary import SECTIONING_TAGS


def site_header() -> Enclosed:
    """Whether a node is inside the site's banner <header>."""
    in_sectioning = Enclosed(lambda node: node.tag in SECTIONING_TAGS)
    return Enclosed(lambda node: node.tag == "header" and not in_sectioning(node.parent))


def breadcrumb_trail() -> Enclosed:
    """Whether a node is inside a breadcrumb trail (by class, id or ARIA label)."""
    return Enclosed(_is_breadcrumb)


def _is_breadcrumb(node: LexborNode) -> bool:
    attrs = node.attributes
    names = f"{attrs.get('class') or ''} {attrs.get('id') or ''} {attrs.get('aria-label') or ''}"
    return "breadcrumb" in names.casefold()
