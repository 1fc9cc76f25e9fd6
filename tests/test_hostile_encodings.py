"""Promise 2: whatever the encoding, a page gives the right text or a record that says it may not.

The page below carries every character that encodings mangle: typographic quotes and apostrophes,
an em dash, an accented letter and a non-breaking space, in the title, narrative and citations.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from parsers import NotAProfilePage, parse_profile
from parsers.models import Profile
from scraper.storage.archive import Archive
from scraper.cli.app import app
from scraper.cli.main import main  # noqa: F401  (registers every command)
from scraper.fetch.crawl import CrawlSettings, crawl
from tests.mirror import running_mirror
from tests.pagekit import META, REFERENCE_DATE

URL = "https://demand-forum.org/site/prince-georges-county-md/"
TITLE = "Prince George’s County, MD"
NARRATIVE = "Prince George’s police — with “stings” near the café — arrested 14\u00a0men."
HEADLINE = "Hookers’ Patrons Arrests; Police Send Message"
BODY = (f"<p>Tactics Used</p><ul><li>Reverse Stings</li></ul><p>{NARRATIVE}</p><h3>Key Sources</h3>"
        f"<p><strong>Web Stings:</strong></p><ul><li>“{HEADLINE},” Café Times, June 3 2007.</li></ul>" + META)
ENCODING_WARNINGS = {"charset-mismatch", "decoded-as-windows-1252", "mojibake"}


def page(meta_charset: str | None = "utf-8") -> str:
    meta = f'<meta charset="{meta_charset}">' if meta_charset else ""
    return (f"<!DOCTYPE html><html><head>{meta}<title>{TITLE} – Demand Forum</title></head><body>"
            f"<article><h1>{TITLE}</h1><div class='entry-content'>{BODY}</div></article></body></html>")


def parse(raw: bytes) -> Profile:
    return parse_profile(raw, url=URL, reference_date=REFERENCE_DATE)


def encoding_warnings(record: Profile) -> set[str]:
    return {w.code for w in record.warnings if w.section == "encoding"}


def has_right_text(record: Profile) -> bool:
    return (record.name == TITLE and record.narrative[0].text == " ".join(NARRATIVE.split())
            and record.citations[0].headline == HEADLINE and record.citations[0].outlet == "Café Times")


REFERENCE = parse(page().encode("utf-8"))


def test_the_reference_page_reads_right_without_warnings() -> None:
    assert has_right_text(REFERENCE) and not encoding_warnings(REFERENCE)


@pytest.mark.parametrize(("label", "raw"), [
    ("utf-8 with BOM", b"\xef\xbb\xbf" + page().encode("utf-8")),
    ("utf-8 without a meta charset", page(None).encode("utf-8")),
    ("windows-1252 declared", page("windows-1252").encode("windows-1252")),
    ("iso-8859-1 label, windows-1252 bytes (as browsers read it)", page("iso-8859-1").encode("windows-1252")),
    ("utf-16 with BOM", page(None).encode("utf-16")),
    ("utf-16-be with BOM", b"\xfe\xff" + page(None).encode("utf-16-be")),
    ("utf-32 with BOM", page(None).encode("utf-32")),
    ("a meta charset that does not exist", page("x-no-such-charset").encode("utf-8")),
    ("utf-16 declared in a page readable as ASCII", page("utf-16").encode("utf-8")),
    ("a non-web codec declared (unicode_escape)", page("unicode_escape").encode("utf-8")),
    ("a non-web codec declared (utf-7)", page("utf-7").encode("utf-8")),
])
def test_well_labelled_or_self_evident_encodings_read_right(label: str, raw: bytes) -> None:
    record = parse(raw)
    assert has_right_text(record), label
    assert record.model_dump(exclude={"content_sha256", "warnings"}) == \
        REFERENCE.model_dump(exclude={"content_sha256", "warnings"})


@pytest.mark.parametrize(("label", "raw"), [
    ("windows-1252 bytes, meta says utf-8", page("utf-8").encode("windows-1252")),
    ("windows-1252 bytes, no charset at all", page(None).encode("windows-1252")),
    ("utf-8 bytes, meta says windows-1252", page("windows-1252").encode("utf-8")),
    ("utf-8 bytes, meta says iso-8859-2", page("iso-8859-2").encode("utf-8")),
    ("double-encoded utf-8 (mojibake)", page().encode("utf-8").decode("windows-1252", "replace").encode("utf-8")),
    ("a stray invalid byte in a utf-8 page", page().encode("utf-8").replace(b"arrested", b"arr\xffested")),
    ("mixed: utf-8 page with one windows-1252 quote", page().encode("utf-8").replace(b"14", b"\x9314\x94")),
])
def test_mislabelled_pages_read_right_or_say_so(label: str, raw: bytes) -> None:
    record = parse(raw)
    assert has_right_text(record) or encoding_warnings(record) & ENCODING_WARNINGS, label


def test_mojibake_is_flagged_where_the_page_itself_carries_it() -> None:
    record = parse(page().replace("George’s police", "Georgeâ€™s police").encode("utf-8"))
    assert "mojibake" in encoding_warnings(record)


@pytest.mark.parametrize(("raw", "code"), [
    (page(None).encode("utf-16-le"), "undecodable"),
    (page(None).encode("utf-32-le"), "undecodable"),
    (b"\xef\xbb\xbf", "empty"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20, "binary"),
    (bytes(range(128, 256)) * 40, "undecodable"),
])
def test_undecodable_bytes_are_refused_with_a_reason(raw: bytes, code: str) -> None:
    with pytest.raises(NotAProfilePage) as refusal:
        parse(raw)
    assert refusal.value.code in {code, "binary", "undecodable"}
    assert "\n" not in str(refusal.value)


def test_a_declared_punycode_charset_is_ignored_so_its_quadratic_decoder_never_runs() -> None:
    # Python's punycode codec takes minutes on a 2 MB page; the page is read as UTF-8 instead.
    raw = page("punycode").encode("utf-8").replace(b"</body>", b"<!--x-" + b"a" * 2_000_000 + b"--></body>")
    assert has_right_text(parse(raw))


def _fixtures(tmp_path: Path, pages: dict[str, bytes]) -> Path:
    (tmp_path / "fixtures" / "pages").mkdir(parents=True)
    (tmp_path / "fixtures" / "expected").mkdir()
    for slug, raw in pages.items():
        (tmp_path / "fixtures" / "pages" / f"{slug}.html").write_bytes(raw)
        (tmp_path / "fixtures" / "expected" / f"{slug}.json").write_text(json.dumps({"id": slug}))
    return tmp_path / "fixtures"


def test_archived_pages_whose_http_charset_disagrees_with_their_meta(tmp_path: Path) -> None:
    """The mirror sends 'Content-Type: text/html; charset=UTF-8' for every page; the pages say otherwise."""
    pages = {
        "cp1252-meta-ct": page("windows-1252").encode("windows-1252"),  # the header lies, the meta is right
        "utf8-meta-cp1252-ct": page("windows-1252").encode("utf-8"),  # the header is right, the meta lies
        "cp1252-no-meta-ct": page(None).encode("windows-1252"),  # only the header speaks, and lies
    }
    cache = tmp_path / "cache"
    with running_mirror(pages=0, fixtures_dir=_fixtures(tmp_path, pages)) as mirror, Archive(cache) as archive:
        result = crawl(CrawlSettings(base_url=mirror.base_url, rate=1000.0, timeout=5.0), archive, progress=False)
        assert result.count("fetched") == len(pages)
        assert all(request.headers.get("host", "").startswith("127.0.0.1") for request in mirror.requests)
        content_types = {archive.latest_good_fetch_for(url).content_type for url in result.discovered}
    assert content_types == {"text/html; charset=UTF-8"}
    output = tmp_path / "archived.jsonl"
    outcome = CliRunner().invoke(app, ["parse", "--archive", "--cache-dir", str(cache), "-o", str(output)])
    assert outcome.exit_code == 0, outcome.output
    records = {record.id: record for record in map(Profile.model_validate_json, output.read_text().splitlines())}
    assert set(records) == set(pages)
    assert has_right_text(records["cp1252-meta-ct"])
    for record in records.values():
        assert has_right_text(record) or encoding_warnings(record) & ENCODING_WARNINGS, record.id
