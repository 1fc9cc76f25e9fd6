"""Tactics Used: canonical ids in page order, from lists, marked tables and older sentence case."""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.lines import Cell, Line
from parsers.models import ParseWarning
from parsers.text import normalize_label, slugify, strip_bullet
from parsers.vocabulary import CHECK_MARKS, NEGATIVE_MARKS, POSITIVE_MARKS, SECTION_LABELS, TACTIC_ALIASES, TACTICS

_SEPARATORS = re.compile(r"\s*(?:[,;|•·]|\s/\s)\s*")
_NEGATIVE_ICON = re.compile(r"\b(no|cross|times|close|x-?mark|minus|unchecked|empty|false)\b|[❌✖✗✘✕⨯×☐]",
                            re.IGNORECASE)
_PARENTHETICAL = re.compile(r"\s*\([^()]*\)")
_MAX_NAME_WORDS = 6
_MAX_NAME_CHARS = 50

_KNOWN: dict[str, str] = {}


def _key(name: str) -> str:
    words = slugify(name).split("-")
    return " ".join(w[:-1] if w.endswith("s") and not w.endswith("ss") and len(w) > 3 else w for w in words if w)


for _id, _name in TACTICS.items():
    _KNOWN[_key(_name)] = _id
    _KNOWN[_key(_id)] = _id
for _alias, _id in TACTIC_ALIASES.items():
    _KNOWN[_key(_alias)] = _id


@dataclass(frozen=True, slots=True)
class TacticsResult:
    ids: list[str]
    warnings: list[ParseWarning]
    consumed: int  # how many leading lines were the tactics list; the rest is narrative


def known_tactic(name: str) -> str | None:
    return _KNOWN.get(_key(without_asides(strip_bullet(name))))


def without_asides(name: str) -> str:
    """'SOAP (Stay Out of Areas of Prostitution) Orders' -> 'SOAP Orders'; 'Reverse Stings (3)' too."""
    return _PARENTHETICAL.sub(" ", name).strip() if "(" in name else name


def parse_tactics(lines: list[Line], *, labelled: bool) -> TacticsResult:
    """Read the tactics list that leads `lines`; unlabelled, only a run of known names counts."""
    if not lines:
        return TacticsResult([], [], 0)
    if labelled and len(lines) > 1 and lines[0].text.endswith((":", "：")) and len(lines[0].text) < 80:
        rest = _read_list(lines[1:], labelled=True)  # 'These tactics:' over the list
        return TacticsResult(rest.ids, rest.warnings, rest.consumed + 1) if rest.ids else TacticsResult([], [], 0)
    return _read_list(lines, labelled)


def _read_list(lines: list[Line], labelled: bool) -> TacticsResult:
    if not lines:
        return TacticsResult([], [], 0)
    if lines[0].cells:
        return _from_table(lines)
    inline = _from_one_line(lines[0])
    if inline is not None:
        return inline
    return _from_run(lines, labelled)


def _from_table(lines: list[Line]) -> TacticsResult:
    ids: list[str] = []
    warnings: list[ParseWarning] = []
    consumed = 0
    for line in lines:
        if not line.cells:
            break
        consumed += 1
        named = [cell for cell in line.cells if cell.text]
        if not named or normalize_label(named[0].text) in SECTION_LABELS:
            continue
        if len(named) > 1 and all(known_tactic(cell.text) for cell in named):
            for cell in named:
                _add(cell.text, ids, warnings)
            continue
        marks = line.cells[line.cells.index(named[0]) + 1:]
        if marks and not _is_marked(marks[0]):  # the column after the name; later ones are notes
            continue
        _add(named[0].text, ids, warnings)
    return TacticsResult(ids, warnings, consumed)


def _is_marked(cell: Cell) -> bool:
    """A check symbol, a yes-word or an icon marks a row; words like 'Planned' do not."""
    text = cell.text.casefold().replace("\ufe0f", "").replace("\ufe0e", "")  # emoji presentation
    if text:
        if text in NEGATIVE_MARKS:
            return False
        return text in POSITIVE_MARKS or (len(text) <= 2 and not any(c.isalnum() for c in text))
    return cell.graphic is not None and not _NEGATIVE_ICON.search(cell.graphic)


def _from_one_line(line: Line) -> TacticsResult | None:
    """Several names on one line: 'A, B; C', or a tag cloud where only spaces part them."""
    parts = [p for p in _SEPARATORS.split(line.text) if p]
    if len(parts) < 2 or not all(known_tactic(p) for p in parts):
        parts = _known_names_covering(line.text)
    if len(parts) < 2:
        return None
    ids: list[str] = []
    for part in parts:
        _add(part, ids, [])
    return TacticsResult(ids, [], 1)


def _known_names_covering(text: str) -> list[str]:
    """Known names that together make up the whole text (longest first), else []."""
    words = _SEPARATORS.sub(" ", text).split()
    names: list[str] = []
    start = 0
    while start < len(words):
        for end in range(min(len(words), start + _MAX_NAME_WORDS), start, -1):
            candidate = " ".join(words[start:end])
            if known_tactic(candidate):
                names.append(candidate)
                start = end
                break
        else:
            return []
    return names


def _from_run(lines: list[Line], labelled: bool) -> TacticsResult:
    ids: list[str] = []
    warnings: list[ParseWarning] = []
    shape = (lines[0].tag, lines[0].list_depth)
    structured = lines[0].tag == "li" or labelled
    # Names split by <br> in one block: the list ends with that block.
    one_block = len(lines) > 1 and lines[1].continues and _same_block(lines[0], lines[1])
    consumed = 0
    seen: list[str | None] = []
    names: list[tuple[str, bool | None]] = []  # each name with its check mark: used, not used, none
    for line in lines:
        name, mark = _without_mark(strip_bullet(line.text))
        tactic = known_tactic(name)
        if consumed == 1 and tactic is not None and not line.is_heading:
            shape = (line.tag, line.list_depth)  # 'led by Buyer Arrests' in a block of its own
        if (line.tag, line.list_depth) != shape or not _looks_like_a_name(without_asides(name)) \
                or (tactic is not None and tactic in seen):
            break
        if one_block and consumed and not _same_block(lines[0], line):
            break
        if tactic is None and not (structured and (labelled or seen)):
            break
        seen.append(tactic or name)
        names.append((name, mark))
        consumed += 1
    # A checklist of all fifteen marks the ones used; a list of only one kind of mark is all used.
    checklist = {mark for _, mark in names} >= {True, False}
    for name, mark in names:
        if not (checklist and mark is False):
            _add(name, ids, warnings)
    return TacticsResult(ids, warnings, consumed)


def _without_mark(name: str) -> tuple[str, bool | None]:
    """'✔ Cameras' -> ('Cameras', True), 'Letters ☐' -> ('Letters', False), 'Cameras' -> ('Cameras', None)."""
    text = name.replace("\ufe0f", "").replace("\ufe0e", "")
    for mark, rest in ((text[:1], text[1:]), (text[-1:], text[:-1])):
        if mark in CHECK_MARKS:
            return rest.strip(), CHECK_MARKS[mark]
    return name, None


def _same_block(first: Line, other: Line) -> bool:
    return first.node is not None and other.node is not None and first.node.mem_id == other.node.mem_id


def _looks_like_a_name(text: str) -> bool:
    return (0 < len(text) <= _MAX_NAME_CHARS and len(text.split()) <= _MAX_NAME_WORDS
            and not text.endswith((".", ":", "?", "!")) and ":" not in text
            and not any(character.isdigit() for character in text))


def _add(name: str, ids: list[str], warnings: list[ParseWarning]) -> None:
    tactic = known_tactic(name) or slugify(without_asides(name))
    if not tactic or tactic in ids:
        return  # a mark or a symbol, not a name; or a repeat
    if known_tactic(name) is None:
        warnings.append(ParseWarning(section="tactics", code="unknown-tactic",
                                     message=f"unknown tactic {name!r} kept as {tactic!r}"))
    ids.append(tactic)
