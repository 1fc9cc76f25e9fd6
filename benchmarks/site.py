"""Items 8-9: the static site. Build time and size at 3,000 and 30,000 locations (growth per location:
linear is 1.0x), and in Debian's headless Chromium the time to first render of the overview and of
the 3,000-row locations table, beside a blank page's first render in the same browser."""

from __future__ import annotations

import json
import statistics
from pathlib import Path

from benchmarks.results import Result, result
from scraper.dataset.site import SiteBuilt, build_site
from scraper.refresh.publish import load_dataset
from scraper.refresh.report import fill_rates, warnings_by_code
from tests.browser import chromium, visit

PAGE_BUDGET = 50_000  # bytes per location page, on average
RENDERS = 5  # page loads per figure; the median counts


def build(dataset_dir: Path, work_dir: Path) -> SiteBuilt:
    _write_runs(dataset_dir)
    return build_site(dataset_dir / "profiles.jsonl", work_dir / f"site-{dataset_dir.name}")


def growth(small: SiteBuilt, large: SiteBuilt) -> list[Result]:
    per = lambda built, value: value / built.locations  # noqa: E731
    time_ratio = per(large, _scaling(large)) / per(small, _scaling(small))
    size_ratio = per(large, large.total_bytes) / per(small, small.total_bytes)
    return [
        result(
            f"9. site build, {large.locations} vs {small.locations} locations",
            f"{large.seconds:.1f} s ({1000 * _scaling(large) / large.locations:.2f} ms/location)",
            f"{small.seconds:.1f} s ({1000 * _scaling(small) / small.locations:.2f} ms/location)",
            time_ratio, "<= 1.25x",
            note=f"ratio per location, without the overview ({small.overview_seconds:.1f} s at {small.locations}, "
            f"{large.overview_seconds:.1f} s at {large.locations}: Vega starting, the reference tables loaded once, "
            "the map and its markers); the table, every location and run page and the swap into place included",
        ),
        result(
            f"9. site size, {large.locations} vs {small.locations} locations",
            f"{large.total_bytes / 1e6:.1f} MB, {large.bytes_per_location_page / 1000:.1f} KB/location page",
            f"{small.total_bytes / 1e6:.1f} MB, {small.bytes_per_location_page / 1000:.1f} KB/location page",
            size_ratio, "<= 1.25x",
            holds=max(small.bytes_per_location_page, large.bytes_per_location_page) <= PAGE_BUDGET,
            note=f"per location; target also <= {PAGE_BUDGET // 1000} KB per location page on average; "
            f"locations.html {(large.out_dir / 'locations.html').stat().st_size / 1e6:.1f} MB at {large.locations}; "
            f"index.html (the map: a marker per placed location) {_kilobytes(small, 'index.html')} KB at "
            f"{small.locations}, {_kilobytes(large, 'index.html')} KB at {large.locations}",
        ),
    ]


def _kilobytes(built: SiteBuilt, name: str) -> int:
    return round((built.out_dir / name).stat().st_size / 1000)


def _scaling(built: SiteBuilt) -> float:
    return built.seconds - built.overview_seconds


def first_render(site: Path, locations: int) -> list[Result]:
    site = site.resolve()
    blank = site.parent / "blank.html"
    blank.write_text("<!doctype html><title>blank</title><p>blank</p>")
    with chromium() as browser, visit(browser, site.parent.as_uri() + "/") as seen:
        page = seen.page()
        floor = _median_paint(page, blank.as_uri())
        overview = _median_paint(page, (site / "index.html").as_uri())
        table = _median_paint(page, (site / "locations.html").as_uri())
        ready = _median(page, (site / "locations.html").as_uri(),
                        "performance.getEntriesByName('locations-table-ready')[0].startTime")
        filtering = _median(page, (site / "locations.html").as_uri(), _FILTER_AND_SORT)
    assert seen.blocked == [] and seen.errors == [], (seen.blocked, seen.errors)
    return [
        result("10. Chromium first render, overview", f"{overview:.0f} ms", f"{floor:.0f} ms (blank page)",
               overview / floor, "<= 10.0x", note="first-contentful-paint over file://, median of 5 loads"),
        result(f"10. Chromium first render, locations table ({locations} rows)", f"{table:.0f} ms",
               f"{floor:.0f} ms (blank page)", table / floor, "<= 10.0x",
               note=f"filters and sort ready at {ready:.0f} ms; a state filter then a sort take {filtering:.0f} ms"),
    ]


_FILTER_AND_SORT = """(() => {
  const start = performance.now();
  const state = document.querySelector('select[name=state]');
  state.value = state.options[1].value;
  state.dispatchEvent(new Event('input', {bubbles: true}));
  document.querySelector('th:nth-child(4) button').click();
  return performance.now() - start;
})()"""


def _median_paint(page, url: str) -> float:
    return _median(page, url, "performance.getEntriesByName('first-contentful-paint')[0].startTime")


def _median(page, url: str, expression: str) -> float:
    times = []
    for _ in range(RENDERS):
        page.goto(url, wait_until="load")
        page.wait_for_function("performance.getEntriesByName('first-contentful-paint').length > 0")
        times.append(float(page.evaluate(expression)))
    return statistics.median(times)


def _write_runs(dataset_dir: Path) -> None:
    """Two run reports for the run pages and the charts over runs: the first run adds everything,
    the second changes one location in a hundred and fails one page."""
    records = list(load_dataset(dataset_dir / "profiles.jsonl").values())
    history = dataset_dir / "history"
    history.mkdir(exist_ok=True)
    ids = [record.id for record in records]
    for stamp, added, changed, failures in (
        ("2026-11-27T05:17:00+00:00", ids, {}, []),
        ("2026-11-28T05:17:00+00:00", [], {i: ["narrative"] for i in ids[::100]},
         [{"url": f"https://demand-forum.org/site/{ids[0]}/", "id": ids[0], "reason": "HTTP 503"}]),
    ):
        report = {
            "run": {"started_at": stamp, "finished_at": stamp, "duration_seconds": 2700.0, "mode": "online",
                    "outcome": "ok", "exit_code": 0, "published": True, "dataset_changed": True},
            "pages": {"discovered": len(ids), "fetched": len(ids), "not_modified": 0, "failed": len(failures),
                      "failed_by_reason": {"HTTP 503": len(failures)} if failures else {}, "parsed": len(ids)},
            "requests": len(ids) + 6, "bytes_downloaded": 37_000 * len(ids),
            "records": {"total": len(ids), "stale": 0, "added": added, "changed": changed, "removed": {},
                        "newly_stale": [], "recovered": [], "missing": {}},
            "fill_rates": fill_rates(records), "warnings_by_code": warnings_by_code(records),
            "alarms": [], "failures": failures,
        }
        name = stamp[:19].replace("-", "").replace(":", "") + ".000000Z.json"
        (history / name).write_text(json.dumps(report))
