"""Cross-checks between sections: they warn, never fail."""

from __future__ import annotations

import re

from parsers.models import ParseWarning
from parsers.vocabulary import STATE_CODES_BY_NAME, US_STATES

_SLUG_STATE = re.compile(r"-([a-z]{2})(?:-\d+)?$")


def state_mismatches(slug: str, title_code: str | None, state_name: str | None) -> list[ParseWarning]:
    sources = {}
    slug_match = _SLUG_STATE.search(slug)
    if slug_match and slug_match.group(1).upper() in US_STATES:
        sources["slug"] = slug_match.group(1).upper()
    if title_code:
        sources["title"] = title_code
    if state_name and state_name.casefold() in STATE_CODES_BY_NAME:
        sources["State"] = STATE_CODES_BY_NAME[state_name.casefold()]
    if len(set(sources.values())) <= 1:
        return []
    said = ", ".join(f"{where} says {code}" for where, code in sources.items())
    return [ParseWarning(section="consistency", code="state-mismatch", message=f"state disagrees: {said}")]


def missing_sections(*, tactics: bool, metadata: bool) -> list[ParseWarning]:
    """No tactics, no metadata (the narrative parser says itself when it found no paragraph)."""
    missing = [("tactics", "no-tactics", tactics), ("metadata", "no-metadata", metadata)]
    return [ParseWarning(section=section, code=code, message=f"the page has no {section}")
            for section, code, present in missing if not present]
