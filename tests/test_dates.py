from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsers.dates import (
    PartialDate,
    parse_date,
    parse_date_fast,
    parse_date_with_dateparser,
    split_trailing_date,
)

NBSP = "\u00a0"

FAST_FORMS = [
    "June 3 2007", "June 3, 2007", "june 3 2007", "JUNE 3 2007", "June  3  2007", "June 3rd 2007", "Jan. 2nd, 2003",
    f"June{NBSP}3{NBSP}2007", "June 3 ,2007", "June 3,2007", "June 03 2007", "Jun 3 2007",
    "Jun. 3, 2007", "Jun.3, 2007", "Aug. 29, 1991", "AUG. 29 1991", "aug 29 1991",
    "August 29, 1991", "Sept 3 2007", "Sept. 3, 2007", "Sep 3 2007", "September 30, 2006",
    "Sept.  3 ,  2007", "April 29 2006", "May 25 1998", "May. 25 1998", "Dec 31 1899",
    "Jan 1 1900", "January 1, 2000", "February 29 2008", "Feb. 28 2007", "March 1 2010",
    "Mar. 15, 2011", "July 4 1976", "Oct 10 2010", "Nov. 11, 2011", "December 25 2025",
    "June 3 2007.", " June 3 2007 ", "June 2007", "june 2007", "Jun 2007", "Sept 2006",
    "Sept. 2006", "Sept.2006", "May 2007", "May. 2007", "Aug 1991", "aug. 1991",
    "December 2026", f"February{NBSP}2008", "1991", "2007", "1900", "1850", "2999", "1991.",
    "  1991  ", "29 April 2006", "3 june 2007", "03 June 2007", "29 Apr. 2006", "1 Sept 2006",
]


@pytest.mark.parametrize("text", FAST_FORMS)
def test_fast_path_takes_the_common_forms_and_agrees_with_dateparser(text: str) -> None:
    fast = parse_date_fast(text)
    assert fast is not None
    assert fast == parse_date_with_dateparser(text)


@given(
    day=st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)),
    form=st.sampled_from(["%B %d %Y", "%B %d, %Y", "%b. %d, %Y", "%b %d %Y", "%B %Y", "%b %Y",
                          "%Y", "%d %B %Y"]),
)
@settings(max_examples=60, deadline=None)
def test_fast_path_agrees_with_dateparser_on_any_date(day: date, form: str) -> None:
    text = day.strftime(form)
    fast = parse_date_fast(text)
    assert fast is not None
    assert fast == parse_date_with_dateparser(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("June 3 2007", PartialDate("2007-06-03", "day")),
        ("Aug. 29, 1991", PartialDate("1991-08-29", "day")),
        ("Sept 2006", PartialDate("2006-09", "month")),
        ("June 2007", PartialDate("2007-06", "month")),
        ("1991", PartialDate("1991", "year")),
        ("29 April 2006", PartialDate("2006-04-29", "day")),
    ],
)
def test_fast_forms_keep_the_precision_of_the_text(text: str, expected: PartialDate) -> None:
    assert parse_date(text) == (expected, [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4/29/2006", PartialDate("2006-04-29", "day")),
        ("2006-04-29", PartialDate("2006-04-29", "day")),
        ("2007-06", PartialDate("2007-06", "month")),
        ("29 April, 2006", PartialDate("2006-04-29", "day")),
        ("June, 2007", PartialDate("2007-06", "month")),
        ("Tues June 3 2007", PartialDate("2007-06-03", "day")),
    ],
)
def test_other_forms_go_to_dateparser(text: str, expected: PartialDate) -> None:
    assert parse_date_fast(text) is None
    assert parse_date(text) == (expected, [])


@pytest.mark.parametrize("text", ["Spring 2006", "summer 2006", "Fall 2006", "Winter 2006"])
def test_a_season_is_its_year(text: str) -> None:
    assert parse_date(text) == (PartialDate("2006", "year"), [])


@pytest.mark.parametrize("text", ["February 30 2007", "June 31 2007", "Sept 31 2006",
                                  "February 29 2007", "April 31, 2006", "2006-02-30"])
def test_invalid_calendar_dates_are_refused_by_both_paths(text: str) -> None:
    assert parse_date_fast(text) is None
    assert parse_date_with_dateparser(text) is None
    partial_date, warnings = parse_date(text)
    assert partial_date is None
    assert [warning.code for warning in warnings] == ["unparseable-date"]
    assert warnings[0].section == "citations"


@pytest.mark.parametrize("text", ["June 3", "Aug. 29", "3 June"])
def test_a_date_without_a_year_is_never_completed_from_today(text: str) -> None:
    partial_date, warnings = parse_date(text)
    assert partial_date is None
    assert [warning.code for warning in warnings] == ["date-without-year"]


@pytest.mark.parametrize("text", ["", "   ", "garbage", "Outlet Name", "yesterday", "today",
                                  "2 days ago", "June", "Decemb 2007", "1991 1992"])
def test_text_that_is_not_a_date_gives_a_warning(text: str) -> None:
    partial_date, warnings = parse_date(text)
    assert partial_date is None
    assert len(warnings) == 1
    assert warnings[0].code in {"unparseable-date", "date-without-year"}


def test_a_long_text_is_refused_without_reading_it() -> None:
    partial_date, warnings = parse_date("June 3 2007 " * 10_000)
    assert partial_date is None
    assert [warning.code for warning in warnings] == ["unparseable-date"]
    assert len(warnings[0].message) < 100


@pytest.mark.parametrize("text", ["1850", "1899", "Dec 31 1899", "December 1899", "0991"])
def test_dates_before_1900_are_dropped(text: str) -> None:
    partial_date, warnings = parse_date(text)
    assert partial_date is None
    assert [warning.code for warning in warnings] == ["date-out-of-range"]


@pytest.mark.parametrize("text", ["1900", "January 1900", "Jan 1 1900"])
def test_1900_itself_is_kept(text: str) -> None:
    partial_date, warnings = parse_date(text)
    assert partial_date is not None and warnings == []


def test_dates_after_latest_are_dropped_and_periods_starting_by_latest_are_kept() -> None:
    latest = date(2026, 12, 5)
    assert parse_date("2999", latest=latest)[0] is None
    assert parse_date("2999", latest=latest)[1][0].code == "date-out-of-range"
    assert parse_date("December 6 2026", latest=latest)[0] is None
    assert parse_date("December 5 2026", latest=latest)[0] == PartialDate("2026-12-05", "day")
    assert parse_date("December 2026", latest=latest)[0] == PartialDate("2026-12", "month")
    assert parse_date("2027", latest=latest)[0] is None
    assert parse_date("2999")[0] == PartialDate("2999", "year")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“H,” Outlet, June 3 2007.", ("“H,” Outlet", "June 3 2007")),
        ("“H,” Outlet, June 3, 2007", ("“H,” Outlet", "June 3, 2007")),
        ("“H,” Outlet, Aug. 29, 1991.", ("“H,” Outlet", "Aug. 29, 1991")),
        ("“H,” Outlet, Sept 2006.", ("“H,” Outlet", "Sept 2006")),
        ("“H,” Outlet, June 2007", ("“H,” Outlet", "June 2007")),
        ("“H,” Outlet, 1991.", ("“H,” Outlet", "1991")),
        ("“H,” Outlet, 29 April 2006.", ("“H,” Outlet", "29 April 2006")),
        ("“H,” Outlet, 4/29/2006.", ("“H,” Outlet", "4/29/2006")),
        ("“H,” Outlet, 2006-04-29", ("“H,” Outlet", "2006-04-29")),
        ("“H,” Outlet, Spring 2006.", ("“H,” Outlet", "Spring 2006")),
        (f"“H,” Outlet,{NBSP}June{NBSP}3 2007.{NBSP}", ("“H,” Outlet", "June 3 2007")),
        ("“H,” Outlet, June 3.", ("“H,” Outlet", "June 3")),
        ("“H,” June 3 2007.", ("“H,”", "June 3 2007")),
        ("“H,” 2007.", ("“H,”", "2007")),
        ("Outlet Name: “Headline”. August 29, 1991.", ("Outlet Name: “Headline”.", "August 29, 1991")),
        ("Headline in plain text (1991)", ("Headline in plain text", "1991")),
        ("Headline (June 2007).", ("Headline", "June 2007")),
        ("https://news.example.com/2016/01/story.html (2016)",
         ("https://news.example.com/2016/01/story.html", "2016")),
        ("1991", ("", "1991")),
        ("“H,” Acme Inc., 2007.", ("“H,” Acme Inc.", "2007")),
    ],
)
def test_split_trailing_date_finds_the_date_that_ends_the_text(
    text: str, expected: tuple[str, str]
) -> None:
    assert split_trailing_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "“Prostitution Sting Nets 40,” CBS/WFSB-TV 3",
        "“H,” Outlet 2007",
        "Police Recall the 1991 Sweep",
        "https://news.example.com/some-story-2016",
        "“Sting Nets 33 in June 2007 Operation,” Outlet",
        "June 3 2007 was a busy day",
        "National Assessment Survey",
        "",
    ],
)
def test_split_trailing_date_leaves_numbers_that_do_not_end_the_text(text: str) -> None:
    assert split_trailing_date(text) == (text, None)
