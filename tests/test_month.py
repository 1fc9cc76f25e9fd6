"""Seven nights of refreshes against a real nginx while the site changes and trouble strikes (the
short version of the simulated month, tests/month): every promise checked after every night."""

from __future__ import annotations

from tests.month.run import run_month

NIGHTS, PAGES = 7, 60


def test_a_week_of_nights_loses_nothing_and_publishes_every_change_in_time(tmp_path):
    result = run_month(tmp_path, nights=NIGHTS, pages=PAGES, seed=1, missing_runs=2)
    outcomes = {line.kind: line.outcome for line in result.lines if line.kind != "normal"}
    assert outcomes == {
        "503": "alarm, previous dataset kept (failed-share)",
        "down": "alarm, previous dataset kept (discovery-failed)",
        "kill": "killed mid-publish",
        "full": outcomes["full"],
    }
    assert outcomes["full"].startswith("stopped: ")
    third = next(line for line in result.lines if line.kind == "503")
    assert third.failed > 0
    assert all(line.outcome == "ok" for line in result.lines if line.kind == "normal")
    ledger = result.ledger
    assert ledger.lost == [] and ledger.pending == {}
    assert ledger.largest_delay(announced=True) >= 1 and ledger.largest_delay(announced=False) >= 1
    # The page removed on day 1 went at its second publishing run (the kill night's); the slug
    # renamed away on day 3 has been missing for one counted run only (the kill night's count was
    # lost with its state), so it is still kept, marked stale.
    assert len(ledger.removed) == 1 and len(result.site.gone_on) == 2
    down = next(line for line in result.lines if line.kind == "down")
    assert down.requests == 0
    # The disk-full run stopped before fetching: the last night downloads exactly the pages edited or
    # added during both days (no removal or rename on them), and every other page answers 304.
    full, last = result.lines[-2], result.lines[-1]
    assert full.kind == "full"
    assert last.bodies == full.site_changes + last.site_changes
    assert last.page_requests == last.live_pages
