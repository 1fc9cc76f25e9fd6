"""The lastmod verdict: when distrust starts and when it ends (scraper.refresh.lastmod_trust)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from parsers import parse_profile
from scraper.refresh.lastmod_trust import judge_lastmod
from scraper.refresh.reconcile import Reconciliation
from scraper.refresh.state import LastmodTrust, RefreshState, TrackedPage, load_state

RUN = datetime(2026, 3, 14, 3, 0, tzinfo=UTC)
LIED_ON = datetime(2026, 3, 10, 3, 0, tzinfo=UTC)
PAGES = [f"https://example.org/site/place-{n}/" for n in range(40)]


def dataset(changed: int) -> tuple[dict, Reconciliation]:
    """40 published records and the next dataset, in which the first `changed` have a new population."""
    page = Path("fixtures/pages/waterbury-ct.html").read_bytes()
    record = parse_profile(page, reference_date=date(2026, 11, 28))
    previous = {f"place-{n}": record.model_copy(update={"id": f"place-{n}"}) for n in range(40)}
    current = {key: value.model_copy(update={"population": (value.population or 0) + 1}) if n < changed
               else value for n, (key, value) in enumerate(previous.items())}
    state = RefreshState(pages={url: TrackedPage(id=f"place-{n}") for n, url in enumerate(PAGES)})
    return previous, Reconciliation(records=current, state=state)


def verdict(trust: LastmodTrust, changed: int, *, every_page: bool, revalidated: list[str] = PAGES):
    previous, reconciliation = dataset(changed)
    return judge_lastmod(trust, revalidated, PAGES[:changed], reconciliation, previous,
                         lie_share=0.05, every_page_revalidated=every_page, run_started=RUN)


def test_more_lies_than_the_share_untrust_lastmod_from_this_run():
    result = verdict(LastmodTrust(), changed=3, every_page=False, revalidated=PAGES[:20])
    assert result.trust.untrusted_since == RUN and result.untrusted_ids == ["place-0", "place-1", "place-2"]
    assert "3 of 20" in result.message and "next run revalidates every page" in result.message


def test_lies_within_the_share_leave_a_trusted_lastmod_alone():
    result = verdict(LastmodTrust(), changed=1, every_page=False, revalidated=PAGES[:20])
    assert result.trust == LastmodTrust() and result.message is None and result.untrusted_ids == ["place-0"]


def test_one_run_right_over_every_page_brings_trust_back():
    result = verdict(LastmodTrust(untrusted_since=LIED_ON), changed=2, every_page=True)
    assert result.trust == LastmodTrust() and "trusted again" in result.message


def test_a_run_that_lied_over_every_page_keeps_the_first_day_of_distrust():
    result = verdict(LastmodTrust(untrusted_since=LIED_ON), changed=10, every_page=True)
    assert result.trust.untrusted_since == LIED_ON


def test_a_run_cut_short_does_not_bring_trust_back():
    """A deadline or the circuit breaker stopped it: pages it never asked may still hide changes."""
    result = verdict(LastmodTrust(untrusted_since=LIED_ON), changed=0, every_page=False, revalidated=PAGES[:9])
    assert result.trust.untrusted_since == LIED_ON and "still untrusted" in result.message


def test_a_state_file_from_the_first_rule_still_loads(tmp_path):
    saved = tmp_path / "state.json"
    saved.write_text('{"state_version": 1, "pages": {"https://example.org/site/a/": {"id": "a"}},'
                     ' "lastmod": {"untrusted_since": "2026-03-10T03:00:00Z", "right_runs": 2}}')
    state = load_state(saved)
    assert state.lastmod.untrusted_since == LIED_ON and list(state.pages) == ["https://example.org/site/a/"]
