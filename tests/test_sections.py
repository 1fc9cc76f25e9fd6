"""Narrative, Key Partners, Key Sources and cross-checks, each in several markups."""

from tests.pagekit import META, NARRATIVE, codes, parse

TACTICS = "<h2>Tactics Used</h2><ul><li>Auto Seizure</li></ul>"
C1 = "“Sting Nets 12,” Daily News, June 3 2007."
C2 = "“Second Sting,” Daily News, July 2008."


def test_narrative_paragraphs_keep_order_and_subheadings():
    record = parse(TACTICS + "<p>First.</p><h4>Neighborhood Action: the 1992 campaign</h4><p>Second one.</p>"
                   "<p><strong>Web Stings</strong></p><p>Third paragraph here.</p>" + META)
    assert [(p.heading, p.text) for p in record.narrative] == [
        (None, "First."), ("Neighborhood Action: the 1992 campaign", "Second one."),
        ("Web Stings", "Third paragraph here.")]


def test_narrative_whitespace_and_nbsp_are_normalized():
    record = parse(TACTICS + "<p>  Police\u00a0 arrested\n   12\tmen. </p>" + META)
    assert record.narrative[0].text == "Police arrested 12 men."


def test_no_narrative_warns():
    assert "narrative/no-narrative" in codes(parse(TACTICS + META))


def test_key_partners_nested_units():
    record = parse(TACTICS + NARRATIVE + "<h2>Key Partners</h2><ul><li>Sheriff’s Office<ul><li>Vice Unit</li>"
                   "<li>Narcotics Unit</li></ul></li><li>District Attorney</li></ul><h2>Key Sources</h2>" + META)
    assert [(p.name, p.units) for p in record.key_partners] == [
        ("Sheriff’s Office", ["Vice Unit", "Narcotics Unit"]), ("District Attorney", [])]
    assert record.source_categories == [] and record.citations == []


def test_key_partners_as_text_bullets():
    record = parse(TACTICS + NARRATIVE + "<p><b>Key Partners</b><br>• Police Department<br>◦ Vice Squad<br>"
                   "• Mayor’s Office</p>" + META)
    assert [(p.name, p.units) for p in record.key_partners] == [
        ("Police Department", ["Vice Squad"]), ("Mayor’s Office", [])]


def test_citation_without_bullet_and_two_in_one_item():
    record = parse(TACTICS + NARRATIVE + f"<h2>Key Sources</h2><p><strong>Web Stings:</strong></p>"
                   f"<ul><li>{C1}<br>{C2}</li>“Bare Text Node,” Outlet, 2001.<li>“Last,” Outlet, 2002.</li></ul>" + META)
    assert [c.headline for c in record.citations] == ["Sting Nets 12", "Second Sting", "Bare Text Node", "Last"]
    assert {c.category for c in record.citations} == {"Web Stings"}


def test_lines_outside_any_category_and_empty_categories():
    record = parse(TACTICS + NARRATIVE + "<h2>Key Sources</h2><p>National Assessment Survey</p>"
                   f"<p>Sex Buyer Arrests:</p><ul><li>{C1}</li></ul><p>Background on Local Prostitution:</p>" + META)
    assert record.source_categories == ["Sex Buyer Arrests", "Background on Local Prostitution"]
    assert [(c.category, c.outlet, c.headline) for c in record.citations] == [
        (None, "National Assessment Survey", None), ("Sex Buyer Arrests", "Daily News", "Sting Nets 12")]


def test_category_nested_as_list_item():
    record = parse(TACTICS + NARRATIVE + f"<h2>Key Sources</h2><ul><li>Web Stings:<ul><li>{C1}</li></ul></li></ul>" + META)
    assert record.source_categories == ["Web Stings"]
    assert record.citations[0].category == "Web Stings"


def test_citation_link_becomes_url():
    record = parse(TACTICS + NARRATIVE + f"<h2>Key Sources</h2><p>Arrests:</p><ul><li>"
                   f"<a href='https://news.example.com/a'>“Sting Nets 12,”</a> Daily News, June 3 2007.</li></ul>" + META)
    assert record.citations[0].url == "https://news.example.com/a"


def test_future_and_ancient_dates_dropped_with_warning():
    record = parse(TACTICS + NARRATIVE + "<h2>Key Sources</h2><p>Arrests:</p><ul><li>“A,” B, June 3 2031.</li>"
                   "<li>“C,” D, June 3 1850.</li></ul>" + META)
    assert [c.date for c in record.citations] == [None, None]
    assert codes(record).count("citations/date-out-of-range") == 2


def test_sharing_widgets_after_the_article_are_not_sources():
    record = parse(TACTICS + NARRATIVE + f"<h2>Key Sources</h2><p>Arrests:</p><ul><li>{C1}</li></ul>" + META
                   + "<div><h3>Share this:</h3><ul><li>Twitter</li><li>Facebook</li></ul><h3>Related</h3></div>")
    assert record.source_categories == ["Arrests"] and len(record.citations) == 1


def test_state_mismatch_between_slug_title_and_state():
    record = parse(TACTICS + NARRATIVE + "<p>State Massachusetts</p><p>Type City</p>", slug="springfield-md",
                   title="Springfield, MA")
    assert codes(record) == ["consistency/state-mismatch"]


def test_numbered_duplicate_slug_is_consistent():
    record = parse(TACTICS + NARRATIVE + META, slug="springfield-il-2")
    assert record.id == "springfield-il-2" and record.warnings == []


def test_post_date_and_byline_under_the_title_are_not_narrative():
    record = parse("<div class='x'>By admin on October 14, 2015 in Sites</div><p>2023-05-17</p>" + TACTICS
                   + NARRATIVE + META)
    assert [p.heading for p in record.narrative] == [None]


def test_category_and_first_citation_on_one_line():
    record = parse(TACTICS + NARRATIVE + f"<h2>Key Sources</h2><p><strong>Web Stings:</strong> {C1}<br>{C2}</p>" + META)
    assert record.source_categories == ["Web Stings"]
    assert [(c.category, c.headline) for c in record.citations] == [
        ("Web Stings", "Sting Nets 12"), ("Web Stings", "Second Sting")]


def test_metadata_box_before_the_sections():
    record = parse(META + TACTICS + NARRATIVE + f"<h2>Key Sources</h2><p>Arrests:</p><ul><li>{C1}</li></ul>")
    assert (record.state, record.population, record.tactics) == ("Illinois", 114394, ["auto-seizure"])
    assert [p.text for p in record.narrative] == [NARRATIVE[3:-4]] and len(record.citations) == 1


def test_profile_in_one_block_of_br_lines_with_the_title_only_in_the_head():
    from parsers import parse_profile
    page = ("<html><head><title>Springfield, IL | Demand Forum</title></head><body><div class='c'>"
            "Springfield, IL<br><br>Tactics Used<br>Auto Seizure<br>Web Stings<br><br>"
            "Springfield police ran stings in 2009 and 2010, arresting 40 men.<br><br>Key Sources<br>"
            f"Web Stings:<br>• {C1}<br><br>State Illinois<br>Type City<br>Population 114,394<br>Location"
            "</div></body></html>").encode()
    record = parse_profile(page, url="https://demand-forum.org/site/springfield-il/")
    assert (record.name, record.tactics) == ("Springfield, IL", ["auto-seizure", "web-stings"])
    assert [p.text for p in record.narrative] == ["Springfield police ran stings in 2009 and 2010, arresting 40 men."]
    assert (record.source_categories, len(record.citations), record.population) == (["Web Stings"], 1, 114394)


def test_two_column_theme_with_metadata_between_tactics_and_narrative():
    prose = "Springfield police have arrested sex buyers in street-level reverse stings since 2004, naming them in the local press."
    record = parse("<div class='col'>" + TACTICS + META + "<div class='map'>Map data ©2024</div></div>"
                   f"<div class='col'><p>{prose}</p><h2>Key Sources</h2><p>Arrests:</p><ul><li>{C1}</li></ul></div>")
    assert [p.text for p in record.narrative] == [prose]
    assert (record.state, record.tactics, len(record.citations)) == ("Illinois", ["auto-seizure"], 1)


def test_post_categories_line_is_not_a_tactics_label():
    record = parse("<p>Reverse stings<br>Auto seizure</p>" + NARRATIVE + META
                   + "<p><strong>Categories:</strong> <a href='/category/sites/'>Sites</a></p>")
    assert record.tactics == ["reverse-stings", "auto-seizure"]


def test_a_note_about_the_link_after_the_date():
    record = parse(TACTICS + NARRATIVE + "<h2>Key Sources</h2><p>Arrests:</p><ul><li>“Sting Nets 12,” Daily News, "
                   "June 3 2007 (PDF)</li><li>“Second,” Daily News, July 2008. [link]</li></ul>" + META)
    assert [(c.outlet, c.date) for c in record.citations] == [("Daily News", "2007-06-03"), ("Daily News", "2008-07")]
