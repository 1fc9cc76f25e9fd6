"""`demandforum show PAGE|URL|ID [--json] [--explain]` and the explanation it prints."""

import json

from typer.testing import CliRunner

from parsers.explain import explain_page
from scraper.cli.app import app
from scraper.cli.main import main  # noqa: F401  (registers every command)
from tests.test_golden import EXPECTED, PAGES
from tests.test_history_command import FIRST, SECOND, URL, archive_with

runner = CliRunner()
WIDE = {"COLUMNS": "160"}


def show(*args):
    return runner.invoke(app, ["show", *args], env=WIDE)


def test_a_saved_page_prints_its_record_as_plain_text_on_a_pipe():
    result = show(str(PAGES / "waterbury-ct.html"), "--reference-date", "2026-11-28")
    assert result.exit_code == 0
    text = result.stdout
    assert "\x1b[" not in text
    lines = [line.rstrip() for line in text.splitlines()]
    assert any("Waterbury, CT  (waterbury-ct)" in line for line in lines)
    assert "population  113811" in lines and "type        City" in lines
    assert "  • web-stings" in lines
    assert "Key Sources: 6 headings, 16 citations" in lines
    assert any("Sex Buyer Arrests" in line and "2006-04-29" in line and "Spa Patrons Also Nabbed" in line
               for line in lines)
    assert "no warnings" in lines


def test_warnings_are_listed_and_json_is_the_record():
    page = PAGES / "rt2-footnotes-hamden-ct.html"
    expected = json.loads((EXPECTED / "rt2-footnotes-hamden-ct.json").read_text(encoding="utf-8"))
    record = json.loads(show(str(page), "--json", "--reference-date", "2026-11-28").stdout)
    assert {key: value for key, value in record.items() if key != "warnings"} == \
        {key: value for key, value in expected.items() if key != "warnings"}
    text = show(str(page), "--reference-date", "2026-11-28").stdout
    for warning in record["warnings"]:
        assert warning["code"] in text
    assert f"{len(record['warnings'])} warnings" in text if record["warnings"] else "no warnings" in text


def test_an_id_or_url_shows_the_newest_good_archived_copy(tmp_path):
    cache = archive_with(tmp_path / "cache", (URL, "2026-05-10", FIRST), (URL, "2027-01-04", SECOND),
                         (URL, "2027-02-01", "failed"))
    for target in ("waterbury-ct", URL):
        result = show(target, "--json", "--cache-dir", cache)
        record = json.loads(result.stdout)
        assert (record["population"], record["fetched_at"]) == (114403, "2027-01-04T00:00:00Z")
    assert "archived copy fetched 2027-01-04T00:00:00+00:00" in show("waterbury-ct", "--cache-dir", cache).stdout
    assert show("nowhere-ct", "--cache-dir", cache).exit_code == 2


def test_a_refused_page_exits_1_with_its_reason():
    result = show(str(PAGES / "not-found.html"))
    assert result.exit_code == 1
    assert "no record: not a profile page (error-page)" in result.stdout
    assert json.loads(show(str(PAGES / "not-found.html"), "--json").stdout)["refused"].startswith("not a profile")


def test_explain_names_the_labels_sections_and_chrome_of_a_page():
    explanation = explain_page((PAGES / "waterbury-ct.html").read_bytes())
    assert explanation.refused is None
    assert explanation.article.description.startswith("article#post-2241")
    assert explanation.title_element.description == "h1.entry-title"
    assert explanation.title_element.path.startswith("html.no-js > body.")
    statuses = {(label.text, label.status) for label in explanation.labels}
    assert ("Tactics Used", "landmark") in statuses and ("Key Sources", "landmark") in statuses
    # the sidebar's 'Tactics' widget title is a label text that the parser rightly dropped with its sidebar
    assert ("Tactics", "dropped with the chrome aside#secondary.sidebar.widget-area") in statuses
    found = {section.section: section for section in explanation.sections}
    # 15 tactics, then the narrative's 3 paragraphs that follow them under the same label
    assert (found["tactics"].labelled, found["tactics"].lines, found["tactics"].first_line) == (True, 18, "Auto Seizure")
    assert found["key_sources"].element.path.endswith("div.entry-content > p")
    assert explanation.missing == ("key_partners",)
    skipped = {entry.element.description: entry for entry in explanation.skipped}
    assert skipped["aside#secondary.sidebar.widget-area"].inside_article is False
    assert skipped["div.sharedaddy.sd-sharing-enabled"].inside_article is True
    assert skipped["div.sharedaddy.sd-sharing-enabled"].text == "Share this: Twitter Facebook"


def test_explain_of_a_refused_page_lists_the_label_texts_it_saw():
    explanation = explain_page((PAGES / "not-found.html").read_bytes())
    assert explanation.refused.startswith("not a profile page (error-page)")
    assert {label.text for label in explanation.labels} == {"Tactics"}
    assert explain_page(b"").refused == "not a profile page (empty): the file has no content"


def test_show_explain_prints_where_each_section_was_found():
    result = show(str(PAGES / "waterbury-ct.html"), "--explain", "--reference-date", "2026-11-28")
    text = result.stdout
    assert "Where the parser found each part" in text
    assert "title    'Waterbury, CT' in h1.entry-title" in text
    assert "no label found for: key_partners" in text
    assert "dropped with the chrome aside#secondary.sidebar.widget-area" in text
    data = json.loads(show(str(PAGES / "waterbury-ct.html"), "--explain", "--json",
                           "--reference-date", "2026-11-28").stdout)
    assert data["record"]["id"] == "waterbury-ct"
    assert data["explain"]["missing"] == ["key_partners"]
    assert data["explain"]["sections"][1]["section"] == "tactics"


def test_explain_lists_the_article_lines_the_section_split_read_as_chrome():
    explanation = explain_page((PAGES / "rt7-avada-cedar-rapids-ia.html").read_bytes())
    texts = [line.text for line in explanation.dropped_lines]
    assert "Previous" in texts
    assert all(line.element is not None for line in explanation.dropped_lines)
    result = show(str(PAGES / "rt7-avada-cedar-rapids-ia.html"), "--explain", "--reference-date", "2026-11-28")
    assert "Lines of the article read as chrome" in result.stdout


def test_an_archived_page_is_shown_and_explained_with_the_archives_site_template(tmp_path):
    from parsers import PARSER_VERSION
    from parsers.template import SiteTemplate, template_key
    from scraper.parsing.site_template import save_template

    appeal = "A project of the Regional Coalition Against Exploitation"  # no per-page signal knows it
    page = FIRST.replace(b"<h2>Key Sources</h2>", f"<p>{appeal}</p>\n<h2>Key Sources</h2>".encode())
    cache = archive_with(tmp_path / "cache", (URL, "2026-05-10", page))
    narrative = json.loads(show("waterbury-ct", "--json", "--cache-dir", cache).stdout)["narrative"]
    assert appeal in [paragraph["text"] for paragraph in narrative]  # one page alone cannot tell
    template = SiteTemplate(frozenset({template_key(appeal)}))
    save_template(tmp_path / "cache", template)
    data = json.loads(show("waterbury-ct", "--json", "--explain", "--cache-dir", cache).stdout)
    assert data["record"]["parser_version"] == template.parser_version(PARSER_VERSION)
    assert appeal not in [paragraph["text"] for paragraph in data["record"]["narrative"]]
    assert [line["text"] for line in data["explain"]["dropped_lines"] if line["by_template"]] == [appeal]
