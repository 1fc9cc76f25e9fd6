"""Metadata: State, Type, Population, Location, as label/value lines, table rows or definition lists."""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.lines import Line
from parsers.models import ParseWarning
from parsers.text import clean, normalize_label
from parsers.vocabulary import LOCATION_TYPES, METADATA_LABELS, STATE_CODES_BY_NAME, US_STATES

_KEYED = re.compile(r"^(?P<key>state|location type|type|population|location)\b\s*[:：\-–]?\s*(?P<value>.*)$",
                    re.IGNORECASE)
_SPLIT_KEYS = re.compile(r"\b(State|Type|Population|Location)\b\s*[:：]?\s*")
_POPULATION = re.compile(r"^(?:(?:approx(?:imately|\.)?|about|est(?:imated|\.)?|~)\s*)?(\d{1,3}(?:[,.\s]\d{3})+|\d+)(?=$|\s|\()",
                         re.IGNORECASE)
_POPULATION_IN_WORDS = re.compile(r"^(?:about|approx(?:imately|\.)?|~)?\s*(\d+(?:\.\d+)?)\s*(million|thousand)\b",
                                  re.IGNORECASE)
_MULTIPLIERS = {"million": 1_000_000, "thousand": 1_000}
_GLUED = re.compile(r"^(?P<key>State|Type|Population|Location)(?P<value>[A-Z0-9].{0,60})$")
_MAX_META_LINE = 80
_VALUE_SEPARATORS = " |,;·•–—"
_NOT_GIVEN = frozenset({"n/a", "na", "unknown", "not available", "none", "-", "–", "—", "tbd"})


@dataclass(frozen=True, slots=True)
class Metadata:
    state: str | None
    type: str | None
    population: int | None
    location_text: str | None
    has_location_label: bool
    warnings: list[ParseWarning]

    @property
    def is_empty(self) -> bool:
        return self.state is None and self.type is None and self.population is None


def is_metadata_line(line: Line) -> bool:
    return bool(_pairs(line))


def parse_metadata(lines: list[Line]) -> Metadata:
    """Read the metadata region's lines: there, any short 'Key value' line is taken at its word."""
    values: dict[str, str] = {}
    labels: set[str] = set()
    pending: str | None = None
    for line in lines:
        pairs = _pairs(line, lenient=True)
        if not pairs:
            if pending is not None and pending not in values and len(line.text) <= _MAX_META_LINE:
                values[pending] = line.text
            pending = None
            continue
        for key, value in pairs:
            labels.add(key)
            if value:
                values.setdefault(key, value)
            else:
                pending = key
    warnings: list[ParseWarning] = []
    return Metadata(
        state=_state(values.get("state"), warnings),
        type=_type(values.get("type"), warnings),
        population=_population(values.get("population"), warnings),
        location_text=values.get("location") or None,
        has_location_label="location" in labels,
        warnings=warnings,
    )


def _pairs(line: Line, lenient: bool = False) -> list[tuple[str, str]]:
    if line.cells:
        filled = [cell.text for cell in line.cells]
        key = METADATA_LABELS.get(normalize_label(filled[0])) if filled else None
        return [(key, clean(" ".join(filled[1:])))] if key else []
    if len(line.text) > _MAX_META_LINE * 2:
        return []
    match = _KEYED.match(line.text)
    if match is None:
        glued = _GLUED.match(line.text)  # '<span>Type</span><span>City</span>': CSS spaces them
        if glued and _plausible(METADATA_LABELS[glued["key"].casefold()], glued["value"]):
            return [(METADATA_LABELS[glued["key"].casefold()], glued["value"].strip(_VALUE_SEPARATORS))]
        return []
    key = METADATA_LABELS[match["key"].casefold()]
    value = match["value"].strip(_VALUE_SEPARATORS)
    several = _several_pairs(line.text)
    if several:
        return several
    explicit = (not value or normalize_label(line.lead) == match["key"].casefold()
                or line.text[len(match["key"]):].lstrip().startswith((":", "：")) or line.tag in ("dt", "th"))
    if _is_sentence(value):
        return []  # '<b>State</b> laws vary.': prose that begins with a label word
    if explicit or _plausible(key, value) or (lenient and len(value) <= _MAX_META_LINE // 2):
        return [(key, value)]
    return []


def _is_sentence(value: str) -> bool:
    return len(value.split()) >= 2 and value.endswith(".") and value.casefold() not in STATE_CODES_BY_NAME


def _several_pairs(text: str) -> list[tuple[str, str]]:
    pieces = _SPLIT_KEYS.split(text)
    if len(pieces) < 5 or pieces[0].strip():
        return []
    pairs = [(METADATA_LABELS[k.casefold()], clean(v).strip(_VALUE_SEPARATORS))
             for k, v in zip(pieces[1::2], pieces[2::2])]
    return pairs if all(not v or _plausible(k, v) for k, v in pairs) else []


def _plausible(key: str, value: str) -> bool:
    if key == "state":
        return value.casefold() in STATE_CODES_BY_NAME or value.upper() in US_STATES
    if key == "type":
        return value.casefold() in LOCATION_TYPES
    if key == "population":
        return bool(_POPULATION.match(value) or _POPULATION_IN_WORDS.match(value)) and len(value) < 30
    return len(value) < 60 and not value.endswith(".")


def _state(value: str | None, warnings: list[ParseWarning]) -> str | None:
    if not value:
        return None
    code = STATE_CODES_BY_NAME.get(value.casefold()) or (value.upper() if value.upper() in US_STATES else None)
    if code is None:
        warnings.append(ParseWarning(section="metadata", code="unknown-state",
                                     message=f"State {value!r} is not a US state or territory"))
        return value
    return US_STATES[code]


def _type(value: str | None, warnings: list[ParseWarning]) -> str | None:
    if not value:
        return None
    if value.casefold() not in LOCATION_TYPES:
        warnings.append(ParseWarning(section="metadata", code="unknown-type", message=f"unknown Type {value!r}"))
    return value


def _population(value: str | None, warnings: list[ParseWarning]) -> int | None:
    if not value or value.casefold().strip(" .") in _NOT_GIVEN:
        return None
    in_words = _POPULATION_IN_WORDS.match(value)
    if in_words is not None:  # '1.2 million': the figure the page gives, at its own precision
        return round(float(in_words.group(1)) * _MULTIPLIERS[in_words.group(2).lower()])
    match = _POPULATION.match(value)
    if match is None:
        warnings.append(ParseWarning(section="metadata", code="population-unparsed",
                                     message=f"Population {value!r} is not a number"))
        return None
    return int(re.sub(r"[,.\s]", "", match.group(1)))
