import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from scraper.storage.archive import Archive, BodyMissing
from scraper.storage.records import FetchRecord

T0 = datetime(2026, 1, 1, tzinfo=UTC)
URL_A = "https://demand-forum.org/site/a-ct/"
URL_B = "https://demand-forum.org/site/b-ct/"


def fetched(url: str, minutes: int, **fields) -> FetchRecord:
    return FetchRecord(url=url, final_url=url, fetched_at=T0 + timedelta(minutes=minutes),
                       outcome="fetched", status=200, content_type="text/html", **fields)


def test_bodies_are_stored_once_by_hash_and_read_back_verified(tmp_path):
    with Archive(tmp_path) as archive:
        first = archive.record_fetch(fetched(URL_A, 0), body=b"<html>a</html>")
        second = archive.record_fetch(fetched(URL_B, 1), body=b"<html>a</html>")
        assert first.sha256 == second.sha256 == hashlib.sha256(b"<html>a</html>").hexdigest()
        assert archive.read_body(first.sha256) == b"<html>a</html>"
    body_files = [p for p in (tmp_path / "bodies").rglob("*") if p.is_file()]
    assert [p.name for p in body_files] == [first.sha256]
    assert body_files[0].parent.name == first.sha256[:2]


def test_latest_good_is_the_newest_good_copy_per_url_sorted_by_url(tmp_path):
    with Archive(tmp_path) as archive:
        old_b = archive.record_fetch(fetched(URL_B, 0, etag='"b1"'), body=b"b old")
        new_b = archive.record_fetch(fetched(URL_B, 5, etag='"b2"'), body=b"b new")
        a = archive.record_fetch(fetched(URL_A, 1), body=b"a")
        archive.record_fetch(FetchRecord(url=URL_B, fetched_at=T0 + timedelta(minutes=9),
                                         outcome="failed", status=503, reason="HTTP 503"))
        pages = list(archive.latest_good())
        assert [p.url for p in pages] == [URL_A, URL_B]
        assert pages[1].sha256 == new_b.sha256 != old_b.sha256
        assert pages[1].fetched_at == T0 + timedelta(minutes=5)
        assert archive.latest_good_for(URL_A).sha256 == a.sha256
        assert archive.latest_good_for("https://demand-forum.org/site/none/") is None
        assert archive.latest_good_fetch_for(URL_B).etag == '"b2"'
        assert archive.urls() == [URL_A, URL_B]
        assert archive.latest_fetch_for(URL_B).reason == "HTTP 503"
        assert [f.outcome for f in archive.fetches_for(URL_B)] == ["fetched", "fetched", "failed"]


def test_a_not_modified_fetch_confirms_the_earlier_body(tmp_path):
    with Archive(tmp_path) as archive:
        first = archive.record_fetch(fetched(URL_A, 0, etag='"1"'), body=b"a")
        archive.record_fetch(FetchRecord(url=URL_A, final_url=URL_A, fetched_at=T0 + timedelta(hours=1),
                                         outcome="not-modified", status=304, etag='"1"',
                                         sha256=first.sha256))
        page = archive.latest_good_for(URL_A)
        assert (page.sha256, page.status, page.fetched_at) == (first.sha256, 304, T0 + timedelta(hours=1))


def test_hostile_hashes_never_touch_the_file_system(tmp_path):
    with Archive(tmp_path / "cache") as archive:
        (tmp_path / "secret").write_bytes(b"x")
        for name in ["../../secret", "/etc/passwd", "ab/../../secret", "A" * 64, "", "\x00" * 64]:
            with pytest.raises(BodyMissing):
                archive.read_body(name)


def test_a_corrupt_or_missing_body_is_reported_not_returned(tmp_path):
    with Archive(tmp_path) as archive:
        record = archive.record_fetch(fetched(URL_A, 0), body=b"intact")
        (tmp_path / "bodies" / record.sha256[:2] / record.sha256).write_bytes(b"tampered")
        with pytest.raises(BodyMissing, match="corrupt"):
            archive.read_body(record.sha256)
        with pytest.raises(BodyMissing):
            archive.record_fetch(fetched(URL_B, 1, sha256="0" * 64))
        with pytest.raises(ValueError):
            archive.record_fetch(FetchRecord(url=URL_A, fetched_at=datetime(2026, 1, 1), outcome="failed"))


def test_readers_in_another_connection_see_committed_fetches(tmp_path):
    with Archive(tmp_path) as writer, Archive(tmp_path) as reader:
        assert list(reader.latest_good()) == []
        record = writer.record_fetch(fetched(URL_A, 0), body=b"a")
        assert [p.sha256 for p in reader.latest_good()] == [record.sha256]
        assert reader.read_body(record.sha256) == b"a"


_WRITER = """
import sys, itertools
from datetime import UTC, datetime
from scraper.storage.archive import Archive
from scraper.storage.records import FetchRecord
archive = Archive(sys.argv[1])
for n in itertools.count():
    url = f"https://demand-forum.org/site/p{n % 50}/"
    archive.record_fetch(FetchRecord(url=url, final_url=url, fetched_at=datetime.now(UTC),
                                     outcome="fetched", status=200), body=(url * 2000 + str(n)).encode())
    if n == 0:
        print("committed one", flush=True)
"""


def test_a_writer_killed_at_any_instant_leaves_the_archive_consistent(tmp_path):
    rng = random.Random(7)
    repo = Path(__file__).resolve().parents[1]
    for _ in range(6):
        writer = subprocess.Popen([sys.executable, "-c", _WRITER, str(tmp_path)], cwd=repo,
                                  stdout=subprocess.PIPE)
        assert writer.stdout.readline() == b"committed one\n"
        time.sleep(rng.uniform(0.02, 0.25))
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        with Archive(tmp_path) as archive:
            pages = list(archive.latest_good())
            assert pages
            for page in pages:
                assert archive.read_body(page.sha256).startswith(page.url.encode())


def test_old_temp_files_of_a_killed_run_are_swept_and_fresh_ones_kept(tmp_path):
    stale = tmp_path / "bodies" / "ab" / ".tmp-stale"
    fresh = tmp_path / "bodies" / "ab" / ".tmp-fresh"
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"half a page")
    fresh.write_bytes(b"being written")
    os.utime(stale, (time.time() - 7200, time.time() - 7200))
    Archive(tmp_path).close()
    assert not stale.exists() and fresh.exists()


def test_an_index_from_before_checked_by_gains_the_column_and_keeps_its_rows(tmp_path):
    import sqlite3

    (tmp_path / "bodies").mkdir()
    with sqlite3.connect(tmp_path / "index.sqlite3") as old:  # the version 1 table, one row in it
        old.executescript(
            "CREATE TABLE fetches (id INTEGER PRIMARY KEY AUTOINCREMENT, url TEXT NOT NULL, final_url TEXT,"
            " fetched_at TEXT NOT NULL, status INTEGER, etag TEXT, last_modified TEXT, content_type TEXT,"
            " sha256 TEXT, outcome TEXT NOT NULL, reason TEXT, good INTEGER NOT NULL);"
            f"INSERT INTO fetches (url, fetched_at, status, outcome, reason, good)"
            f" VALUES ('{URL_A}', '{T0.isoformat()}', 500, 'failed', 'HTTP 500', 0);"
        )
    with Archive(tmp_path) as archive:
        assert archive.latest_fetch_for(URL_A).checked_by is None
        archive.record_fetch(fetched(URL_A, 1, etag='"a"'), b"<html>a</html>")
        refused = FetchRecord(url=URL_A, fetched_at=T0 + timedelta(minutes=2), outcome="failed", etag='"r"',
                              reason="not a profile page (error-page)", checked_by="9.9")
        archive.record_fetch(refused, b"<html>not found</html>")
        answer = archive.latest_answer_for(URL_A)
        assert (answer.etag, answer.checked_by, answer.good) == ('"r"', "9.9", False)
        assert archive.latest_good_fetch_for(URL_A).etag == '"a"'
        assert archive.fetch_order() == {URL_A: 3}
