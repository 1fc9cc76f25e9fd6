"""Items 3 and 4: `demandforum parse` on every core vs one, and its memory at 10x the pages."""

from __future__ import annotations

from pathlib import Path

from benchmarks.processes import Run, run_parse, same_bytes
from benchmarks.results import Result, result
from scraper.parsing.batch import default_workers


def all_cores(pages_dir: Path, archive_dir: Path, work_dir: Path, page_count: int) -> list[Result]:
    """-j 1 against the default worker count, for files and for --archive; outputs must be identical."""
    workers = default_workers(page_count)
    empty = work_dir / "no-pages"
    empty.mkdir(exist_ok=True)
    startup = run_parse([str(empty), "-o", str(work_dir / "no-pages.jsonl")], work_dir / "startup.log")
    rows = []
    for label, source in (("files", [str(pages_dir)]), ("--archive", ["--archive", "--cache-dir", str(archive_dir)])):
        single, parallel = work_dir / f"one-core-{page_count}.jsonl", work_dir / f"all-cores-{page_count}.jsonl"
        one = run_parse([*source, "-o", str(single), "-j", "1"], work_dir / "one-core.log")
        every = run_parse([*source, "-o", str(parallel)], work_dir / "all-cores.log")
        identical = same_bytes(single, parallel)
        rows.append(result(
            f"3. parse {label}, {workers} workers vs 1 ({page_count} pages)", _rate(every, page_count),
            _rate(one, page_count), one.seconds / every.seconds, ">= 1.7x", holds=identical,
            note=("output byte-identical" if identical else "OUTPUT DIFFERS") + _cpu_use(one, every, workers, startup)
            + _refusals(one)))
    return rows


def memory(small_dir: Path, large_dir: Path, work_dir: Path, small: int, large: int) -> Result:
    """Peak RSS of the whole process tree, default workers, over `large` vs `small` pages."""
    runs = {count: run_parse([str(folder), "-o", str(work_dir / f"memory-{count}.jsonl")], work_dir / "memory.log")
            for count, folder in ((small, small_dir), (large, large_dir))}
    return result(f"4. parse peak RSS, {large} vs {small} pages", _megabytes(runs[large]), _megabytes(runs[small]),
                  runs[large].peak_rss / runs[small].peak_rss, "<= 1.25x",
                  note=f"process tree, sampled every 20 ms; {large} pages took {runs[large].seconds:.0f} s")


def _cpu_use(one: Run, every: Run, workers: int, startup: Run) -> str:
    """What the shared machine gave each run (CPU seconds per wall second), and the speedup their CPU
    times predict on an idle machine: the command's start (imports, listing) is serial, the rest
    is shared by the workers (and the parent, which is counted with them)."""
    idle_wall = startup.cpu_seconds + (every.cpu_seconds - startup.cpu_seconds) / workers
    return (f"; cores used: {one.cpu_seconds / one.seconds:.2f} by 1 worker, {every.cpu_seconds / every.seconds:.2f}"
            f" by {workers}; CPU {one.cpu_seconds:.1f} s vs {every.cpu_seconds:.1f} s, start"
            f" {startup.cpu_seconds:.2f} s: {one.cpu_seconds / idle_wall:.2f}x on an idle machine")


def _rate(run: Run, pages: int) -> str:
    return f"{pages / run.seconds:.0f} pages/s"


def _megabytes(run: Run) -> str:
    return f"{run.peak_rss / 2**20:.0f} MB"


def _refusals(run: Run) -> str:
    return "" if run.exit_code == 0 else f"; some pages refused: {run.stderr.strip().splitlines()[-1][:80]}"
