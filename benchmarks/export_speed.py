"""Item 7: `demandforum export` of a large dataset: CPU time per record against reading the JSONL alone,
and peak memory at 10x the records.

The datasets are the fixture pages' records repeated under new ids (`<id>-<n>`), as many as asked;
each copy of the fixtures cites its own articles (the copy's number is in every headline), so the
distinct articles the export gathers grow with the dataset as a real one's do.
"""

from __future__ import annotations

import json
import shutil
import time
from datetime import date
from pathlib import Path

from benchmarks.data import fixture_files, page_url
from benchmarks.processes import Run, run_scraper
from benchmarks.results import Result, result
from parsers import NotAProfilePage, parse_profile
from parsers.models import Profile
from scraper.dataset.csv_package import PACKAGE_NAME

REFERENCE_DATE = date(2026, 11, 28)


def fixture_records() -> list[dict]:
    records = []
    for path in fixture_files():
        try:
            record = parse_profile(path.read_bytes(), url=page_url(path), reference_date=REFERENCE_DATE)
        except NotAProfilePage:
            continue
        records.append(json.loads(record.to_json_line()))
    return records


def synthetic_dataset(records: list[dict], count: int, work_dir: Path) -> Path:
    """`count` records made from `records` with new ids, sorted by id, each copy citing its own articles."""
    lines = []
    for number in range(count):
        copy, index = divmod(number, len(records))
        lines.append((f"{records[index]['id']}-{number:06d}", index, copy))
    dataset = work_dir / f"export-{count}.jsonl"
    with dataset.open("w", encoding="utf-8") as handle:
        for record_id, index, copy in sorted(lines):
            record = records[index] | {"id": record_id, "citations": _own_articles(records[index]["citations"], copy)}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return dataset


def _own_articles(citations: list[dict], copy: int) -> list[dict]:
    # The article id is made from the headline, or the text when there is none: both carry the copy.
    return [citation | {"headline": citation["headline"] and f"{citation['headline']} ({copy})",
                        "text": f"{citation['text']} ({copy})"} for citation in citations]


def reading_cpu(dataset: Path) -> float:
    """CPU seconds to read the JSONL into records, one line at a time: the floor of any export."""
    start = time.process_time()
    with dataset.open("rb") as handle:
        for line in handle:
            Profile.model_validate_json(line)
    return time.process_time() - start


def export(small: int, large: int, work_dir: Path) -> list[Result]:
    records = fixture_records()
    datasets = {count: synthetic_dataset(records, count, work_dir) for count in (0, small, large)}
    runs, rows = {}, {}
    for count, dataset in datasets.items():
        runs[count], rows[count] = _export(dataset, work_dir)
    floor = reading_cpu(datasets[large])
    # The command's fixed cost (start, imports, the empty files) is measured on an empty dataset.
    cpu = runs[large].cpu_seconds - runs[0].cpu_seconds
    megabytes = datasets[large].stat().st_size / 2**20
    time_row = Result(
        f"12. export, all formats ({large} records)", f"{cpu / large * 1000:.2f} ms/record",
        f"{floor / large * 1000:.3f} ms/record", cpu / floor, "none set", None,
        note=f"CPU time of `demandforum export` less its start ({runs[0].cpu_seconds:.1f} s); floor: reading the "
             f"{megabytes:.0f} MB JSONL into records in one process; wall {runs[large].seconds:.0f} s")
    memory_row = result(
        f"12. export peak RSS, {large} vs {small} records", _megabytes(runs[large]), _megabytes(runs[small]),
        runs[large].peak_rss / runs[small].peak_rss, "<= 1.5x",
        note=f"process tree, sampled every 20 ms; distinct articles {rows[large]['articles']} vs "
             f"{rows[small]['articles']} (citations {rows[large]['citations']} vs {rows[small]['citations']})")
    return [time_row, memory_row]


def _export(dataset: Path, work_dir: Path) -> tuple[Run, dict[str, int]]:
    """The run, and the rows of each table its data package counts."""
    folder = work_dir / f"{dataset.stem}-out"  # the export's link and its version folder
    shutil.rmtree(folder, ignore_errors=True)
    run = run_scraper(["export", "--dataset", str(dataset), "--out-dir", str(folder / "export")],
                      work_dir / "export.log")
    rows = json.loads((folder / "export" / PACKAGE_NAME).read_text(encoding="utf-8"))["dataset"]["rows"]
    shutil.rmtree(folder)
    return run, rows


def _megabytes(run: Run) -> str:
    return f"{run.peak_rss / 2**20:.0f} MB"
