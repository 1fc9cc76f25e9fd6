"""One Key Sources line -> Citation (headline, outlet, date, url), without guessing.

Forms read (see the site notes):
  “Headline, With Commas,” Outlet, June 3 2007.      quoted headline, then outlet, then date
  Outlet Name: “Headline”. August 29, 1991.          outlet first
  Headline in plain text (1991)                      unquoted headline with a date in parentheses
  https://news.example.com/story.html (2016)         a bare link (and a date)
  National Assessment Survey                         a bare source name: the outlet
  <em>Headline in Italics</em>, Outlet, May 3 2019.  an italic headline (the caller hands the run in)
Everything between the headline and the date is the outlet, commas included ('The Day, New
London'). An unquoted line with a date outside parentheses ('Something, June 2007') could be a
headline or an outlet: both stay null and a warning says so, unless its markup sets a leading run in
italics with an outlet and a date after it: that run is the headline, as style guides set titles. A
missing quote is warned about; the headline is kept only where the remaining quote still marks both
of its ends.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from parsers.dates import holds_date_text, parse_date, split_trailing_date
from parsers.models import Citation, ParseWarning
from parsers.vocabulary import BULLETS

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"\s+")
# '-' and '*' count as bullets only when a space follows: '-30- Magazine' keeps its dash.
_SPACED_BULLETS = "-*"
_TIGHT_BULLETS = BULLETS.translate(str.maketrans("", "", _SPACED_BULLETS))
_LEADING_BULLETS = re.compile(
    rf"(?:[{re.escape(_TIGHT_BULLETS)}]|[{re.escape(_SPACED_BULLETS)}]+(?=\s|$)|\s)+"
)
# What may follow a citation's date: a note on the link ('(PDF)', '[link]'), a page ('p. 1B'), the
# remains of 'Retrieved from <URL>' once the URL is taken out.
_TRAILING_NOTE = re.compile(
    r"(?:\s*[(\[](?:pdf|link|video|audio|archived?|paywall|subscription)[)\]]"
    r"|,?\s*(?<![^\s,])pp?\.\s*[A-Z]?\d{1,3}[A-Z]?(?:\s*[-–]\s*[A-Z]?\d{1,3}[A-Z]?)?"
    r"|[.,]?\s*(?:retrieved|accessed)(?:\s+(?:from|on|at))?)[.\s]*$",
    re.IGNORECASE,
)
# A footnote's back-link left as text ('… June 3 2007. ↩︎'): the way back to the text, not the citation.
_BACK_LINK_AT_END = re.compile(r"(?<=\S)\s+[↩↑⤴⬆⇧↵⮌^][\ufe0e\ufe0f]?\s*$")
# Word's typed list numbers: '1.  “Headline,” …'.
_LIST_NUMBER = re.compile(r"^\(?\d{1,3}[.)]\s+(?=\S)")
_WEEKDAY = re.compile(r",?\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day\.?$", re.IGNORECASE)
_HTTP_URL = re.compile(r"https?://[^\s<>“”\"]+", re.IGNORECASE)
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]")
_QUOTE = re.compile("[“”„\"]")
_QUOTED_HEADLINE = re.compile("[“„\"][^“”„\"]*[”\"]")
_OPENING_QUOTES = "“„"
_OUTLET_BEFORE_HEADLINE = re.compile(r"^(?P<outlet>.+?)\s*[:,–—-]$")
# A final period that belongs to the word before it: an initialism ('D.C.', 'U.S.'), an
# abbreviation ('Inc.'), or an ellipsis.
_PERIOD_OF_ABBREVIATION = re.compile(
    r"(?:\b[A-Za-z]\.|\b(?:Inc|Co|Corp|Ltd|Jr|Sr|Bros|Assn|Dept|No|St)\.|\.\.)$"
)
_SEPARATORS = " ,;:"
_QUOTED_MESSAGE_LENGTH = 80


def parse_citation(
    text: str, *, category: str | None, links: Sequence[str] = (), latest: date | None = None,
    italic_lead: str | None = None,
) -> tuple[Citation, list[ParseWarning]]:
    """Read one citation line (bullets may lead it); `links` are the hrefs of the line's links,
    `latest` the latest acceptable date (fetch date + 7 days; None = no upper bound), `italic_lead`
    the text of an italic run that starts the line, if any."""
    line = normalize_citation_line(text)
    url = _first_http_link(links) or _bare_url(line)
    body_with_date = _TRAILING_NOTE.sub("", _without_bare_urls(line))
    body, date_text = split_trailing_date(body_with_date)
    warnings: list[ParseWarning] = []

    partial_date = None
    if date_text is not None:
        partial_date, date_warnings = parse_date(date_text, latest=latest)
        warnings.extend(date_warnings)
    elif holds_date_text(_QUOTED_HEADLINE.sub(" ", body)):
        warnings.append(_warning("date-not-read", line))

    date_in_parentheses = date_text is not None and body_with_date.rstrip(" .,;").endswith(")")
    body = _strip_final_period(_single_quotes_as_double(body))
    italic = (_italic_headline(body, normalize_citation_line(italic_lead))
              if italic_lead and date_text is not None and not _QUOTE.search(body) else None)
    headline, outlet, shape_warnings = italic or _headline_and_outlet(
        body, line, has_date=date_text is not None, date_in_parentheses=date_in_parentheses, has_url=url is not None,
    )
    warnings.extend(shape_warnings)
    citation = Citation(
        category=category,
        headline=headline,
        outlet=outlet,
        date=partial_date.iso if partial_date else None,
        date_precision=partial_date.precision if partial_date else None,
        url=url,
        text=line,
    )
    return citation, warnings


def citation_from_columns(
    fields: dict[str, str], *, category: str | None, text: str, links: Sequence[str] = (),
    latest: date | None = None,
) -> tuple[Citation, list[ParseWarning]]:
    """A citation given as a table row whose columns are named (Date | Outlet | Headline)."""
    warnings: list[ParseWarning] = []
    partial_date = None
    if fields.get("date"):
        partial_date, warnings = parse_date(fields["date"], latest=latest)
    headline = _QUOTE.sub("", fields.get("headline") or "").strip()
    citation = Citation(
        category=category,
        headline=_clean_headline(headline) if headline else None,
        outlet=_clean_outlet(fields.get("outlet") or ""),
        date=partial_date.iso if partial_date else None,
        date_precision=partial_date.precision if partial_date else None,
        url=_first_http_link([*links, fields.get("url") or ""]),
        text=normalize_citation_line(text),
    )
    return citation, warnings


def normalize_citation_line(text: str) -> str:
    """The line as shown, without its bullet or list number ('1. ') or a footnote's back-link ('↩'),
    with every run of whitespace (NBSP too) one space."""
    visible = _BACK_LINK_AT_END.sub("", _SPACES.sub(" ", _INVISIBLE.sub("", text)))
    bullets = _LEADING_BULLETS.match(visible)
    return _LIST_NUMBER.sub("", (visible[bullets.end() :] if bullets else visible).strip(), count=1)


def _headline_and_outlet(
    body: str, line: str, *, has_date: bool, date_in_parentheses: bool, has_url: bool
) -> tuple[str | None, str | None, list[ParseWarning]]:
    quotes = list(_QUOTE.finditer(body))
    if len(quotes) >= 2:
        return _quoted_form(body, quotes[0].start(), quotes[-1].start(), line)
    if len(quotes) == 1:
        return _form_with_one_quote(body, quotes[0].start(), line)
    if not body:
        if has_url:
            return None, None, []
        code = "unrecognized-citation" if has_date else "empty-citation"
        return None, None, [_warning(code, line)]
    if date_in_parentheses:
        return body, None, []
    if has_date:
        return None, None, [_warning("unrecognized-citation", line)]
    return None, body, []


def _quoted_form(
    body: str, opening: int, closing: int, line: str
) -> tuple[str | None, str | None, list[ParseWarning]]:
    headline = _clean_headline(body[opening + 1 : closing])
    after = _clean_outlet(body[closing + 1 :])
    before = body[:opening].strip()
    if not before:
        return headline, after, []
    outlet_first = _OUTLET_BEFORE_HEADLINE.match(before)
    if outlet_first is None or after:
        # Text on both sides of the headline, or before it without a separator: which part is
        # the outlet is not known.
        return headline, None, [_warning("unrecognized-citation", line)]
    return headline, outlet_first.group("outlet"), []


def _form_with_one_quote(
    body: str, position: int, line: str
) -> tuple[str | None, str | None, list[ParseWarning]]:
    warnings = [_warning("unbalanced-quotes", line)]
    before = body[:position].strip()
    outlet_first = _OUTLET_BEFORE_HEADLINE.match(before) if body[position] != "”" else None
    if outlet_first is not None:
        # 'Outlet: “Headline' - the headline runs to the end of the line.
        return _clean_headline(body[position + 1 :]), outlet_first.group("outlet"), warnings
    if before and body[position] not in _OPENING_QUOTES:
        # 'Headline,” Outlet' - the line's start is the headline's start.
        return _clean_headline(before), _clean_outlet(body[position + 1 :]), warnings
    return None, None, warnings


def _italic_headline(body: str, lead: str) -> tuple[str | None, str | None, list[ParseWarning]] | None:
    """'<em>Headline</em>, Outlet' before the date: the italic run is the headline when an outlet
    follows it after a separator (or after the headline's own '?' or '!'); None otherwise."""
    headline = lead.rstrip(_SEPARATORS + ".–—")
    if not headline or not body.startswith(headline):
        return None
    rest = body[len(headline):]
    separated = rest[:1] in tuple(_SEPARATORS.strip() + ".–—") or headline.endswith(("?", "!"))
    outlet = _clean_outlet(rest) if separated else None
    return (_clean_headline(headline), outlet, []) if outlet else None


def _single_quotes_as_double(body: str) -> str:
    """‘Headline,’ Outlet: single quotes around the headline when the line has no double ones.
    Only a ’ right after the headline's comma or period closes it: other ’ are apostrophes."""
    if not body.startswith("‘") or _QUOTE.search(body):
        return body
    closing = min((i for i in (body.find(",’"), body.find(".’")) if i > 0), default=-1)
    if closing < 0:
        return body
    return "“" + body[1:closing + 1] + "”" + body[closing + 2:]


def _clean_headline(text: str) -> str | None:
    return _strip_final_period(text.strip().rstrip(_SEPARATORS)) or None


def _clean_outlet(text: str) -> str | None:
    outlet = _strip_final_period(text.lstrip(_SEPARATORS + ".–—-").rstrip(_SEPARATORS + "–—"))
    return _WEEKDAY.sub("", outlet).rstrip(_SEPARATORS + "–—") or None


def _strip_final_period(text: str) -> str:
    text = text.rstrip()
    if text.endswith(".") and not _PERIOD_OF_ABBREVIATION.search(text):
        return text[:-1].rstrip()
    return text


def _first_http_link(links: Sequence[str]) -> str | None:
    return next((link.strip() for link in links if _HTTP_URL.match(link.strip())), None)


def _bare_url(line: str) -> str | None:
    match = _HTTP_URL.search(line)
    return _trim_url(match.group()) if match else None


def _without_bare_urls(line: str) -> str:
    """The line with its bare URLs taken out, and the brackets they leave empty."""
    if "://" not in line:
        return line
    without_urls = _HTTP_URL.sub(lambda url: url.group().replace(_trim_url(url.group()), " "), line)
    return _SPACES.sub(" ", _EMPTY_BRACKETS.sub(" ", without_urls)).strip()


def _trim_url(url: str) -> str:
    """Punctuation after a URL belongs to the sentence, and so does a closing parenthesis that
    the URL does not open itself."""
    url = url.rstrip(".,;:!?")
    if url.endswith(")") and url.count("(") < url.count(")"):
        return _trim_url(url[:-1])
    return url


def _warning(code: str, line: str) -> ParseWarning:
    shown = line if len(line) <= _QUOTED_MESSAGE_LENGTH else line[:_QUOTED_MESSAGE_LENGTH] + "…"
    return ParseWarning(section="citations", code=code, message=f"{code}: {shown!r}")
