"""One line saying how a location's record changed: "tactics +web-stings; 2 citations added".

Built on the report's field list (`scraper.refresh.report.changed_fields`), so the feed and the
report agree on what changed.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from pydantic import BaseModel

from parsers.models import Profile
from scraper.refresh.report import changed_fields

# Lists of objects are counted by item, in these words.
ITEM_NOUNS = {
    "citations": "citation",
    "narrative": "narrative paragraph",
    "key_partners": "key partner",
    "warnings": "warning",
}
# Bookkeeping that changes with almost every edit and says nothing to a reader on its own.
UNTOLD_FIELDS = frozenset({"content_sha256"})


def change_summary(before: Profile, after: Profile) -> str:
    parts = [
        _field_change(name, getattr(before, name), getattr(after, name))
        for name in changed_fields(before, after)
        if name not in UNTOLD_FIELDS
    ]
    return "; ".join(parts) or "page edited, no field changed"


def _field_change(name: str, old: Any, new: Any) -> str:
    if name in ITEM_NOUNS:
        return _items_change(ITEM_NOUNS[name], old, new)
    if isinstance(old, list) or isinstance(new, list):
        gained = [f"+{value}" for value in new if value not in old]
        lost = [f"-{value}" for value in old if value not in new]
        return f"{name} {' '.join(gained + lost) or 'reordered'}"
    if isinstance(old, BaseModel) or isinstance(new, BaseModel):
        return f"{name} {'added' if old is None else 'removed' if new is None else 'changed'}"
    return f"{name} {_shown(old)} → {_shown(new)}"


def _items_change(noun: str, old: list[BaseModel], new: list[BaseModel]) -> str:
    before = Counter(item.model_dump_json() for item in old)
    after = Counter(item.model_dump_json() for item in new)
    counts = {"added": sum((after - before).values()), "removed": sum((before - after).values())}
    parts = [f"{plural(count, noun)} {verb}" for verb, count in counts.items() if count]
    return "; ".join(parts) or f"{noun}s reordered"


def _shown(value: Any) -> str:
    if value is None:
        return "none"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}{'' if count == 1 else 's'}"
