"""Where the parser found each part of a page and what it skipped, told through its own steps.

A developer whose page came out wrong needs to see which element held each section label, where the
article was taken to be, and which menus, sidebars and hidden blocks were dropped (a label inside
one of them is a section missed). This module only reads the results of `find_landmarks`,
`read_page` and `split_sections`; it never parses a section differently from `parse_profile`.
"""

from __future__ import annotations

from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from parsers.bounds import readable_html
from parsers.errors import NotAProfilePage
from parsers.page import find_landmarks, read_page
from parsers.sections import Sections, split_sections
from parsers.template import SiteTemplate, template_key
from parsers.text import clean, normalize_label
from parsers.title import parse_title
from parsers.vocabulary import METADATA_LABELS, SECTION_LABELS, SKIPPED_TAGS

SECTIONS = ("preamble", "tactics", "key_partners", "key_sources", "metadata", "narrative_tail")
_LABELLED_SECTIONS = ("tactics", "key_partners", "key_sources")
_EXCERPT = 80


@dataclass(frozen=True, slots=True)
class Element:
    description: str  # 'div#main.entry-content'
    path: str  # 'html > body > div#page > main.site-main > article.post-12'


@dataclass(frozen=True, slots=True)
class LabelSeen:
    """A text on the page that reads as a label, and what the parser made of it."""

    text: str
    section: str
    element: Element
    status: str  # 'landmark' (placed the article), 'in the article', 'outside the article', 'dropped with …'


@dataclass(frozen=True, slots=True)
class SectionFound:
    section: str
    labelled: bool  # found under its label (the preamble never has one)
    lines: int
    first_line: str | None
    element: Element | None  # the block holding its first line


@dataclass(frozen=True, slots=True)
class SkippedElement:
    element: Element
    reason: str  # 'chrome' (menu, sidebar, footer, sharing…), 'hidden', or 'header'
    text: str  # the start of its text
    inside_article: bool


@dataclass(frozen=True, slots=True)
class DroppedLine:
    """A line of the article that the section split read as the blog's chrome (share bar, post
    navigation, related posts…) and left out of every section."""

    text: str
    element: Element | None
    by_template: bool  # the site prints it on most pages (the archive's learned template)


@dataclass(frozen=True, slots=True)
class Explanation:
    refused: str | None  # why the page gave no record, when it did not
    title: str | None = None
    title_element: Element | None = None
    article: Element | None = None
    labels: tuple[LabelSeen, ...] = ()
    sections: tuple[SectionFound, ...] = ()
    missing: tuple[str, ...] = ()  # sections the page showed no label for
    skipped: tuple[SkippedElement, ...] = ()
    dropped_lines: tuple[DroppedLine, ...] = ()


def explain_page(raw: bytes, template: SiteTemplate = SiteTemplate()) -> Explanation:
    """`template`: the site's learned template, as parse_profile is given it."""
    try:
        html, _ = readable_html(raw)
    except NotAProfilePage as refusal:
        return Explanation(refused=str(refusal))
    try:
        landmarks = find_landmarks(html)
        page = read_page(html)
    except NotAProfilePage as refusal:
        tree = LexborHTMLParser(html)
        labels = tuple(LabelSeen(text, section, _element(node), "not enough to make a profile")
                       for node, text, section in _label_texts(tree))
        return Explanation(refused=str(refusal), labels=labels)
    # Both calls parse the same text into the same tree: nodes pair up by their order in a walk.
    twin = dict(zip((node.mem_id for node in landmarks.tree.root.traverse()), page.tree.root.traverse(), strict=True))
    chrome = [twin[mem_id] for mem_id in landmarks.chrome if mem_id in twin]
    anchors = {twin[node.mem_id].mem_id for node in landmarks.anchors}
    facts = [twin[node.mem_id] for node in landmarks.facts]
    line_blocks = {line.node.mem_id for line in page.lines if line.node is not None}
    skipped = _skipped(chrome, page.root, line_blocks)
    sections = _sections(page, template)
    return Explanation(
        refused=None,
        title=page.title,
        title_element=_element(page.title_node) if page.title_node is not None else None,
        article=_element(page.root),
        labels=tuple(_label_seen(node, text, section, anchors, skipped, page.root, facts)
                     for node, text, section in _label_texts(page.tree)),
        sections=tuple(_section_found(name, getattr(sections, name), sections) for name in SECTIONS),
        missing=tuple(name for name in _LABELLED_SECTIONS if name not in sections.labels_seen)
        + (() if sections.metadata or page.facts else ("metadata",)),
        skipped=tuple(entry for entry, _ in skipped),
        dropped_lines=tuple(DroppedLine(_excerpt(line.text), _element(line.node) if line.node is not None else None,
                                        template_key(line.text) in template.lines)
                            for line in sections.chrome),
    )


def _sections(page, template: SiteTemplate) -> Sections:
    """The lines of each section, split as parse_profile splits them: after the title's line."""
    title_index = next((i for i, line in enumerate(page.lines)
                        if page.title_node is not None and line.node is not None
                        and line.node.mem_id == page.title_node.mem_id), None)
    return split_sections(page.lines, title_index, parse_title(page.title).name, template.lines)


def _section_found(name: str, lines: list, sections: Sections) -> SectionFound:
    first = lines[0] if lines else None
    return SectionFound(
        section=name,
        labelled=name in sections.labels_seen,
        lines=len(lines),
        first_line=_excerpt(first.text) if first else None,
        element=_element(first.node) if first is not None and first.node is not None else None,
    )


def _label_texts(tree: LexborHTMLParser) -> list[tuple[LexborNode, str, str]]:
    """Elements whose own text is exactly a section or metadata label: (element, text, section)."""
    found = []
    body = tree.body
    for node in body.traverse(include_text=True) if body is not None else ():
        if node.tag != "-text" or node.parent is None or node.parent.tag in SKIPPED_TAGS:
            continue
        text = clean(node.text_content or "")
        label = normalize_label(text) if len(text) < 40 else ""
        section = SECTION_LABELS.get(label) or ("metadata" if label in METADATA_LABELS else None)
        if section is not None:
            found.append((node.parent, text, section))
    return found


def _label_seen(node: LexborNode, text: str, section: str, anchors: set[int],
                skipped: list[tuple[SkippedElement, LexborNode]], root: LexborNode,
                facts: list[LexborNode]) -> LabelSeen:
    holder = next((entry for entry, element in skipped if _within(node, element)), None)
    widget = next((element for element in facts if _within(node, element)), None)
    if widget is not None:
        status = f"read as the place's facts widget {_describe(widget)}"
    elif holder is not None:
        status = f"dropped with the {holder.reason} {holder.element.description}"
    elif not _within(node, root):
        status = "outside the article"
    else:
        status = "landmark" if node.mem_id in anchors else "in the article"
    return LabelSeen(text, section, _element(node), status)


def _skipped(chrome: list[LexborNode], root: LexborNode,
             line_blocks: set[int]) -> list[tuple[SkippedElement, LexborNode]]:
    """The outermost chrome elements, and the article's headers that gave no line."""
    chrome_ids = {node.mem_id for node in chrome}
    outermost = [node for node in chrome if not _has_ancestor_in(node, chrome_ids)]
    headers = [node for node in root.css("header")
               if not any(inner.mem_id in line_blocks for inner in node.traverse())
               and not _has_ancestor_in(node, chrome_ids)]
    found = [(node, "hidden" if _hidden(node) else "chrome") for node in outermost]
    found += [(node, "header") for node in headers if node.mem_id not in chrome_ids]
    found.sort(key=lambda pair: _order(pair[0]))
    return [(SkippedElement(_element(node), reason, _excerpt(node.text(separator=" ")), _within(node, root)), node)
            for node, reason in found]


def _hidden(node: LexborNode) -> bool:
    style = (node.attributes.get("style") or "").replace(" ", "").casefold()
    return "hidden" in node.attributes or "display:none" in style or "visibility:hidden" in style


def _has_ancestor_in(node: LexborNode, ids: set[int]) -> bool:
    current = node.parent
    while current is not None:
        if current.mem_id in ids:
            return True
        current = current.parent
    return False


def _within(node: LexborNode, ancestor: LexborNode) -> bool:
    current = node
    while current is not None:
        if current.mem_id == ancestor.mem_id:
            return True
        current = current.parent
    return False


def _order(node: LexborNode) -> tuple[int, ...]:
    """Document order: the sibling positions from the root down."""
    positions = []
    while node.parent is not None:
        siblings = list(node.parent.iter())
        positions.append(next(i for i, sibling in enumerate(siblings) if sibling.mem_id == node.mem_id))
        node = node.parent
    return tuple(reversed(positions))


def _element(node: LexborNode) -> Element:
    chain = []
    current = node
    while current is not None and current.tag not in ("-document", None):
        chain.append(_describe(current))
        current = current.parent
    return Element(_describe(node), " > ".join(reversed(chain)))


def _describe(node: LexborNode) -> str:
    attrs = node.attributes
    classes = (attrs.get("class") or "").split()[:2]
    return node.tag + (f"#{attrs['id']}" if attrs.get("id") else "") + "".join(f".{name}" for name in classes)


def _excerpt(text: str) -> str:
    text = clean(text)
    return text if len(text) <= _EXCERPT else text[:_EXCERPT - 1] + "…"
