"""Item 11: the join keys (`demandforum link`) for 30,000 records against reading and writing them, and
the install size the reference data adds."""

from __future__ import annotations

import json
import time
from importlib import metadata
from pathlib import Path

from benchmarks.data import fixture_files, page_url
from benchmarks.parse_speed import REFERENCE_DATE
from benchmarks.results import Result, result
from parsers import NotAProfilePage, parse_profile
from scraper.dataset.links import link_profile
from scraper.dataset.reference import geonames_path, load_reference
from scraper.refresh.publish import parse_dataset

REFERENCE_PACKAGES = ("addfips", "zipcodes")
INSTALL_LIMIT = 50 * 2**20


def dataset_bytes(count: int) -> bytes:
    """`count` records: the fixture profiles over and over, each copy under its own id."""
    profiles = []
    for path in fixture_files():
        try:
            profiles.append(parse_profile(path.read_bytes(), url=page_url(path), reference_date=REFERENCE_DATE))
        except NotAProfilePage:
            continue
    lines = []
    for number in range(count):
        profile = profiles[number % len(profiles)]
        lines.append(profile.model_copy(update={"id": f"{profile.id}-{number}"}).to_json_line().encode() + b"\n")
    return b"".join(lines)


def linking(count: int) -> list[Result]:
    data = dataset_bytes(count)
    start = time.process_time()
    records = parse_dataset(data, require_sorted=False)
    b"".join(record.to_json_line().encode() + b"\n" for record in records)
    floor = time.process_time() - start
    load_reference.cache_clear()
    start = time.process_time()
    tables = load_reference()
    loaded = time.process_time() - start
    start = time.process_time()
    "".join(json.dumps(link_profile(record, tables), ensure_ascii=False) + "\n" for record in records)
    linked = time.process_time() - start
    figure = f"{linked:.2f} s + {loaded:.2f} s loading the tables"
    return [
        result(f"11. link {count} records vs reading and writing them", figure, f"{floor:.2f} s",
               linked / floor, "<= 0.10x", note=f"CPU time; with the one-time table load: {(linked + loaded) / floor:.2f}x"),
        _install_size(),
    ]


def _install_size() -> Result:
    files = [(name, _installed_bytes(name)) for name in REFERENCE_PACKAGES]
    extract = geonames_path().stat().st_size
    total = sum(size for _, size in files) + extract
    parts = ", ".join(f"{name} {size / 2**20:.1f} MB" for name, size in files)
    return result("11. install size of the reference data", f"{total / 2**20:.1f} MB", f"{INSTALL_LIMIT / 2**20:.0f} MB",
                  total / INSTALL_LIMIT, "<= 1.0x", note=f"{parts}, GeoNames extract {extract / 2**20:.1f} MB")


def _installed_bytes(name: str) -> int:
    return sum(Path(file.locate()).stat().st_size for file in metadata.files(name) or () if Path(file.locate()).is_file())
