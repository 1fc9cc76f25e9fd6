"""Hand-made records for the refresh job's unit tests, and the round trip they rely on."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any

from parsers.models import Citation, Profile, StaleMark

FETCHED_AT = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


def sha_of(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def make_profile(slug: str, **changes: Any) -> Profile:
    fields: dict[str, Any] = {
        "id": slug,
        "url": f"https://demand-forum.org/site/{slug}/",
        "name": f"{slug.title()}, CT",
        "place": slug.title(),
        "state_code": "CT",
        "state": "Connecticut",
        "type": "City",
        "population": 1000,
        "location": None,
        "tactics": ["reverse-stings"],
        "narrative": [],
        "key_partners": [],
        "source_categories": ["Sex Buyer Arrests"],
        "citations": [
            Citation(
                category="Sex Buyer Arrests",
                headline="Police Arrest Buyers",
                outlet="Daily News",
                date="2007-06-03",
                date_precision="day",
                url=None,
                text="“Police Arrest Buyers,” Daily News, June 3 2007.",
            )
        ],
        "warnings": [],
        "fetched_at": FETCHED_AT,
        "content_sha256": sha_of(slug),
        "parser_version": "test",
    }
    fields.update(changes)
    return Profile(**fields)


def test_a_record_survives_its_json_line_stale_mark_included():
    mark = StaleMark(reason="HTTP 500", since=FETCHED_AT, last_good_fetch=FETCHED_AT)
    for record in (make_profile("a-ct"), make_profile("b-ct").model_copy(update={"stale": mark})):
        assert Profile.model_validate_json(record.to_json_line()) == record
