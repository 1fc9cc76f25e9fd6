"""Metadata, location, title and the refusal of pages that are not profiles."""

import codecs

import pytest

from parsers import NotAProfilePage, parse_profile
from tests.pagekit import NARRATIVE, article, codes, parse

TACTICS = "<h2>Tactics Used</h2><ul><li>Auto Seizure</li></ul>"


@pytest.mark.parametrize("markup", [
    "<p><strong>State</strong> Illinois</p><p><strong>Type</strong> County</p><p><strong>Population</strong> 1,234,567</p>",
    "<dl><dt>State</dt><dd>Illinois</dd><dt>Type</dt><dd>County</dd><dt>Population</dt><dd>1,234,567</dd></dl>",
    "<table><tr><td>State</td><td>Illinois</td></tr><tr><td>Type</td><td>County</td></tr>"
    "<tr><td>Population</td><td>1,234,567</td></tr><tr><td>Location</td><td></td></tr></table>",
    "<div><span>State:</span> <span>Illinois</span></div><div><span>Type:</span> <span>County</span></div>"
    "<div><span>Population:</span> <span>1,234,567</span></div>",
    "<p>State Illinois Type County Population 1,234,567 Location</p>",
    "<p>State</p><p>Illinois</p><p>Type</p><p>County</p><p>Population</p><p>1234567</p><p>Location</p>",
])
def test_metadata_markups(markup):
    record = parse(TACTICS + NARRATIVE + markup)
    assert (record.state, record.type, record.population) == ("Illinois", "County", 1234567)
    assert record.warnings == []


def test_missing_population_and_unknown_type_and_typo():
    record = parse(TACTICS + NARRATIVE + "<p>State Illinois</p><p>Type Hamlet</p><p>Population 178,ooo</p>")
    assert (record.type, record.population) == ("Hamlet", None)
    assert codes(record) == ["metadata/unknown-type", "metadata/population-unparsed"]


def test_no_metadata_warns():
    record = parse(TACTICS + NARRATIVE + "<h2>Key Sources</h2>")
    assert (record.state, record.type, record.population, record.location) == (None, None, None, None)
    assert "metadata/no-metadata" in codes(record)


def test_narrative_starting_with_a_metadata_word_stays_narrative():
    record = parse(TACTICS + "<p>State police arrested 14 men in a sting.</p><p>State Illinois</p>")
    assert record.narrative[0].text == "State police arrested 14 men in a sting."
    assert record.state == "Illinois"


@pytest.mark.parametrize("widget", [
    "<div class='map' data-lat='39.7817' data-lng='-89.6501'></div>",
    "<div data-latitude='39.7817' data-longitude='-89.6501'></div>",
    "<div class='acf-map' data-markers='[{\"lat\": \"39.7817\", \"lng\": \"-89.6501\"}]'></div>",
    "<iframe src='https://www.google.com/maps/embed?pb=!1m18!3d39.7817!2d-89.6501!3m2'></iframe>",
    "<a href='https://maps.google.com/?q=39.7817,-89.6501'>Map</a>",
    "39.7817, -89.6501",
])
def test_location_coordinates(widget):
    record = parse(TACTICS + NARRATIVE + f"<p>State Illinois</p><p>Location</p>{widget}")
    assert (record.location.lat, record.location.lng) == (39.7817, -89.6501)


def test_empty_location_is_null():
    assert parse(TACTICS + NARRATIVE + "<p>State Illinois</p><p>Location</p><div id='map'></div>").location is None


@pytest.mark.parametrize(("title", "place", "code"), [
    ("Prince George’s County, MD", "Prince George’s County", "MD"),
    ("Orleans Parish, LA", "Orleans Parish", "LA"),
    ("Wilkes-Barre, PA", "Wilkes-Barre", "PA"),
    ("Washington, DC", "Washington", "DC"),
])
def test_titles(title, place, code):
    record = parse(TACTICS + NARRATIVE + "<p>State Maryland</p>", title=title, slug="x")
    assert (record.name, record.place, record.state_code) == (title, place, code)


def test_canonical_link_gives_url_and_id():
    page = article(TACTICS + NARRATIVE + "<p>State Illinois</p>").replace(
        b"</head>", b"<link rel='canonical' href='https://demand-forum.org/site/springfield-il/'></head>")
    record = parse_profile(page, url="https://demand-forum.org/site/other/")
    assert (record.id, record.url) == ("springfield-il", "https://demand-forum.org/site/springfield-il/")


@pytest.mark.parametrize(("raw", "code"), [
    (b"", "empty"),
    (b"  \n ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    ("<html><body><h1>Springfield, IL</h1><h2>Tactics Used</h2></body></html>".encode("utf-16-le"), "undecodable"),
    (b"<html><head><title>Page not found - Demand Forum</title></head><body><h1>Oops! That page can't be found.</h1>"
     b"<p>Try a search.</p></body></html>", "error-page"),
    (b"<html><body><h1>Auto Seizure</h1><h2><a href='/site/a-ct/'>Hartford, CT</a></h2><p>Teaser...</p>"
     b"<h2><a href='/site/b-ct/'>Waterbury, CT</a></h2><p>Teaser</p><a>Next</a></body></html>", "listing-page"),
    (b"<html><body><h1>Browse Locations</h1><ul><li>Alabama</li></ul></body></html>", "not-a-profile"),
    (b"just some text, no markup at all", "undecodable"),
])
def test_non_profiles_are_refused_with_a_reason(raw, code):
    with pytest.raises(NotAProfilePage) as refusal:
        parse_profile(raw, url="https://demand-forum.org/site/x/")
    assert refusal.value.code == code


def test_encodings_bom_and_windows_1252():
    body = TACTICS + "<p>The department’s “sting” worked.</p><p>State Illinois</p>"
    utf8 = article(body)
    assert parse_profile(codecs.BOM_UTF8 + utf8, url="u/site/x/").narrative[0].text == "The department’s “sting” worked."
    cp1252 = utf8.decode().replace("charset='utf-8'", "charset='windows-1252'").encode("windows-1252")
    assert parse_profile(cp1252, url="u/site/x/").narrative[0].text == "The department’s “sting” worked."
    undeclared = utf8.decode().replace("<meta charset='utf-8'>", "").encode("windows-1252")
    record = parse_profile(undeclared, url="u/site/x/")
    assert record.narrative[0].text == "The department’s “sting” worked."
    assert "encoding/decoded-as-windows-1252" in codes(record)


def test_mojibake_is_flagged():
    record = parse(TACTICS + "<p>The departmentâ€™s sting.</p><p>State Illinois</p>")
    assert "encoding/mojibake" in codes(record)


def test_metadata_in_an_aside_inside_the_article():
    record = parse(TACTICS + NARRATIVE + "<aside class='site-info'><p>State: Illinois</p><p>Type: City</p></aside>",
                   chrome="<aside id='secondary'><p>State: Ohio</p><p>Type: County</p></aside>")
    assert (record.state, record.type) == ("Illinois", "City")


def test_metadata_of_a_sidebar_outside_the_article_is_ignored():
    record = parse(TACTICS + NARRATIVE, chrome="<aside id='secondary'><p>State: Ohio</p><p>Type: County</p></aside>")
    assert (record.state, record.type) == (None, None)


@pytest.mark.parametrize(("title", "place", "code"), [
    ("Waterbury, Connecticut", "Waterbury", "CT"),
    ("Washington, D.C.", "Washington", "DC"),
])
def test_titles_with_the_state_spelled_out(title, place, code):
    record = parse(TACTICS + NARRATIVE + "<p>State Connecticut</p>", title=title, slug="x")
    assert (record.name, record.place, record.state_code) == (title, place, code)


def test_a_page_with_sections_but_no_place_title_is_refused():
    with pytest.raises(NotAProfilePage) as refusal:
        parse(TACTICS + NARRATIVE + "<p>State Connecticut</p>", title="Reverse Stings", slug="x")
    assert refusal.value.code == "not-a-profile"


def test_a_stray_invalid_byte_keeps_a_utf8_page_utf8():
    page = article(TACTICS + "<p>The department’s “sting” worked.</p><p>State Illinois STRAY</p>")
    page = page.replace(b"STRAY", b"\xff")
    record = parse_profile(page, url="https://demand-forum.org/site/x/")
    assert record.narrative[0].text == "The department’s “sting” worked."
    assert "encoding/invalid-utf8-bytes" in codes(record)


def test_acf_fields_with_label_elements():
    fields = "".join(
        f"<div class='acf-field'><div class='acf-label'><label for='f{i}'>{key}</label></div>"
        f"<div class='acf-input'>{value}</div></div>"
        for i, (key, value) in enumerate((("State", "Illinois"), ("Type", "City"), ("Population", "116,250"))))
    record = parse(TACTICS + NARRATIVE + fields)
    assert (record.state, record.type, record.population) == ("Illinois", "City", 116250)


def test_population_in_words_and_with_a_census_note():
    assert parse(TACTICS + NARRATIVE + "<p>State Illinois</p><p>Population 1.2 million</p>").population == 1_200_000
    assert parse(TACTICS + NARRATIVE + "<p>State Illinois</p><p>Population: 113,811 (2010 Census)</p>").population == 113811


def test_coordinates_only_in_a_map_script():
    script = "<div id='map'></div><script>var m = L.map('map').setView([39.7817, -89.6501], 13);</script>"
    record = parse(TACTICS + NARRATIVE + "<p>State Illinois</p><p>Location</p>" + script)
    assert (record.location.lat, record.location.lng) == (39.7817, -89.6501)


def test_canonical_variants_take_the_page_urls_scheme_and_host():
    page = article(TACTICS + NARRATIVE + "<p>State Illinois</p>").replace(
        b"</head>", b"<link rel='canonical' href='http://www.demand-forum.org/site/springfield-il/?x=1'></head>")
    record = parse_profile(page, url="https://demand-forum.org/site/other/")
    assert (record.id, record.url) == ("springfield-il", "https://demand-forum.org/site/springfield-il/")


def test_an_archive_of_whole_profiles_is_a_listing():
    def block(title):
        return (f"<article><h2>{title}</h2><h3>Tactics Used</h3><ul><li>Letters</li></ul>"
                f"<p>A narrative long enough to be one.</p><h3>Key Sources</h3><p>State Connecticut</p></article>")
    page = (f"<html><head><title>Connecticut Archives - Demand Forum</title></head><body>{block('Hartford, CT')}"
            f"{block('Waterbury, CT')}</body></html>").encode()
    with pytest.raises(NotAProfilePage) as refusal:
        parse_profile(page, url="https://demand-forum.org/category/ct/")
    assert refusal.value.code == "listing-page"
