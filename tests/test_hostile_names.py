"""Promise 5: hostile names (.., /, NUL, very long, odd Unicode) never escape the cache or output
folder, never break the archive, and never make a record id that could name a file badly.

The archive names bodies by their SHA-256 only and keeps URLs as data in SQLite; record ids are
`[a-z0-9-]` only. These tests check both from the outside: which files exist after a run.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from parsers import parse_profile
from parsers.models import Profile
from scraper.storage.archive import Archive, BodyMissing
from scraper.storage.records import FetchRecord
from scraper.cli.app import app
from scraper.cli.main import main  # noqa: F401  (registers every command)
from scraper.fetch.crawl import CrawlSettings, crawl
from scraper.refresh.job import run_refresh
from scraper.refresh.settings import RefreshSettings
from scraper.fetch.urls import canonicalize, profile_slug
from tests.mirror import running_mirror
from tests.mirror.faults import HOSTILE_SLUGS
from tests.pagekit import META, article

SAFE_ID = re.compile(r"^[a-z0-9]+(?:-+[a-z0-9]+)*$")
ARCHIVE_FILE = re.compile(r"^(index\.sqlite3(-wal|-shm)?|bodies/[0-9a-f]{2}/[0-9a-f]{64})$")
HOSTILE_URL_TAILS = ("../../../../etc/passwd", "..%2F..%2Fetc%2Fpasswd/", "%2e%2e/", "nul\x00byte-ct/", "a" * 5000 + "/",
                     "caf\u00e9-ny/", "\u202eevil-tx/", "new\nline-ct/", "quote'\"; DROP TABLE fetches;--/", "%00/",
                     "back\\slash/", "emoji-\U0001f600/", "con/", "x/../../y/")
FETCHED_AT = datetime(2026, 11, 28, tzinfo=UTC)
# A page without a canonical link: its id comes from the file name or URL it is given.
PAGE = article("<p>Tactics Used</p><ul><li>Cameras</li></ul>" + META)


def files_under(root: Path) -> set[str]:
    return {path.relative_to(root).as_posix() for path in root.rglob("*") if path.is_file()}


def test_crawling_hostile_slugs_writes_only_hash_named_bodies_inside_the_cache(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    with running_mirror(pages=3, seed=1, fixtures_dir=None) as mirror, Archive(cache) as archive:
        mirror.inject("/wp-sitemap-posts-site-1.xml", "hostile-slugs", times=None)
        result = crawl(CrawlSettings(base_url=mirror.base_url, rate=1000.0, timeout=5.0), archive, progress=False)
        assert result.complete
        hostile = [url for url in result.discovered if any(slug in url for slug in HOSTILE_SLUGS)]
        assert len(hostile) >= len(HOSTILE_SLUGS) - 1  # '%2E%2E' canonicalizes away: not a profile URL
        for url in hostile:
            page = archive.latest_good_for(url)
            assert page is not None and page.url == url
            assert b"Tactics Used" in archive.read_body(page.sha256)
    assert files_under(tmp_path) == {f"cache/{name}" for name in files_under(cache)}
    assert all(ARCHIVE_FILE.match(name) for name in files_under(cache)), files_under(cache)

    output = tmp_path / "out" / "archived.jsonl"
    outcome = CliRunner().invoke(app, ["parse", "--archive", "--cache-dir", str(cache), "-o", str(output)])
    assert outcome.exit_code == 0, outcome.output
    records = [Profile.model_validate_json(line) for line in output.read_text().splitlines()]
    assert len(records) == len(result.discovered)
    assert all(SAFE_ID.match(record.id) and len(record.id) <= 200 for record in records)
    assert files_under(tmp_path / "out") == {"archived.jsonl"}


def test_a_refresh_over_hostile_slugs_writes_only_its_own_files(tmp_path: Path) -> None:
    with running_mirror(pages=3, seed=1, fixtures_dir=None) as mirror:
        mirror.inject("/wp-sitemap-posts-site-1.xml", "hostile-slugs", times=None)
        site = CrawlSettings(base_url=mirror.base_url, rate=1000.0, timeout=5.0)
        report = run_refresh(RefreshSettings(crawl=site, cache_dir=tmp_path / "cache", out_dir=tmp_path / "out",
                                             progress=False))
    assert report["run"]["published"]
    written = files_under(tmp_path / "out")
    assert {"profiles.jsonl", "report.json", "state.json"} <= written
    export_file = r"export\.version-\w+/([a-z_]+\.(csv|parquet|geojson|xlsx)|datapackage\.json)"
    assert all(re.match(rf"^(profiles\.jsonl|links\.jsonl|report\.json|state\.json|changes\.atom|refresh\.lock|history/[\w:.+-]+\.json"
                        rf"|\.export\.lock|{export_file})$", name) for name in written), written
    records = [Profile.model_validate_json(line) for line in (tmp_path / "out" / "profiles.jsonl").read_text().splitlines()]
    assert records and all(SAFE_ID.match(record.id) for record in records)


def test_the_archive_keeps_hostile_urls_as_data_and_refuses_hostile_hashes(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    with Archive(cache) as archive:
        urls = [f"https://demand-forum.org/site/{tail}" for tail in HOSTILE_URL_TAILS]
        for number, url in enumerate(urls):
            archive.record_fetch(FetchRecord(url=url, final_url=url, fetched_at=FETCHED_AT, outcome="fetched",
                                             status=200, etag=url[-40:]), body=PAGE + str(number).encode())
        assert [page.url for page in archive.latest_good()] == sorted(urls)
        assert all(archive.latest_good_for(url).url == url for url in urls)
        for hostile in ("../../etc/passwd", "../index.sqlite3", "/etc/passwd", "a" * 64 + "/..", "", "\x00" * 64,
                        "A" * 64, "0" * 63 + "/"):
            with pytest.raises(BodyMissing):
                archive.read_body(hostile)
    assert all(ARCHIVE_FILE.match(name) for name in files_under(cache))
    with Archive(cache) as reopened:
        assert [page.url for page in reopened.latest_good()] == sorted(urls)


HOSTILE_FILE_STEMS = ("..", "%2e%2e", "a%2Fb-ct", "nul%00-ct", "x" * 240, "café-ny", "\u202eevil-tx", "-o", "--help",
                      " spaced ", "new\nline-ct", "back\\slash-ca", "CON", "emoji-\U0001f600-tx", "q?x=1#frag", ".hidden")


def test_parse_reads_files_with_hostile_names_and_writes_only_its_output(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for stem in HOSTILE_FILE_STEMS:
        (pages / f"{stem}.html").write_bytes(PAGE)
    before = files_under(tmp_path)
    output = tmp_path / "out.jsonl"
    outcome = CliRunner().invoke(app, ["parse", str(pages), "-o", str(output), "--jobs", "1"])
    assert outcome.exit_code == 0, outcome.output
    assert files_under(tmp_path) == before | {"out.jsonl"}
    records = [Profile.model_validate_json(line) for line in output.read_text().splitlines()]
    assert len(records) == len(HOSTILE_FILE_STEMS)
    assert all(SAFE_ID.match(record.id) and len(record.id) <= 200 for record in records), [r.id for r in records]


slug_text = st.text(st.characters(codec="utf-8"), max_size=80) | st.sampled_from(HOSTILE_SLUGS + HOSTILE_URL_TAILS)


@settings(derandomize=True, database=None, deadline=None, max_examples=300)
@given(slug=slug_text)
def test_any_slug_gives_a_safe_id_and_a_single_path_segment(slug: str) -> None:
    url = canonicalize(f"https://demand-forum.org/site/{slug}/", "https://demand-forum.org")
    segment = profile_slug(url) if url else None
    if segment is not None:
        assert "/" not in segment and "\x00" not in segment and segment not in (".", "..")
    record = parse_profile(PAGE, url=url or f"https://demand-forum.org/site/{slug}/")
    assert SAFE_ID.match(record.id) and len(record.id) <= 200, record.id
