"""Whitespace and label normalization shared by every section parser."""

from __future__ import annotations

import re
from urllib.parse import urlsplit
import unicodedata

from parsers.vocabulary import BULLETS

_LEADING_BULLET = re.compile(rf"^[{re.escape(BULLETS)}]+\s+|^[•◦▪▫●○‣⁃∙·]\s*")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def clean(text: str) -> str:
    """Collapse every run of whitespace (NBSP included) to one space; drop the characters a browser
    does not show (soft hyphen, zero-width space and joiners, BOM): 'ca\u200bpital' is 'capital'."""
    # str.split() splits on exactly what the regex `\s` matches; a third of the cost of a regex
    # substitution, and clean() runs ~200 times a page.
    if not text.isascii():
        text = _INVISIBLE.sub("", text)
    return " ".join(text.split())


_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


def strip_bullet(text: str) -> str:
    return _LEADING_BULLET.sub("", text, count=1).strip()


# Around a label: its colon, and the anchor marks that heading plugins add ('# Key Sources', 'Key Sources ¶').
_LABEL_DECORATION = " :：#¶§🔗→»«|"


def normalize_label(text: str) -> str:
    """'  TACTICS USED: ' -> 'tactics used': how labels are compared."""
    return clean(text).strip(_LABEL_DECORATION).casefold()


def bare_host(url: str) -> str | None:
    """'https://www.demand-forum.org/x' -> 'demand-forum.org'; None for a malformed URL."""
    try:
        return (urlsplit(url).hostname or "").removeprefix("www.")
    except ValueError:  # e.g. an unclosed IPv6 bracket
        return None


def slugify(text: str) -> str:
    if not text.isascii():  # ASCII is its own NFKD form: most names skip the normalization
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NON_ALNUM.sub("-", text.lower().replace("’", "").replace("'", "")).strip("-")
