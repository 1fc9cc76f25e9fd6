"""One row of the benchmark table, and the table itself (Markdown, so it pastes into BENCHMARKS.md)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    measurement: str
    figure: str
    floor: str
    ratio: float | None
    target: str  # e.g. '<= 3.0x' or '>= 1.7x'
    met: bool | None  # None: could not be measured
    note: str = ""


def meets(ratio: float, target: str) -> bool:
    operator, bound = target.split()
    limit = float(bound.rstrip("x"))
    return ratio <= limit if operator == "<=" else ratio >= limit


def result(measurement: str, figure: str, floor: str, ratio: float, target: str,
           *, holds: bool = True, note: str = "") -> Result:
    """A row whose target is met when the ratio is within bounds and `holds` (a side condition)."""
    return Result(measurement, figure, floor, ratio, target, meets(ratio, target) and holds, note)


def table(results: list[Result]) -> str:
    header = ("measurement", "figure", "floor", "ratio", "target", "met?", "note")
    rows = [header, tuple("---" for _ in header)]
    for row in results:
        ratio = f"{row.ratio:.2f}x" if row.ratio is not None else "-"
        met = {True: "yes", False: "NO", None: "n/a"}[row.met]
        rows.append((row.measurement, row.figure, row.floor, ratio, row.target, met, row.note))
    return "\n".join("| " + " | ".join(cells) + " |" for cells in rows)
