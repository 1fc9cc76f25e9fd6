"""Promise 6: a full or read-only output or cache folder gives a clear one-line error, and the
previous dataset and archive stay intact.

We run as root, so chmod cannot make a folder read-only; the faults are simulated instead, only for
files inside the folder under test: `os.open` for writing fails with EROFS (read-only), `os.fsync`
with ENOSPC (full: where a delayed allocation fails), and SQLite's own writes fail when its page
count is capped (SQLITE_FULL, the same error as a full disk).
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from scraper.storage.archive import Archive
from scraper.cli.main import main
from scraper.fetch.crawl import CrawlSettings, crawl
from scraper.refresh.job import run_refresh
from scraper.refresh.settings import FIXTURE_PAGES, RefreshSettings
from tests.mirror import running_mirror

WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT


@pytest.fixture(autouse=True)
def _keep_logging() -> Iterator[None]:
    """The commands configure the root logger for the process; put it back after each test."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


def _inside(path: str | os.PathLike | int, folder: Path) -> bool:
    if isinstance(path, int):
        path = os.readlink(f"/proc/self/fd/{path}")
    return Path(os.path.abspath(path)).is_relative_to(folder.resolve())


def make_read_only(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    real_open = os.open

    def read_only_open(path, flags, *args, **kwargs):
        if flags & WRITE_FLAGS and _inside(path, folder):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), os.fspath(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", read_only_open)


def make_full(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    real_fsync = os.fsync

    def full_fsync(fd):
        if _inside(fd, folder) and not os.path.isdir(f"/proc/self/fd/{fd}"):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_fsync(fd)

    monkeypatch.setattr(os, "fsync", full_fsync)


FAULTS = {"read-only": make_read_only, "full": make_full}
MESSAGES = {"read-only": "Read-only file system", "full": "No space left on device"}


def run_command(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture, *args: str) -> tuple[int, str]:
    """`demandforum ARGS` through the console script's own entry point; (exit code, stderr)."""
    monkeypatch.setattr(sys, "argv", ["demandforum", *args])
    with pytest.raises(SystemExit) as exit_:
        main()
    return exit_.value.code, capsys.readouterr().err


def assert_clear_error(code: int, stderr: str, fault: str) -> None:
    assert code not in (0, None)
    assert "Traceback" not in stderr
    assert MESSAGES[fault] in stderr.strip().splitlines()[-1]


def temp_files(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if path.name.endswith(".tmp") or path.name.startswith(".tmp-")]


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_parse_into_a_broken_output_folder_keeps_the_previous_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture, fault: str) -> None:
    output = tmp_path / "out" / "profiles.jsonl"
    output.parent.mkdir()
    output.write_bytes(b"the previous dataset\n")
    FAULTS[fault](monkeypatch, output.parent)
    code, stderr = run_command(monkeypatch, capsys, "parse", str(FIXTURE_PAGES / "waterbury-ct.html"),
                               "-o", str(output), "--jobs", "1")
    assert_clear_error(code, stderr, fault)
    assert output.read_bytes() == b"the previous dataset\n"
    assert temp_files(tmp_path) == []


def _subset_of_fixtures(folder: Path, count: int) -> Path:
    folder.mkdir()
    for page in sorted(FIXTURE_PAGES.glob("*.html"))[:count]:
        shutil.copy(page, folder / page.name)
    return folder


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_refresh_into_a_broken_output_folder_keeps_the_previous_dataset_and_recovers(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture, fault: str) -> None:
    out, cache = tmp_path / "out", tmp_path / "cache"
    first = RefreshSettings(cache_dir=cache, out_dir=out, offline=True, progress=False,
                            fixtures_dir=_subset_of_fixtures(tmp_path / "few", 4))
    run_refresh(first)
    before = {name: (out / name).read_bytes() for name in ("profiles.jsonl", "state.json", "report.json")}

    with monkeypatch.context() as broken:
        FAULTS[fault](broken, out)
        code, stderr = run_command(broken, capsys, "refresh", "--offline", "--cache-dir", str(cache),
                                   "--out-dir", str(out), "--log-format", "json")
    assert_clear_error(code, stderr, fault)
    assert {name: (out / name).read_bytes() for name in before} == before
    assert temp_files(out) == []

    code, _ = run_command(monkeypatch, capsys, "refresh", "--offline", "--cache-dir", str(cache),
                          "--out-dir", str(out), "--log-format", "json")
    assert code == 0  # the lock was released, the next run completes and publishes the new pages
    assert (out / "profiles.jsonl").read_bytes() != before["profiles.jsonl"]


def _archive_state(cache: Path) -> dict[str, str]:
    with Archive(cache) as archive:
        pages = {page.url: page.sha256 for page in archive.latest_good()}
        assert all(archive.read_body(sha256) for sha256 in pages.values())  # every body intact
    return pages


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_crawl_into_a_broken_cache_keeps_the_archive_intact(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture, fault: str) -> None:
    cache = tmp_path / "cache"
    with running_mirror(pages=6, seed=9, fixtures_dir=None) as mirror:
        with Archive(cache) as archive:
            crawl(CrawlSettings(base_url=mirror.base_url, rate=1000.0, timeout=5.0), archive, progress=False)
        before = _archive_state(cache)
        for slug in mirror.slugs():
            mirror.change_page(slug)  # every page has new bytes to store
        with monkeypatch.context() as broken:
            FAULTS[fault](broken, cache / "bodies")
            code, stderr = run_command(broken, capsys, "crawl", "--base-url", mirror.base_url,
                                       "--cache-dir", str(cache), "--rate", "1000")
    assert_clear_error(code, stderr, fault)
    assert _archive_state(cache) == before
    assert temp_files(cache) == []


def test_a_full_index_database_keeps_the_archive_intact(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    with running_mirror(pages=40, seed=9, fixtures_dir=None) as mirror:  # enough rows to need new pages
        settings = CrawlSettings(base_url=mirror.base_url, rate=1000.0, timeout=5.0)
        with Archive(cache) as archive:
            crawl(settings, archive, progress=False)
        before = _archive_state(cache)
        for slug in mirror.slugs():
            mirror.change_page(slug)
        with Archive(cache) as archive:
            pages = archive._db.execute("PRAGMA page_count").fetchone()[0]
            archive._db.execute(f"PRAGMA max_page_count = {pages}")  # SQLITE_FULL from here on
            with pytest.raises(sqlite3.OperationalError, match="full"):
                crawl(settings, archive, progress=False)
    after = _archive_state(cache)  # every URL still has a good copy, whole: the old one or a new one
    assert after.keys() == before.keys()
    assert sum(after[url] != before[url] for url in before) < len(before)  # the disk filled up mid-run


@pytest.mark.parametrize("command", [["parse", "--archive"], ["crawl", "--offline"]])
def test_a_damaged_archive_index_gives_a_clear_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture, command: list[str]) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "index.sqlite3").write_bytes(b"not a database, whatever it was " * 200)
    code, stderr = run_command(monkeypatch, capsys, *command, "--cache-dir", str(cache))
    assert code == 1 and "Traceback" not in stderr
    assert "file is not a database" in stderr.strip().splitlines()[-1]
