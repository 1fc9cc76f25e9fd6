"""Dates of citations: finding a date at the end of a line, and reading it at its own precision.

`parse_date` first tries an exact fast path for the common forms ('June 3 2007', 'Aug. 29, 1991',
'Sept 2006', '1991', '29 April 2006'), which gives the same result dateparser would, then falls
back to dateparser (English only). Nothing is ever filled in from today's date: the dateparser
settings fix every missing part to a constant and a date without a year is refused.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from dateparser.date import DateDataParser

from parsers.models import DatePrecision, ParseWarning

EARLIEST_DATE = date(1900, 1, 1)

_MONTHS: dict[str, int] = {
    **{name.lower(): number for number, name in enumerate(calendar.month_name) if name},
    **{name.lower(): number for number, name in enumerate(calendar.month_abbr) if name},
    "sept": 9,
}
_SEASONS = ("spring", "summer", "fall", "autumn", "winter")

# Missing parts are fixed to the first day/month so that nothing depends on the clock; the year
# is required, and only absolute dates are read ('yesterday' and '2 days ago' are refused).
_DATEPARSER_SETTINGS = {
    "PARSERS": ["absolute-time"],
    "PREFER_DAY_OF_MONTH": "first",
    "PREFER_MONTH_OF_YEAR": "first",
    "DATE_ORDER": "MDY",
    "RETURN_AS_TIMEZONE_AWARE": False,
}
_DATEPARSER = DateDataParser(
    languages=["en"], settings={**_DATEPARSER_SETTINGS, "REQUIRE_PARTS": ["year"]}
)
# Only tells "a date without a year" apart from "not a date"; its result is never used as a date.
_YEARLESS_DATEPARSER = DateDataParser(languages=["en"], settings=_DATEPARSER_SETTINGS)

_SPACES = re.compile(r"\s+")
_MONTH = r"(?P<month>[a-z]+)"
_YEAR = r"(?P<year>[1-9]\d{3})"
_DAY = r"(?P<day>\d{1,2})"
_FAST_FORMS = (
    re.compile(rf"{_MONTH}(?:\.\s*|\s+){_DAY}(?:st|nd|rd|th)?(?:\s*,\s*|\s+){_YEAR}", re.IGNORECASE),
    re.compile(rf"{_DAY}\s+{_MONTH}(?:\.\s*|\s+){_YEAR}", re.IGNORECASE),
    re.compile(rf"{_MONTH}(?:\.\s*|\s+){_YEAR}", re.IGNORECASE),
    re.compile(_YEAR),
)
_DAY_RANGE = re.compile(r"^(?P<month>[a-z]+\.?)\s*\d{1,2}\s*[-–]\s*\d{1,2},?\s+(?P<year>\d{4})$", re.IGNORECASE)
_SEASON_FORM = re.compile(rf"(?:{'|'.join(_SEASONS)})\s+{_YEAR}", re.IGNORECASE)

# Date texts that may end a citation. A lone year needs a separator (or a parenthesis) before it,
# so that a number ending an outlet ('CBS/WFSB-TV 3', 'Channel 1200') is never taken for a date.
# A month and day without a year after a comma is cut off too, so that parse_date can say so
# instead of leaving it in the outlet.
_MONTH_WORD = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE_TEXT = (
    rf"(?:{_MONTH_WORD}\s*\d{{1,2}}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}})?(?:\s*,\s*|\s+)\d{{4}}"
    rf"|\d{{1,2}}\s+{_MONTH_WORD},?\s+\d{{4}}"
    rf"|{_MONTH_WORD},?\s+\d{{4}}"
    rf"|(?:{'|'.join(_SEASONS)})\s+\d{{4}}"
    r"|\d{1,2}/\d{1,2}/\d{2,4}"
    r"|\d{4}-\d{2}(?:-\d{2})?)"
)
_TRAILING_DATE = re.compile(
    rf"(?<![\w/.-])(?P<date>{_DATE_TEXT})[\s.,;]*$"
    rf"|\(\s*(?P<paren_date>{_DATE_TEXT}|\d{{4}})\s*\)[\s.,;]*$"
    rf"|(?:^|(?<=[,;:.”\"’]))\s*(?P<year>\d{{4}})[\s.,;]*$"
    rf"|(?<=,)\s*(?P<yearless>{_MONTH_WORD}\s*\d{{1,2}}(?:st|nd|rd|th)?)[\s.,;]*$",
    re.IGNORECASE,
)
_DATE_ANYWHERE = re.compile(rf"(?<![\w/.-]){_DATE_TEXT}(?![\w/-])", re.IGNORECASE)
# Searching only the end of a line is what keeps this cheap; a date text (weekday, parentheses
# and ordinal included) is far shorter than this even with stray spaces.
_LONGEST_DATE_TEXT = 40
_WHITESPACE = " \t\n\r\f\v\u00a0\u2007\u2009\u202f"
_TRAILING_PUNCTUATION = _WHITESPACE + ".,;"
_SEPARATORS_BEFORE_DATE = _WHITESPACE + ",;:("


@dataclass(frozen=True)
class PartialDate:
    iso: str
    precision: DatePrecision

    @property
    def earliest_day(self) -> date:
        """First day of the period the date names: the basis of the range checks."""
        parts = [int(part) for part in self.iso.split("-")]
        return date(*parts, *[1] * (3 - len(parts)))


def split_trailing_date(text: str) -> tuple[str, str | None]:
    """Split a citation's text into (the text before the date, the date's text) when the text
    ends with a date, trailing punctuation aside, else (text, None).

    Separators between the two (spaces, commas, semicolons, colons, an opening parenthesis) are
    dropped from the first part; a period is kept, since it may end an abbreviation ('Inc.').
    A season ('Spring 2006') counts as a date; a bare year only after a separator or in
    parentheses ('Headline (1991)', 'Outlet, 1991.', '1991'); a month and day without a year
    only after a comma ('Outlet, June 3.').
    """
    start = max(0, len(text.rstrip(_TRAILING_PUNCTUATION)) - _LONGEST_DATE_TEXT)
    match = _TRAILING_DATE.search(text, start)
    if match is None:
        return text, None
    date_text = next(part for part in match.groups() if part is not None)
    return text[: match.start()].rstrip(_SEPARATORS_BEFORE_DATE), _normalize(date_text)


def holds_date_text(text: str) -> bool:
    """Whether a date ('Aug. 3 2009', 'May 2015', '2009-08-03') stands anywhere in `text`: a citation
    whose date is not at its end (a mark or a note after it) must say that its date was not read."""
    return _DATE_ANYWHERE.search(text) is not None


def parse_date(
    text: str, *, latest: date | None = None
) -> tuple[PartialDate | None, list[ParseWarning]]:
    """Read a date at the precision its text gives; refuse it (None + a warning) when it is not a
    date, has no year, or falls before 1900-01-01 or after `latest` (the caller's fetch date + 7
    days; None means no upper bound)."""
    # A range of days ('June 3-4, 2007') is as precise as its month.
    normalized = _DAY_RANGE.sub(r"\g<month> \g<year>", _normalize(text))
    if len(normalized) > _LONGEST_DATE_TEXT:
        shown = normalized[:_LONGEST_DATE_TEXT]
        return None, [_warning("unparseable-date", f"{shown!r}… is too long for a date")]
    parsed = parse_date_fast(normalized) or _parse_season(normalized)
    if parsed is None:
        parsed = parse_date_with_dateparser(normalized)
    if parsed is None:
        return None, [_unparseable_date_warning(normalized)]
    if parsed.earliest_day < EARLIEST_DATE or (latest is not None and parsed.earliest_day > latest):
        bounds = f"{EARLIEST_DATE}..{latest or ''}"
        return None, [_warning("date-out-of-range", f"date {normalized!r} is outside {bounds}")]
    return parsed, []


def parse_date_fast(text: str) -> PartialDate | None:
    """The exact path for the common forms; None when `text` is not one of them (or is not a real
    calendar date, which dateparser then refuses in its own way)."""
    normalized = _normalize(text)
    for form in _FAST_FORMS:
        match = form.fullmatch(normalized)
        if match is not None:
            return _partial_date_from_match(match)
    return None


def parse_date_with_dateparser(text: str) -> PartialDate | None:
    """dateparser alone (English, clock-free settings); None when it finds no date with a year."""
    data = _DATEPARSER.get_date_data(_normalize(text))
    if data.date_obj is None:
        return None
    found = data.date_obj.date()
    if data.period == "year":
        return PartialDate(f"{found.year:04d}", "year")
    if data.period == "month":
        return PartialDate(f"{found.year:04d}-{found.month:02d}", "month")
    return PartialDate(found.isoformat(), "day")


def _partial_date_from_match(match: re.Match[str]) -> PartialDate | None:
    parts = match.groupdict()
    year = int(match["year"])
    month_name = parts.get("month")
    if month_name is None:
        return PartialDate(f"{year:04d}", "year")
    month = _MONTHS.get(month_name.lower())
    if month is None:
        return None
    day_text = parts.get("day")
    if day_text is None:
        return PartialDate(f"{year:04d}-{month:02d}", "month")
    day = int(day_text)
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return PartialDate(date(year, month, day).isoformat(), "day")


def _parse_season(text: str) -> PartialDate | None:
    """'Spring 2006' names no month dateparser could give; the year is what the text says."""
    match = _SEASON_FORM.fullmatch(text)
    return PartialDate(match.group("year"), "year") if match else None


def _unparseable_date_warning(text: str) -> ParseWarning:
    if _YEARLESS_DATEPARSER.get_date_data(text).date_obj is not None:
        return _warning("date-without-year", f"date {text!r} has no year")
    return _warning("unparseable-date", f"cannot read {text!r} as a date")


def _normalize(text: str) -> str:
    return _SPACES.sub(" ", text).strip(" .,;")


def _warning(code: str, message: str) -> ParseWarning:
    return ParseWarning(section="citations", code=code, message=message)
