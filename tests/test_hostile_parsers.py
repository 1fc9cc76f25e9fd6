"""Promise 1: the parser never crashes. Any bytes give a valid Profile or a NotAProfilePage refusal.

Hypothesis mutates the fixture pages (tests/fuzz.py holds the mutations, shared with the long fuzz
run) and writes arbitrary text into every section; a few worst cases are pinned as plain tests.
Derandomized, so the suite is the same on every run and never flakes.
"""

from __future__ import annotations

import html
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from parsers import NotAProfilePage, parse_profile
from parsers.models import Profile
from scraper.cli.app import app
from scraper.cli.main import main  # noqa: F401  (registers every command)
from tests import fuzz
from tests.fuzz import (
    JUNK,
    KINDS,
    MAX_DEEP,
    MAX_ITEMS,
    TREE_KINDS,
    broken_promise,
    mutate,
    profile_pages,
)
from tests.pagekit import META, NARRATIVE, article

PAGES = {path.stem: path.read_bytes() for path in profile_pages()}

def _parses(raw: bytes) -> bool:
    try:
        parse_profile(raw)
    except NotAProfilePage:
        return False
    return True


PROFILE_SLUGS = sorted(slug for slug, raw in PAGES.items() if _parses(raw))
HOSTILE = settings(derandomize=True, database=None, deadline=None, max_examples=60,
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
mutations = st.tuples(st.sampled_from(KINDS), st.integers(0, 2**20), st.integers(0, 2**20))


def _assert_promise_kept(raw: bytes) -> None:
    problem = broken_promise(raw)
    assert problem is None, problem


def test_the_fixtures_include_profiles_and_refusals() -> None:
    assert len(PROFILE_SLUGS) >= 10
    assert len(PAGES) > len(PROFILE_SLUGS)


@HOSTILE
@given(slug=st.sampled_from(sorted(PAGES)), changes=st.lists(mutations, min_size=1, max_size=4))
def test_mutated_fixture_pages_give_a_record_or_a_refusal(slug: str, changes) -> None:
    _assert_promise_kept(mutate(PAGES[slug], changes))


@HOSTILE
@given(slug=st.sampled_from(PROFILE_SLUGS), at=st.integers(0, 2**20))
def test_a_page_truncated_at_any_byte_gives_a_record_or_a_refusal(slug: str, at: int) -> None:
    _assert_promise_kept(mutate(PAGES[slug], [("truncate", at, 0)]))


@HOSTILE
@given(slug=st.sampled_from(PROFILE_SLUGS), kind=st.sampled_from(TREE_KINDS),
       where=st.integers(0, 2**20), junk=st.sampled_from(JUNK))
def test_junk_text_and_control_characters_anywhere(slug: str, kind: str, where: int, junk: str) -> None:
    raw = PAGES[slug]
    at = where % len(raw)
    _assert_promise_kept(raw[:at] + junk.encode() + raw[at:])
    _assert_promise_kept(mutate(raw, [("junk-node", where, JUNK.index(junk)), (kind, where // 7, where)]))


# Arbitrary text in each place a section parser reads: the regex-heavy code paths see everything.
SECTION_TEMPLATES = {
    "citation": "<p>Tactics Used</p><ul><li>Reverse Stings</li></ul>" + NARRATIVE
                + "<h3>Key Sources</h3><p><strong>Web Stings:</strong></p><ul><li>{}</li><li>“A,” B, 1999.</li></ul>" + META,
    "category": "<p>Tactics Used</p><ul><li>Letters</li></ul><h3>Key Sources</h3><p><b>{}</b></p><ul><li>x</li></ul>" + META,
    "tactic": "<p>Tactics Used</p><ul><li>{}</li><li>Shaming</li></ul>" + NARRATIVE + META,
    "tactic-table": "<table><tr><th>Tactics Used</th><th></th></tr><tr><td>{}</td><td>✓</td></tr></table>" + META,
    "narrative": "<p>Tactics Used</p><ul><li>Cameras</li></ul><h3>{}</h3><p>{}</p>" + META,
    "partner": "<p>Tactics Used</p><ul><li>Cameras</li></ul><h3>Key Partners</h3><ul><li>{}<ul><li>{}</li></ul></li></ul>" + META,
    "population": "<p>Tactics Used</p><ul><li>Cameras</li></ul><p>State Illinois</p><p>Type {}</p><p>Population {}</p>",
    "state": "<p>Tactics Used</p><ul><li>Cameras</li></ul><p>State {}</p><p>Type City</p><p>Population 5</p>",
    "location": "<p>Tactics Used</p><ul><li>Cameras</li></ul>" + META
                + "<p>Location {}</p><div class='acf-map' data-lat='{}' data-lng='1.5' data-coords='{}'></div>",
}
section_text = st.text(st.characters(codec="utf-8"), max_size=300) | st.sampled_from(JUNK)


@settings(HOSTILE, max_examples=40)
@given(section=st.sampled_from(sorted(SECTION_TEMPLATES)), text=section_text)
def test_arbitrary_text_in_any_section(section: str, text: str) -> None:
    body = SECTION_TEMPLATES[section].replace("{}", html.escape(text))
    _assert_promise_kept(article(body))
    _assert_promise_kept(article(SECTION_TEMPLATES[section].replace("{}", text)))  # unescaped: as markup


@settings(HOSTILE, max_examples=25)
@given(title=section_text)
def test_arbitrary_titles_and_canonical_links(title: str) -> None:
    body = "<p>Tactics Used</p><ul><li>Cameras</li></ul>" + META
    _assert_promise_kept(article(body, title=html.escape(title)))
    canonical = f"<link rel='canonical' href='https://demand-forum.org/site/{html.escape(title, quote=True)}/'>"
    _assert_promise_kept(article(body).replace(b"<title>", canonical.encode() + b"<title>"))


@pytest.mark.parametrize("slug", ["waterbury-ct", "hanover-township-pa", "ypsilanti-township-mi", "travis-county-tx"])
@pytest.mark.parametrize("wrapper", ["div", "span", "li", "table", "b"])
def test_five_thousand_nested_elements_inside_the_article(slug: str, wrapper: str) -> None:
    raw = PAGES[slug]
    at = raw.rindex(b"<", 0, raw.index(b"Tactics Used"))
    nesting = f"<{wrapper}>".encode() * MAX_DEEP + b"deep" + f"</{wrapper}>".encode() * MAX_DEEP
    deep = raw[:at] + b"<br>" + nesting + b"<br>" + raw[at:]
    record = parse_profile(deep, url=f"https://demand-forum.org/site/{slug}/")
    assert record.tactics == parse_profile(raw).tactics  # the sections around the nesting still parse


def test_thousands_of_list_items_are_all_read() -> None:
    items = "".join(f"<li>“Headline {n},” Outlet {n}, June 3 2007.</li>" for n in range(MAX_ITEMS))
    body = "<p>Tactics Used</p><ul><li>Cameras</li></ul><h3>Key Sources</h3><p><b>Web Stings:</b></p>" \
           f"<ul>{items}</ul>" + META
    record = parse_profile(article(body), url="https://demand-forum.org/site/springfield-il/")
    assert len(record.citations) == MAX_ITEMS
    assert record.citations[-1].headline == f"Headline {MAX_ITEMS - 1}"


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _strings(item)]
    if isinstance(value, list):
        return [text for item in value for text in _strings(item)]
    return []


def test_control_characters_are_kept_out_of_the_record() -> None:
    # Every C0 control but the HTML whitespace ones (tab, line feed, form feed, carriage return).
    controls = ("".join(chr(c) for c in range(1, 32) if chr(c) not in "\t\n\f\r") + "\x7f").encode()
    raw = PAGES["waterbury-ct"]
    for label in (b"Auto Seizure", b"Waterbury is", b"Spa Patrons", b"Connecticut<br"):
        at = raw.index(label, raw.index(b"Tactics Used")) + 2
        raw = raw[:at] + controls + raw[at:]
    record = parse_profile(raw)
    assert record.tactics == parse_profile(PAGES["waterbury-ct"]).tactics
    texts = _strings(record.model_dump(mode="json", exclude={"warnings"}))
    assert not [text for text in texts if any(ord(c) < 32 or c == "\x7f" for c in text)]


def test_a_nul_byte_is_refused_as_binary_near_the_top_and_dropped_further_down() -> None:
    raw = PAGES["waterbury-ct"]
    with pytest.raises(NotAProfilePage) as refusal:
        parse_profile(raw[:100] + b"\x00" + raw[100:])
    assert refusal.value.code == "binary"
    at = raw.index(b"Tactics Used") + 4
    record = parse_profile(raw[:at] + b"\x00" + raw[at:])
    assert "\x00" not in record.to_json_line()


@pytest.mark.parametrize("junk", ["<?php echo $title; ?>", "<?xml-stylesheet href='x'?>"])
def test_processing_instructions_in_the_article_are_skipped(junk: str) -> None:
    # The fuzz found this: lexbor gives such a node no tag at all. Was an AttributeError.
    body = f"<p>Tactics Used</p><ul><li>Cameras{junk}</li></ul><p>Spring{junk}field police.</p>" + META
    record = parse_profile(article(body), url="https://demand-forum.org/site/springfield-il/")
    assert record.tactics == ["cameras"]
    assert record.narrative[0].text == "Springfield police."


@pytest.mark.parametrize("href", ["https://[demand-forum.org/site/x-ct/", "http://[::1/site/x-ct/",
                                  "https://evil.example/site/waterbury-ct/", "http://10.0.0.1/site/waterbury-ct/"])
def test_a_malformed_or_off_site_canonical_link_is_ignored_with_a_warning(href: str) -> None:
    body = "<p>Tactics Used</p><ul><li>Cameras</li></ul>" + NARRATIVE + META
    raw = article(body).replace(b"<title>", f"<link rel='canonical' href='{href}'><title>".encode())
    record = parse_profile(raw, url="https://demand-forum.org/site/springfield-il/")
    assert (record.id, record.url) == ("springfield-il", "https://demand-forum.org/site/springfield-il/")
    assert "canonical-ignored" in {warning.code for warning in record.warnings}


def test_the_parse_command_reports_each_hostile_file_and_writes_the_rest(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    hostile = {
        "truncated-ct.html": PAGES["waterbury-ct"][: len(PAGES["waterbury-ct"]) // 3],
        "deep-ct.html": mutate(PAGES["waterbury-ct"], [("deep", 4000, MAX_DEEP - 1)]),
        "items-tx.html": mutate(PAGES["travis-county-tx"], [("items", 900, MAX_ITEMS - 1)]),
        "junk-pa.html": mutate(PAGES["hanover-township-pa"], [("junk-text", n * 997, n) for n in range(40)]),
        "nul.html": b"\x00" * 100,
        "empty.html": b"",
        "utf16-bom.html": PAGES["waterbury-ct"].decode().encode("utf-16"),
        "utf16.html": PAGES["waterbury-ct"].decode().encode("utf-16-le"),
        "mojibake-mi.html": mutate(PAGES["ypsilanti-township-mi"], [("mojibake", 0, 0)]),
    }
    for name, raw in hostile.items():
        (pages / name).write_bytes(raw)
    output = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["parse", str(pages), "-o", str(output), "--jobs", "1"])
    assert result.exit_code in (0, 1), result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert "parser error" not in result.stderr
    written = [Profile.model_validate_json(line) for line in output.read_text(encoding="utf-8").splitlines()]
    refused = {name for name, raw in hostile.items() if not _parses(raw)}
    assert {Path(line.split(": ")[1]).name for line in errors} == refused
    assert {"empty.html", "nul.html", "utf16.html"} <= refused
    assert len(written) == len(hostile) - len(refused) >= 4


def test_the_long_fuzz_run_reports_and_saves_what_it_finds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture) -> None:
    assert fuzz.main(["--minutes", "0.002", "--seed", "1"]) == 0
    assert "failures found: 0" in capsys.readouterr().out

    monkeypatch.setattr(fuzz, "FAILURES_DIR", tmp_path)
    monkeypatch.setattr(fuzz, "parse_profile", lambda raw, url: 1 / 0)
    assert fuzz.main(["--minutes", "0.002", "--seed", "1"]) == 1
    assert "ZeroDivisionError" in capsys.readouterr().out
    saved = sorted(tmp_path.iterdir())
    assert saved and {path.suffix for path in saved} == {".html", ".json"}


def test_the_long_fuzz_run_reports_an_input_that_hangs_the_parser(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                   capsys: pytest.CaptureFixture) -> None:
    monkeypatch.setattr(fuzz, "FAILURES_DIR", tmp_path)
    monkeypatch.setattr(fuzz, "parse_profile", lambda raw, url: time.sleep(30))
    assert fuzz.run(minutes=0.001, seed=1, hang_seconds=1) == 1
    assert "no answer within 1 s" in capsys.readouterr().out
