"""Writing JSONL atomically: readers see the old file or the new one, never half of one."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO


@contextmanager
def atomic_text_file(path: Path) -> Iterator[TextIO]:
    """A file written beside `path`, fsynced and renamed over it only if the block succeeds."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@contextmanager
def open_output(target: str) -> Iterator[TextIO]:
    """'-' is stdout; anything else a path written atomically."""
    if target == "-":
        yield sys.stdout
        sys.stdout.flush()
    else:
        with atomic_text_file(Path(target)) as handle:
            yield handle
