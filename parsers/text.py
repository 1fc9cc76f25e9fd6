"""Whitespace and label normalization shared by every section parser."""

from __future__ import annotations

import re
import unicodedata

from parsers.vocabulary import BULLETS

_SPACES = re.compile(r"[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
_LEADING_BULLET = re.compile(rf"^[{re.escape(BULLETS)}]+\s+|^[•◦▪▫●○‣⁃∙·]\s*")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def clean(text: str) -> str:
    """Collapse every run of whitespace (NBSP and zero-width spaces included) to one space."""
    return _SPACES.sub(" ", text).strip()


def strip_bullet(text: str) -> str:
    return _LEADING_BULLET.sub("", text, count=1).strip()


def normalize_label(text: str) -> str:
    """'  TACTICS USED: ' -> 'tactics used': how labels are compared."""
    return clean(text).rstrip(":：").strip().casefold()


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NON_ALNUM.sub("-", ascii_text.lower().replace("’", "").replace("'", "")).strip("-")
