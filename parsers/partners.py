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
    partners: list[tuple[str, list[str]]] = []
    for line in lines:
        name = strip_bullet(line.text).rstrip(":： ")  # 'Prosecutor’s Office:' over its units
        if not name:
            continue
        nested = line.list_depth > top_depth or line.text.startswith(_NESTED_BULLETS)
        if nested and partners:
            partners[-1][1].append(name)
        else:
            partners.append((name, []))
    return [KeyPartner(name=name, units=units) for name, units in partners]
