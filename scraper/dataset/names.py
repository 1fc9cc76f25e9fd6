"""Match keys for place, county and outlet names: pure, so every table and every record meet on one spelling.

"Prince George’s County" and "Prince George's County", "St. Louis" and "Saint Louis", "Winston-Salem" and
"Winston Salem", "Doña Ana" and "Dona Ana", "O'Fallon" and "O Fallon" each give one key.
"""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = re.compile(r"['’‘`´ʼ]")
_NOT_WORD = re.compile(r"[^0-9a-z]+")
# Whole-word spellings that name the same thing; keys use the short form.
_WORD_FORMS = {"saint": "st", "sainte": "ste", "ft": "fort", "mt": "mount"}


def fold(text: str) -> str:
    """Lower case, accents dropped, apostrophes removed (so "George’s" is "georges")."""
    if not text.isascii():  # the reference tables' hundred thousand names are nearly all ASCII
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _APOSTROPHES.sub("", text.casefold().replace("&", " and "))


def words(text: str) -> list[str]:
    """The folded words of a name, in their short forms."""
    return [_WORD_FORMS.get(word, word) for word in _NOT_WORD.sub(" ", fold(text)).split()]


def name_key(text: str) -> str:
    """The key two spellings of one place name share: its words run together, so that "O'Fallon",
    "O Fallon" and "OFallon", or "De Kalb" and "DeKalb", meet."""
    return "".join(words(text))
