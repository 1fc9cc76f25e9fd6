"""python -m benchmarks [--quick] [--only NAME]... : prepare the data, run the measurements, print the table."""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from benchmarks import cores, dataset_diff, export_speed, linking, network, parse_speed, shapes, site
from benchmarks.data import (
    DATA_DIR,
    fixture_files,
    generated_archive,
    generated_dataset,
    generated_pages,
    page_files,
)
from benchmarks.results import Result, table


@dataclass(frozen=True)
class Plan:
    small: int  # pages in the set most measurements use
    large: int  # pages in the memory measurement's big set
    parse_sample: int  # generated pages timed one core
    rounds: int
    data_dir: Path


FULL = Plan(small=3_000, large=30_000, parse_sample=1_000, rounds=3, data_dir=DATA_DIR)
QUICK = Plan(small=300, large=3_000, parse_sample=200, rounds=1, data_dir=DATA_DIR)


def measure_parse(plan: Plan) -> list[Result]:
    generated = page_files(generated_pages(plan.small, plan.data_dir))[:plan.parse_sample]
    fixture_profiles = parse_speed.profile_pages(parse_speed.load_pages(fixture_files()))
    fixtures = parse_speed.throughput(fixture_profiles, rounds=plan.rounds * 5)
    sample = parse_speed.throughput(parse_speed.load_pages(generated), rounds=plan.rounds)
    return [_renamed(fixtures, "fixtures"), _renamed(sample, "generated")]


def measure_dates(plan: Plan) -> list[Result]:
    files = fixture_files() + page_files(generated_pages(plan.small, plan.data_dir))[:plan.parse_sample]
    return parse_speed.dates(parse_speed.load_pages(files))


def measure_cores(plan: Plan) -> list[Result]:
    pages, archive = generated_pages(plan.small, plan.data_dir), generated_archive(plan.small, plan.data_dir)
    return cores.all_cores(pages, archive, _work_dir(plan), plan.small)


def measure_memory(plan: Plan) -> list[Result]:
    small, large = generated_pages(plan.small, plan.data_dir), generated_pages(plan.large, plan.data_dir)
    return [cores.memory(small, large, _work_dir(plan), plan.small, plan.large)]


def measure_diff(plan: Plan) -> list[Result]:
    return dataset_diff.diff_memory(plan.small, plan.large, plan.data_dir, _work_dir(plan))


def measure_network(plan: Plan) -> list[Result]:
    return network.network(plan.small, _work_dir(plan))


def measure_shapes(plan: Plan) -> list[Result]:
    return shapes.shapes(quick=plan is QUICK or plan.small < QUICK.small, repeats=plan.rounds)
def measure_site(plan: Plan) -> list[Result]:
    small = site.build(generated_dataset(plan.small, plan.data_dir), _work_dir(plan))
    large = site.build(generated_dataset(plan.large, plan.data_dir), _work_dir(plan))
    return site.growth(small, large) + site.first_render(small.out_dir, small.locations)


def measure_linking(plan: Plan) -> list[Result]:
    return linking.linking(plan.large)


def measure_export(plan: Plan) -> list[Result]:
    return export_speed.export(plan.small, plan.large, _work_dir(plan))


MEASUREMENTS: dict[str, Callable[[Plan], list[Result]]] = {
    "parse": measure_parse,
    "dates": measure_dates,
    "cores": measure_cores,
    "memory": measure_memory,
    "network": measure_network,
    "diff": measure_diff,
    "shapes": measure_shapes,
    "site": measure_site,
    "linking": measure_linking,
    "export": measure_export,
}


def run(plan: Plan, names: list[str]) -> list[Result]:
    results = []
    for name in names:
        start = time.perf_counter()
        print(f"[benchmarks] {name}...", file=sys.stderr, flush=True)
        results.extend(MEASUREMENTS[name](plan))
        print(f"[benchmarks] {name} done in {time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Prepare the data (cached), run each measurement beside its floor, print one table.",
    )
    parser.add_argument("--quick", action="store_true", help="10x fewer pages and one round (a rough look)")
    parser.add_argument("--only", action="append", choices=sorted(MEASUREMENTS), metavar="NAME",
                        help=f"run only this measurement (repeatable): {', '.join(MEASUREMENTS)}")
    args = parser.parse_args(argv)
    plan = QUICK if args.quick else FULL
    start, load_before = time.perf_counter(), os.getloadavg()[0]
    results = run(plan, args.only or list(MEASUREMENTS))
    print(table(results))
    print(f"\n{machine()}; load average {load_before:.1f} at the start, {os.getloadavg()[0]:.1f} at the end; "
          f"{time.perf_counter() - start:.0f} s in all")
    return 0 if all(row.met is not False for row in results) else 1


def machine() -> str:
    """nproc, CPU model and Python version: what BENCHMARKS.md records beside the table."""
    cpu = next((line.split(":", 1)[1].strip() for line in _cpuinfo() if line.startswith("model name")), "unknown CPU")
    return f"{len(os.sched_getaffinity(0))} cores ({cpu}), Python {platform.python_version()}"


def _cpuinfo() -> list[str]:
    try:
        return Path("/proc/cpuinfo").read_text().splitlines()
    except OSError:
        return []


def _renamed(row: Result, subset: str) -> Result:
    return Result(row.measurement.replace("one core", f"one core, {subset}"), row.figure, row.floor, row.ratio,
                  row.target, row.met, row.note)


def _work_dir(plan: Plan) -> Path:
    folder = plan.data_dir / "runs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


if __name__ == "__main__":
    raise SystemExit(main())
