"""Seven nights of refreshes against a real nginx while the site changes and trouble strikes (the
short version of the simulated month, tests/month): every promise checked after every night."""

from __future__ import annotations

from scraper.refresh.report import AlarmThresholds
from tests.month.run import run_month

NIGHTS, PAGES = 7, 60


def test_a_week_of_nights_loses_nothing_and_publishes_every_change_in_time(tmp_path):
    result = run_month(tmp_path, nights=NIGHTS, pages=PAGES, seed=1, missing_runs=2)
    lines = {line.kind: line for line in result.lines if line.kind != "normal"}
    assert all(line.outcome == "ok" for line in result.lines if line.kind == "normal")
    # A third of the pages answer 503: the pages the run asked for fail (they keep their records,
    # marked stale, which the checks verify), and the failed-share alarm fires exactly when they are
    # too many (others may join it, such as a circuit breaker's).
    third = lines["503"]
    assert third.failed > 0
    too_many = third.failed / third.live_pages > AlarmThresholds().max_failed_share
    assert ("failed-share" in third.outcome) == too_many
    assert lines["down"].outcome == "alarm, previous dataset kept (discovery-failed)"
    assert lines["down"].requests == 0
    assert lines["kill"].outcome == "killed mid-publish"
    assert lines["full"].outcome.startswith("stopped: ")

    ledger = result.ledger
    assert ledger.lost == []
    assert result.history_checked == 20
    assert ledger.largest_delay(announced=True) == 1  # some change waited for a night that published
    assert all(not version.announced for version in ledger.pending.values())
    # The page removed on day 1 went at its second counted run; the slug renamed away on day 3 has
    # been missing for one counted run only (the kill night's count was lost with its state), so it
    # is still kept, marked stale.
    assert len(ledger.removed) == 1 and len(result.site.gone_on) == 2
    # The disk-full run stored nothing: the last night downloads at most the pages changed during
    # both days, and asks no page twice.
    full, last = result.lines[-2], result.lines[-1]
    assert full.kind == "full"
    assert 0 < last.bodies <= full.site_changes + last.site_changes
    assert last.page_requests <= last.live_pages
