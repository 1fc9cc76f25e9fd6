"""The benchmarks' inputs, prepared once and cached under benchmarks/data/ (git-ignored).

A page set is the mirror generator's first N pages (seed 0) written as files; an archive set is the
same pages recorded in a `scraper.archive.Archive` as if a crawl had fetched them. Each is rebuilt
only when the generator's code (or the archive's) changes: a `.key` file written last marks it complete.
"""

from __future__ import annotations

import hashlib
import shutil
from datetime import UTC, datetime
from pathlib import Path

from parsers.models import Profile
from scraper.refresh.publish import render_dataset
from scraper.storage.archive import Archive
from scraper.storage.records import FetchRecord
from tests.mirror.pages import DEFAULT_BASE_URL, iter_generated

REPO = Path(__file__).resolve().parents[1]
DATA_DIR = REPO / "benchmarks" / "data"
FIXTURE_PAGES = REPO / "fixtures" / "pages"
SEED = 0
FETCHED_AT = datetime(2026, 1, 1, tzinfo=UTC)
_GENERATOR_CODE = sorted((REPO / "tests" / "mirror").glob("*.py"))
_ARCHIVE_CODE = [REPO / "scraper" / "storage" / "archive.py"]


def page_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.html"))


def fixture_files() -> list[Path]:
    return page_files(FIXTURE_PAGES)


def page_url(path: Path) -> str:
    """The URL `demandforum parse` assumes for a saved page without a canonical link."""
    return f"{DEFAULT_BASE_URL}/site/{path.stem}/"


def generated_pages(count: int, data_dir: Path = DATA_DIR) -> Path:
    """A folder of the generator's first `count` pages."""
    folder = data_dir / f"pages-{count}"
    if _is_current(folder, _key(count, _GENERATOR_CODE)):
        return folder
    _reset(folder)
    for page in iter_generated(SEED, count, DEFAULT_BASE_URL):
        (folder / f"{page.slug}.html").write_bytes(page.html)
    _mark_current(folder, _key(count, _GENERATOR_CODE))
    return folder


def generated_archive(count: int, data_dir: Path = DATA_DIR) -> Path:
    """An archive (cache dir) holding the same pages as `generated_pages(count)`, one good fetch each."""
    pages = generated_pages(count, data_dir)
    folder = data_dir / f"archive-{count}"
    key = _key(count, _GENERATOR_CODE + _ARCHIVE_CODE)
    if _is_current(folder, key):
        return folder
    _reset(folder)
    with Archive(folder) as archive:
        for path in page_files(pages):
            url = page_url(path)
            record = FetchRecord(url=url, fetched_at=FETCHED_AT, outcome="fetched", final_url=url, status=200,
                                 content_type="text/html; charset=UTF-8")
            archive.record_fetch(record, path.read_bytes())
    _mark_current(folder, key)
    return folder


def generated_dataset(count: int, data_dir: Path = DATA_DIR) -> Path:
    """A published dataset of the generator's first `count` records (what parsing its pages means to
    give), as `<folder>/profiles.jsonl`, without parsing: the site benchmark needs records, not pages."""
    folder = data_dir / f"dataset-{count}"
    key = _key(count, _GENERATOR_CODE + [REPO / "parsers" / "models.py"])
    if _is_current(folder, key):
        return folder
    _reset(folder)
    records = (
        Profile.model_validate({**page.expected, "warnings": [], "fetched_at": FETCHED_AT, "parser_version": "1"})
        for page in iter_generated(SEED, count, DEFAULT_BASE_URL)
    )
    (folder / "profiles.jsonl").write_bytes(render_dataset(records))
    _mark_current(folder, key)
    return folder


def _key(count: int, code: list[Path]) -> str:
    digest = hashlib.sha256(f"{SEED}:{count}:{DEFAULT_BASE_URL}".encode())
    for path in code:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _is_current(folder: Path, key: str) -> bool:
    marker = folder / ".key"
    return marker.is_file() and marker.read_text() == key


def _reset(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)


def _mark_current(folder: Path, key: str) -> None:
    (folder / ".key").write_text(key)
