"""python -m tests.month [--nights 30] [--pages 3000] [--seed 0] [--missing-runs 3] [--workdir DIR]

Prints the night-by-night table and the summary as Markdown (for BENCHMARKS.md); exit 1 when a night
breaks a promise (the message says which)."""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import time
from pathlib import Path

from tests.month.checks import MonthFailed
from tests.month.run import run_month


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.month", description=__doc__.splitlines()[0])
    parser.add_argument("--nights", type=int, default=30)
    parser.add_argument("--pages", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--missing-runs", type=int, default=3)
    parser.add_argument("--workdir", type=Path, default=None, help="kept afterwards (default: a temp dir)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="month-") as temporary:
        workdir = args.workdir or Path(temporary)
        workdir.mkdir(parents=True, exist_ok=True)
        logging.basicConfig(filename=workdir / "month.log", level=logging.INFO)
        started = time.monotonic()
        try:
            result = run_month(workdir, nights=args.nights, pages=args.pages, seed=args.seed,
                               missing_runs=args.missing_runs)
        except MonthFailed as failure:
            print(f"FAILED: {failure}", file=sys.stderr)
            return 1
        print(result.table())
        print()
        print("| | |\n| --- | --- |")
        for name, value in result.summary().items():
            print(f"| {name} | {value} |")
        print(f"\n{time.monotonic() - started:.0f} s, logs in {workdir / 'month.log'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
