"""Flatten the article's DOM into the lines a reader sees, whatever the theme's markup.

Every section parser works on these lines, so they only have to know what a line looks like
(its text, the block that holds it, its list depth, its links, its table cells), never a theme.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from selectolax.lexbor import LexborNode

from parsers.text import clean, normalize_label
from parsers.vocabulary import BACK_LINK, FOOTNOTE_MARKER, SECTION_LABELS, SKIPPED_TAGS, TAXONOMY_RELS

BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption center dd details dialog div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr legend li main menu nav ol p "
    "pre section summary table tbody thead tfoot ul button".split()
)
HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6".split())
EMPHASIS_TAGS = frozenset("strong b".split())
LIST_TAGS = frozenset("ul ol menu".split())
MARK_GRAPHIC_SELECTOR = "img, svg, i, span[class]"
_ITEM_CONTENT = frozenset("div p section span blockquote".split())
# Editors wrap a data cell's text in one <p>; a layout cell holds lists, tables, headings or prose.
_LAYOUT_CONTENT = "td ul, td ol, td table, td h1, td h2, td h3, td h4, td dl, td blockquote, th ul, th table"
_LAYOUT_CELL_CHARS = 300
# The walk recurses once per element level; below this depth (hostile markup) it reads plain text.
MAX_NESTING = 150


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    graphic: str | None  # alt/class/title of an icon standing for a mark, when the cell has one


@dataclass(slots=True)
class Line:
    text: str
    tag: str  # the block element holding the line: 'p', 'li', 'h3', 'td', 'dt', 'div', ...; 'tab': a tab's title
    list_depth: int
    item: int | None  # identity of the <li> the line sits in: two lines, one item
    emphasized: bool  # the whole line is bold or a heading
    lead: str  # the text of leading bold run, e.g. 'State' in '<b>State</b> Connecticut'
    links: tuple[str, ...] = ()
    cells: tuple[Cell, ...] = ()
    node: LexborNode | None = field(default=None, repr=False)
    continues: bool = False  # follows a single <br> in the same block: the same paragraph goes on
    terms_only: bool = False  # nothing but the blog's taxonomy links (rel="tag"): tactics, or post tags

    @property
    def is_heading(self) -> bool:
        return self.tag in HEADING_TAGS


class _Builder:
    def __init__(self, is_skipped, tab_titles: dict[int, LexborNode], noscripts: frozenset[int]) -> None:
        self.lines: list[Line] = []
        self._is_skipped = is_skipped
        self._tab_titles = tab_titles
        self._noscripts = noscripts
        self._parts: list[tuple[str, bool]] = []
        self._links: list[str] = []
        self._context: tuple[str, int, int | None, LexborNode | None] = ("div", 0, None, None)
        self._nesting = 0
        self._continues = False
        self._terms: list[str] = []

    def flush(self) -> None:
        # Half the flushes find nothing gathered (a block's start and end): skip their clean().
        text = clean("".join([part for part, _ in self._parts])) if self._parts else ""
        if text:
            tag, depth, item, node = self._context
            lead = clean("".join(p for p, bold in _leading_bold(self._parts)))
            emphasized = tag in HEADING_TAGS or all(bold or not p.strip() for p, bold in self._parts)
            self.lines.append(Line(text, tag, depth, item, emphasized, lead, tuple(self._links), (), node,
                                   self._continues, _only_terms(text, self._terms)))
        self._parts = []
        self._links = []
        self._continues = False
        self._terms = []

    def walk(self, node: LexborNode, depth: int, item: int | None, bold: bool) -> None:
        if self._nesting >= MAX_NESTING:
            self._parts.append((node.text(deep=True, separator=" "), bold))
            return
        self._nesting += 1
        for child in node.iter(include_text=True):
            tag = child.tag or "-"  # lexbor gives a processing instruction ('<?php … ?>') no tag
            if tag == "-text":
                self._parts.append((child.text_content or "", bold))
            elif tag == "br":
                had_text = any(part.strip() for part, _ in self._parts)
                self.flush()
                self._continues = had_text
            elif (tag in SKIPPED_TAGS and child.mem_id not in self._noscripts) or tag.startswith("-") \
                    or self._is_skipped(child):
                continue
            elif tag == "tr":
                self.flush()
                if _is_layout_row(child):
                    for cell in child.iter():
                        if cell.tag in ("td", "th"):
                            self._walk_block(cell, "div", depth, item, bold)
                else:
                    self._add_row(child, depth, item)
            elif tag == "img":
                alt = clean(child.attributes.get("alt") or "")
                if normalize_label(alt) in SECTION_LABELS:
                    self._parts.append((alt, bold))  # a label drawn as an image
            elif tag == "cite" and self._context[0] in ("blockquote", "figure") \
                    and not any(part.strip() for part, _ in self._parts):
                # A quote's attribution on a line of its own goes on with the quote, not a paragraph.
                quoted = self.lines[-1].node if self.lines else None
                holder = self._context[3]
                self._continues = quoted is not None and quoted.parent is not None and holder is not None \
                    and quoted.parent.mem_id == holder.mem_id
                self.walk(child, depth, item, bold)
            elif tag in BLOCK_TAGS or tag in ("li", "td", "th", "dd"):
                if child.mem_id in self._tab_titles:
                    self._add_tab_title(self._tab_titles[child.mem_id], depth, item)
                self._walk_block(child, tag, depth, item, bold)
            elif tag == "a":
                attrs = child.attributes
                href = (attrs.get("href") or "").strip()
                if href.lower().startswith("javascript:") or href == "#":
                    continue  # a button ('Print this profile', 'Toggle'), not content
                if href.startswith("#") and _is_footnote_link(child):
                    continue
                if attrs.get("role") == "tab":
                    self._walk_block(child, "div", depth, item, bold)
                    continue
                if href:
                    self._links.append(href)
                if TAXONOMY_RELS.intersection((attrs.get("rel") or "").split()):
                    self._terms.append(clean(child.text()))
                icon = child.css_first("img[alt]") if not child.text().strip() else None
                if icon is not None:  # a linked image reads as its alt text (a tactic's icon)
                    self._parts.append((f' {clean(icon.attributes.get("alt") or "")} ', bold))
                    continue
                self.walk(child, depth, item, bold)
            else:
                self.walk(child, depth, item, bold or tag in EMPHASIS_TAGS)
        self._nesting -= 1

    def _walk_block(self, node: LexborNode, tag: str, depth: int, item: int | None, bold: bool) -> None:
        self.flush()
        outer = self._context
        if tag in LIST_TAGS:
            depth += 1
        if tag == "li":
            item = node.mem_id
        # A block inside a list item (<li><p>…</p></li>) still reads as that item.
        holder = "li" if outer[0] == "li" and tag in _ITEM_CONTENT else tag
        self._context = (holder, depth, item, node)
        self.walk(node, depth, item, bold or tag in HEADING_TAGS)
        self.flush()
        self._context = outer

    def _add_tab_title(self, title: LexborNode, depth: int, item: int | None) -> None:
        """A tab's title, read above its panel: one line, tagged 'tab' (a control's caption, as a
        heading would be over the panel's content)."""
        self.flush()
        words = _Builder(self._is_skipped, {}, self._noscripts)
        words.walk(title, 0, None, True)
        words.flush()
        text = clean(" ".join(line.text for line in words.lines))
        if text:
            self.lines.append(Line(text, "tab", depth, item, True, text, (), (), title))

    def _add_row(self, row: LexborNode, depth: int, item: int | None) -> None:
        cells = tuple(_cell(cell) for cell in row.iter() if cell.tag in ("td", "th"))
        text = clean(" | ".join(c.text for c in cells if c.text))
        if cells and (text or any(c.graphic for c in cells)):
            header = all(cell.tag == "th" for cell in row.iter() if cell.tag in ("td", "th"))
            links = tuple(filter(None, (link.attributes.get("href") for link in row.css("a[href]"))))
            self.lines.append(Line(text, "th" if header else "tr", depth, item, header, "", links, cells, row))


def _is_footnote_link(link: LexborNode) -> bool:
    """A footnote's reference in the text ('<sup><a href="#fn1">1</a></sup>', '[1]') or its way back
    ('↩︎', '↑'): a reader skips both, and a back-link left at a citation's end hides its date."""
    text = clean(link.text())
    if not text:
        return False
    if BACK_LINK.match(text):
        return True
    if not FOOTNOTE_MARKER.match(text):
        return False
    parent = link.parent
    return text.startswith("[") or (parent is not None and parent.tag == "sup") or link.css_first("sup") is not None


def _only_terms(text: str, terms: list[str]) -> bool:
    for term in terms:
        text = text.replace(term, "")
    return bool(terms) and not any(character.isalnum() for character in text)


def _is_layout_row(row: LexborNode) -> bool:
    """A row of a page laid out in tables holds blocks, not a tactic or a metadata pair."""
    if row.css_first(_LAYOUT_CONTENT) is not None:
        return True
    return any(len(cell.text()) > _LAYOUT_CELL_CHARS or len(cell.css("p, div")) > 1
               for cell in row.iter() if cell.tag in ("td", "th"))


def _leading_bold(parts: list[tuple[str, bool]]):
    for part, bold in parts:
        if not bold and part.strip():
            return
        yield part, bold


def _cell(cell: LexborNode) -> Cell:
    graphic = None
    for icon in cell.css(MARK_GRAPHIC_SELECTOR):
        attrs = icon.attributes
        description = " ".join(filter(None, (attrs.get("alt"), attrs.get("class"), attrs.get("title"),
                                             attrs.get("aria-label"), attrs.get("src"))))
        if icon.tag != "span" or "check" in description or "icon" in description:
            graphic = description or icon.tag
            break
    return Cell(clean(cell.text(deep=True, separator=" ")), graphic)


def linearize(root: LexborNode, is_skipped, tab_titles: dict[int, LexborNode] | None = None,
              noscripts: frozenset[int] = frozenset()) -> list[Line]:
    """The lines of `root` in reading order; `is_skipped(node)` prunes chrome subtrees; a panel of
    `tab_titles` (by mem_id) is read under its tab's title; the <noscript> elements in `noscripts` (by
    mem_id) are read as markup."""
    builder = _Builder(is_skipped, tab_titles or {}, noscripts)
    builder._context = (root.tag if root.tag in BLOCK_TAGS else "div", 0, None, root)
    builder.walk(root, 0, None, False)
    builder.flush()
    return builder.lines
