"""The golden test's flow: what a saved page in fixtures/pages must give, as its expected file holds it.

`tests/test_golden.py` checks every fixture with it and `demandforum fixture` writes a new page's
output with it, so a pinned page is reviewed exactly as the test will read it.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from parsers import NotAProfilePage, parse_profile

# The day the fixtures' citation dates are bounded by when a page carries no date of its own.
GOLDEN_RUN_DATE = date(2026, 11, 28)


def golden_output(raw: bytes, name: str, run_date: date = GOLDEN_RUN_DATE) -> dict[str, Any]:
    """The record of fixtures/pages/<name>.html, or {"refused": code} for a page that must be refused."""
    try:
        record = parse_profile(raw, url=f"https://demand-forum.org/site/{name}/", run_date=run_date)
    except NotAProfilePage as refusal:
        return {"refused": refusal.code}
    return record.model_dump(mode="json")


def render_golden(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
