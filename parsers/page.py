"""Find the article in a whole HTML page: its title, its body's lines and its chrome to ignore.

The article is located by what a reader sees (a 'Place, ST' title and the section labels), never by
one theme's CSS classes; class and role names only help to drop menus, sidebars and footers.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from parsers.ancestry import Enclosed, ancestor_ids, common_ancestor
from parsers.banner import breadcrumb_trail, site_header
from parsers.errors import NotAProfilePage
from parsers.facts_widget import facts_widgets
from parsers.label_columns import pair_label_columns
from parsers.lines import Line, linearize
from parsers.noscript import labels_to_read
from parsers.pullquotes import repeated_pullquotes
from parsers.skipped import hidden_by_style_sheet, skipped_elements
from parsers.tabs import Tabs, find_tabs
from parsers.text import clean, normalize_label
from parsers.vocabulary import (
    LISTING_BODY_CLASSES,
    METADATA_LABELS,
    NOT_FOUND_TITLES,
    SECTION_LABELS,
    SKIPPED_TAGS,
    STATE_CODES_BY_NAME,
)

TITLE_PATTERN = re.compile(r"^(?P<place>.+?)\s*,\s*(?P<code>[A-Za-z]{2})\.?$")
_TITLE_SEPARATORS = re.compile(r"\s+[|–—»«·-]\s+|\s+::\s+")
_LABEL_WITH_TEXT = re.compile(r"^(tactics used|key sources|key partners)\s*[:：]")
_METADATA_WITH_VALUE = re.compile(r"^(state|type|population)\s*[:：]?\s+\S.{0,40}$")
_LABEL_INITIALS = frozenset(c for label in (*SECTION_LABELS, *METADATA_LABELS) for c in (label[0], label[0].upper()))
_MIN_SPARSE_PROSE = 120  # characters of one paragraph: a sentence or two of narrative
_ANCHOR_LABELS = frozenset(label for label in SECTION_LABELS if label not in ("sources", "partners", "tactic"))


@dataclass(frozen=True, slots=True)
class Page:
    title: str | None
    title_node: LexborNode | None
    canonical: str | None
    lines: list[Line]
    tree: LexborHTMLParser
    root: LexborNode
    base_href: str | None
    facts: list[Line]  # the lines of a sidebar widget showing the place's facts (its metadata)


@dataclass(frozen=True, slots=True)
class _Landmarks:
    tree: LexborHTMLParser
    chrome: set[int]
    anchors: list[LexborNode]  # the elements holding section and metadata labels
    title_node: LexborNode | None
    title: str | None
    tabs: Tabs
    noscripts: frozenset[int] = frozenset()  # the <noscript> elements whose markup holds the profile
    facts: tuple[LexborNode, ...] = ()  # sidebar widgets showing the place's facts


def read_page(html: str) -> Page:
    found = find_landmarks(html)
    tree, title_node = found.tree, found.title_node
    root = _article_root(tree, found.anchors, title_node)
    protected = ancestor_ids(found.anchors + ([title_node] if title_node else []))
    pulled = repeated_pullquotes(root) if "pull" in html else []
    skipped = (found.chrome | {node.mem_id for node in [*root.css("header"), *pulled]}) - protected | found.tabs.moved
    lines = pair_label_columns(linearize(root, lambda node: node.mem_id in skipped, found.tabs.titles_by_panel,
                                         found.noscripts))
    base = (tree.head or tree).css_first("base[href]")
    base_href = clean(base.attributes.get("href") or "") or None if base is not None else None
    facts = [line for widget in found.facts for line in linearize(widget, lambda node: node.mem_id in skipped)]
    return Page(found.title, title_node, _canonical(tree), lines, tree, root, base_href, facts)


def find_landmarks(html: str) -> _Landmarks:
    """The title and labels that make a page a profile; NotAProfilePage when they are not there."""
    tree = LexborHTMLParser(html)
    body = tree.body
    if body is None:
        raise NotAProfilePage("not-a-profile", "the document has no body")
    tabs = find_tabs(body)
    chrome = skipped_elements(tree, hidden_by_style_sheet(tree) if "display" in html else [], tabs)
    in_chrome = Enclosed(lambda node: node.mem_id in chrome)
    in_banner = site_header()
    found = _label_nodes(body)
    labels = [(node, is_section) for node, is_section in found if not in_chrome(node) and not in_banner(node)]
    labels, noscripts = labels_to_read(body, labels) if "<noscript" in html else (labels, frozenset())
    headings = _headings(tree, in_chrome)
    head_title = _head_title(tree)
    title_node, title = _choose_title(body, headings, head_title, in_chrome)
    place = TITLE_PATTERN.match(title or "")
    facts = tuple(facts_widgets([node for node, is_section in found if not is_section and in_chrome(node)],
                                chrome, place["place"] if place else None))
    if not labels and _sparse_profile(body, title_node, title, head_title, in_chrome):
        return _Landmarks(tree, chrome, [], title_node, title, tabs, facts=facts)
    _refuse_listings(body)
    _refuse_non_profiles(labels, headings, title, head_title)
    return _Landmarks(tree, chrome, [node for node, _ in labels], title_node, title, tabs, noscripts, facts)


def _headings(tree: LexborHTMLParser, in_chrome: Enclosed) -> list[LexborNode]:
    """The <h1>-<h3> outside chrome; one inside another heading is part of that heading's text
    (and reading each nested heading's text again would cost the square of the nesting)."""
    found = tree.css("h1, h2, h3")
    ids = {node.mem_id for node in found}
    in_heading = Enclosed(lambda node: node.mem_id in ids)
    return [node for node in found if not in_chrome(node) and not in_heading(node.parent)]


def _label_nodes(body: LexborNode) -> list[tuple[LexborNode, bool]]:
    """Elements whose own text is a label, each with whether it names a section (not metadata)."""
    found = []
    for node in body.traverse(include_text=True):
        if node.tag != "-text" or node.parent is None or node.parent.tag in SKIPPED_TAGS:
            continue
        raw = (node.text_content or "").lstrip()
        if not raw or raw[0] not in _LABEL_INITIALS:
            continue
        if len(raw) > 60:
            if _LABEL_WITH_TEXT.match(clean(raw[:60]).casefold()):
                found.append((node.parent, True))
            continue
        label = normalize_label(raw)
        if label in _ANCHOR_LABELS or _LABEL_WITH_TEXT.match(label + ":"):
            found.append((node.parent, True))
        elif label in METADATA_LABELS or _METADATA_WITH_VALUE.match(label):
            found.append((node.parent, False))
    return found


def _head_title(tree: LexborHTMLParser) -> str | None:
    scope = tree.head or tree
    for selector, attribute in (('meta[property="og:title"]', "content"), ("title", None)):
        node = scope.css_first(selector)
        if node is None:
            continue
        text = clean(node.attributes.get(attribute) or "" if attribute else node.text())
        if text:
            segments = [clean(segment) for segment in _TITLE_SEPARATORS.split(text)]
            return next((s for s in segments if TITLE_PATTERN.match(s)), segments[0])
    return None


def _choose_title(body: LexborNode, headings: list[LexborNode], head_title: str | None,
                  in_chrome: Enclosed) -> tuple[LexborNode | None, str | None]:
    """The element showing the page's own title (from <title>/og:title), else the first heading
    that reads 'Place, ST': page builders show the title in a <div>, and related-post grids
    show other places' titles in headings."""
    if head_title and TITLE_PATTERN.match(head_title):
        wanted = head_title.casefold()
        for node in headings:
            if _heading_text(node).casefold() == wanted:
                return node, _heading_text(node)
        in_breadcrumb = breadcrumb_trail()
        for node in body.traverse(include_text=True):
            if node.tag == "-text" and node.parent is not None and clean(node.text_content or "").casefold() == wanted \
                    and not in_chrome(node.parent) and not in_breadcrumb(node.parent):
                return node.parent, clean(node.text_content or "")
        return None, head_title
    if head_title and not _names_a_state(head_title) and any(
            clean(node.text()).casefold() == head_title.casefold() for node in headings):
        return None, None  # the page's own heading names no place ('Reverse Stings', 'Welcome')
    first_h1 = next((node for node in headings if node.tag == "h1"), None)
    if first_h1 is not None and not TITLE_PATTERN.match(_heading_text(first_h1)) \
            and not _names_a_state(_heading_text(first_h1)) and not _links_home(first_h1):
        return None, None  # the page is about its <h1>; places in sub-headings are excerpts
    matching = [(node, _heading_text(node)) for node in headings]
    matching = [(node, text) for node, text in matching if TITLE_PATTERN.match(text)]
    for level in ("h1", "h2", "h3"):
        for node, text in matching:
            if node.tag == level:
                return node, text
    # 'Waterbury, Connecticut', 'Washington, D.C.': a place and a state spelled out.
    for node in headings:
        text = clean(node.text())
        if _names_a_state(text):
            return node, text
    return (None, head_title) if head_title and _names_a_state(head_title) else (None, None)


def _links_home(heading: LexborNode) -> bool:
    """The site's name as an <h1> (older themes) links to the home page."""
    link = heading.css_first("a[href]")
    return link is not None and urlsplit(link.attributes.get("href") or "").path in ("", "/")


def _heading_text(node: LexborNode) -> str:
    """A heading's own text when that reads 'Place, ST' (a badge beside it, 'Updated', is another
    element), else its whole text ('<a>Place, ST</a>', '<span>Place</span>, ST')."""
    own = clean(node.text(deep=False))
    return own if TITLE_PATTERN.match(own) else clean(node.text())


def _names_a_state(title: str) -> bool:
    place, _, state = title.rpartition(",")
    return bool(place.strip()) and state.strip().casefold() in STATE_CODES_BY_NAME


def _refuse_listings(body: LexborNode) -> None:
    """WordPress names the kind of page in the body's classes: an archive or search results list
    posts, even when they show one whole profile."""
    kinds = LISTING_BODY_CLASSES.intersection((body.attributes.get("class") or "").split())
    if kinds:
        raise NotAProfilePage("listing-page", f"a WordPress {'/'.join(sorted(kinds))} page")


def _refuse_non_profiles(labels, headings, title, head_title) -> None:
    """A profile shows a section label, two metadata labels, or one under a 'Place, ST' title (older
    pages give only 'State: …'); say what else a page is."""
    titled = title is not None and TITLE_PATTERN.match(title) is not None
    teasers = {clean(h.text()) for h in headings if TITLE_PATTERN.match(clean(h.text()))}
    if any(is_section for _, is_section in labels) or len(labels) >= 2 or (labels and titled):
        if len(teasers) >= 2 and not (head_title and TITLE_PATTERN.match(head_title)) \
                and _sections_repeat(labels):
            # An archive showing several whole profiles: no one location is the page's.
            raise NotAProfilePage("listing-page", f"{len(teasers)} locations, each with its own sections")
        if title is None:
            raise NotAProfilePage("not-a-profile", "profile sections but no 'Place, ST' title")
        return
    page_title = " ".join(filter(None, (head_title, *(clean(h.text()) for h in headings[:2]))))
    if NOT_FOUND_TITLES.search(page_title):
        raise NotAProfilePage("error-page", f"an error page titled {page_title[:80]!r}")
    if len(teasers) >= 2:
        raise NotAProfilePage("listing-page", f"a listing of {len(teasers)} locations, no profile sections")
    raise NotAProfilePage("not-a-profile", "no 'Tactics Used', 'Key Sources' or metadata labels found")


def _sparse_profile(body: LexborNode, title_node: LexborNode | None, title: str | None,
                    head_title: str | None, in_chrome: Enclosed) -> bool:
    """A page whose own title (<title>, shown in a heading) is 'Place, ST' over prose, without any
    label, is a sparse profile: its record warns of what is missing rather than losing the place."""
    if title_node is None or title is None or not head_title or not TITLE_PATTERN.match(head_title) \
            or title.casefold() != head_title.casefold() or NOT_FOUND_TITLES.search(head_title):
        return False
    return any(len(paragraph.text()) >= _MIN_SPARSE_PROSE and not in_chrome(paragraph)
               for paragraph in body.css("p"))


def _sections_repeat(labels: list[tuple[LexborNode, bool]]) -> bool:
    seen = Counter(normalize_label(node.text()) for node, is_section in labels if is_section)
    return any(count >= 2 for count in seen.values())


def _article_root(tree: LexborHTMLParser, anchors: list[LexborNode], title_node: LexborNode | None) -> LexborNode:
    nodes = anchors + ([title_node] if title_node is not None else [])
    root = common_ancestor(nodes) if len(nodes) >= 2 else None
    if root is None or root.tag in ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "td", "th"):
        root = tree.css_first("article, main, [role=main]") or tree.body
    return root


def _canonical(tree: LexborHTMLParser) -> str | None:
    node = (tree.head or tree).css_first('link[rel="canonical"]')
    href = clean(node.attributes.get("href") or "") if node is not None else ""
    return href if href.startswith(("http://", "https://")) and "/site/" in href else None
