"""Compare two JSONL datasets record by record, holding one record of each at a time.

Both files are walked together in id order, as the dataset is written (sorted by id). A file that
turns out not to be sorted is read again through an index of its ids and line offsets, so memory
grows with its number of ids, never with its records.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import to_jsonable_python

from parsers.models import Profile
from scraper.dataset.changes import diff_records


class BadRecord(ValueError):
    """A line of a dataset that is not a valid record, or an id already seen in that file."""

    def __init__(self, path: Path, line_number: int, reason: str) -> None:
        super().__init__(f"{path}:{line_number}: {reason}")


class _Unsorted(Exception):
    pass


@dataclass
class FieldTally:
    changed: int = 0
    examples: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class DatasetDiff:
    old: str
    new: str
    old_records: int = 0
    new_records: int = 0
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed_records: int = 0
    fields: dict[str, FieldTally] = field(default_factory=dict)
    citations: Counter[str] = field(default_factory=Counter)  # added / removed / changed
    citation_fields: Counter[str] = field(default_factory=Counter)  # of changed citations
    citation_examples: list[dict[str, Any]] = field(default_factory=list)
    unsorted: list[str] = field(default_factory=list)  # files read through an index of offsets

    @property
    def identical(self) -> bool:
        return not (self.added or self.removed or self.changed_records)

    def fields_in_order(self) -> list[tuple[str, FieldTally]]:
        return [(name, self.fields[name]) for name in Profile.model_fields if name in self.fields]

    def to_json(self) -> dict[str, Any]:
        return {
            "old": {"path": self.old, "records": self.old_records},
            "new": {"path": self.new, "records": self.new_records},
            "identical": self.identical,
            "added": self.added,
            "removed": self.removed,
            "changed_records": self.changed_records,
            "fields": {name: {"changed": tally.changed, "examples": tally.examples}
                       for name, tally in self.fields_in_order()},
            "citations": {**{kind: self.citations[kind] for kind in ("added", "removed", "changed")},
                          "changed_fields": dict(self.citation_fields.most_common()),
                          "examples": self.citation_examples},
            "unsorted": self.unsorted,
        }


def compare_datasets(old: Path, new: Path, *, examples: int = 3, ignore: Iterable[str] = ()) -> DatasetDiff:
    """Raises BadRecord (naming the file and line) when either file holds something else than records."""
    ignored = frozenset(ignore)
    indexed: set[Path] = set()
    while True:
        result = DatasetDiff(str(old), str(new), unsorted=[str(path) for path in (old, new) if path in indexed])
        try:
            _walk(_read(old, old in indexed), _read(new, new in indexed), result, examples, ignored)
            return result
        except _Unsorted as unsorted:
            indexed.add(unsorted.args[0])


def _read(path: Path, by_index: bool) -> Iterator[Profile]:
    return _by_offsets(path) if by_index else _in_order(path)


def _in_order(path: Path) -> Iterator[Profile]:
    previous = None
    with path.open("rb") as handle:
        for number, line in enumerate(handle, 1):
            record = _record(path, number, line)
            if previous is not None and record.id <= previous:
                if record.id == previous:
                    raise BadRecord(path, number, f"id {record.id!r} is on the line before too")
                raise _Unsorted(path)
            previous = record.id
            yield record


def _by_offsets(path: Path) -> Iterator[Profile]:
    offsets: dict[str, tuple[int, int]] = {}
    with path.open("rb") as handle:
        offset = 0
        for number, line in enumerate(handle, 1):
            record_id = _record(path, number, line).id
            if record_id in offsets:
                raise BadRecord(path, number, f"id {record_id!r} is on line {offsets[record_id][1]} too")
            offsets[record_id] = (offset, number)
            offset += len(line)
        for record_id in sorted(offsets):
            start, number = offsets[record_id]
            handle.seek(start)
            yield _record(path, number, handle.readline())


def _record(path: Path, number: int, line: bytes) -> Profile:
    try:
        return Profile.model_validate_json(line)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise BadRecord(path, number, f"not a record: {where + ': ' if where else ''}{first['msg']}") from None


def _walk(old: Iterator[Profile], new: Iterator[Profile], result: DatasetDiff, examples: int,
          ignored: frozenset[str]) -> None:
    before, after = next(old, None), next(new, None)
    while before is not None or after is not None:
        if after is None or (before is not None and before.id < after.id):
            result.removed.append(before.id)
            result.old_records += 1
            before = next(old, None)
        elif before is None or after.id < before.id:
            result.added.append(after.id)
            result.new_records += 1
            after = next(new, None)
        else:
            _tally(before, after, result, examples, ignored)
            result.old_records += 1
            result.new_records += 1
            before, after = next(old, None), next(new, None)


def _tally(before: Profile, after: Profile, result: DatasetDiff, examples: int, ignored: frozenset[str]) -> None:
    changes = diff_records(before, after, ignore=ignored)
    if not changes:
        return
    result.changed_records += 1
    phrases = changes.phrases()
    for change in changes.changes:
        tally = result.fields.setdefault(change.field, FieldTally())
        tally.changed += 1
        if len(tally.examples) < examples:
            tally.examples.append({"id": after.id, "summary": phrases[change.field],
                                   "before": to_jsonable_python(change.before),
                                   "after": to_jsonable_python(change.after)})
    for citation in changes.citations:
        result.citations[citation.kind] += 1
        result.citation_fields.update(citation.fields)
        if sum(example["kind"] == citation.kind for example in result.citation_examples) < examples:
            result.citation_examples.append({
                "id": after.id, "kind": citation.kind, "fields": list(citation.fields),
                "before": to_jsonable_python(citation.before), "after": to_jsonable_python(citation.after)})
