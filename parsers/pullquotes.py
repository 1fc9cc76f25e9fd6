"""Pull quotes: a theme or the block editor repeats a sentence of the article in large type beside it.
A pull quote whose words are also in the article's text is a repeat, not a paragraph (its cite line goes
with it); one whose words are nowhere else is kept, as a quotation in the text is (core Quote blocks
quote a source: they are narrative)."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from parsers.vocabulary import PULLQUOTE_CLASSES

_SELECTOR = ", ".join(f'[class~="{name}"]' for name in sorted(PULLQUOTE_CLASSES))
_NOT_A_WORD = re.compile(r"\W+")
_MIN_WORDS = 3  # 'Yes.' repeats by chance; a pulled phrase has a few words at least
_MAX_QUOTES = 20  # a post shows one or two; each costs a search of the article's text


def repeated_pullquotes(root: LexborNode) -> list[LexborNode]:
    """The pull quotes under `root` whose quoted words (their <cite> aside) also stand elsewhere in it."""
    quotes = root.css(_SELECTOR)[:_MAX_QUOTES]
    if not quotes:
        return []
    text = _words(root.text(separator=" "))
    repeated = []
    for quote in quotes:
        cited = " ".join(cite.text(separator=" ") for cite in quote.css("cite"))
        words = _words(quote.text(separator=" "))
        if cited:
            words = words.replace(_words(cited), " ")
        words = words.strip()
        if len(words.split()) >= _MIN_WORDS and text.count(f" {words} ") >= 2:
            repeated.append(quote)
    return repeated


def _words(text: str) -> str:
    return f" {_NOT_A_WORD.sub(' ', text.casefold()).strip()} "
