"""Narrative: paragraphs in order, each with the narrative sub-heading it sits under."""

from __future__ import annotations

from parsers.lines import Line
from parsers.models import NarrativeParagraph, ParseWarning
from parsers.vocabulary import QUOTED, READER_ADDRESS

_SHORT_HEADING_WORDS = 12
_SENTENCE_END = (".", "!", "?", "”", '"', ")", ";")


def parse_narrative(lines: list[Line]) -> tuple[list[NarrativeParagraph], list[ParseWarning]]:
    """A single <br> continues a paragraph; a block or a blank line (two <br>) starts the next."""
    paragraphs: list[NarrativeParagraph] = []
    heading: str | None = None
    after_paragraph = False
    # The post's category and tag links; the site speaking to its reader (a sign-up box, a disclaimer).
    lines = [line for line in lines if not line.terms_only and not _addresses_the_reader(line)]
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else None
        if line.continues and after_paragraph:
            paragraphs[-1] = NarrativeParagraph(heading=heading, text=f"{paragraphs[-1].text} {line.text}")
        elif _is_subheading(line, following):
            heading = line.text.rstrip(":： ").strip()
            after_paragraph = False
        else:
            paragraphs.append(NarrativeParagraph(heading=heading, text=line.text))
            after_paragraph = True
    warnings = [] if paragraphs else [ParseWarning(section="narrative", code="no-narrative",
                                                    message="the page has no narrative paragraphs")]
    return paragraphs, warnings


def _is_subheading(line: Line, following: Line | None) -> bool:
    short = len(line.text.split()) <= _SHORT_HEADING_WORDS and not line.text.endswith(_SENTENCE_END)
    if line.is_heading:
        return True
    if not short or following is None or line.tag == "li":
        return False
    return line.emphasized or (len(following.text) > 2 * len(line.text) and _title_case(line.text))


def _title_case(text: str) -> bool:
    """'Auto Seizure Program' is a heading; 'Cameras were installed in 2005' a short paragraph."""
    words = [word for word in text.split() if len(word) > 3]
    return bool(words) and sum(word[0].isupper() for word in words) >= 0.6 * len(words)


def _addresses_the_reader(line: Line) -> bool:
    """'Once a month we send…', 'Support our work', 'Demand Forum profiles are compiled…': a profile
    speaks of a place in the third person; words inside quotation marks are someone else's."""
    return READER_ADDRESS.search(QUOTED.sub("", line.text)) is not None
