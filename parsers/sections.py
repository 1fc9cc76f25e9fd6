"""Split the article's lines into sections by their visible labels, in whatever order they come."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property

from parsers.chrome_lines import Chrome, chrome_kind, is_author_box_end
from parsers.dates import split_trailing_date
from parsers.lines import Line
from parsers.metadata import is_metadata_line
from parsers.template import is_candidate, template_key
from parsers.text import normalize_label
from parsers.vocabulary import (COUNT_SUFFIX, END_OF_ARTICLE, FULL_LABELS, METADATA_BOX_TITLE, MINUTES_LINE,
                                 SECTION_LABELS)

_INLINE_LABEL = re.compile(r"^(?P<label>tactics used|tactics|key sources|key partners)\s*[:：]\s*(?P<rest>.+)$",
                           re.IGNORECASE)


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_BYLINE_START = re.compile(r"^(by|posted|published|written|updated|last updated|filed)\b", re.IGNORECASE)
_DATE_IN_LINE = re.compile(
    rf"\b{_MONTH} \d{{1,2}}, \d{{4}}\b|\b\d{{1,2}} {_MONTH} \d{{4}}\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b", re.IGNORECASE
)
_MAX_BYLINE_WORDS = 14
_MAX_BYLINE_START_WORDS = 24
_MIN_PROSE_CHARS = 80
_MIN_NARRATIVE_CHARS = 100
_MIN_SENTENCE_WORDS = 6
_LONG_SENTENCE_CHARS = 160  # one sentence this long is prose: citations are a headline, an outlet, a date
_MAX_BOLD_SUBHEADING_WORDS = 12
_SENTENCE_BREAK = re.compile(r"[a-z0-9)][.!?] +[A-Z]")


@dataclass
class Sections:
    preamble: list[Line] = field(default_factory=list)  # after the title, before any label
    tactics: list[Line] = field(default_factory=list)
    key_partners: list[Line] = field(default_factory=list)
    key_sources: list[Line] = field(default_factory=list)
    metadata: list[Line] = field(default_factory=list)
    narrative_tail: list[Line] = field(default_factory=list)  # prose a layout put after other sections
    chrome: list[Line] = field(default_factory=list)  # dropped: the blog's chrome around the profile
    labels_seen: dict[str, bool] = field(default_factory=dict)  # section -> seen under its full label

    @cached_property
    def preamble_has_narrative(self) -> bool:
        """Asked only past chrome, when the preamble is complete (the split never returns to it): read
        once, not once per line of chrome."""
        return any(_is_narrative_prose(line, after_prose=False) for line in self.preamble)


def split_sections(lines: list[Line], title_index: int | None, title: str,
                   template: frozenset[str] = frozenset()) -> Sections:
    """Lines after the title's line (`title_index`), less any repeat of the title before a label,
    less the blog's chrome: a chrome barrier (post navigation, share bar, related posts…) ends the
    section it follows, and what comes after it is chrome until the label of a section not yet seen."""
    sections = Sections()
    current = before_metadata = "preamble"
    start = 0 if title_index is None else title_index + 1
    tail_prose = False  # the line before went to the narrative tail
    for line in lines[start:]:
        after_prose, tail_prose = tail_prose, False
        if END_OF_ARTICLE.match(line.text):
            if sections.labels_seen or sections.preamble:
                break
            continue  # 'Leave a reply' linked under the title, before the content
        if current == "preamble" and line.text == title:
            continue
        label, rest, full = _label_of(line)
        if label is not None and not (current == "chrome" and label in sections.labels_seen):
            if label not in sections.labels_seen or (full and not sections.labels_seen[label]):
                # A full label ('Tactics Used') outranks a short one seen before ('Tactics' over a
                # column of links): what the short one gathered was not the section.
                sections.labels_seen[label] = full
                getattr(sections, label).clear()
                current = label
                if rest:
                    getattr(sections, label).append(replace(line, text=rest))
            continue
        if line.tag in ("button", "tab") and current != "key_sources":
            continue  # an accordion's header or a tab's title is a Key Sources category; elsewhere a control
        if not _listed_under_tactics_used(line, current, sections):
            # 'State <a href=/category/connecticut/>Connecticut</a>' is metadata, whatever its link says.
            kind = None if is_metadata_line(line) else chrome_kind(line, title, in_metadata=current == "metadata")
            if kind is None and template and template_key(line.text) in template and is_candidate(line):
                kind = Chrome.LINE  # the site prints it on most pages: its template, not this profile
            if kind is None and current == "chrome" and _resumes_narrative(line, sections, after_prose):
                sections.narrative_tail.append(line)
                tail_prose = True
                continue
            if kind is not None or (current == "chrome" and not _starts_metadata(line, sections)):
                if kind is Chrome.BARRIER and current != "chrome" and _has_content(sections):
                    _drop_block_head(line, getattr(sections, current), sections.chrome)
                    current = "chrome"
                sections.chrome.append(line)
                continue
        if is_metadata_line(line):
            if current != "metadata":
                _drop_metadata_box_title(current, getattr(sections, current), sections.chrome)
                before_metadata, current = current, "metadata"
        elif current == "preamble" and (_is_byline(line, first=not sections.preamble)
                                        or (not sections.preamble and MINUTES_LINE.match(line.text))):
            continue  # the post's byline, or its time to read, under the title
        elif current == "metadata" and before_metadata in ("preamble", "tactics") and _is_prose(line):
            getattr(sections, before_metadata).append(line)
            continue
        elif current == "metadata" and _is_narrative_prose(line, after_prose=after_prose):
            if sections.metadata and _is_subheading_above_prose(sections.metadata[-1]):
                sections.narrative_tail.append(sections.metadata.pop())
            sections.narrative_tail.append(line)
            tail_prose = True
            continue
        getattr(sections, current).append(line)
    sections.key_partners = _narrative_out_of(sections.key_partners, sections.narrative_tail)
    sections.key_sources = _narrative_out_of(sections.key_sources, sections.narrative_tail)
    return sections


def _drop_metadata_box_title(current: str, section: list[Line], chrome: list[Line]) -> None:
    """The heading of the box, tab or <details> that holds the metadata ('At a glance', 'Profile
    facts'), right above its first line: under the title any emphasized line, after a section one
    that names such a box, or the title of the tab whose panel it is."""
    if not section or current == "chrome":
        return
    last = section[-1]
    if (current == "preamble" and last.emphasized) or last.tag == "tab" \
            or METADATA_BOX_TITLE.match(last.text.strip(" :：")):
        chrome.append(section.pop())


def _narrative_out_of(lines: list[Line], narrative: list[Line]) -> list[Line]:
    """Prose paragraphs, with the sub-headings right above them, are narrative even where a layout
    puts them after Key Sources (a column beside it): a citation is never several sentences. Once the
    narrative has begun, a sub-heading keeps it going: the one-sentence paragraph under the next
    sub-heading is narrative too, unless it ends as a citation does (', Outlet, June 2007.')."""
    kept: list[Line] = []
    flow = None  # 'prose' right after a narrative paragraph; 'heading' under a sub-heading after one
    for line in lines:
        goes_on = flow == "prose" or (flow == "heading" and not _ends_as_a_citation(line.text))
        if _is_narrative_prose(line, after_prose=goes_on) or (flow == "prose" and _is_short_sentence(line)):
            headings = []
            while kept and _heads_prose(kept[-1]):
                headings.insert(0, kept.pop())
            narrative.extend([*headings, line])
            flow = "prose"
        else:
            kept.append(line)
            flow = "heading" if flow and _heads_prose(line) else None
    return kept


def _is_short_sentence(line: Line) -> bool:
    """A last short paragraph after narrative ('In 2019 a parks employee resigned.'): a sentence of
    some words, neither a citation nor a name (a partner never ends with a period)."""
    return (_is_plain_paragraph(line) and line.text.endswith((".", "!", "?"))
            and len(line.text.split()) >= _MIN_SENTENCE_WORDS and not _ends_as_a_citation(line.text))


def _heads_prose(line: Line) -> bool:
    """A sub-heading: a heading element, or a short bold paragraph as classic editors set one."""
    return _is_subheading_above_prose(line) or (
        line.emphasized and line.tag in ("p", "div") and len(line.text.split()) <= _MAX_BOLD_SUBHEADING_WORDS
        and not line.text.endswith((":", "：", ".")) and not is_metadata_line(line))


def _ends_as_a_citation(text: str) -> bool:
    """A date after a comma at the end of the line: 'Outlet, May 3 2019.' ('…since March 2004.' is prose)."""
    body, date_text = split_trailing_date(text)
    return date_text is not None and "," in text[len(body):len(body) + 3]


def _listed_under_tactics_used(line: Line, current: str, sections: Sections) -> bool:
    """Tag links and counts ('Reverse Stings (3)') are the profile's own under its tactics label;
    under a bare 'Tactics' they head a widget."""
    return current == "tactics" and (line.terms_only
                                     or (sections.labels_seen["tactics"] and bool(COUNT_SUFFIX.match(line.text))))


def _has_content(sections: Sections) -> bool:
    return bool(sections.labels_seen or sections.preamble)


def _resumes_narrative(line: Line, sections: Sections, after_prose: bool) -> bool:
    """Past chrome, paragraphs of a profile that has shown no narrative yet are its narrative (the
    unlabelled section a layout put after a share bar or a widget), and so are those right after them."""
    if after_prose:
        return _is_narrative_prose(line, after_prose=True)
    return (not sections.narrative_tail and _is_narrative_prose(line, after_prose=False)
            and not sections.preamble_has_narrative)


def _starts_metadata(line: Line, sections: Sections) -> bool:
    """After chrome, metadata lines of a profile that has shown none are its own (a side column)."""
    return not sections.metadata and is_metadata_line(line)


def _drop_block_head(barrier: Line, section: list[Line], chrome: list[Line]) -> None:
    """A widget's title ('States') just above its counted list, and an author box's name and bio
    above its 'View all posts' link, are chrome too."""
    if COUNT_SUFFIX.match(barrier.text):
        if section and _is_block_title(section[-1]):
            chrome.append(section.pop())
    elif is_author_box_end(barrier):
        head = next((i for i in range(len(section) - 1, max(-1, len(section) - 4), -1)
                     if _is_block_title(section[i])), None)
        if head is not None:
            chrome.extend(section[head:])
            del section[head:]


def _is_block_title(line: Line) -> bool:
    return line.emphasized and not line.text.endswith((":", "：")) and len(line.text.split()) <= 4


def _label_of(line: Line) -> tuple[str | None, str | None, bool]:
    """(section, text after the label on the same line, whether the label was the full one)."""
    text = line.cells[0].text if line.cells and len([c for c in line.cells if c.text]) == 1 else line.text
    label = SECTION_LABELS.get(normalize_label(text))
    if label is not None and len(text) < 40:
        return label, None, normalize_label(text) in FULL_LABELS
    if line.cells:
        return None, None, False
    match = _INLINE_LABEL.match(line.text)
    if match:
        return SECTION_LABELS[match["label"].casefold()], match["rest"], match["label"].casefold() in FULL_LABELS
    lead = normalize_label(line.lead)
    if (lead in FULL_LABELS or lead == "tactics") and len(line.lead) < len(line.text):
        return SECTION_LABELS[lead], line.text[len(line.lead):].lstrip(" :："), lead in FULL_LABELS
    return None, None, False


def _is_byline(line: Line, *, first: bool) -> bool:
    """The post's author or date line that themes print under the title ('Posted by … on …'); a
    line that only holds a date counts when it comes first."""
    words = len(line.text.split())
    if _BYLINE_START.search(line.text):  # 'By 2010, police had…' is a sentence: it ends with a period
        return words <= _MAX_BYLINE_START_WORDS and not line.text.endswith(".")
    return first and words <= _MAX_BYLINE_WORDS and bool(_DATE_IN_LINE.search(line.text))


def _is_subheading_above_prose(line: Line) -> bool:
    return line.is_heading and not line.text.endswith((":", "：")) and not is_metadata_line(line)


def _is_narrative_prose(line: Line, *, after_prose: bool) -> bool:
    """Several sentences, or one long one, without quotes or links: a paragraph. Right after one, a
    shorter sentence is a paragraph too."""
    text = line.text
    if not _is_plain_paragraph(line):
        return False
    if after_prose:
        return _is_prose(line) and text.endswith((".", "!", "?"))
    return (len(text) >= _MIN_NARRATIVE_CHARS and text.endswith((".", "!", "?"))
            and (len(text) >= _LONG_SENTENCE_CHARS or _SENTENCE_BREAK.search(text) is not None))


def _is_plain_paragraph(line: Line) -> bool:
    """A paragraph of its own with no quotation, link text or notice: what a citation never is."""
    return line.tag in ("p", "div") and not line.continues and not any(
        mark in line.text for mark in ('“', '”', '"', "://", "©"))


def _is_prose(line: Line) -> bool:
    """Narrative that a two-column theme places after a metadata box, not a metadata value."""
    return len(line.text) >= _MIN_PROSE_CHARS and line.text.endswith((".", "”", '"', ")"))
