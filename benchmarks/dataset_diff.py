"""Peak memory of `demandforum diff` on two large datasets against two small ones: it must walk the
files, holding one record of each at a time, never both whole.

The datasets are the generator's pages parsed once, copied under prefixed ids ('03-<id>') up to the
size wanted, sorted; the new one has records removed, added and changed (population, a citation's
date, a citation dropped) at fixed strides, so the walk has every kind of difference to tally.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from benchmarks.data import FETCHED_AT, _is_current, _key, _mark_current, _reset, generated_pages, page_files, page_url
from benchmarks.processes import run_scraper
from benchmarks.results import Result, result
from scraper.parsing.batch import ParseJob, ReferenceDates, default_workers, parse_jobs

_CODE = [Path(__file__)]


def diff_memory(small: int, large: int, data_dir: Path, work_dir: Path) -> list[Result]:
    base = _base_records(small, data_dir)
    sets = {count: _datasets(base, count, data_dir) for count in (small, large)}
    runs = {count: run_scraper(["diff", str(old), str(new), "--json"], work_dir / "diff.log")
            for count, (old, new) in sets.items()}
    shuffled = _shuffled(sets[large][1], work_dir)
    unsorted = run_scraper(["diff", str(sets[large][0]), str(shuffled), "--json"], work_dir / "diff.log")
    megabytes = {count: f"{run.peak_rss / 2**20:.0f} MB" for count, run in runs.items()}
    size = sets[large][0].stat().st_size + sets[large][1].stat().st_size
    return [
        result(f"7. diff peak RSS, {large} vs {small} records", megabytes[large], megabytes[small],
               runs[large].peak_rss / runs[small].peak_rss, "<= 1.25x",
               holds=all(run.exit_code == 1 and "not sorted" not in run.stderr for run in runs.values()),
               note=f"two files of {size / 2**20:.0f} MB in all; {large} records compared in "
                    f"{runs[large].seconds:.1f} s, CPU {runs[large].cpu_seconds:.1f} s"),
        result(f"7. diff, new file unsorted, {large} records", f"{unsorted.peak_rss / 2**20:.0f} MB",
               megabytes[large], unsorted.peak_rss / runs[large].peak_rss, "<= 1.5x",
               holds=unsorted.exit_code == 1,
               note=f"read through an index of ids and offsets; {unsorted.seconds:.1f} s, "
                    f"CPU {unsorted.cpu_seconds:.1f} s"),
    ]


def _base_records(count: int, data_dir: Path) -> Path:
    """The generator's first `count` pages parsed once, as JSONL."""
    folder = data_dir / f"records-{count}"
    key = _key(count, _CODE)
    if not _is_current(folder, key):
        _reset(folder)
        pages = page_files(generated_pages(count, data_dir))
        jobs = (ParseJob(source=str(path), path=path, url=page_url(path), dates=ReferenceDates(given=FETCHED_AT.date())) for path in pages)
        with (folder / "records.jsonl").open("w", encoding="utf-8") as handle:
            for outcome in parse_jobs(jobs, default_workers(len(pages))):
                if outcome.line is not None:
                    handle.write(outcome.line + "\n")
        _mark_current(folder, key)
    return folder / "records.jsonl"


def _datasets(base: Path, count: int, data_dir: Path) -> tuple[Path, Path]:
    folder = data_dir / f"diff-{count}"
    key = _key(count, _CODE + [base])
    old, new = folder / "old.jsonl", folder / "new.jsonl"
    if _is_current(folder, key):
        return old, new
    _reset(folder)
    records = [json.loads(line) for line in base.read_text(encoding="utf-8").splitlines()]
    with old.open("w", encoding="utf-8") as old_file, new.open("w", encoding="utf-8") as new_file:
        written = 0
        for copy in range(-(-count // len(records))):
            block = sorted(records, key=lambda record: record["id"])[:count - written]
            for index, record in enumerate(block):
                record = {**record, "id": f"{copy:02d}-{record['id']}"}
                old_file.write(json.dumps(record, ensure_ascii=False) + "\n")
                changed = _changed(record, written + index)
                if changed is not None:
                    new_file.write(json.dumps(changed, ensure_ascii=False) + "\n")
            written += len(block)
    _mark_current(folder, key)
    return old, new


def _changed(record: dict, index: int) -> dict | None:
    """The new dataset's version of a record: removed, renamed (removed + added) or edited by stride."""
    if index % 97 == 5:
        return None
    if index % 89 == 3:
        return {**record, "id": record["id"] + "-0"}  # still sorted: after the id, before 'id-2' or 'id-ct'
    record = dict(record)
    if index % 7 == 0:
        record["population"] = (record["population"] or 0) + 1
    if index % 11 == 0 and record["citations"]:
        record["citations"] = record["citations"][1:]
    if index % 13 == 0 and record["citations"]:
        record["citations"] = [{**record["citations"][0], "date": "1999"}, *record["citations"][1:]]
    return record


def _shuffled(path: Path, work_dir: Path) -> Path:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    random.Random(0).shuffle(lines)
    target = work_dir / "diff-shuffled.jsonl"
    target.write_text("".join(lines), encoding="utf-8")
    return target
