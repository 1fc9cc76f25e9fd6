"""The record-keeping rules of the refresh job, on hand-made records and a fake parser."""

from datetime import UTC, datetime

import pytest

from scraper.refresh.reconcile import (
    MISSING_FROM_DISCOVERY,
    BodyUnavailable,
    PageSource,
    ParseRefused,
    reconcile,
)
from scraper.refresh.state import RefreshState
from tests.test_refresh_records import FETCHED_AT, make_profile, sha_of

RUN_1 = datetime(2026, 11, 27, 6, 0, tzinfo=UTC)
RUN_2 = datetime(2026, 11, 28, 6, 0, tzinfo=UTC)


def url_of(slug):
    return f"https://demand-forum.org/site/{slug}/"


class FakeSite:
    """Bodies are 'slug|population' or 'broken'; parse counts its calls."""

    def __init__(self):
        self.parsed = []

    def read_body(self, sha256):
        return self.bodies[sha256]

    def page(self, slug, body=None, failure=None, fetched_at=FETCHED_AT):
        if failure:
            return PageSource(url_of(slug), None, fetched_at, failure)
        body = body or f"{slug}|1000"
        self.bodies[sha_of(body)] = body.encode()
        return PageSource(url_of(slug), sha_of(body), fetched_at)

    bodies: dict

    def parse(self, body, page):
        self.parsed.append(page.url)
        text = body.decode()
        if text == "broken":
            raise ParseRefused("not a profile page (error-page): Page not found")
        slug, population = text.split("|")
        return make_profile(
            slug, population=int(population), content_sha256=sha_of(text),
            fetched_at=page.fetched_at,
        )

    def run(self, previous, state, pages, started=RUN_1, missing_runs_limit=3):
        return reconcile(
            previous, state, pages, read_body=self.read_body, parse=self.parse,
            parser_version="test", run_started=started, missing_runs_limit=missing_runs_limit,
        )


@pytest.fixture
def site():
    fake = FakeSite()
    fake.bodies = {}
    return fake


def test_unchanged_bodies_are_not_parsed_again(site):
    first = site.run({}, RefreshState(), [site.page("a-ct"), site.page("b-ct")])
    assert first.parsed == 2 and sorted(first.records) == ["a-ct", "b-ct"]
    site.parsed.clear()
    second = site.run(first.records, first.state, [site.page("a-ct"), site.page("b-ct")], RUN_2)
    assert site.parsed == [] and second.reused == 2
    assert second.records == first.records


def test_a_changed_body_is_parsed_and_replaces_the_record(site):
    first = site.run({}, RefreshState(), [site.page("a-ct")])
    second = site.run(first.records, first.state, [site.page("a-ct", "a-ct|5")], RUN_2)
    assert second.parsed == 1
    assert second.records["a-ct"].population == 5


def test_a_failing_page_keeps_its_last_good_record_marked_stale_until_it_parses_again(site):
    first = site.run({}, RefreshState(), [site.page("a-ct")])
    good = first.records["a-ct"]
    second = site.run(first.records, first.state, [site.page("a-ct", failure="http 500")], RUN_2)
    kept = second.records["a-ct"]
    assert kept.model_copy(update={"stale": None}) == good
    assert kept.stale.reason == "http 500"
    assert kept.stale.since == RUN_2
    assert kept.stale.last_good_fetch == FETCHED_AT
    failures = [(f.url, f.id, f.reason) for f in second.failures]
    assert failures == [(url_of("a-ct"), "a-ct", "http 500")]

    third_run = RUN_2.replace(day=29)
    third = site.run(second.records, second.state, [site.page("a-ct", "broken")], third_run)
    still = third.records["a-ct"]
    assert still.stale.since == RUN_2, "the first failing run stays the start of staleness"
    assert still.stale.reason.startswith("not a profile page")
    assert third.failures[0].refused_by_parser

    recovered = site.run(third.records, third.state, [site.page("a-ct")], third_run)
    assert recovered.records["a-ct"] == good


def test_a_body_the_parser_refused_is_not_parsed_again(site):
    first = site.run({}, RefreshState(), [site.page("a-ct", "broken")])
    assert first.records == {} and first.parsed == 1
    site.parsed.clear()
    again = site.run(first.records, first.state, [site.page("a-ct", "broken")], RUN_2)
    assert site.parsed == []
    assert again.failures[0].reason == first.failures[0].reason


def test_an_unreadable_body_fails_the_page_without_remembering_it_as_refused(site):
    def unreadable(sha256):
        raise BodyUnavailable("archived body unreadable: corrupt")

    page = site.page("a-ct")
    result = reconcile(
        {}, RefreshState(), [page], read_body=unreadable, parse=site.parse,
        parser_version="test", run_started=RUN_1, missing_runs_limit=3,
    )
    assert result.failures[0].reason == "archived body unreadable: corrupt"
    assert result.state.pages[page.url].rejected_sha256 is None


def test_a_location_missing_from_discovery_is_kept_stale_then_removed_after_n_runs(site):
    state, records = RefreshState(), {}
    first = site.run(records, state, [site.page("a-ct"), site.page("b-ct")])
    records, state = first.records, first.state
    for run in (1, 2):
        result = site.run(records, state, [site.page("a-ct")], RUN_2)
        assert result.missing == {"b-ct": run}
        assert result.records["b-ct"].stale.reason == MISSING_FROM_DISCOVERY
        records, state = result.records, result.state
    final = site.run(records, state, [site.page("a-ct")], RUN_2)
    assert "b-ct" not in final.records
    assert final.removed == {"b-ct": "missing from discovery for 3 runs"}


def test_a_location_back_in_discovery_starts_its_missing_count_again(site):
    first = site.run({}, RefreshState(), [site.page("a-ct"), site.page("b-ct")])
    gone = site.run(first.records, first.state, [site.page("a-ct")], RUN_2)
    back = site.run(gone.records, gone.state, [site.page("a-ct"), site.page("b-ct")], RUN_2)
    assert back.records["b-ct"].stale is None
    assert back.state.pages[url_of("b-ct")].missing_runs == 0
    again = site.run(back.records, back.state, [site.page("a-ct")], RUN_2)
    assert again.missing == {"b-ct": 1}


def test_two_urls_giving_one_id_keep_the_first_url_in_order_and_fail_the_other(site):
    pages = [site.page("a-ct"), PageSource(url_of("a-ct-2"), sha_of("a-ct|1000"), FETCHED_AT)]
    result = site.run({}, RefreshState(), pages)
    assert list(result.records) == ["a-ct"]
    assert result.state.pages[url_of("a-ct-2")].id == "a-ct"
    assert [failure.url for failure in result.failures] == [url_of("a-ct")]
    assert result.failures[0].reason == f"duplicate id: a-ct also given by {url_of('a-ct-2')}"


def test_a_new_page_that_fails_is_only_reported(site):
    result = site.run({}, RefreshState(), [site.page("a-ct", failure="refused: non-HTML body")])
    assert result.records == {}
    assert result.failures[0].id is None


def test_a_failing_page_without_a_record_gets_one_from_its_last_good_archived_body(site):
    archived = site.page("a-ct")
    failing = PageSource(archived.url, archived.sha256, archived.fetched_at, "HTTP 503")
    result = site.run({}, RefreshState(), [failing], RUN_2)
    record = result.records["a-ct"]
    assert record.stale.reason == "HTTP 503"
    assert record.stale.last_good_fetch == FETCHED_AT
    assert result.state.pages[archived.url].id == "a-ct"
    assert [failure.reason for failure in result.failures] == ["HTTP 503"]


def test_without_state_a_record_is_found_by_its_slug(site):
    first = site.run({}, RefreshState(), [site.page("a-ct")])
    moved = {"a-ct": first.records["a-ct"].model_copy(update={"url": "https://old.example/a"})}
    again = site.run(moved, RefreshState(), [site.page("a-ct", failure="HTTP 503")], RUN_2)
    assert again.records["a-ct"].stale.reason == "HTTP 503"
    assert again.removed == {}
