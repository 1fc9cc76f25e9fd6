from tests.pagekit import META, NARRATIVE, codes, parse


def test_list_in_page_order():
    record = parse("<h2>Tactics Used</h2><ul><li>Web Stings</li><li>Auto Seizure</li></ul>" + NARRATIVE + META)
    assert record.tactics == ["web-stings", "auto-seizure"]


def test_case_insensitive_and_old_names():
    record = parse("<h2>TACTICS USED:</h2><ul><li>reverse stings</li><li>Shaming</li><li>soap orders</li>"
                   "<li>I.T. Based Tactics</li></ul>" + NARRATIVE + META)
    assert record.tactics == ["reverse-stings", "identity-disclosure", "soap-orders", "it-based-tactics"]


def test_unknown_name_kept_slugified_with_warning():
    record = parse("<h2>Tactics Used</h2><ul><li>Auto Seizure</li><li>Billboards &amp; Signs</li></ul>"
                   + NARRATIVE + META)
    assert record.tactics == ["auto-seizure", "billboards-signs"]
    assert codes(record) == ["tactics/unknown-tactic"]


def test_table_uses_only_marked_rows():
    rows = ("<tr><th>Tactics Used</th><th></th></tr><tr><td>Auto Seizure</td><td>✓</td></tr>"
            "<tr><td>Cameras</td><td></td></tr><tr><td>Letters</td><td>✗</td></tr>"
            "<tr><td>John School</td><td><i class='fa fa-check'></i></td></tr>"
            "<tr><td>Web Stings</td><td><img src='/x.png' alt='yes'></td></tr>"
            "<tr><td>License Suspension</td><td><i class='fa fa-times'></i></td></tr>")
    record = parse(f"<p>Categories:</p><table>{rows}</table>" + NARRATIVE + META)
    assert record.tactics == ["auto-seizure", "john-school", "web-stings"]


def test_table_header_row_is_the_label():
    rows = "<tr><th>Tactics Used</th></tr><tr><td>Cameras</td><td>✓</td></tr>"
    assert parse(f"<table>{rows}</table>" + NARRATIVE + META).tactics == ["cameras"]


def test_older_sentence_case_without_label():
    record = parse("<p>Buyer Arrests<br>Reverse stings<br>Auto seizure<br>John school</p>" + NARRATIVE + META)
    assert record.tactics == ["buyer-arrests", "reverse-stings", "auto-seizure", "john-school"]
    assert [p.text for p in record.narrative] == [NARRATIVE[3:-4]]


def test_one_line_list():
    record = parse("<p><strong>Tactics Used:</strong> Auto Seizure, Reverse Stings; Web Stings</p>" + NARRATIVE + META)
    assert record.tactics == ["auto-seizure", "reverse-stings", "web-stings"]


def test_narrative_subheading_named_like_a_tactic_is_not_a_tactic():
    record = parse("<h2>Tactics Used</h2><ul><li>Auto Seizure</li><li>Reverse Stings</li></ul>"
                   "<h3>Reverse Stings</h3>" + NARRATIVE + "<h3>Auto Seizure Program</h3>" + NARRATIVE + META)
    assert record.tactics == ["auto-seizure", "reverse-stings"]
    assert [p.heading for p in record.narrative] == ["Reverse Stings", "Auto Seizure Program"]


def test_plain_lines_stop_at_a_repeated_name():
    record = parse("<p>Tactics Used</p><p>Auto Seizure</p><p>Reverse Stings</p><p>Reverse Stings</p>"
                   + NARRATIVE + META)
    assert record.tactics == ["auto-seizure", "reverse-stings"]
    assert record.narrative[0].heading == "Reverse Stings"


def test_menus_and_sidebars_repeating_tactic_names_are_ignored():
    chrome = "<nav><ul><li>Cameras</li><li>Letters</li></ul></nav><aside><h2>Tactics</h2><ul><li>Cameras</li></ul></aside>"
    record = parse("<h2>Tactics Used</h2><ul><li>Web Stings</li></ul>" + NARRATIVE + META, chrome=chrome)
    assert record.tactics == ["web-stings"]


def test_no_tactics_warns():
    record = parse(NARRATIVE + "<h2>Key Sources</h2>" + META)
    assert record.tactics == []
    assert "tactics/no-tactics" in codes(record)


def test_table_of_names_without_marks():
    rows = "<tr><td>Auto Seizure</td><td>Cameras</td><td>Letters</td></tr><tr><td>Web Stings</td></tr>"
    record = parse(f"<h2>Tactics Used</h2><table>{rows}</table>" + NARRATIVE + META)
    assert record.tactics == ["auto-seizure", "cameras", "letters", "web-stings"]


def test_label_split_across_elements_and_icons():
    record = parse("<h2><i class='fa fa-list'></i> Tactics <span>Used</span></h2><div><div>Letters</div>"
                   "<div>Cameras</div></div>" + NARRATIVE + META)
    assert record.tactics == ["letters", "cameras"]


def test_label_in_bold_followed_by_the_names_on_the_same_line():
    record = parse("<p><strong>Tactics Used</strong> Auto Seizure, Web Stings</p>" + NARRATIVE + META)
    assert record.tactics == ["auto-seizure", "web-stings"]
