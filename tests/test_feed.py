"""The feed of changes (`changes.atom`): read back with a real feed parser and checked against the
structure RFC 4287 requires; entries stable across runs, bounded, and made by the refresh itself."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import feedparser
from defusedxml import ElementTree

from parsers.models import Citation, StaleMark
from scraper.dataset.feed import FEED_NAME, entries_for_run, read_entries, update_feed
from scraper.refresh.job import run_refresh
from tests.mirror import running_mirror
from tests.test_refresh import settings_for
from tests.test_refresh_records import make_profile

ATOM = "{http://www.w3.org/2005/Atom}"
NIGHT = datetime(2026, 3, 1, 6, 0, tzinfo=UTC)
SITE = "https://demand-forum.org"


def citation(headline: str) -> Citation:
    return Citation(category="Sex Buyer Arrests", headline=headline, outlet="Daily News", date=None,
                    date_precision=None, url=None, text=f"“{headline},” Daily News.")


def assert_valid_atom(path: Path) -> feedparser.FeedParserDict:
    """What RFC 4287 requires of a feed and its entries, checked on the XML; then the feed as a
    feed reader sees it."""
    root = ElementTree.parse(path).getroot()
    assert root.tag == f"{ATOM}feed"
    for name in ("id", "title", "updated"):
        assert len(root.findall(f"{ATOM}{name}")) == 1, name
    assert root.find(f"{ATOM}author/{ATOM}name") is not None  # or an author in every entry
    ids = []
    for entry in root.findall(f"{ATOM}entry"):
        for name in ("id", "title", "updated", "summary"):
            assert len(entry.findall(f"{ATOM}{name}")) == 1, name
        link = entry.find(f"{ATOM}link")  # no rel: an alternate link (RFC 4287 4.2.7.2)
        assert link.get("rel", "alternate") == "alternate" and link.get("href").startswith("http")
        datetime.fromisoformat(entry.findtext(f"{ATOM}updated"))  # an RFC 3339 date-time
        assert entry.findtext(f"{ATOM}id").startswith("tag:")
        ids.append(entry.findtext(f"{ATOM}id"))
    assert len(set(ids)) == len(ids), "entry ids are unique"
    parsed = feedparser.parse(path.read_bytes())
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    return parsed


def test_a_changed_entry_says_what_changed_in_one_line(tmp_path):
    before = make_profile("a-ct")
    after = before.model_copy(update={
        "tactics": ["reverse-stings", "web-stings"],
        "citations": [*before.citations, citation("Stings Continue"), citation("More Arrests")],
        "population": 1250,
        "content_sha256": "0" * 64,
    })
    entries = entries_for_run({"a-ct": before}, {"a-ct": after}, {}, NIGHT)
    update_feed(tmp_path / FEED_NAME, entries, site_url=SITE, run_at=NIGHT)
    [entry] = assert_valid_atom(tmp_path / FEED_NAME).entries
    # The same words as the report, `demandforum diff` and `history` (scraper/dataset/changes.py).
    assert entry.summary == (
        "population 1000 -> 1250; tactics +web-stings; 2 citations added under 'Sex Buyer Arrests'"
    )
    assert entry.title == "Changed: A-Ct, CT"


def test_each_kind_of_change_is_one_entry_a_feed_reader_reads(tmp_path):
    a, b, c, d = (make_profile(slug) for slug in ("a-ct", "b-ct", "c-ct", "d-ct"))
    previous = {"a-ct": a, "b-ct": b, "c-ct": c}
    stale = StaleMark(reason="http 500", since=NIGHT, last_good_fetch=a.fetched_at)
    current = {
        "a-ct": a.model_copy(update={"stale": stale}),
        "b-ct": b.model_copy(update={"tactics": ["web-stings"]}),
        "d-ct": d,
    }
    entries = entries_for_run(previous, current, {"c-ct": "missing from discovery for 3 runs"}, NIGHT)
    path = tmp_path / FEED_NAME
    assert update_feed(path, entries, site_url=SITE, run_at=NIGHT)
    parsed = assert_valid_atom(path)
    seen = {entry.title: entry for entry in parsed.entries}
    assert sorted(seen) == ["Added: D-Ct, CT", "Changed: B-Ct, CT", "Removed: C-Ct, CT", "Stale: A-Ct, CT"]
    assert seen["Changed: B-Ct, CT"].summary == "tactics +web-stings -reverse-stings"
    assert seen["Removed: C-Ct, CT"].summary.endswith("missing from discovery for 3 runs")
    assert "http 500" in seen["Stale: A-Ct, CT"].summary
    assert seen["Added: D-Ct, CT"].link == "https://demand-forum.org/site/d-ct/"
    assert {entry.tags[0].term for entry in parsed.entries} == {"added", "changed", "removed", "stale"}
    assert all(entry.updated_parsed[:5] == (2026, 3, 1, 6, 0) for entry in parsed.entries)

    recovered = entries_for_run(current, {**current, "a-ct": a}, {}, NIGHT + timedelta(days=1))
    assert [entry.kind for entry in recovered] == ["recovered"]


def test_entries_keep_their_ids_are_never_repeated_and_the_feed_is_bounded(tmp_path):
    path = tmp_path / FEED_NAME
    records = {f"p{n:02d}-ct": make_profile(f"p{n:02d}-ct") for n in range(6)}
    first = entries_for_run({}, records, {}, NIGHT)
    assert update_feed(path, first, site_url=SITE, run_at=NIGHT, limit=8)
    written = path.read_bytes()
    # The same run redone (killed after the feed, before the dataset) adds nothing.
    assert not update_feed(path, entries_for_run({}, records, {}, NIGHT + timedelta(hours=1)),
                           site_url=SITE, run_at=NIGHT, limit=8)
    assert path.read_bytes() == written

    for night in range(1, 4):
        edited = {rid: record.model_copy(update={"population": 1000 + night}) for rid, record in records.items()}
        moment = NIGHT + timedelta(days=night)
        update_feed(path, entries_for_run(records, edited, {}, moment), site_url=SITE, run_at=moment, limit=8)
        records = edited
    parsed = assert_valid_atom(path)
    assert len(parsed.entries) == 8
    assert [entry.updated_parsed[2] for entry in parsed.entries] == [4] * 6 + [3] * 2, "newest first"
    assert parsed.feed.updated_parsed[2] == 4
    assert all(entry.summary == "population 1002 -> 1003" for entry in parsed.entries[:6])
    assert [entry.id for entry in read_entries(path)] == [entry.id for entry in parsed.entries]


def test_an_unreadable_old_feed_is_started_afresh(tmp_path):
    path = tmp_path / FEED_NAME
    path.write_bytes(b"<feed><entry>cut sho")
    entries = entries_for_run({}, {"a-ct": make_profile("a-ct")}, {}, NIGHT)
    assert update_feed(path, entries, site_url=SITE, run_at=NIGHT)
    assert len(assert_valid_atom(path).entries) == 1


def test_the_refresh_writes_the_feed_of_what_it_changed(tmp_path):
    with running_mirror(pages=12, seed=5, fixtures_dir=None) as mirror:
        settings = settings_for(mirror, tmp_path, missing_runs=1)
        run_refresh(settings)
        feed = tmp_path / "out" / FEED_NAME
        assert len(assert_valid_atom(feed).entries) == 12
        changed, removed, broken = mirror.slugs()[:3]
        mirror.change_page(changed)
        mirror.remove_page(removed)
        mirror.break_page(broken, "500")
        report = run_refresh(settings)
    assert report["records"]["changed"] == {changed: ["population", "content_sha256"]}
    parsed = assert_valid_atom(feed)
    newest = {entry.tags[0].term: entry for entry in parsed.entries[:3]}
    assert sorted(newest) == ["changed", "removed", "stale"]
    assert newest["changed"].link == mirror.profile_url(changed)
    assert newest["changed"].summary.startswith("population ")
    assert newest["removed"].link == mirror.profile_url(removed)
    assert newest["stale"].link == mirror.profile_url(broken)
    assert len(parsed.entries) == 15
