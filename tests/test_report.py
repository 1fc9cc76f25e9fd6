from parsers.models import ParseWarning, StaleMark
from scraper.refresh.report import (
    AlarmThresholds,
    check_alarms,
    fill_rates,
    record_changes,
    summary_lines,
    warnings_by_code,
)
from tests.test_refresh_records import FETCHED_AT, make_profile

WARNING = ParseWarning(section="tactics", code="unknown-tactic", message="Billboards")
THRESHOLDS = AlarmThresholds(fill_drop=0.10, max_failed_share=0.10, min_discovery_ratio=0.7)


def dataset(*records):
    return {record.id: record for record in records}


def ten_profiles(**changes):
    return dataset(*(make_profile(f"place{n}-ct", **changes) for n in range(10)))


def alarms_for(previous, current, *, discovered=10, previous_discovered=10, failed=0):
    return check_alarms(
        THRESHOLDS,
        discovered=discovered,
        previous_discovered=previous_discovered,
        failed=failed,
        previous=previous,
        current=current,
    )


def test_fill_rates_count_empty_and_null_as_unfilled_and_cover_citation_parts():
    records = [make_profile("a-ct"), make_profile("b-ct", population=None, tactics=[])]
    rates = fill_rates(records)
    assert rates["population"] == 0.5
    assert rates["tactics"] == 0.5
    assert rates["name"] == 1.0
    assert rates["location"] == 0.0
    assert rates["citations.headline"] == 1.0
    assert rates["citations.url"] == 0.0
    assert fill_rates([]) == {}


def test_record_changes_name_the_changed_fields_and_ignore_fetch_bookkeeping():
    previous = dataset(make_profile("a-ct"), make_profile("b-ct"), make_profile("c-ct"))
    later = FETCHED_AT.replace(day=20)
    mark = StaleMark(reason="http 500", since=later, last_good_fetch=FETCHED_AT)
    current = dataset(
        make_profile("a-ct", population=2000, content_sha256="0" * 64),
        make_profile("b-ct", fetched_at=later).model_copy(update={"stale": mark}),
        make_profile("d-ct"),
    )
    changes = record_changes(previous, current)
    assert changes["added"] == ["d-ct"]
    assert changes["removed"] == ["c-ct"]
    assert changes["changed"] == {"a-ct": ["population", "content_sha256"]}
    assert changes["newly_stale"] == ["b-ct"]
    assert record_changes(current, previous)["recovered"] == ["b-ct"]


def test_no_alarm_on_a_normal_run_with_a_few_changes_and_one_failure():
    previous = ten_profiles()
    current = {**previous, "place0-ct": make_profile("place0-ct", population=None)}
    current["new-ct"] = make_profile("new-ct", population=None, citations=[])
    assert alarms_for(previous, current, discovered=11, failed=1) == []


def test_fill_drop_alarm_fires_when_a_field_empties_on_known_locations():
    previous = ten_profiles()
    current = ten_profiles(population=None)
    alarms = alarms_for(previous, current)
    assert [alarm.kind for alarm in alarms] == ["fill-drop"]
    assert "population" in alarms[0].message


def test_fill_drop_ignores_new_sparse_locations_and_fewer_warnings():
    previous = ten_profiles()
    current = {**previous}
    current.update({f"new{n}-ct": make_profile(f"new{n}-ct", population=None) for n in range(10)})
    assert alarms_for(previous, current, discovered=20) == []
    assert alarms_for(ten_profiles(warnings=[WARNING]), ten_profiles()) == []


def test_failed_share_alarm_fires_above_the_threshold_only():
    records = ten_profiles()
    assert alarms_for(records, records, failed=1) == []
    alarms = alarms_for(records, records, failed=2)
    assert [alarm.kind for alarm in alarms] == ["failed-share"]


def test_discovery_drop_alarm_fires_when_far_fewer_profiles_are_found():
    records = ten_profiles()
    assert alarms_for(records, records, discovered=7, previous_discovered=10) == []
    alarms = alarms_for(records, records, discovered=6, previous_discovered=10)
    assert [alarm.kind for alarm in alarms] == ["discovery-drop"]
    assert alarms_for(records, records, discovered=6, previous_discovered=None) == []


def test_discovering_nothing_on_a_first_run_is_an_alarm():
    assert [a.kind for a in alarms_for({}, {}, discovered=0, previous_discovered=None)] == [
        "discovery-drop"
    ]


def test_warnings_are_counted_by_code():
    records = [make_profile("a-ct", warnings=[WARNING, WARNING]), make_profile("b-ct")]
    assert warnings_by_code(records) == {"unknown-tactic": 2}


def test_summary_names_counts_failures_and_alarms():
    report = {
        "run": {"mode": "online", "base_url": "http://x", "outcome": "alarm, previous dataset kept",
                "duration_seconds": 1.25},
        "requests": 12,
        "pages": {"discovered": 10, "fetched": 2, "not_modified": 7, "failed": 1, "parsed": 2,
                  "failed_unchanged": 1, "not_reached": [], "failed_by_reason": {"http 500": 1}},
        "records": {"total": 10, "stale": 1, "added": ["a"], "changed": {}, "removed": {}},
        "alarms": [{"kind": "failed-share", "message": "1 of 10 pages failed"}],
        "requests_by_kind": {"robots": 1, "sitemaps": 3, "listings": 0, "pages": 8,
                             "skipped_by_lastmod": 2, "revalidated_304": 5, "fetched_200": 2,
                             "failed": 1},
        "bytes_downloaded": 3 * 2**20,
        "lastmod": {"message": "lastmod untrusted: 2 of 4 revalidated pages changed"},
    }
    text = "\n".join(summary_lines(report))
    assert "10 discovered, 2 fetched, 7 not modified, 1 failed (1 unchanged), 2 parsed" in text
    assert ("requests: robots 1, sitemaps 3, listings 0, pages 8 (5 revalidated 304, 2 fetched 200, "
            "1 failed); 2 skipped by lastmod; 3.0 MiB downloaded") in text
    assert "lastmod untrusted: 2 of 4" in text
    assert "1 x http 500" in text
    assert "ALARM failed-share" in text
