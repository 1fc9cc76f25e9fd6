"""Small builders for section-parser tests: a snippet of article HTML in a minimal page."""

from __future__ import annotations

from datetime import date

from parsers import parse_profile
from parsers.models import Profile

REFERENCE_DATE = date(2026, 11, 28)


def article(body: str, title: str = "Springfield, IL", chrome: str = "") -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{title} – Demand Forum</title></head><body>{chrome}"
            f"<article><h1>{title}</h1><div class='entry-content'>{body}</div></article></body></html>").encode()


def parse(body: str, *, slug: str = "springfield-il", **kwargs) -> Profile:
    return parse_profile(article(body, **kwargs), url=f"https://demand-forum.org/site/{slug}/",
                         reference_date=REFERENCE_DATE)


def codes(record: Profile) -> list[str]:
    return [f"{w.section}/{w.code}" for w in record.warnings]


META = "<p>State Illinois</p><p>Type City</p><p>Population 114394</p>"
NARRATIVE = "<p>Springfield is the capital of Illinois; police there have run several reverse stings.</p>"
