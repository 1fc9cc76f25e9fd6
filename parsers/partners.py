"""Key Partners: agencies, each with the units nested under it."""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.lines import Line
from parsers.models import KeyPartner
from parsers.text import strip_bullet
from parsers.vocabulary import ORGANIZATION_WORDS

_NESTED_BULLETS = ("◦", "○", "▪", "▫", "‣", "–", "-", "o ")
_RUN_SEPARATOR = re.compile(r"\s*[,;]\s*(?:and\s+)?")
_WORD = re.compile(r"[A-Za-z][A-Za-z.]*")
_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)
_MAX_NAME_WORDS = 12


def parse_key_partners(lines: list[Line]) -> list[KeyPartner]:
    if not lines:
        return []
    lines = [part for line in lines for part in _split_run(line)]
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


def _split_run(line: Line) -> list[Line]:
    """A line outside any list ('Key Partners: A, B', a paragraph under the label) may list several
    partners separated by commas or semicolons: split it when every part reads as an agency's name on
    its own. In a list item, each item is one partner, commas and all."""
    if line.list_depth or line.tag == "li" or not any(separator in line.text for separator in ",;"):
        return [line]
    run = strip_bullet(line.text)
    parts = _RUN_SEPARATOR.split(run.rstrip(".:： "))
    if len(parts) < 2 or not all(map(_reads_as_an_agency, parts)):
        return [line]
    bullet = line.text[:line.text.find(run)]  # '◦ Vice Unit, Patrol Division': both are units
    return [replace(line, text=bullet + part) for part in parts]


def _reads_as_an_agency(part: str) -> bool:
    """'Hale County Sheriff’s Office', '(the) FBI': a capitalized name with an organization's word or
    an acronym in it; 'Hale County' (a place) and 'Inc.' are not names on their own."""
    name = _ARTICLE.sub("", part)
    words = _WORD.findall(name)
    if not words or not name[0].isupper() or len(words) > _MAX_NAME_WORDS:
        return False
    # Three capitals at least: 'FBI', 'H.S.I.'; a state's code ('AL') is a place.
    acronym = any(len(letters) >= 3 and letters.isupper() for letters in (word.replace(".", "") for word in words))
    named = len(words) >= 2 and any(word.casefold().rstrip(".") in ORGANIZATION_WORDS for word in words)
    return acronym or named
