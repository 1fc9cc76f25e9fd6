"""Atomic publishing of the dataset and of the small JSON files beside it.

Every file is written to a temporary name in its final directory, flushed to disk, then renamed over
the final name (`os.replace` is atomic on POSIX): a run killed at any instant leaves either the old
file or the new one, never a partial one. The dataset is also re-read and validated before the
rename.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from parsers.models import Profile
from scraper.storage.atomic import write_atomically


class InvalidDataset(Exception):
    """A dataset file (or bytes about to become one) is not a valid, sorted JSONL of profiles."""


def render_dataset(records: Iterable[Profile]) -> bytes:
    """The JSONL bytes of `records`, sorted by id; identical records give identical bytes."""
    ordered = sorted(records, key=lambda record: record.id)
    return b"".join(record.to_json_line().encode() + b"\n" for record in ordered)


def parse_dataset(data: bytes, *, require_sorted: bool = True) -> list[Profile]:
    """Every line as a Profile; InvalidDataset unless every line is valid and ids unique, sorted."""
    if data and not data.endswith(b"\n"):
        raise InvalidDataset("the last line is not terminated (partial write?)")
    records: list[Profile] = []
    for number, line in enumerate(data.splitlines(), start=1):
        try:
            records.append(Profile.model_validate_json(line))
        except ValidationError as error:
            first = error.errors()[0]
            raise InvalidDataset(f"line {number}: {first['loc']}: {first['msg']}") from None
    ids = [record.id for record in records]
    if len(set(ids)) != len(ids):
        raise InvalidDataset("an id appears on several lines")
    if require_sorted and ids != sorted(ids):
        raise InvalidDataset("ids are not sorted")
    return records


def load_dataset(path: Path) -> dict[str, Profile]:
    """The published records by id; empty when nothing was published yet.

    Any order is accepted, so that a file written by `demandforum parse` (in input order) can be
    the starting point of a refresh; the refresh then publishes it sorted.
    """
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return {}
    return {record.id: record for record in parse_dataset(data, require_sorted=False)}


def publish_dataset(path: Path, records: Iterable[Profile], *,
                    before_change: Callable[[], None] | None = None) -> bool:
    """Atomically replace `path` with `records`; returns False when its bytes were already those.

    `before_change` runs first when the bytes differ (to withdraw what was made from the old ones).
    """
    data = render_dataset(records)
    if path.exists() and path.read_bytes() == data:
        return False
    if before_change is not None:
        before_change()
    write_atomically(path, data, validate=parse_dataset)
    return True


def write_json_atomically(path: Path, document: Any) -> None:
    text = json.dumps(document, indent=2, ensure_ascii=False, sort_keys=False, default=str)
    write_atomically(path, text.encode() + b"\n")


def remove_leftover_temp_files(directory: Path) -> list[Path]:
    """Temp files a killed run left behind (never read by anyone; removed at the next run)."""
    leftovers = sorted(directory.glob(".*.tmp"))
    for leftover in leftovers:
        leftover.unlink(missing_ok=True)
    return leftovers
