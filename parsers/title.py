"""Title: 'Place, ST' as shown, split into place and state code."""

from __future__ import annotations

from dataclasses import dataclass

from parsers.models import ParseWarning
from parsers.page import TITLE_PATTERN
from parsers.vocabulary import STATE_CODES_BY_NAME, US_STATES


@dataclass(frozen=True, slots=True)
class Title:
    name: str
    place: str
    state_code: str | None
    warnings: list[ParseWarning]


def parse_title(name: str) -> Title:
    match = TITLE_PATTERN.match(name)
    if match is not None and match["code"].upper() in US_STATES:
        return Title(name, match["place"], match["code"].upper(), [])
    place, _, state = name.rpartition(",")
    code = STATE_CODES_BY_NAME.get(state.strip().casefold())
    if place and code:
        return Title(name, place.strip(), code, [])
    return Title(name, name, None, [ParseWarning(section="title", code="title-unparsed",
                                                 message=f"title {name!r} is not 'Place, ST'")])
