from datetime import date

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from parsers.citations import normalize_citation_line, parse_citation
from parsers.models import Citation

NBSP = "\u00a0"
WRA = "Waterbury Republican-American"

# The 16 citations of the seed page (waterbury-ct), verbatim with their bullets and indentation;
# the 13th has no bullet on the page, the 8th carries a non-breaking space before "on".
SEED_LINES = [
    ("Sex Buyer Arrests", "  • “Spa Patrons Also Nabbed; Court Crammed after 33 Massage Parlor Arrests,” Waterbury Republican-American, April 29 2006.",
     "Spa Patrons Also Nabbed; Court Crammed after 33 Massage Parlor Arrests", WRA, "2006-04-29"),
    ("Street-Level Reverse Stings, Identity Disclosure", "  • “Cops Nab Prostitutes’ Customers,” New London Day, May 25 1998.",
     "Cops Nab Prostitutes’ Customers", "New London Day", "1998-05-25"),
    ("Street-Level Reverse Stings, Identity Disclosure", "  • “Prostitution Sting in Hillside Area Snares 12 Women, 4 Men,” Waterbury Republican-American, June 2 2006.",
     "Prostitution Sting in Hillside Area Snares 12 Women, 4 Men", WRA, "2006-06-02"),
    ("Street-Level Reverse Stings, Identity Disclosure", "  • “Chief Says Prostitution Stings Will Continue through Summer,” Waterbury Republican-American, June 3 2006.",
     "Chief Says Prostitution Stings Will Continue through Summer", WRA, "2006-06-03"),
    ("Street-Level Reverse Stings, Identity Disclosure", "  • “Police Use Stings in Campaign against Prostitutes,” Waterbury Republican-American, June 3 2006.",
     "Police Use Stings in Campaign against Prostitutes", WRA, "2006-06-03"),
    ("Street-Level Reverse Stings, Identity Disclosure", "  • “Prostitution Stings Will Run through the Summer; 24 Arrested in Twin Ops on Thursday,” Waterbury Republican-American, June 3 2006.",
     "Prostitution Stings Will Run through the Summer; 24 Arrested in Twin Ops on Thursday", WRA, "2006-06-03"),
    ("Street-Level Reverse Stings, Identity Disclosure", "  • “40 Charged as Johns, Prostitutes in Sting; Cops Focus on Hillside Neighborhood,” Waterbury Republican-American, June 3 2007.",
     "40 Charged as Johns, Prostitutes in Sting; Cops Focus on Hillside Neighborhood", WRA, "2007-06-03"),
    ("Street-Level Reverse Stings, Identity Disclosure", f"  • “Sting: 33 Johns, 7 Prostitutes; Police Crack down{NBSP} on Activity in Hillside Area,” Waterbury Republican-American, June 3 2007.",
     "Sting: 33 Johns, 7 Prostitutes; Police Crack down on Activity in Hillside Area", WRA, "2007-06-03"),
    ("Street-Level Reverse Stings, Identity Disclosure", "  • “Waterbury Police Arrest 40 in Prostitution Crackdown,” Waterbury Republican-American, June 3 2007.",
     "Waterbury Police Arrest 40 in Prostitution Crackdown", WRA, "2007-06-03"),
    ("Street-Level Reverse Stings, Identity Disclosure", "  • “Prostitution Sting Nets 40,” CBS/WFSB-TV 3, June 4 2007.",
     "Prostitution Sting Nets 40", "CBS/WFSB-TV 3", "2007-06-04"),
    ("Street-Level Reverse Stings, Identity Disclosure", "  • “Hookers’ Patrons Arrests; Waterbury Police Send Message on Prostitution,” Waterbury Republican-American, May 26 2008.",
     "Hookers’ Patrons Arrests; Waterbury Police Send Message on Prostitution", WRA, "2008-05-26"),
    ("Street-Level Reverse Stings, Identity Disclosure", "  • “Sting Nets Alleged Customers of Hookers,” Waterbury Republican-American, May 26 2008.",
     "Sting Nets Alleged Customers of Hookers", WRA, "2008-05-26"),
    ("Street-Level Reverse Stings, Identity Disclosure", "  • “Hillside Residents Applaud Waterbury Prostitution Sting,” Waterbury Republican-American, May 29 2008.",
     "Hillside Residents Applaud Waterbury Prostitution Sting", WRA, "2008-05-29"),
    ("Street-Level Reverse Stings, Identity Disclosure", "    “Lessons Not Learned; Thirty-Nine More Johns Busted in 2nd Waterbury Sting in as Many Months,” Waterbury Republican-American, June 30 2008.",
     "Lessons Not Learned; Thirty-Nine More Johns Busted in 2nd Waterbury Sting in as Many Months", WRA, "2008-06-30"),
    ("Street-Level Reverse Stings, Identity Disclosure", "  • “Prostitution Sting Arrests,” Waterbury Republican-American, June 14 2009.",
     "Prostitution Sting Arrests", WRA, "2009-06-14"),
    ("Street-Level Reverse Stings, Identity Disclosure", "  • “Prostitution Sweep Results in Arrest of 27 in Waterbury,” Waterbury Republican-American, May 28 2011.",
     "Prostitution Sweep Results in Arrest of 27 in Waterbury", WRA, "2011-05-28"),
]


@pytest.mark.parametrize(("category", "line", "headline", "outlet", "iso"), SEED_LINES)
def test_every_seed_citation_parses_exactly(
    category: str, line: str, headline: str, outlet: str, iso: str
) -> None:
    citation, warnings = parse_citation(line, category=category, latest=date(2026, 12, 5))
    expected_text = f"“{headline},” {outlet}, {date.fromisoformat(iso):%B} {int(iso[8:])} {iso[:4]}."
    assert citation == Citation(
        category=category, headline=headline, outlet=outlet, date=iso, date_precision="day",
        url=None, text=expected_text,
    )
    assert warnings == []


def fields(line: str, **kwargs: object) -> tuple[str | None, ...]:
    citation, _ = parse_citation(line, category=None, **kwargs)  # type: ignore[arg-type]
    return citation.headline, citation.outlet, citation.date, citation.date_precision, citation.url


def codes(line: str, **kwargs: object) -> list[str]:
    _, warnings = parse_citation(line, category=None, **kwargs)  # type: ignore[arg-type]
    assert all(warning.section == "citations" for warning in warnings)
    return [warning.code for warning in warnings]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("“Headline, With Commas,” Outlet Name, June 3 2007.",
         ("Headline, With Commas", "Outlet Name", "2007-06-03", "day", None)),
        ("“Headline,” Outlet, June 3, 2007.", ("Headline", "Outlet", "2007-06-03", "day", None)),
        ("“Headline,” Outlet, June 2007.", ("Headline", "Outlet", "2007-06", "month", None)),
        ("“Headline,” Outlet, Sept. 2006", ("Headline", "Outlet", "2006-09", "month", None)),
        ("“Headline,” Outlet, 2007.", ("Headline", "Outlet", "2007", "year", None)),
        ("“Headline”, Outlet, June 3 2007.", ("Headline", "Outlet", "2007-06-03", "day", None)),
        ('"Headline," Outlet, June 3 2007.', ("Headline", "Outlet", "2007-06-03", "day", None)),
        ('"Headline", Outlet, June 3 2007', ("Headline", "Outlet", "2007-06-03", "day", None)),
        ("Outlet Name: “Headline”. August 29, 1991.",
         ("Headline", "Outlet Name", "1991-08-29", "day", None)),
        ("Outlet Name: “Headline.” Aug. 29, 1991", ("Headline", "Outlet Name", "1991-08-29", "day", None)),
        ("Headline in plain text (1991)", ("Headline in plain text", None, "1991", "year", None)),
        ("Headline in plain text (June 2007).", ("Headline in plain text", None, "2007-06", "month", None)),
        ("https://news.example.com/2016/01/some-story.html (2016)",
         (None, None, "2016", "year", "https://news.example.com/2016/01/some-story.html")),
        ("National Assessment Survey", (None, "National Assessment Survey", None, None, None)),
        ("National Assessment Survey.", (None, "National Assessment Survey", None, None, None)),
        ("“Prostitution Sting Nets 40,” CBS/WFSB-TV 3.", ("Prostitution Sting Nets 40", "CBS/WFSB-TV 3", None, None, None)),
        ("“Headline,” The Day, New London, June 3 2007.",
         ("Headline", "The Day, New London", "2007-06-03", "day", None)),
        ("“Police Call ‘Operation Johns’ a Success,” Outlet, 2007.",
         ("Police Call ‘Operation Johns’ a Success", "Outlet", "2007", "year", None)),
        ("“Police Call “Operation Johns” a Success,” Outlet, 2007.",
         ("Police Call “Operation Johns” a Success", "Outlet", "2007", "year", None)),
        ("“Sting: 2 Held; ‘We’ll Be Back,’ Chief Says,” Outlet, 2007.",
         ("Sting: 2 Held; ‘We’ll Be Back,’ Chief Says", "Outlet", "2007", "year", None)),
        ("“Why Do Men Buy Sex?” Outlet, 2007.", ("Why Do Men Buy Sex?", "Outlet", "2007", "year", None)),
        ("“Arrests Rise in the U.S.” Outlet, 2007.", ("Arrests Rise in the U.S.", "Outlet", "2007", "year", None)),
        ("“Headline,” Acme News Inc., 2007.", ("Headline", "Acme News Inc.", "2007", "year", None)),
        ("“Headline” – Outlet, 2007.", ("Headline", "Outlet", "2007", "year", None)),
        ("“Headline,” Courant (Hartford), 2007.", ("Headline", "Courant (Hartford)", "2007", "year", None)),
        ("Police Report https://example.com/r (2016)",
         ("Police Report", None, "2016", "year", "https://example.com/r")),
        ("“Headline,” June 3 2007.", ("Headline", None, "2007-06-03", "day", None)),
        ("“Headline,” Outlet.", ("Headline", "Outlet", None, None, None)),
        ("“Headline,” Outlet", ("Headline", "Outlet", None, None, None)),
        ("“Headline”", ("Headline", None, None, None, None)),
        ("   “Headline,”    Outlet ,  June 3 2007  ", ("Headline", "Outlet", "2007-06-03", "day", None)),
        ("“Headline,” Outlet, June 3 2007. https://example.com/story?id=3.",
         ("Headline", "Outlet", "2007-06-03", "day", "https://example.com/story?id=3")),
    ],
)
def test_citation_forms(line: str, expected: tuple[str | None, ...]) -> None:
    assert fields(line) == expected
    assert codes(line) == []


@pytest.mark.parametrize("bullet", ["•", "- ", "* ", "–", "·", "◦", "• ", "-\u00a0", "  •\u00a0", "—", "▪", "• - "])
def test_leading_bullets_are_stripped(bullet: str) -> None:
    citation, warnings = parse_citation(f"{bullet}“Headline,” Outlet, 2007.", category="Web Stings")
    assert citation.text == "“Headline,” Outlet, 2007."
    assert (citation.category, citation.headline, citation.outlet) == ("Web Stings", "Headline", "Outlet")
    assert warnings == []


@pytest.mark.parametrize("line", ["-30- Magazine", "*Starred* Report"])
def test_a_dash_or_star_without_a_space_is_part_of_the_text(line: str) -> None:
    citation, _ = parse_citation(line, category=None)
    assert citation.text == line
    assert citation.outlet == line


def test_whitespace_is_normalized_in_text_and_fields() -> None:
    line = f"•\u00a0“Police{NBSP}{NBSP}Crack down\u200b  on\tActivity,”  New{NBSP}London  Day,  May 25 1998."
    citation, _ = parse_citation(line, category=None)
    assert citation.text == "“Police Crack down on Activity,” New London Day, May 25 1998."
    assert citation.headline == "Police Crack down on Activity"
    assert citation.outlet == "New London Day"


def test_url_comes_from_the_first_http_link_of_the_line() -> None:
    links = ["mailto:editor@example.com", "/site/waterbury-ct/", "https://a.example.com/1", "http://b.example.com/2"]
    assert fields("“Headline,” Outlet, 2007.", links=links)[4] == "https://a.example.com/1"
    assert fields("“Headline,” Outlet, 2007.", links=["HTTP://A.example.com/x"])[4] == "HTTP://A.example.com/x"


def test_a_link_wins_over_a_bare_url_in_the_text() -> None:
    line = "https://text.example.com/story (2016)"
    assert fields(line, links=["https://link.example.com/story"]) == (
        None, None, "2016", "year", "https://link.example.com/story")


def test_a_url_in_parentheses_keeps_its_own_parentheses_only() -> None:
    assert fields("Some Report (https://example.com/wiki/Report_(2010))")[4] == (
        "https://example.com/wiki/Report_(2010)")
    assert fields("National Survey (https://example.com/survey)") == (
        None, "National Survey", None, None, "https://example.com/survey")


def test_date_bounds_are_passed_on_with_a_warning() -> None:
    latest = date(2026, 12, 5)
    assert fields("“Headline,” Outlet, 2999.", latest=latest) == ("Headline", "Outlet", None, None, None)
    assert codes("“Headline,” Outlet, 2999.", latest=latest) == ["date-out-of-range"]
    assert fields("“Headline,” Outlet, 1850.") == ("Headline", "Outlet", None, None, None)
    assert codes("“Headline,” Outlet, 1850.") == ["date-out-of-range"]
    assert fields("“Headline,” Outlet, 2999.") == ("Headline", "Outlet", "2999", "year", None)


@pytest.mark.parametrize(
    ("line", "expected", "warning_codes"),
    [
        ("“Headline,” Outlet, June 31 2007.", ("Headline", "Outlet", None, None, None), ["unparseable-date"]),
        ("“Headline,” Outlet, February 30 2007.", ("Headline", "Outlet", None, None, None), ["unparseable-date"]),
        ("“Headline,” Outlet, June 3.", ("Headline", "Outlet", None, None, None), ["date-without-year"]),
        ("", (None, None, None, None, None), ["empty-citation"]),
        ("  •  ", (None, None, None, None, None), ["empty-citation"]),
        ("• - –", (None, None, None, None, None), ["empty-citation"]),
        ("June 3 2007", (None, None, "2007-06-03", "day", None), ["unrecognized-citation"]),
        ("(1991)", (None, None, "1991", "year", None), ["unrecognized-citation"]),
        ("“Headline, Outlet, June 3 2007.", (None, None, "2007-06-03", "day", None), ["unbalanced-quotes"]),
        ("Headline,” Outlet, June 3 2007.", ("Headline", "Outlet", "2007-06-03", "day", None), ["unbalanced-quotes"]),
        ("Outlet Name: “Headline. 1991.", ("Headline", "Outlet Name", "1991", "year", None), ["unbalanced-quotes"]),
        ("Something Plain, June 2007.", (None, None, "2007-06", "month", None), ["unrecognized-citation"]),
        ("Reporter Name “Headline,” Outlet, 2007.", ("Headline", None, "2007", "year", None), ["unrecognized-citation"]),
        ("Outlet: “Headline,” Page B1, 2007.", ("Headline", None, "2007", "year", None), ["unrecognized-citation"]),
    ],
)
def test_malformed_lines_keep_what_can_be_justified_and_warn(
    line: str, expected: tuple[str | None, ...], warning_codes: list[str]
) -> None:
    assert fields(line) == expected
    assert codes(line) == warning_codes


def test_the_line_is_kept_as_text_even_when_unrecognized() -> None:
    citation, warnings = parse_citation("• Something Plain, June 2007.", category="Background")
    assert citation.text == "Something Plain, June 2007."
    assert citation.category == "Background"
    assert "Something Plain" in warnings[0].message


LINE_PIECES = [*"“”\"‘’,.;:()•- \u00a0aZ19/", "June ", "2007", "http://x.io/"]


@given(st.lists(st.sampled_from(LINE_PIECES), max_size=30).map("".join))
@example("1. “")  # a list number is stripped like a bullet, from the text too (hypothesis found it)
@settings(max_examples=200, deadline=None)
def test_any_line_gives_a_citation_with_normalized_text(line: str) -> None:
    citation, warnings = parse_citation(line, category=None)
    assert citation.text == normalize_citation_line(line)
    assert "  " not in citation.text and "\u00a0" not in citation.text
    assert citation.text == citation.text.strip()
    for value in (citation.headline, citation.outlet):
        assert value is None or (value and value == value.strip())
    assert (citation.date is None) == (citation.date_precision is None)


def test_a_range_of_days_is_as_precise_as_its_month():
    citation, warnings = parse_citation("“H,” The Day, June 3-4, 2007.", category=None)
    assert (citation.outlet, citation.date, citation.date_precision, warnings) == ("The Day", "2007-06", "month", [])


def test_a_headline_in_single_quotes_with_an_apostrophe_inside():
    citation, warnings = parse_citation("‘Hookers’ Patrons Arrests,’ The Day, June 3 2007.", category=None)
    assert (citation.headline, citation.outlet, citation.date, warnings) == (
        "Hookers’ Patrons Arrests", "The Day", "2007-06-03", [])
