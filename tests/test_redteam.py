"""Minimal reproductions of what the red-team markups broke (fixtures/pages/rt-*.html)."""

from datetime import date

import pytest

from tests.pagekit import META, NARRATIVE, codes, parse

C1 = "“Sting Nets 12,” Daily News, June 3 2007."
SOURCES = f"<h2>Key Sources</h2><p>Arrests:</p><ul><li>{C1}</li></ul>"
TACTICS = "<h2>Tactics Used</h2><ul><li>Reverse Stings</li></ul>"


def test_heading_anchor_links_around_labels():
    record = parse("<h2 id='t'><a href='#t'>#</a> Tactics Used</h2><ul><li>Reverse Stings</li></ul>" + NARRATIVE
                   + "<h2>Key Sources <a class='anchor' href='#k'>¶</a></h2><h3><a href='#a'>#</a> Arrests</h3>"
                   f"<ul><li>{C1}</li></ul>" + META)
    assert record.tactics == ["reverse-stings"]
    assert record.source_categories == ["Arrests"] and record.citations[0].category == "Arrests"


def test_hidden_rich_snippets_and_post_meta_are_not_narrative():
    record = parse("<span class='entry-title rich-snippet-hidden'>Springfield, IL</span>"
                   "<ul class='meta'><li class='meta-author'><a>editor</a></li><li class='meta-date'>April 2, 2019</li></ul>"
                   + TACTICS + NARRATIVE + META)
    assert [p.text for p in record.narrative] == [NARRATIVE[3:-4]] and record.narrative[0].heading is None


def test_tab_strip_and_panels_give_each_category_once():
    record = parse(TACTICS + NARRATIVE + "<h2>Key Sources</h2><div role='tablist'><a role='tab'>Arrests:</a>"
                   f"<a role='tab'>Web Stings:</a></div><div><p>Arrests:</p><ul><li>{C1}</li></ul></div>"
                   f"<div><p>Web Stings:</p><ul><li>{C1}</li></ul></div>" + META)
    assert record.source_categories == ["Arrests", "Web Stings"]
    assert [c.category for c in record.citations] == ["Arrests", "Web Stings"]


def test_heavy_cross_is_not_a_mark():
    rows = "<tr><td>Cameras</td><td>✖</td></tr><tr><td>Letters</td><td>✔</td></tr>"
    assert parse(f"<h2>Tactics Used</h2><table>{rows}</table>" + NARRATIVE + META).tactics == ["letters"]


def test_citation_table_with_named_columns():
    table = ("<table><thead><tr><th>Date</th><th>Outlet</th><th>Headline</th></tr></thead>"
             "<tr><td>March 12, 2008</td><td>Post-Dispatch</td><td><a href='https://x.example/a'>Police Arrest 40</a></td></tr></table>")
    record = parse(TACTICS + NARRATIVE + f"<h2>Key Sources</h2><h4>Arrests:</h4>{table}" + META)
    assert record.source_categories == ["Arrests"]
    citation = record.citations[0]
    assert (citation.headline, citation.outlet, citation.date, citation.url) == (
        "Police Arrest 40", "Post-Dispatch", "2008-03-12", "https://x.example/a")


def test_accordion_headers_in_buttons_and_hidden_panels():
    record = parse(TACTICS + NARRATIVE + "<h2>Key Sources</h2><button><span>Arrests:</span></button>"
                   f"<div hidden><ul><li>{C1}</li></ul></div><button>Web Stings:</button>"
                   f"<div style='display:none'><ul><li>{C1}</li></ul></div>" + META)
    assert record.source_categories == ["Arrests", "Web Stings"]
    assert [c.category for c in record.citations] == ["Arrests", "Web Stings"]


def test_post_tags_after_the_sources_are_not_citations_but_tactic_tags_are_tactics():
    record = parse("<h2>Tactics Used</h2><p><a rel='tag' href='/tactic/cameras/'>Cameras</a>, "
                   "<a rel='tag' href='/tactic/letters/'>Letters</a></p>" + NARRATIVE + META + SOURCES
                   + "<footer class='entry-footer'><a rel='tag'>#Cameras</a> <a rel='tag'>#Letters</a></footer>")
    assert record.tactics == ["cameras", "letters"]
    assert len(record.citations) == 1


def test_page_laid_out_in_tables():
    record = parse("<table width='100%'><tr><td><p><b>Tactics Used</b><br>Reverse stings<br>Shaming</p>"
                   f"{NARRATIVE}{META}</td></tr></table>")
    assert record.tactics == ["reverse-stings", "identity-disclosure"]
    assert (len(record.narrative), record.state) == (1, "Illinois")


def test_short_tactics_label_over_a_link_column_yields_to_the_full_label():
    record = parse("<div><b>Tactics</b><br><a href='/tactic/auto-seizure/'>Auto seizure</a><br>"
                   "<a href='/tactic/cameras/'>Cameras</a></div>" + TACTICS + NARRATIVE + META)
    assert record.tactics == ["reverse-stings"]


def test_labels_drawn_as_images():
    record = parse(TACTICS + NARRATIVE + "<p><img alt='Key Partners' src='kp.png'></p><ul><li>Police</li></ul>"
                   f"<p><img alt='Key Sources' src='ks.png'></p><p><em>Web Stings:</em></p><ul><li>{C1}</li></ul>" + META)
    assert [p.name for p in record.key_partners] == ["Police"]
    assert record.source_categories == ["Web Stings"]


def test_heading_of_a_metadata_column_is_not_a_narrative_heading():
    record = parse("<div><h2>At a glance</h2><ul><li><strong>State:</strong> Illinois</li>"
                   "<li><strong>Type:</strong> City</li></ul></div>" + TACTICS + NARRATIVE)
    assert record.narrative[0].heading is None and record.state == "Illinois"


def test_amp_iframe_map():
    record = parse(TACTICS + NARRATIVE + META + "<p>Location</p><amp-iframe src='https://maps.google.com/maps?q=39.78,-89.65&z=12'></amp-iframe>")
    assert (record.location.lat, record.location.lng) == (39.78, -89.65)


def test_tag_cloud_separated_by_spaces_only():
    record = parse("<h2>Tactics Used</h2><p class='wp-block-tag-cloud'><a>Buyer Arrests</a>\n<a>Web Stings</a></p>"
                   + NARRATIVE + META)
    assert record.tactics == ["buyer-arrests", "web-stings"] and "tactics/unknown-tactic" not in codes(record)


# Round 2 (fixtures/pages/rt2-*.html)

def test_word_table_cells_hold_paragraphs():
    rows = ("<tr><td><p>Auto Seizure</p></td><td><p>✓</p></td></tr>"
            "<tr><td><p>Cameras</p></td><td><p></p></td></tr>")
    record = parse(f"<h2>Tactics Used</h2><table>{rows}</table>" + NARRATIVE + META)
    assert record.tactics == ["auto-seizure"] and "tactics/unknown-tactic" not in codes(record)


def test_word_typed_list_numbers_before_citations():
    record = parse(TACTICS + NARRATIVE + "<h2>Key Sources</h2><p><b>Arrests:</b></p>"
                   "<p>1.\u00a0\u00a0 “Sting Nets 9,” The Day, June 3 2007.</p>" + META)
    assert (record.citations[0].outlet, record.citations[0].text) == ("The Day", "“Sting Nets 9,” The Day, June 3 2007.")


def test_tactic_names_with_an_expansion_or_a_count():
    record = parse("<h2>Tactics Used</h2><ul><li>Auto Seizure</li><li>SOAP (Stay Out of Areas of Prostitution) "
                   "Orders</li><li>Reverse Stings (3)</li></ul>" + NARRATIVE + META)
    assert record.tactics == ["auto-seizure", "soap-orders", "reverse-stings"]


def test_metadata_on_one_line_split_by_bars():
    for line in ("State: Illinois | Type: City | Population: 1.2 million",
                 "State Illinois | Type City | Population 1.2 million"):
        record = parse(TACTICS + NARRATIVE + f"<p>{line}</p>")
        assert (record.state, record.type, record.population) == ("Illinois", "City", 1_200_000)


def test_coordinates_in_json_attributes_and_map_embeds():
    for widget in ("<div data-points='[{\"coordinates\":{\"longitude\":-89.6501,\"latitude\":39.7817}}]'></div>",
                   "<div data-settings='{\"map_start_lat\":\"39.7817\",\"map_start_lng\":\"-89.6501\"}'></div>",
                   "<span itemprop='latitude' content='39.7817'></span><span itemprop='longitude' content='-89.6501'></span>",
                   "<iframe src='https://www.google.com/maps/embed?pb=!1m18!1d48012!2d-89.6501!3d39.7817!2m3'></iframe>"):
        record = parse(TACTICS + NARRATIVE + META + "<p>Location</p>" + widget)
        assert (record.location.lat, record.location.lng) == (39.7817, -89.6501), widget


def test_what_may_follow_a_date_or_precede_it():
    record = parse(TACTICS + NARRATIVE + "<h2>Key Sources</h2><p>Arrests:</p><ul>"
                   "<li>“A,” <em>The Tennessean</em>, April 9, 2004, p. 1B.</li>"
                   "<li>“B,” The Buffalo News, Thursday, August 14, 2003.</li>"
                   "<li>“C” – Stamford Advocate – May 2, 2014</li>"
                   "<li>WJAR NBC 10, “D,” June 11 2014.</li></ul>" + META)
    assert [(c.headline, c.outlet, c.date) for c in record.citations] == [
        ("A", "The Tennessean", "2004-04-09"), ("B", "The Buffalo News", "2003-08-14"),
        ("C", "Stamford Advocate", "2014-05-02"), ("D", "WJAR NBC 10", "2014-06-11")]


def test_repeater_field_names_in_key_sources():
    record = parse(TACTICS + NARRATIVE + "<h2>Key Sources</h2><div><label>Category</label><div>Web Stings:</div></div>"
                   "<div><label>Citations</label><ul><li>“S,” The Day, June 3 2007.</li></ul></div>" + META)
    assert record.source_categories == ["Web Stings"]
    assert [(c.category, c.headline) for c in record.citations] == [("Web Stings", "S")]


def test_tactics_as_linked_icons():
    icons = "".join(f"<a href='/tactic/{slug}/'><img src='/{slug}.png' alt='{name}'></a>"
                    for slug, name in (("auto-seizure", "Auto Seizure"), ("web-stings", "Web Stings")))
    for layout in (icons.replace("</a><a", "</a><br><a"), icons):
        record = parse(f"<h2>Tactics Used</h2><div>{layout}</div>" + NARRATIVE + META)
        assert record.tactics == ["auto-seizure", "web-stings"]


# Round 3 (fixtures/pages/rt3-*.html)

def test_three_column_tactics_table_reads_only_the_mark_column():
    rows = ("<tr><th>Tactics Used</th><th>Used</th><th>Notes</th></tr><tr><td>Cameras</td><td></td><td>proposed</td></tr>"
            "<tr><td>Letters</td><td>✓</td><td></td></tr><tr><td>Web Stings</td><td>Planned</td></tr>")
    assert parse(f"<p>Categories:</p><table>{rows}</table>" + NARRATIVE + META).tactics == ["letters"]


def test_short_paragraph_after_a_br_list_of_tactics_is_narrative():
    record = parse("<h2>Tactics Used</h2><p>Letters<br>Cameras</p><p>Police made 12 arrests in 2009</p>" + NARRATIVE + META)
    assert record.tactics == ["letters", "cameras"]
    assert [p.text for p in record.narrative][0] == "Police made 12 arrests in 2009"


def test_short_sentence_without_period_is_not_a_subheading():
    record = parse(TACTICS + "<p>Cameras were installed in 2005</p>" + NARRATIVE + META)
    assert [(p.heading, p.text) for p in record.narrative] == [(None, "Cameras were installed in 2005"),
                                                                (None, NARRATIVE[3:-4])]


def test_units_as_dash_lines_inside_an_agency_item_and_a_colon_after_the_agency():
    record = parse(TACTICS + NARRATIVE + "<p><strong>Key Partners</strong></p><ul><li>Sheriff’s Office<br>– Vice Unit"
                   "<br>– Patrol Division</li><li>Prosecutor’s Office:<ul><li>Vice Unit</li></ul></li></ul>" + META)
    assert [(p.name, p.units) for p in record.key_partners] == [
        ("Sheriff’s Office", ["Vice Unit", "Patrol Division"]), ("Prosecutor’s Office", ["Vice Unit"])]


def test_population_not_given_is_null_without_a_warning():
    record = parse(TACTICS + NARRATIVE + "<p>State Illinois</p><p>Population N/A</p>")
    assert record.population is None and "metadata/population-unparsed" not in codes(record)


def test_units_under_a_bold_agency_in_the_same_item():
    record = parse(TACTICS + NARRATIVE + "<h2>Key Partners</h2><ul><li><strong>Sheriff’s Office</strong><br>Vice Unit"
                   "<br>Patrol</li><li>District Attorney<br>Mayor’s Office</li></ul>" + META)
    assert [(p.name, p.units) for p in record.key_partners] == [
        ("Sheriff’s Office", ["Vice Unit", "Patrol"]), ("District Attorney", []), ("Mayor’s Office", [])]


# Round 4 (fixtures/pages/rt4-waterbury-*.html: the seed page in ten markups)

def test_print_view_title_and_byline():
    from parsers import parse_profile
    page = ("<html><head><title>Demand Forum  &raquo; Springfield, IL</title></head><body>"
            "<p id='BlogTitle'>Springfield, IL</p><p>Posted By admin On June 12, 2020 @ 2:03 pm In Sites | Comments Disabled</p>"
            + TACTICS + "<p>By 2010, police had arrested 40 men.</p>" + META + "</body></html>").encode()
    record = parse_profile(page, url="https://demand-forum.org/site/springfield-il/")
    assert (record.name, record.place) == ("Springfield, IL", "Springfield")
    assert [p.text for p in record.narrative] == ["By 2010, police had arrested 40 men."]


def test_table_of_contents_and_share_buttons_are_not_narrative():
    toc = ("<div id='ez-toc-container'><p class='ez-toc-title'>Table of Contents</p><span><a href='#'>Toggle</a></span>"
           "<nav><ul><li><a href='#t'>Tactics Used</a></li></ul></nav></div>")
    share = "<div class='printfriendly pf-button'><a href='#'><img alt='Print Friendly, PDF &amp; Email' src='x.png'></a></div>"
    record = parse(share + toc + TACTICS + NARRATIVE + META)
    assert [(p.heading, p.text) for p in record.narrative] == [(None, NARRATIVE[3:-4])]


def test_openstreetmap_embeds_and_links():
    for widget in ("<iframe src='https://www.openstreetmap.org/export/embed.html?bbox=1&amp;marker=39.7817%2C-89.6501'></iframe>",
                   "<a href='https://www.openstreetmap.org/?mlat=39.7817&amp;mlon=-89.6501#map=15'>View Larger Map</a>"):
        record = parse(TACTICS + NARRATIVE + META + "<p>Location</p>" + widget)
        assert (record.location.lat, record.location.lng) == (39.7817, -89.6501), widget


def test_a_slug_ending_in_two_letters_that_are_no_state_is_not_a_mismatch():
    assert "consistency/state-mismatch" not in codes(parse(TACTICS + NARRATIVE + META, slug="springfield-dl"))


def test_metadata_in_spans_with_nothing_between():
    record = parse(TACTICS + NARRATIVE + "<div><span>State</span><span>Illinois</span></div>"
                   "<div><span>Type</span><span>City</span></div><div><span>Population</span><span>114394</span></div>")
    assert (record.state, record.type, record.population) == ("Illinois", "City", 114394)


def test_emoji_crosses_are_not_marks_and_invisible_characters_vanish():
    rows = ("<tr><td>Cameras</td><td><img class='emoji' alt='❌' src='x.svg'></td></tr>"
            "<tr><td>Letters</td><td>✖\ufe0f</td></tr><tr><td>Web Stings</td><td>✔\ufe0f</td></tr>")
    record = parse(f"<h2>Tactics Used</h2><table>{rows}</table><p>Spring&shy;field is the ca&#8203;pital.</p>" + META)
    assert record.tactics == ["web-stings"]
    assert record.narrative[0].text == "Springfield is the capital."


def test_open_comments_author_box_and_popups_are_not_the_profile():
    record = parse(TACTICS + NARRATIVE + META + SOURCES + "<div class='modal'><p>Subscribe: Web Stings weekly</p></div>"
                   "<h3>3 thoughts on “Springfield, IL”</h3><ol><li>Great work on the “Stings,” Bob, 2012.</li></ol>")
    assert len(record.citations) == 1 and record.tactics == ["reverse-stings"]


# Round 5 (fixtures/pages/rt5-*.html: 2012-2016 themes, pages as a crawler meets them)

def test_leave_a_reply_link_under_the_title_does_not_end_the_article():
    record = parse("<div class='comments-link'><a href='#respond'>Leave a reply</a></div><p>Leave a comment</p>"
                   + TACTICS + NARRATIVE + META)
    assert (record.tactics, len(record.narrative), record.state) == (["reverse-stings"], 1, "Illinois")


def test_relative_citation_links_resolve_against_base_href_and_self_links_are_dropped():
    from parsers import parse_profile
    from tests.pagekit import article
    page = article(TACTICS + NARRATIVE + "<h2>Key Sources</h2><p>Arrests:</p><ul>"
                   "<li><a href='files/x.pdf'>“A,”</a> Register, May 3 2015.</li>"
                   "<li>“B,” WTNH, <a href='site/springfield-il/'>August 2009</a>.</li></ul>" + META)
    page = page.replace(b"</head>", b"<base href='https://demandforum.net/'></head>")
    record = parse_profile(page, url="https://demand-forum.org/site/springfield-il/")
    assert [c.url for c in record.citations] == ["https://demandforum.net/files/x.pdf", None]


def test_canonical_on_the_old_domain_names_this_site():
    from parsers import parse_profile
    from tests.pagekit import article
    page = article(TACTICS + NARRATIVE + META).replace(
        b"</head>", b"<link rel='canonical' href='http://demandforum.net/site/springfield-il/'></head>")
    for url in ("https://demand-forum.org/site/x/", None):
        record = parse_profile(page, url=url, reference_date=date(2026, 11, 28))
        assert (record.url, record.warnings) == ("https://demand-forum.org/site/springfield-il/", [])


def test_widget_list_under_a_short_label_does_not_replace_the_pages_own_tactics():
    page = parse("<center><b>Buyer Arrests</b></center><div>Reverse stings<br>Shaming</div>" + NARRATIVE + META
                 + "<div id='widgets'><div class='widget-title'>Tactics</div><ul><li>Cameras</li></ul></div>")
    assert page.tactics == ["buyer-arrests", "reverse-stings", "identity-disclosure"]


def test_hidden_spam_and_style_hidden_duplicates_are_not_read():
    record = parse("<style>.dup{display:none}</style><div style='display:none'>купить диплом “X”</div>"
                   f"<div class='dup'>{NARRATIVE}</div>" + TACTICS + NARRATIVE + META
                   + "<div class='wp-video'><video><a href='v.mp4'>https://x.example/v.mp4</a></video></div>")
    assert [p.text for p in record.narrative] == [NARRATIVE[3:-4]]


def test_a_place_title_with_only_a_state_line_is_a_profile():
    record = parse("<p>Reverse stings<br>Letters</p><p>Springfield is a city.</p><p>State: Illinois</p>")
    assert (record.tactics, record.state) == (["reverse-stings", "letters"], "Illinois")


# Round 6 (fixtures/pages/rt6-*.html: what must be refused, and what must not)

def test_a_page_about_its_h1_is_not_a_profile_of_a_place_in_a_sub_heading():
    from parsers import NotAProfilePage, parse_profile
    page = ("<html><head><title>Reverse Stings – Demand Forum</title></head><body><article><h1>Reverse Stings</h1>"
            "<h2>Tactics Used</h2><ul><li>Letters</li></ul><h3>Waterbury, CT</h3><p>Police run stings.</p>"
            "</article></body></html>").encode()
    try:
        parse_profile(page, url="https://demand-forum.org/reverse-stings/")
        refused = None
    except NotAProfilePage as refusal:
        refused = refusal.code
    assert refused == "not-a-profile"


def test_a_badge_inside_the_title_heading():
    for heading in ("Springfield, IL <span class='badge'>Updated</span>", "<span class='badge'>New</span> Springfield, IL"):
        from parsers import parse_profile
        page = (f"<html><head><title>Springfield, Illinois – Demand Forum</title></head><body><article>"
                f"<h1>{heading}</h1>{TACTICS}{NARRATIVE}{META}</article></body></html>").encode()
        record = parse_profile(page, url="https://demand-forum.org/site/springfield-il/")
        assert (record.name, record.state_code) == ("Springfield, IL", "IL"), heading


def test_prose_opening_with_a_bold_label_word_is_not_metadata():
    record = parse(TACTICS + "<p><strong>State</strong> laws vary.</p>" + NARRATIVE + META)
    assert record.state == "Illinois" and "metadata/unknown-state" not in codes(record)


def test_a_lead_in_line_over_the_tactics_list():
    record = parse("<h2>Tactics Used</h2><p>These tactics:</p><ul><li>Auto Seizure</li><li>Letters</li></ul>"
                   + NARRATIVE + META)
    assert record.tactics == ["auto-seizure", "letters"]


def test_thousands_of_lead_in_lines_do_not_recurse():
    record = parse("<h2>Tactics Used</h2>" + "<p>Note:</p>" * 3000 + "<ul><li>Letters</li></ul>" + NARRATIVE + META)
    assert record.tactics == []


# Round 7 (issue 14): where the profile ends.
PARTNERS = "<h2>Key Partners</h2>"


def test_a_flat_agency_list_set_in_two_columns_stays_flat_before_the_post_meta():
    columns = ("<div class='wp-block-columns'><div class='wp-block-column'><ul><li>Police Department</li>"
               "<li>Sheriff’s Office</li></ul></div><div class='wp-block-column'><ul><li>District Attorney</li></ul>"
               "</div></div><div class='wp-block-group'><p>Posted</p><div><time>June 30, 2026</time></div><p>in</p>"
               "<div><a href='/category/illinois/' rel='category tag'>Illinois</a></div><p>by</p>"
               "<p><a href='/author/editor/'>Demand Forum</a></p><h2>Comments</h2></div>")
    record = parse(TACTICS + NARRATIVE + SOURCES + META + PARTNERS + columns)
    assert [(p.name, p.units) for p in record.key_partners] == [
        ("Police Department", []), ("Sheriff’s Office", []), ("District Attorney", [])]


def test_a_counted_tactics_widget_is_not_the_tactics_but_counts_under_tactics_used_are():
    widget = "<h4>Tactics</h4><ul>" + "".join(f"<li><a href='/tactic/x/'>{t}</a> ({n})</li>"
                                              for t, n in (("Cameras", 402), ("Letters", 143))) + "</ul>"
    assert parse(NARRATIVE + SOURCES + META + widget).tactics == []
    assert parse("<h2>Tactics Used</h2><ul><li>Letters (3)</li></ul>" + NARRATIVE + META).tactics == ["letters"]


def test_a_year_in_parentheses_is_a_citation_not_a_widget_count():
    record = parse(TACTICS + NARRATIVE + "<h2>Key Sources</h2><p>Arrests:</p><ul><li>Program Review (2018)</li>"
                   "<li>Coalition Against Trafficking</li></ul>" + META)
    assert [(c.headline, c.date) for c in record.citations] == [("Program Review", "2018"),
                                                               (None, None)]


def test_an_author_box_above_view_all_posts_is_chrome():
    box = ("<h4>Editorial Team</h4><div>The editorial team compiles location profiles from news reports and "
           "agency documents.</div><div><a href='/author/team/'>View all posts</a></div>")
    record = parse(TACTICS + NARRATIVE + META + "<h2>Key Sources</h2><p>Arrests:</p>"
                   f"<ul><li>{C1}</li></ul>" + box)
    assert record.source_categories == ["Arrests"] and len(record.citations) == 1


def test_anchor_links_and_field_names_are_not_chrome():
    record = parse(TACTICS + NARRATIVE + "<h2>Key Sources</h2><div>Category</div><h3><a href='#a'>#</a> Arrests:</h3>"
                   f"<ul><li>{C1}</li></ul>" + META)
    assert record.source_categories == ["Arrests"] and len(record.citations) == 1


def test_narrative_in_a_column_after_key_sources_and_after_metadata():
    prose = ("<h3>Web Stings</h3><p>Police began answering online advertisements in 2015. Buyers were arrested "
             "in hotel rooms near the interstate.</p>")
    record = parse(TACTICS + SOURCES + META + prose)
    assert [(p.heading, p.text[:16]) for p in record.narrative] == [("Web Stings", "Police began ans")]
    assert record.source_categories == ["Arrests"] and len(record.citations) == 1


def test_a_sparse_profile_is_a_record_and_a_bare_place_page_without_prose_is_not():
    from parsers import NotAProfilePage, parse_profile
    from tests.pagekit import article
    prose = "<p>" + "Springfield police have answered complaints about street prostitution for years. " * 2 + "</p>"
    record = parse_profile(article(prose), url="https://demand-forum.org/site/springfield-il/",
                           reference_date=date(2026, 11, 28))
    assert len(record.narrative) == 1 and {"tactics/no-tactics", "metadata/no-metadata"} <= set(codes(record))
    try:
        parse_profile(article("<p>Short.</p>"), url="https://demand-forum.org/site/springfield-il/")
        refused = None
    except NotAProfilePage as refusal:
        refused = refusal.code
    assert refused == "not-a-profile"


def test_text_bullets_nest_only_where_they_differ_from_the_agencies():
    flat = parse(TACTICS + NARRATIVE + META + "<h2>Key Partners</h2><p>- Police Department<br>- Sheriff’s Office</p>")
    assert [(p.name, p.units) for p in flat.key_partners] == [("Police Department", []), ("Sheriff’s Office", [])]
    nested = parse(TACTICS + NARRATIVE + META + "<h2>Key Partners</h2><p>• Police Department<br>◦ Vice Unit<br>"
                   "• Sheriff’s Office</p>")
    assert [(p.name, p.units) for p in nested.key_partners] == [("Police Department", ["Vice Unit"]),
                                                               ("Sheriff’s Office", [])]


# Round 7c: the site's own voice, reading lists and counters around the profile.
def test_the_site_speaking_to_its_reader_is_not_narrative():
    quoted = "<p>“We will keep arresting buyers,” the chief said after the 2012 sting, which netted nine men.</p>"
    boxes = ("<p>Once a month we send a short summary of the profiles we have added.</p>"
             "<p><em>Demand Forum profiles are compiled from published news reports.</em></p>")
    record = parse(TACTICS + NARRATIVE + quoted + boxes + META + SOURCES)
    assert [p.text[:20] for p in record.narrative] == [NARRATIVE[3:23], "“We will keep arrest"]
    after_the_sources = parse(TACTICS + NARRATIVE + META + SOURCES + "<h2>Get new profiles by email</h2>" + boxes)
    assert after_the_sources.narrative == record.narrative[:1] and len(after_the_sources.citations) == 1


def test_a_further_reading_list_and_a_donate_button_after_key_sources_are_not_sources():
    reading = ("<h3>Further reading</h3><ul><li><a href='/web-stings/'>How web stings work, Demand Forum, 2023</a></li>"
               "</ul><div><a href='/donate/'>Donate</a></div>")
    record = parse(TACTICS + NARRATIVE + META + SOURCES + reading)
    assert record.source_categories == ["Arrests"] and len(record.citations) == 1 and record.warnings == []


def test_counters_under_the_title_are_chrome_but_a_population_on_its_own_line_is_not():
    record = parse("<div>1218</div><div>0</div><div>Share</div>" + TACTICS + NARRATIVE
                   + "<p><strong>State</strong></p><p>Illinois</p><p><strong>Population</strong></p><p>114394</p>")
    assert record.population == 114394 and [p.text for p in record.narrative] == [NARRATIVE[3:-4]]


def test_wordpress_archives_and_search_results_are_listings_even_with_one_profile():
    from parsers import NotAProfilePage, parse_profile
    from tests.pagekit import article
    for kind in ("archive category category-vermont", "search search-results"):
        page = article(TACTICS + NARRATIVE + META).replace(b"<body>", f"<body class='{kind}'>".encode())
        try:
            parse_profile(page, url="https://demand-forum.org/site/springfield-il/")
            refused = None
        except NotAProfilePage as refusal:
            refused = refusal.code
        assert refused == "listing-page", kind


# Round 8b (fixtures/pages/rt8-*.html): sub-headed narrative after Key Sources, author boxes inside the
# content, italic headlines, reading-time lines, partners in one comma-separated run.
PROSE = ("Springfield police have used decoys on Dixie Avenue since 2003. Operations run for two nights and "
         "produce about a dozen arrests.")
ONE_SENTENCE = "Under a 2006 city ordinance, cars used to solicit are towed and held until the owner pays a fee."
SUB_HEADINGS = {
    "classic": "<h3>{}</h3>",
    "block": "<h4 class='wp-block-heading'>{}</h4>",
    "bold paragraph": "<p><strong>{}</strong></p>",
    "builder": "<div class='elementor-widget-heading'><div class='elementor-widget-container'>"
               "<h2 class='elementor-heading-title'>{}</h2></div></div>",
}


@pytest.mark.parametrize("sub_heading", SUB_HEADINGS.values(), ids=SUB_HEADINGS)
def test_a_one_sentence_paragraph_under_a_sub_heading_after_key_sources_is_narrative(sub_heading):
    record = parse(TACTICS + META + SOURCES + sub_heading.format("Reverse Stings") + f"<p>{PROSE}</p>"
                   + sub_heading.format("Auto Seizure Program") + f"<div><p>{ONE_SENTENCE}</p></div>")
    assert [(p.heading, p.text) for p in record.narrative] == [("Reverse Stings", PROSE),
                                                               ("Auto Seizure Program", ONE_SENTENCE)]
    assert record.source_categories == ["Arrests"] and len(record.citations) == 1


def test_a_citation_under_a_heading_after_the_narrative_stays_a_citation():
    citation = "Police begin seizing the cars of men who solicit on Dixie Avenue, The Blade, March 8 2004."
    record = parse(TACTICS + META + SOURCES + f"<h3>Reverse Stings</h3><p>{PROSE}</p><h4>Auto Seizure</h4>"
                   f"<p>{citation}</p>")
    assert [p.heading for p in record.narrative] == ["Reverse Stings"]
    assert record.source_categories == ["Arrests", "Auto Seizure"] and record.citations[1].text == citation


BIO = "Marisa Quell coordinates the location research for the project and writes about policing in Ohio."
AUTHOR_BOXES = {
    # twentysixteen/template-parts/biography.php, printed inside .entry-content
    "twenty sixteen": ("<div class='author-info'><div class='author-avatar'><img alt='' src='/a.jpg'></div>"
                       "<div class='author-description'><h2 class='author-title'><span class='author-heading'>"
                       f"Author:</span> Marisa Quell</h2><p class='author-bio'>{BIO} <a class='author-link' "
                       "href='/author/mquell/' rel='author'>View all posts by Marisa Quell</a></p></div></div>"),
    # a child theme that hides 'Author:' for screen readers only: the heading is a bare name
    "screen-reader heading": ("<div class='author-info'><div class='author-description'><h2 class='author-title'>"
                              "<span class='author-heading screen-reader-text'>Author:</span> Marisa Quell</h2>"
                              f"<p class='author-bio'>{BIO}</p></div></div>"),
    # the same box rebuilt in a page builder's anonymous divs
    "builder": (f"<div class='x-el'><h4>Author: Marisa Quell</h4><p>{BIO}</p></div>"),
    "bio closed by its link": (f"<div class='x-el'><h4>About Marisa Quell</h4><p>{BIO} <a href='/author/mquell/'>"
                               "View all posts by Marisa Quell <span>→</span></a></p></div>"),
    "published by": f"<div><h2>Published by Marisa Quell</h2><p>{BIO}</p></div>",
}


@pytest.mark.parametrize("box", AUTHOR_BOXES.values(), ids=AUTHOR_BOXES)
def test_an_author_box_inside_the_content_after_key_partners_is_chrome(box):
    partners = ("<h2>Key Partners</h2><ul><li>Springfield Police Department<ul><li>Vice Unit</li></ul></li>"
                "<li>Dixie Avenue Block Watch</li></ul>")
    record = parse(TACTICS + NARRATIVE + META + SOURCES + partners + box)
    assert [(p.name, p.units) for p in record.key_partners] == [("Springfield Police Department", ["Vice Unit"]),
                                                               ("Dixie Avenue Block Watch", [])]
    assert [p.text for p in record.narrative] == [NARRATIVE[3:-4]]


ITALIC_HEADLINES = {
    "em in an item": "<ul><li><em>Hotel Sting Leads to Six Arrests</em>, Kettle Falls Messenger, May 3 2019.</li></ul>",
    "i in br lines": (f"<p>{C1}<br><i>Hotel Sting Leads to Six Arrests</i>, Kettle Falls Messenger, May 3 2019.</p>"),
    "cite, linked": ("<ul><li><a href='https://news.example/sting'><cite>Hotel Sting Leads to Six Arrests</cite></a>, "
                     "Kettle Falls Messenger, May 3 2019.</li></ul>"),
    "comma inside the italics": "<ul><li><em>Hotel Sting Leads to Six Arrests,</em> Kettle Falls Messenger, "
                                "May 3 2019.</li></ul>",
}


@pytest.mark.parametrize("markup", ITALIC_HEADLINES.values(), ids=ITALIC_HEADLINES)
def test_an_italic_headline_before_the_outlet_and_date(markup):
    record = parse(TACTICS + NARRATIVE + META + "<h2>Key Sources</h2><p>Sex Buyer Arrests:</p>" + markup)
    citation = record.citations[-1]
    assert (citation.headline, citation.outlet, citation.date) == (
        "Hotel Sting Leads to Six Arrests", "Kettle Falls Messenger", "2019-05-03")
    assert record.warnings == []


def test_italics_that_are_not_a_leading_headline_change_nothing():
    lines = ["<em>The Blade</em>, March 8 2004.",  # no outlet after the italics: headline or outlet?
             "Police Seize Cars, <em>The Blade</em>, March 8 2004.",  # italics inside the line
             "“Decoys Net 12,” <em>The Blade</em>, March 8 2004."]  # the quotes mark the headline
    record = parse(TACTICS + NARRATIVE + META + "<h2>Key Sources</h2><p>Arrests:</p><ul>"
                   + "".join(f"<li>{line}</li>" for line in lines) + "</ul>")
    assert [(c.headline, c.outlet) for c in record.citations] == [(None, None), (None, None),
                                                                  ("Decoys Net 12", "The Blade")]


READING_TIMES = {
    "reading time wp": "<span class='rt-reading-time'><span class='rt-label'>Reading Time: </span> <span>4</span> "
                       "<span>minutes</span></span>",
    "yoast": "<p class='yoast-reading-time__wrapper'>Estimated reading time: 3 minutes</p>",
    "theme meta": "<div class='x-el'><span>5 min read</span></div>",
}


@pytest.mark.parametrize("line", READING_TIMES.values(), ids=READING_TIMES)
def test_a_reading_time_line_before_the_unlabelled_narrative_is_chrome(line):
    record = parse(TACTICS + META + SOURCES + line + f"<p>{PROSE}</p>")
    assert [(p.heading, p.text) for p in record.narrative] == [(None, PROSE)]
    under_the_title = parse(line + TACTICS + NARRATIVE + META + SOURCES)
    assert [(p.heading, p.text) for p in under_the_title.narrative] == [(None, NARRATIVE[3:-4])]


PARTNER_RUNS = {
    "bold label in a paragraph": "<p><strong>Key Partners:</strong> {}</p>",
    "plain label": "<p>Key Partners: {}</p>",
    "paragraph under the label": "<h2>Key Partners</h2><p>{}</p>",
    "definition list": "<dl><dt>Key Partners</dt><dd>{}</dd></dl>",
}


@pytest.mark.parametrize("markup", PARTNER_RUNS.values(), ids=PARTNER_RUNS)
def test_partners_in_one_comma_separated_run_are_split_when_each_part_is_an_agency(markup):
    def partners(run: str) -> list[str]:
        record = parse(TACTICS + NARRATIVE + META + SOURCES + markup.format(run))
        return [p.name for p in record.key_partners]
    assert partners("Lynnfield Police Department, Hale County Sheriff’s Office") == [
        "Lynnfield Police Department", "Hale County Sheriff’s Office"]
    assert partners("Lynnfield Police Department; the FBI; and Hale County Sheriff’s Office.") == [
        "Lynnfield Police Department", "the FBI", "Hale County Sheriff’s Office"]
    # A part that is no agency on its own (a place, 'Inc.') keeps the line one name.
    assert partners("Office of the Sheriff, Hale County") == ["Office of the Sheriff, Hale County"]
    assert partners("Shared Hope International, Inc.") == ["Shared Hope International, Inc."]


def test_a_list_item_is_one_partner_commas_and_all():
    record = parse(TACTICS + NARRATIVE + META + SOURCES + "<h2>Key Partners</h2><ul><li>Federal Bureau of "
                   "Investigation, Cleveland Division</li><li>Lynnfield Police Department</li></ul>")
    assert [p.name for p in record.key_partners] == ["Federal Bureau of Investigation, Cleveland Division",
                                                     "Lynnfield Police Department"]


def test_a_run_of_units_after_a_text_bullet_stays_units():
    record = parse(TACTICS + NARRATIVE + META + "<h2>Key Partners</h2><p>• Police Department<br>◦ Vice Unit, "
                   "Patrol Division<br>• Sheriff’s Office, FBI</p>")
    assert [(p.name, p.units) for p in record.key_partners] == [
        ("Police Department", ["Vice Unit", "Patrol Division"]), ("Sheriff’s Office", []), ("FBI", [])]


# Round 8a (fixtures/pages/rt8-*.html): builder layouts. More builders' markups: tests/test_builder_layouts.py.
def test_siteorigin_blocks_named_widget_in_the_post_are_the_profile_and_a_category_source_table():
    def panel(title, content):
        return (f"<div class='so-panel widget widget_sow-editor'><h3 class='widget-title'>{title}</h3>"
                f"<div class='textwidget'>{content}</div></div>")
    table = ("<table><thead><tr><th>Category</th><th>Source</th></tr></thead>"
             f"<tr><td>Arrests</td><td>{C1}</td></tr></table>")
    record = parse("<div class='panel-layout'>" + panel("", NARRATIVE) + panel("Tactics Used", "<ul><li>Letters</li></ul>")
                   + panel("Details", "<table><tr><td>State</td><td>Illinois</td></tr></table>")
                   + panel("Key Sources", table) + "</div>")
    assert record.tactics == ["letters"] and record.state == "Illinois" and len(record.narrative) == 1
    assert [(c.category, c.outlet, c.text) for c in record.citations] == [("Arrests", "Daily News", C1)]


def test_tab_titles_in_a_strip_head_the_panels_after_it():
    titles = "".join(f"<li class='kt-title-item'><a href='#t{i}'><span>{t}</span></a></li>"
                     for i, t in enumerate(["Overview", "Tactics Used", "Key Sources"]))
    panels = "".join(f"<div class='kt-tab-inner-content'>{p}</div>" for p in (NARRATIVE, "<ul><li>Letters</li></ul>",
                                                                            f"<p>Arrests:</p><ul><li>{C1}</li></ul>"))
    record = parse(f"<div class='kt-tabs-wrap'><ul class='kt-tabs-title-list'>{titles}</ul>"
                   f"<div class='kt-tabs-content-wrap'>{panels}</div></div>" + META)
    assert record.tactics == ["letters"] and record.source_categories == ["Arrests"] and len(record.citations) == 1
    assert [(p.heading, p.text) for p in record.narrative] == [(None, NARRATIVE[3:-4])]


def test_metadata_labels_in_one_column_and_values_in_the_next():
    def column(texts):
        return "<div class='tcb-flex-col'>" + "".join(f"<div class='thrv_text_element'><p>{t}</p></div>" for t in texts) + "</div>"
    record = parse(TACTICS + NARRATIVE + "<div class='thrv-columns'><div class='tcb-flex-row'>"
                   + column(["State", "Type", "Population"]) + column(["Illinois", "City", "114,394"]) + "</div></div>")
    assert (record.state, record.type, record.population) == ("Illinois", "City", 114394) and record.warnings == []


# Round 9b (fixtures/pages/rt9-*.html): the box that holds the metadata titled like a section, and
# narrative in a column beside Key Partners.
PARTNERS_9B = "<h2>Key Partners</h2><ul><li>Northfield Police Department</li><li>Dane County Sheriff’s Office</li></ul>"
METADATA_ROWS = ("<table><tr><td><strong>State</strong></td><td>Wisconsin</td></tr><tr><td><strong>Type</strong></td>"
                 "<td>City</td></tr><tr><td><strong>Population</strong></td><td>41498</td></tr></table>")


@pytest.mark.parametrize("box", [
    "<div class='tabs-item'><div class='tabs-item__header' tabindex='0'>Profile Facts</div>"
    "<div class='tabs-item__content'>{rows}</div></div>",
    "<details class='wp-block-details'><summary>Profile details</summary>{rows}</details>",
    "<div class='info-box'><h4 class='info-box-title'>At a glance</h4><div>{rows}</div></div>",
    "<section class='facts'><h3>Northfield at a glance</h3>{rows}</section>",
    "<p><strong>Quick facts:</strong></p>{rows}",
])
def test_the_title_of_the_box_holding_the_metadata_is_no_category_or_citation(box):
    record = parse(TACTICS + NARRATIVE + SOURCES + box.format(rows=METADATA_ROWS))
    assert record.source_categories == ["Arrests"] and len(record.citations) == 1
    assert (record.state, record.type, record.population) == ("Wisconsin", "City", 41498)
    assert not [w for w in record.warnings if w.code == "unrecognized-citation"]


def test_an_empty_last_category_before_the_metadata_is_kept():
    record = parse(TACTICS + NARRATIVE + SOURCES + "<p>Web Stings:</p>" + METADATA_ROWS)
    assert record.source_categories == ["Arrests", "Web Stings"]


@pytest.mark.parametrize("column", [
    "<div class='wp-block-column'>{paragraphs}</div>",
    "<div class='qubely-column'><div class='qubely-column-inner'>{paragraphs}</div></div>",
    "<div class='elementor-column'><div class='elementor-widget-text-editor'>{paragraphs}</div></div>",
])
def test_narrative_in_a_column_right_after_key_partners_is_narrative(column):
    paragraphs = ("<p>Northfield is a college town south of the capital. Police say most commercial sex there is "
                  "arranged online and takes place in motels near the highway.</p>"
                  "<p>Since 2016 the department has joined a regional web sting each summer. First-time buyers "
                  "may be sent to a one-day program run by a nonprofit.</p>"
                  "<p>In 2019 a city employee arrested in a sting resigned.</p>")
    record = parse(TACTICS + f"<div class='columns'><div class='wp-block-column'>{PARTNERS_9B}</div>"
                   + column.format(paragraphs=paragraphs) + "</div>" + SOURCES + META)
    assert [(p.name, p.units) for p in record.key_partners] == [
        ("Northfield Police Department", []), ("Dane County Sheriff’s Office", [])]
    assert [p.text[:20] for p in record.narrative] == ["Northfield is a coll", "Since 2016 the depar", "In 2019 a city emplo"]


# Round 9a (fixtures/pages/rt9-*.html): footnotes, sidebar facts, a <noscript> body, a header menu,
# checklists of all fifteen tactics, the time to read.
def test_footnote_references_and_back_links_are_neither_text_nor_part_of_a_citation():
    dated = ("“Sting Nets 12,” Daily News, June 3 2007.", "2007-06-03")
    core = ("<p>Police ran stings.<sup data-fn='a1' class='fn'><a href='#a1' id='a1-link'>1</a></sup> Men were "
            "fined.</p><h2>Key Sources</h2><ol class='wp-block-footnotes'><li id='a1'>{c} <a href='#a1-link' "
            "aria-label='Jump to footnote reference 1'>↩︎</a></li></ol>")
    classic = ("<p>Police ran stings.<a href='#easy-footnote-bottom-1'><sup>1</sup></a> Men were fined.</p>"
               "<h2>Key Sources</h2><ol><li><span id='easy-footnote-bottom-1'></span>{c}<a href='#fnref1'>↑</a></li></ol>")
    bracketed = ("<p>Police ran stings.<a href='#fn1'>[1]</a> Men were fined.</p><h2>Key Sources</h2>"
                 "<ol><li id='fn1'>{c} <a href='#ref1'>^</a></li></ol>")
    plain = "<p>Police ran stings. Men were fined.</p><h2>Key Sources</h2><ol><li>{c} ↩</li></ol>"
    for markup in (core, classic, bracketed, plain):
        record = parse(TACTICS + markup.format(c=dated[0]) + META)
        assert [p.text for p in record.narrative] == ["Police ran stings. Men were fined."], markup
        assert [(c.outlet, c.date, c.text) for c in record.citations] == [("Daily News", dated[1], dated[0])], markup


def test_a_citation_whose_date_is_not_at_its_end_says_so():
    record = parse(TACTICS + NARRATIVE + "<h2>Key Sources</h2><ul><li>“Sting Nets 12,” Daily News, June 3 2007 "
                   "(second edition, page 4)</li><li>“Sting on June 3 2007 Nets 12,” Daily News</li></ul>" + META)
    assert [c.date for c in record.citations] == [None, None]
    assert codes(record) == ["citations/date-not-read"]


def test_a_profile_only_inside_noscript_is_read_once_and_a_visible_one_wins():
    from parsers import parse_profile
    from tests.pagekit import REFERENCE_DATE, article
    body = TACTICS + NARRATIVE + SOURCES + META
    lazy = parse("<div class='jnews-lazy-content' data-src='/x/?ajax=1'></div><noscript>" + body + "</noscript>")
    assert lazy.tactics == ["reverse-stings"] and lazy.state == "Illinois" and len(lazy.citations) == 1
    assert [p.text for p in lazy.narrative] == [NARRATIVE[3:-4]]
    nested = parse("<noscript>" + body + "<noscript><p>Police say the nested fallback is never shown to anyone "
                   "at all. It repeats itself here.</p></noscript></noscript>")
    assert [p.text for p in nested.narrative] == [NARRATIVE[3:-4]]
    both = parse(body + "<noscript><h2>Tactics Used</h2><ul><li>Cameras</li></ul></noscript>")
    assert both.tactics == ["reverse-stings"]
    # a menu's 'Tactics' link outside is not a profile: the fallback still counts
    menu = "<ul class='jeg_menu'><li><a href='#'>Tactics</a></li></ul>"
    page = article("<noscript>" + body + "</noscript>", chrome=menu)
    record = parse_profile(page, url="https://demand-forum.org/site/springfield-il/", reference_date=REFERENCE_DATE)
    assert record.tactics == ["reverse-stings"] and record.state == "Illinois"


def test_share_counters_and_the_time_to_read_under_the_title_are_chrome():
    for header in ("<div><div>0</div><span>SHARES</span></div><div><div>87</div><span>VIEWS</span></div>",
                   "<span>0 Shares</span><span>1.2K Views</span>",
                   "<div class='wp-block-post-time-to-read'>4 minutes</div>",
                   "<div class='wp-block-post-time-to-read'>< 1 minute</div>", "<p>1 minute</p>"):
        record = parse(header + TACTICS + NARRATIVE + META)
        assert [p.text for p in record.narrative] == [NARRATIVE[3:-4]], header


def test_a_checklist_of_all_fifteen_tactics_counts_only_the_checked_ones():
    def tactics(items):
        return parse("<h2>Tactics Used</h2><ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
                     + NARRATIVE + META).tactics
    assert tactics(["☐ Auto Seizure", "✔ Cameras", "☐ Letters", "✔ John School"]) == ["cameras", "john-school"]
    assert tactics(["✘ Auto Seizure", "✓ Cameras", "✗ Letters"]) == ["cameras"]
    assert tactics(["Auto Seizure ❌", "Cameras ✅", "Letters ❌"]) == ["cameras"]
    assert tactics(["✔️ Cameras", "✔️ Letters"]) == ["cameras", "letters"]
    assert tactics(["✔ Cameras", "Letters"]) == ["cameras", "letters"]


def test_without_an_h1_the_site_header_menu_and_breadcrumb_are_not_the_article():
    from parsers import parse_profile
    from tests.pagekit import REFERENCE_DATE
    menu = ("<div class='kubio-menu'><ul><li><a href='/'>Home</a></li><li><a href='#'>Tactics</a><ul>"
            "<li><a href='/cameras/'>Cameras</a></li></ul></li><li><a href='/browse-locations/'>Browse Locations</a>"
            "</li></ul></div>")
    trails = ("<nav aria-label='Breadcrumb'><a href='/'>Home</a> / <span aria-current='page'>Springfield, IL</span></nav>",
              "<div class='kubio-breadcrumb'><a href='/'>Home</a> / <span>Springfield, IL</span></div>",
              "<p id='breadcrumbs'><a href='/'>Home</a> » <span>Springfield, IL</span></p>")
    for trail in trails:
        for header in (f"<header>{menu}{trail}</header>", f"<header>{trail}{menu}</header>"):
            page = (f"<html><head><title>Springfield, IL – Demand Forum</title></head><body>{header}<div class='content'>"
                    f"{TACTICS}{NARRATIVE}{META}</div></body></html>").encode()
            record = parse_profile(page, url="https://demand-forum.org/site/springfield-il/",
                                   reference_date=REFERENCE_DATE)
            assert record.name == "Springfield, IL" and record.tactics == ["reverse-stings"], header
            assert [p.text for p in record.narrative] == [NARRATIVE[3:-4]], header


def _sidebar_page(widgets: str, *, sidebar_first: bool, body: str = TACTICS + NARRATIVE + SOURCES) -> bytes:
    sidebar = f"<aside id='secondary' class='widget-area' role='complementary'>{widgets}</aside>"
    primary = f"<div id='primary'><article><h1>Springfield, IL</h1><div class='entry-content'>{body}</div></article></div>"
    return (f"<html><head><title>Springfield, IL – Demand Forum</title></head><body><div class='container'>"
            f"{sidebar if sidebar_first else ''}{primary}{'' if sidebar_first else sidebar}</div></body></html>").encode()


def test_a_facts_widget_in_the_sidebar_is_the_metadata_and_other_widgets_stay_chrome():
    from parsers import parse_profile
    from tests.pagekit import REFERENCE_DATE
    facts = ("<section class='widget widget_text'><h4 class='widget-title'>{title}</h4><div class='textwidget'><p>"
             "<strong>State:</strong> Illinois<br><strong>Type:</strong> City<br><strong>Population:</strong> 114394"
             "</p></div></section>")
    recent = ("<section class='widget'><h4 class='widget-title'>Recent Locations</h4><ul><li><a href='/site/x-il/'>"
              "Peoria, IL</a></li></ul><p>Peoria police run web stings every spring and publish the names of "
              "men arrested. The county runs a john school.</p></section>")
    for title, sidebar_first in (("Springfield at a glance", True), ("Springfield at a glance", False),
                                 ("Quick facts", True), ("Peoria, IL", True)):
        page = _sidebar_page(facts.format(title=title) + recent, sidebar_first=sidebar_first)
        record = parse_profile(page, url="https://demand-forum.org/site/springfield-il/", reference_date=REFERENCE_DATE)
        taken = title != "Peoria, IL"  # another place's widget is not this profile's
        assert (record.state, record.type, record.population) == (
            ("Illinois", "City", 114394) if taken else (None, None, None)), title
        assert [p.text for p in record.narrative] == [NARRATIVE[3:-4]] and len(record.citations) == 1, title
    from parsers.explain import explain_page
    shown = explain_page(_sidebar_page(facts.format(title="Quick facts"), sidebar_first=True))
    assert [label.status.removesuffix(" section.widget.widget_text") for label in shown.labels if label.section == "metadata"] == [
        "read as the place's facts widget"] * 3 and "metadata" not in shown.missing
    # the article's own metadata wins over a sidebar's
    page = _sidebar_page(facts.format(title="At a glance"), sidebar_first=True,
                         body=TACTICS + NARRATIVE + "<p>State Indiana</p><p>Type Town</p>")
    record = parse_profile(page, url="https://demand-forum.org/site/springfield-il/", reference_date=REFERENCE_DATE)
    assert (record.state, record.type) == ("Indiana", "Town")


def test_a_pullquote_repeating_the_text_is_not_a_paragraph_but_a_quote_is_narrative():
    said = ("<p>Residents told the council the street was “tired of being a marketplace.” The council paid for "
            "patrols.</p>")
    pulled = ("<figure class='wp-block-pullquote'><blockquote><p>“Tired of being a marketplace.”</p>"
              "<cite>East Ninth Street Block Club, 1994</cite></blockquote></figure>")
    classic = "<blockquote class='pullquote alignright'>Tired of being a marketplace</blockquote>"
    for quote in (pulled, classic):
        record = parse(TACTICS + said + quote + META)
        assert [p.text for p in record.narrative] == [said[3:-4]], quote
    unique = ("<blockquote class='wp-block-quote'><p>“People on Market Street need to see that we are answering "
              "them.”</p><cite>A police lieutenant</cite></blockquote>")
    record = parse(TACTICS + said + unique + pulled.replace("Tired of being", "Never again") + META)
    assert [p.text for p in record.narrative] == [
        said[3:-4], "“People on Market Street need to see that we are answering them.” A police lieutenant",
        "“Never again a marketplace.” East Ninth Street Block Club, 1994"]
