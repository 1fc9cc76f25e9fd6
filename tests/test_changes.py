"""The one field-level record diff shared by the refresh report, `diff`, `history` and the feed."""

from parsers.models import Citation, KeyPartner, Location, NarrativeParagraph, ParseWarning
from scraper.dataset.changes import diff_citations, diff_records
from tests.test_refresh_records import FETCHED_AT, make_profile


def cite(headline, category="Sex Buyer Arrests", date="2007-06-03", url=None):
    return Citation(category=category, headline=headline, outlet="Daily News", date=date, date_precision="day",
                    url=url, text=f"“{headline},” Daily News, {date}.")


def test_the_summary_reads_like_a_changelog_line():
    old = make_profile("a-ct", population=113811, citations=[cite("One")])
    new = make_profile("a-ct", population=114403, tactics=["reverse-stings", "web-stings"],
                       citations=[cite("One"), cite("Two"), cite("Three")], content_sha256="0" * 64)
    changes = diff_records(old, new)
    assert changes.fields == ["population", "tactics", "citations", "content_sha256"]
    assert changes.summary() == ("population 113811 -> 114403; tactics +web-stings; "
                                 "2 citations added under 'Sex Buyer Arrests'")


def test_fetch_bookkeeping_is_ignored_unless_asked_for():
    old, new = make_profile("a-ct"), make_profile("a-ct", fetched_at=FETCHED_AT.replace(day=2))
    assert not diff_records(old, new)
    assert diff_records(old, new).summary() == "no change to the record"
    assert diff_records(old, new, ignore=()).fields == ["fetched_at"]


def test_only_provenance_changed_says_so():
    changes = diff_records(make_profile("a-ct"), make_profile("a-ct", parser_version="2"))
    assert changes.fields == ["parser_version"]
    assert changes.summary() == "same record from a new page or parser"


def test_citations_pair_by_url_then_headline_and_name_the_fields_that_changed():
    old = [cite("Kept"), cite("Redated", date="2007-06-03"), cite("Gone"), cite("Moved", url="https://x.test/a")]
    new = [cite("Kept"), cite("Redated", date="2007-06-04"), cite("Fresh"),
           cite("Renamed", url="https://x.test/a", category="Reverse Stings")]
    found = {(c.kind, (c.after or c.before).headline): c.fields for c in diff_citations(old, new)}
    assert found == {
        ("changed", "Redated"): ("date", "text"),
        ("changed", "Renamed"): ("category", "headline", "text"),
        ("added", "Fresh"): (),
        ("removed", "Gone"): (),
    }


def test_identical_citations_in_another_order_are_a_reordering():
    old = make_profile("a-ct", citations=[cite("One"), cite("Two")])
    new = make_profile("a-ct", citations=[cite("Two"), cite("One")])
    changes = diff_records(old, new)
    assert changes.citations == ()
    assert changes.summary() == "citations reordered"


def test_every_list_field_has_a_short_phrase():
    old = make_profile("a-ct", narrative=[NarrativeParagraph(heading=None, text="A.")],
                       key_partners=[KeyPartner(name="Police", units=[])],
                       warnings=[ParseWarning(section="tactics", code="no-tactics", message="none")])
    new = make_profile("a-ct", narrative=[NarrativeParagraph(heading=None, text="B.")],
                       key_partners=[KeyPartner(name="Police", units=["Vice"]), KeyPartner(name="DA", units=[])],
                       location=Location(lat=41.5, lng=-73.0), source_categories=["Sex Buyer Arrests", "Other"],
                       type=None)
    assert diff_records(old, new).summary() == (
        "type 'City' -> none; location none -> (41.5, -73); narrative: 1 paragraph edited; key partners +DA; "
        "Key Sources headings +Other; warnings -no-tactics")
