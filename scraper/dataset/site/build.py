"""Build the whole static site into a fresh folder, then swap it into place.

Layout: index.html (overview), locations.html (the table), locations/<id>.html, runs/index.html,
runs/<history stem>.html, static/ (the style sheet and the table's script).
"""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass
from importlib.resources import as_file, files
from pathlib import Path

from parsers.models import Profile
from scraper.dataset.feed import FEED_NAME
from scraper.dataset.site import pages
from scraper.dataset.site.runs import Runs, load_runs
from scraper.refresh.publish import load_dataset


@dataclass(frozen=True)
class SiteBuilt:
    out_dir: Path
    locations: int
    runs: int
    files: int
    total_bytes: int
    location_page_bytes: int  # all location pages together
    seconds: float
    overview_seconds: float  # of which the overview (its charts: a fixed cost, whatever the size)

    @property
    def bytes_per_location_page(self) -> float:
        return self.location_page_bytes / self.locations if self.locations else 0.0


def build_site(dataset: Path, out_dir: Path, runs_dir: Path | None = None) -> SiteBuilt:
    """Renders the dataset at `dataset` and the run reports in `runs_dir` (default: the dataset's
    folder, where the refresh writes report.json and history/). A missing dataset gives a site with
    no locations (a first run that raised an alarm still gets its run page)."""
    started = time.monotonic()
    records = sorted(load_dataset(dataset).values(), key=lambda record: record.id) if dataset.exists() else []
    runs_dir = runs_dir if runs_dir is not None else dataset.parent
    runs = load_runs(runs_dir)
    feed = runs_dir / FEED_NAME
    building = out_dir.with_name(out_dir.name + ".building")
    shutil.rmtree(building, ignore_errors=True)
    location_bytes, overview_seconds = _write_pages(building, records, runs, feed=feed.is_file())
    _copy_static(building / "static")
    if feed.is_file():  # the refresh's feed of changes, served beside the pages that link it
        shutil.copyfile(feed, building / FEED_NAME)
    _swap_into_place(building, out_dir)
    written = [path for path in out_dir.rglob("*") if path.is_file()]
    return SiteBuilt(
        out_dir=out_dir,
        locations=len(records),
        runs=len(runs.runs),
        files=len(written),
        total_bytes=sum(path.stat().st_size for path in written),
        location_page_bytes=location_bytes,
        seconds=time.monotonic() - started,
        overview_seconds=overview_seconds,
    )


def _write_pages(root: Path, records: list[Profile], runs: Runs, *, feed: bool) -> tuple[int, float]:
    """Returns the bytes of the location pages and the seconds the overview took."""
    env = pages.environment()
    env.globals["feed"] = FEED_NAME if feed else None
    (root / "locations").mkdir(parents=True)
    (root / "runs").mkdir()
    started = time.monotonic()
    _write(root / "index.html", pages.overview(env, records, runs))
    overview_seconds = time.monotonic() - started
    _write(root / "locations.html", pages.locations_table(env, records, runs.last))
    changes = runs.changes_by_id()
    location_bytes = 0
    for record in records:
        html = pages.location(env, record, changes.get(record.id, []), runs.last)
        location_bytes += _write(root / "locations" / f"{record.id}.html", html)
    _write(root / "runs" / "index.html", pages.runs_index(env, runs))
    known_ids = {record.id for record in records}
    for index, run in enumerate(runs.runs):
        _write(root / "runs" / f"{run.slug}.html", pages.run_page(env, runs, index, known_ids))
    return location_bytes, overview_seconds


def _write(path: Path, html: str) -> int:
    data = html.encode("utf-8")
    path.write_bytes(data)
    return len(data)


def _copy_static(target: Path) -> None:
    with as_file(files(__package__).joinpath("static")) as source:
        shutil.copytree(source, target)


def _swap_into_place(building: Path, out_dir: Path) -> None:
    """Readers see the old site or the new one, never a half-written page (two renames: between
    them the folder is briefly absent)."""
    old = out_dir.with_name(out_dir.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if out_dir.exists():
        out_dir.rename(old)
    building.rename(out_dir)
    shutil.rmtree(old, ignore_errors=True)
