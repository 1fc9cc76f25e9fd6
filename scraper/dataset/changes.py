"""One field-level diff of two records of the same location, and a one-line summary a person reads.

The refresh's report (`changed {id: [fields]}`), `demandforum diff`, `demandforum history` and the
feed of changes all describe a change with this module, so they never disagree about what changed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from parsers.models import Citation, Profile

# Bookkeeping that changes without the location's data changing.
NOT_COMPARED_FIELDS = frozenset({"fetched_at", "stale"})
# Fields that change with every new page or parser: a summary names them only when nothing else moved.
PROVENANCE_FIELDS = ("content_sha256", "parser_version")


@dataclass(frozen=True, slots=True)
class CitationChange:
    """One citation present on one side only (`before` or `after` is None), or paired with changed fields."""

    before: Citation | None
    after: Citation | None
    fields: tuple[str, ...] = ()

    @property
    def kind(self) -> str:
        return "added" if self.before is None else "removed" if self.after is None else "changed"

    @property
    def category(self) -> str | None:
        return (self.after or self.before).category


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str
    before: Any
    after: Any


@dataclass(frozen=True, slots=True)
class RecordChanges:
    id: str
    changes: tuple[FieldChange, ...]
    citations: tuple[CitationChange, ...]  # citation by citation, when the `citations` field changed

    @property
    def fields(self) -> list[str]:
        return [change.field for change in self.changes]

    def __bool__(self) -> bool:
        return bool(self.changes)

    def summary(self) -> str:
        """'tactics +web-stings; 2 citations added under 'Sex Buyer Arrests'; population 113811 -> 114403'."""
        telling = [phrase for name, phrase in self.phrases().items() if name not in PROVENANCE_FIELDS]
        if not telling:
            return "no change to the record" if not self.changes else "same record from a new page or parser"
        return "; ".join(telling)

    def phrases(self) -> dict[str, str]:
        """Each changed field's part of the summary, by field."""
        return {change.field: "; ".join(_citation_phrases(self.citations)) if change.field == "citations"
                else _describe(change) for change in self.changes}


def diff_records(old: Profile, new: Profile, *, ignore: Iterable[str] = NOT_COMPARED_FIELDS) -> RecordChanges:
    """What differs from `old` to `new`, field by field in the record's order."""
    skipped = frozenset(ignore)
    changes = tuple(
        FieldChange(name, getattr(old, name), getattr(new, name))
        for name in Profile.model_fields
        if name not in skipped and getattr(old, name) != getattr(new, name)
    )
    citations = diff_citations(old.citations, new.citations) if "citations" in [c.field for c in changes] else ()
    return RecordChanges(new.id, changes, citations)


def diff_citations(old: list[Citation], new: list[Citation]) -> tuple[CitationChange, ...]:
    """Identical citations cancel out; the rest pair by their URL, else headline, else text (a date
    or an outlet corrected keeps its citation), and what stays unpaired was added or removed."""
    unmatched_old = _without_common(old, new)
    unmatched_new = _without_common(new, old)
    waiting: dict[str, list[Citation]] = {}
    for citation in unmatched_old:
        waiting.setdefault(_identity(citation), []).append(citation)
    found: list[CitationChange] = []
    for citation in unmatched_new:
        partners = waiting.get(_identity(citation))
        if partners:
            before = partners.pop(0)
            fields = tuple(name for name in Citation.model_fields if getattr(before, name) != getattr(citation, name))
            found.append(CitationChange(before, citation, fields))
        else:
            found.append(CitationChange(None, citation))
    found.extend(CitationChange(citation, None) for left in waiting.values() for citation in left)
    return tuple(found)


def _without_common(side: list[Citation], other: list[Citation]) -> list[Citation]:
    available = Counter(other)
    kept = []
    for citation in side:
        if available[citation]:
            available[citation] -= 1
        else:
            kept.append(citation)
    return kept


def _identity(citation: Citation) -> str:
    return citation.url or citation.headline or citation.text


def _describe(change: FieldChange) -> str:
    before, after = change.before, change.after
    if change.field == "tactics":
        return "tactics " + _added_removed(before, after)
    if change.field == "source_categories":
        return "Key Sources headings " + _added_removed(before, after)
    if change.field == "key_partners":
        return "key partners " + _added_removed([p.name for p in before], [p.name for p in after], changed="units")
    if change.field == "warnings":
        return "warnings " + _added_removed([w.code for w in before], [w.code for w in after], changed="messages")
    if change.field == "narrative":
        return _narrative(before, after)
    if change.field == "location":
        return f"location {_point(before)} -> {_point(after)}"
    return f"{change.field} {_scalar(before)} -> {_scalar(after)}"


def _added_removed(before: list[str], after: list[str], changed: str = "order") -> str:
    added = [item for item in after if item not in before]
    removed = [item for item in before if item not in after]
    if not added and not removed:
        return f"{changed} changed"
    return " ".join([*(f"+{item}" for item in added), *(f"-{item}" for item in removed)])


def _narrative(before: list, after: list) -> str:
    if len(before) != len(after):
        return f"narrative {len(before)} -> {len(after)} paragraphs"
    edited = sum(old != new for old, new in zip(before, after, strict=True))
    return f"narrative: {edited} paragraph{'s' if edited != 1 else ''} edited"


def _point(location) -> str:
    return "none" if location is None else f"({location.lat:g}, {location.lng:g})"


def _scalar(value: Any) -> str:
    if value is None:
        return "none"
    if isinstance(value, str):
        return repr(value[:60] + ("…" if len(value) > 60 else ""))
    return str(value)


def _citation_phrases(citations: tuple[CitationChange, ...]) -> list[str]:
    """'2 citations added under 'Sex Buyer Arrests'', grouped by kind and category in page order."""
    groups: Counter[tuple[str, str | None]] = Counter((c.kind, c.category) for c in citations)
    phrases = []
    for (kind, category), count in groups.items():
        noun = "citation" if count == 1 else "citations"
        where = f" under {category!r}" if category else ""
        if kind == "changed":
            fields = sorted({f for c in citations if (c.kind, c.category) == (kind, category) for f in c.fields})
            phrases.append(f"{count} {noun} changed{where} ({', '.join(fields)})")
        else:
            phrases.append(f"{count} {noun} {kind}{where}")
    return phrases or ["citations reordered"]

