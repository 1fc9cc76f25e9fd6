"""Item 8: parse cost by page shape (depth, width, length, links, list items, table rows).

Each shape is parsed at four sizes over a 10x range; the figure is the time ratio per 10x of size,
from a least-squares fit of log(time) on log(size): 10x for a linear cost, 100x for a quadratic one.
"""

from __future__ import annotations

import math
import time
from datetime import date

from benchmarks.results import Result, result
from parsers import parse_profile
from tests.shapes import SHAPES, URL

REFERENCE_DATE = date(2026, 1, 1)
SIZES = (1_000, 2_000, 5_000, 10_000)
QUICK_SIZES = (100, 200, 500, 1_000)


def shapes(*, quick: bool = False, repeats: int = 3) -> list[Result]:
    sizes = QUICK_SIZES if quick else SIZES
    rows = []
    for name, build in SHAPES.items():
        seconds = [_best_cpu_time(build(size), repeats) for size in sizes]
        per_decade = _ratio_per_decade(sizes, seconds)
        timings = ", ".join(f"{size:,}: {1e3 * cost:.0f} ms" for size, cost in zip(sizes, seconds))
        rows.append(result(f"8. parse cost by {name}", f"{per_decade:.1f}x per 10x", "10x (linear)",
                           per_decade / 10, "<= 1.2x", note=f"CPU time, best of {repeats}; {timings}"))
    return rows


def _best_cpu_time(raw: bytes, repeats: int) -> float:
    best = math.inf
    for _ in range(repeats):
        start = time.process_time()
        parse_profile(raw, url=URL, reference_date=REFERENCE_DATE)
        best = min(best, time.process_time() - start)
    return best


def _ratio_per_decade(sizes: tuple[int, ...], seconds: list[float]) -> float:
    xs = [math.log10(size) for size in sizes]
    ys = [math.log10(max(cost, 1e-6)) for cost in seconds]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys)) / sum((x - mean_x) ** 2 for x in xs)
    return 10 ** slope
