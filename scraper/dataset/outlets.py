"""One identity per outlet and per cited article: pure functions of the citation's fields.

An outlet's id is a readable slug of its canonical name ("republican-american"); an article's id is a
hash of its normalized headline, its outlet's id and its date, so the same article cited on five
profiles has one id, whichever profile and whichever run.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from scraper.dataset.names import fold, words
from scraper.dataset.vocabulary import OUTLET_ALIASES

_LEADING_THE = re.compile(r"^\s*the\s+", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_NOT_WORD = re.compile(r"[^0-9a-z]+")
_EDGE_PUNCTUATION = " \t.,;:-–—|/\"'“”‘’()[]"


def outlet_key(outlet: str) -> str:
    """Words of the name without a leading "The", so that case, punctuation and "The" do not split it."""
    return " ".join(words(_LEADING_THE.sub("", outlet)))


def canonical_outlet(outlet: str | None) -> str | None:
    """The outlet's name as the dataset writes it: a known alias's canonical name, else the page's
    spelling without a leading "The", its edges trimmed and its spaces collapsed."""
    return _identity(outlet)[0] if outlet else None


def outlet_id(outlet: str | None) -> str | None:
    return _identity(outlet)[1] if outlet else None


@lru_cache(maxsize=1 << 16)  # a dataset has a few thousand spellings, each seen on many citations
def _identity(outlet: str) -> tuple[str | None, str | None]:
    key = outlet_key(outlet)
    if not key:
        return None, None
    name = OUTLET_ALIASES.get(key) or _SPACES.sub(" ", _LEADING_THE.sub("", outlet)).strip(_EDGE_PUNCTUATION)
    return name, "-".join(outlet_key(name).split())


def article_id(headline: str | None, outlet: str | None, date: str | None, text: str) -> str:
    """16 hex digits of SHA-256 over the normalized headline (the citation's text when it has none),
    the outlet's id and the date."""
    title = " ".join(_headline_words(headline or text))
    material = "\x1f".join((title, outlet_id(outlet) or "", date or ""))
    return hashlib.sha256(material.encode("utf-8")).hexdigest()[:16]


def _headline_words(text: str) -> list[str]:
    # Only case, accents, quotes and punctuation fold: a headline's words are kept as written. A headline
    # of ASCII and typographic quotes and dashes (nearly all) takes one translate() that does what fold()
    # and the regex do, several times faster.
    folded = text.lower().translate(_FOLD)
    return folded.split() if folded.isascii() else _slow_headline_words(text)


def _slow_headline_words(text: str) -> list[str]:
    return _NOT_WORD.sub(" ", fold(text)).split()


_FOLD = str.maketrans({**{chr(code): " " for code in range(128) if not chr(code).isalnum()},
                       **dict.fromkeys("'`’‘"), **dict.fromkeys("“”–—…\u00a0", " "), "&": " and "})
