"""Run `demandforum parse` as a user would, timing it and sampling its whole process tree's memory."""

from __future__ import annotations

import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

from benchmarks.data import REPO

_SAMPLE_SECONDS = 0.02


@dataclass(frozen=True)
class Run:
    seconds: float
    cpu_seconds: float  # user + system time of the whole process tree
    peak_rss: int  # bytes, the largest sum over the process and its children at one sample
    exit_code: int
    stderr: str


def run_parse(arguments: list[str], log: Path) -> Run:
    """`python -m scraper parse ARGUMENTS`; its exit code 1 (some pages refused) is a normal end."""
    return run_scraper(["parse", *arguments], log)


def run_scraper(arguments: list[str], log: Path) -> Run:
    """`python -m scraper ARGUMENTS`, its stderr into `log` (a pipe left unread could fill and stall
    it); exit codes 0 and 1 are normal ends (1: some pages refused, two datasets differ)."""
    command = [sys.executable, "-m", "scraper", *arguments]
    with log.open("wb") as stderr_file:
        cpu_before = _children_cpu()
        start = time.perf_counter()
        process = psutil.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=stderr_file)
        peak = 0
        while process.poll() is None:
            peak = max(peak, _tree_rss(process))
            time.sleep(_SAMPLE_SECONDS)
        seconds = time.perf_counter() - start
    # The pool's workers are reaped by the command, so their time is in the command's rusage.
    cpu_seconds = _children_cpu() - cpu_before
    stderr = log.read_text(errors="replace")
    if process.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(command)} failed ({process.returncode}): {stderr[-2000:]}")
    return Run(seconds, cpu_seconds, peak, process.returncode, stderr)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _tree_rss(process: psutil.Process) -> int:
    total = 0
    try:
        for member in [process, *process.children(recursive=True)]:
            total += member.memory_info().rss
    except psutil.Error:  # a worker ended between listing and reading: this sample is partial
        pass
    return total


def same_bytes(first: Path, second: Path) -> bool:
    return first.read_bytes() == second.read_bytes()
