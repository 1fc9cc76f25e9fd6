"""Split the article's lines into sections by their visible labels, in whatever order they come."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from parsers.lines import Line
from parsers.metadata import is_metadata_line
from parsers.text import normalize_label
from parsers.vocabulary import END_OF_ARTICLE, FULL_LABELS, SECTION_LABELS

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


@dataclass
class Sections:
    preamble: list[Line] = field(default_factory=list)  # after the title, before any label
    tactics: list[Line] = field(default_factory=list)
    key_partners: list[Line] = field(default_factory=list)
    key_sources: list[Line] = field(default_factory=list)
    metadata: list[Line] = field(default_factory=list)
    labels_seen: dict[str, bool] = field(default_factory=dict)  # section -> seen under its full label


def split_sections(lines: list[Line], title_index: int | None, title: str) -> Sections:
    """Lines after the title's line (`title_index`), less any repeat of the title before a label."""
    sections = Sections()
    current = before_metadata = "preamble"
    start = 0 if title_index is None else title_index + 1
    for line in lines[start:]:
        if END_OF_ARTICLE.match(line.text):
            if sections.labels_seen or sections.preamble:
                break
            continue  # 'Leave a reply' linked under the title, before the content
        if current == "preamble" and line.text == title:
            continue
        label, rest, full = _label_of(line)
        if label is not None:
            if label not in sections.labels_seen or (full and not sections.labels_seen[label]):
                # A full label ('Tactics Used') outranks a short one seen before ('Tactics' over a
                # column of links): what the short one gathered was not the section.
                sections.labels_seen[label] = full
                getattr(sections, label).clear()
                current = label
                if rest:
                    getattr(sections, label).append(replace(line, text=rest))
            continue
        if line.tag == "button" and current != "key_sources":
            continue  # an accordion's header is a Key Sources category; elsewhere a control
        if is_metadata_line(line):
            if current != "metadata":
                if current == "preamble" and sections.preamble and sections.preamble[-1].emphasized:
                    sections.preamble.pop()  # the metadata box's own heading ('At a glance')
                before_metadata, current = current, "metadata"
        elif current == "preamble" and _is_byline(line, first=not sections.preamble):
            continue
        elif current == "metadata" and before_metadata in ("preamble", "tactics") and _is_prose(line):
            getattr(sections, before_metadata).append(line)
            continue
        getattr(sections, current).append(line)
    return sections


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


def _is_prose(line: Line) -> bool:
    """Narrative that a two-column theme places after a metadata box, not a metadata value."""
    return len(line.text) >= _MIN_PROSE_CHARS and line.text.endswith((".", "”", '"', ")"))
