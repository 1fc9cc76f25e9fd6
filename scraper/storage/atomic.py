"""Atomic file writes: whoever reads the final name sees the old file or the new one, never half.

The data goes to a temporary file in the same folder, is flushed to disk, optionally checked, and
renamed over the final name (`os.replace` is atomic on POSIX); the folder is then synced so that the
rename itself survives a power cut. A failure at any point removes the temporary file.

`mkstemp` creates the temporary file with mode 0600; the file is given the mode a file written by
hand would have (0666 less the umask: 0644 under the usual 022) before it takes the final name, so
that a web server or a colleague can read what a run publishes.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


@contextmanager
def atomic_file(path: Path, *, binary: bool = False, temp_prefix: str | None = None,
                check: Callable[[Path], object] | None = None) -> Iterator[IO]:
    """A file to write that replaces `path` only when the block ends without an error.

    `check(temporary_path)` runs on the synced bytes before the rename; raising stops it.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(prefix=temp_prefix or f".{path.name}.", suffix=".tmp",
                                             dir=path.parent)
    try:
        os.fchmod(descriptor, 0o666 & ~current_umask())
        mode = "wb" if binary else "w"
        encoding = None if binary else "utf-8"
        with os.fdopen(descriptor, mode, encoding=encoding, newline=None if binary else "\n") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if check is not None:
            check(Path(temporary))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    fsync_directory(path.parent)


def write_atomically(path: Path, data: bytes, *, validate: Callable[[bytes], object] | None = None,
                     temp_prefix: str | None = None) -> None:
    """Replace `path` with `data`; `validate` gets the bytes as they are on disk before the rename."""
    check = (lambda temporary: validate(temporary.read_bytes())) if validate is not None else None
    with atomic_file(path, binary=True, temp_prefix=temp_prefix, check=check) as handle:
        handle.write(data)


def fsync_directory(directory: Path) -> None:
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def current_umask() -> int:
    """The process's umask, read without changing it where the kernel says it (Linux >= 4.7):
    setting it to read it back would, for an instant, apply to files other threads create."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except OSError:
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
