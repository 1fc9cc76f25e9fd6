"""Split the article's lines into sections by their visible labels, in whatever order they come."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from parsers.lines import Line
from parsers.metadata import is_metadata_line
from parsers.text import normalize_label
from parsers.vocabulary import END_OF_ARTICLE, SECTION_LABELS

_INLINE_LABEL = re.compile(r"^(?P<label>tactics used|tactics|key sources|key partners)\s*[:：]\s*(?P<rest>.+)$",
                           re.IGNORECASE)


_BYLINE = re.compile(
    r"^(by|posted|published|written|updated|last updated|filed)\b|"
    r"^\d{4}-\d{2}-\d{2}$|^[A-Z][a-z]+\.? \d{1,2},? \d{4}$|^\d{1,2} [A-Z][a-z]+ \d{4}$",
    re.IGNORECASE,
)
_MAX_BYLINE_WORDS = 14


@dataclass
class Sections:
    preamble: list[Line] = field(default_factory=list)  # after the title, before any label
    tactics: list[Line] = field(default_factory=list)
    key_partners: list[Line] = field(default_factory=list)
    key_sources: list[Line] = field(default_factory=list)
    metadata: list[Line] = field(default_factory=list)
    labels_seen: set[str] = field(default_factory=set)


def split_sections(lines: list[Line], title_index: int | None, title: str) -> Sections:
    """`title_index` is the title's line; without one, lines repeating the title are skipped."""
    sections = Sections()
    current = "preamble"
    start = 0 if title_index is None else title_index + 1
    for line in lines[start:]:
        if END_OF_ARTICLE.match(line.text):
            break
        if title_index is None and line.text == title:
            continue
        label, rest = _label_of(line)
        if label is not None:
            if label not in sections.labels_seen:
                sections.labels_seen.add(label)
                current = label
                if rest:
                    getattr(sections, label).append(replace(line, text=rest))
            continue
        if is_metadata_line(line):
            current = "metadata"
        elif current == "preamble" and not sections.preamble and _is_byline(line):
            continue
        getattr(sections, current).append(line)
    return sections


def _label_of(line: Line) -> tuple[str | None, str | None]:
    text = line.cells[0].text if line.cells and len([c for c in line.cells if c.text]) == 1 else line.text
    label = SECTION_LABELS.get(normalize_label(text))
    if label is not None and len(text) < 40:
        return label, None
    match = _INLINE_LABEL.match(line.text)
    if match and not line.cells:
        return SECTION_LABELS[match["label"].casefold()], match["rest"]
    return None, None


def _is_byline(line: Line) -> bool:
    """The post's date or author line that themes print under the title."""
    return len(line.text.split()) <= _MAX_BYLINE_WORDS and bool(_BYLINE.search(line.text))
