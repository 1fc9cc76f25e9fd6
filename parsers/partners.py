"""Key Partners: agencies, each with the units nested under it."""

from __future__ import annotations

from parsers.lines import Line
from parsers.models import KeyPartner
from parsers.text import strip_bullet

_NESTED_BULLETS = ("◦", "○", "▪", "▫", "‣", "–", "-", "o ")


def parse_key_partners(lines: list[Line]) -> list[KeyPartner]:
    if not lines:
        return []
    top_depth = min(line.list_depth for line in lines)
    # A text bullet marks a unit only where the agencies have another: '- Police' over '- Sheriff' is flat.
    top_bullet = _bullet(lines[0].text)
    partners: list[tuple[str, list[str]]] = []
    agency_line: Line | None = None
    for line in lines:
        name = strip_bullet(line.text).rstrip(":： ")  # 'Prosecutor’s Office:' over its units
        if not name:
            continue
        # '<li><b>Agency</b><br>Unit</li>': lines under a bold agency in the same item are its units.
        under_bold_agency = (line.continues and agency_line is not None and agency_line.emphasized
                             and line.item is not None and line.item == agency_line.item)
        bullet = _bullet(line.text)
        nested = line.list_depth > top_depth or (bullet is not None and bullet != top_bullet) or under_bold_agency
        if nested and partners:
            partners[-1][1].append(name)
        else:
            partners.append((name, []))
            agency_line = line
    return [KeyPartner(name=name, units=units) for name, units in partners]


def _bullet(text: str) -> str | None:
    return next((bullet for bullet in _NESTED_BULLETS if text.startswith(bullet)), None)
