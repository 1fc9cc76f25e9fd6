"""What a page shows no reader: its chrome (menus, sidebars, footers, sharing widgets, screen-reader
text) and what it hides, found in one walk of the tree; `page.py` leaves these elements out of the
article's lines."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from parsers.ancestry import Enclosed
from parsers.tabs import Tabs
from parsers.vocabulary import (
    BUILDER_BLOCK_WORDS,
    CHROME_CLASS_WORDS,
    CHROME_ROLES,
    CHROME_TAGS,
    POST_CONTENT_CLASSES,
    TIME_TO_READ_CLASSES,
)

_CHROME_CLASSES = CHROME_CLASS_WORDS | TIME_TO_READ_CLASSES

# Menus, sidebars, footers, sharing widgets and screen-reader text; a theme's <header> is chrome
# only when it does not hold the title, so it is handled apart. Elements hidden by an attribute or
# a style stay: accordions and tabs hide real Key Sources until clicked.
CHROME_SELECTOR = ", ".join(
    [*CHROME_TAGS,
     *(f'[role="{role}"]' for role in CHROME_ROLES),
     *(f'[class~="{word}"], [id="{word}"]' for word in sorted(_CHROME_CLASSES))]
)


def skipped_elements(tree: LexborHTMLParser, style_hidden: list[str], tabs: Tabs) -> set[int]:
    """Every element to skip, found in one walk of the tree: menus, sidebars and footers (but an
    <aside> or <footer> inside the <article> is part of the post: an info box, the metadata; and a
    strip of tab titles is no menu), and what the page hides, unless it is a panel of Key Sources
    or a tab's panel."""
    skipped = set()
    in_article = Enclosed(lambda node: node.tag == "article" or _is_post_content(node))
    # The query returns nodes in document order: an element inside one already skipped is settled.
    in_skipped = Enclosed(lambda node: node.mem_id in skipped)
    for node in tree.css(", ".join([CHROME_SELECTOR, HIDDEN_SELECTOR, *style_hidden])):
        if in_skipped(node.parent) or node.mem_id in tabs.strips:
            continue
        if _is_chrome(node) and not ((node.tag in ("aside", "footer") or _is_builder_block(node))
                                     and in_article(node.parent)):
            skipped.add(node.mem_id)
        elif _is_hidden(node, style_hidden) and not _holds_sources(node) and node.mem_id not in tabs.panels:
            skipped.add(node.mem_id)
    return skipped


def _is_chrome(node: LexborNode) -> bool:
    """What CHROME_SELECTOR matches, asked of one node the query returned."""
    if node.tag in CHROME_TAGS:
        return True
    attrs = node.attributes
    names = (attrs.get("class") or "").split()
    return (attrs.get("role") in CHROME_ROLES or attrs.get("id") in _CHROME_CLASSES
            or not _CHROME_CLASSES.isdisjoint(names))


def _is_post_content(node: LexborNode) -> bool:
    """The post's content where a theme prints no <article> (Twenty Ten's `div.post`): its
    `entry-content`, or a page builder's layout."""
    return not POST_CONTENT_CLASSES.isdisjoint((node.attributes.get("class") or "").split())


def _is_builder_block(node: LexborNode) -> bool:
    """A page builder's content block (SiteOrigin's `so-panel widget`): named a widget, and nothing
    else about it says sidebar, menu or footer. In the article it holds the post's own sections."""
    if node.tag in CHROME_TAGS or node.attributes.get("role") in CHROME_ROLES:
        return False
    words = CHROME_CLASS_WORDS.intersection((node.attributes.get("class") or "").split())
    return bool(words) and words <= BUILDER_BLOCK_WORDS and node.attributes.get("id") not in CHROME_CLASS_WORDS


def _is_hidden(node: LexborNode, style_hidden: list[str]) -> bool:
    attrs = node.attributes
    if "hidden" in attrs or _HIDING_STYLE.search(attrs.get("style") or ""):
        return True
    names = {f".{name}" for name in (attrs.get("class") or "").split()} | {f"#{attrs.get('id')}"}
    return not names.isdisjoint(style_hidden)


_MEDIA_BLOCK = re.compile(r"@media[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}")
_HIDING_RULE = re.compile(r"(?:^|[}\s,])([.#][A-Za-z_][\w-]*)\s*\{[^{}]*display\s*:\s*none")
_HIDING_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|left\s*:\s*-9999px", re.IGNORECASE)
# Hidden by the page itself. An accordion or tab panel hides Key Sources until clicked and stays
# content; anything else hidden (injected spam, an off-screen duplicate) is not shown to a reader.
HIDDEN_SELECTOR = ('[hidden], [style*="display:none"], [style*="display: none"], [style*="visibility:hidden"], '
                   '[style*="visibility: hidden"], [style*="left:-9999px"], [style*="left: -9999px"]')


def hidden_by_style_sheet(tree: LexborHTMLParser) -> list[str]:
    """Class and id selectors that the page's own <style> hides outright (not per screen size)."""
    css = " ".join(node.text() for node in tree.css("style"))
    if "display" not in css:
        return []
    return _HIDING_RULE.findall(_MEDIA_BLOCK.sub(" ", css))[:50]


def _holds_sources(node: LexborNode) -> bool:
    """A list, or quoted headlines in English: what a Key Sources panel holds (injected spam is
    rarely either)."""
    if node.css_first("li") is not None:
        return True
    text = _text_sample(node)
    letters = [character for character in text if character.isalpha()]
    return "“" in text and sum(character.isascii() for character in letters) >= 0.9 * len(letters)


def _text_sample(node: LexborNode) -> str:
    """The start of a node's text, enough to tell its language: panels nest in panels, and reading
    each one's whole text would cost the square of the nesting."""
    parts, size = [], 0
    for child in node.traverse(include_text=True):
        if child.tag == "-text":
            parts.append(child.text_content or "")
            size += len(parts[-1])
            if size >= _SAMPLE_CHARS:
                break
    return "".join(parts)[:_SAMPLE_CHARS]


_SAMPLE_CHARS = 5_000
