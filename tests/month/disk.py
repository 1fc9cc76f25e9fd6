"""The archive's own small disk, and how it fills up for a night.

Where the process may mount (root with CAP_SYS_ADMIN, as on this project's machines), the archive
lives on a tmpfs of its own, and a night fills it with a ballast file: writes then fail with ENOSPC
from the kernel, and SQLite reports SQLITE_FULL, as on a real full disk. Elsewhere the fault is
simulated as in tests/test_hostile_storage.py: `os.fsync` of a file in the archive raises ENOSPC.
"""

from __future__ import annotations

import errno
import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

BALLAST = ".ballast"


class ArchiveDisk:
    def __init__(self, folder: Path, size_mib: int) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        mount = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size_mib}m,mode=0755", "tmpfs", str(folder)],
            capture_output=True, text=True, check=False,
        )
        self.mounted = mount.returncode == 0
        self.technique = (
            f"a {size_mib} MiB tmpfs filled by a ballast file" if self.mounted
            else f"simulated ENOSPC on fsync (mount refused: {mount.stderr.strip() or mount.returncode})"
        )

    @contextmanager
    def full(self) -> Iterator[None]:
        """The archive's disk has no space left inside the block."""
        if not self.mounted:
            with mock.patch.object(os, "fsync", _failing_fsync(self.folder)):
                yield
            return
        ballast = self.folder / BALLAST
        with ballast.open("wb", buffering=0) as handle:
            try:  # every free block, written (tmpfs has no holes to fake it with)
                while True:
                    handle.write(b"\0" * (1 << 20))
            except OSError as error:
                if error.errno != errno.ENOSPC:
                    raise
        try:
            yield
        finally:
            ballast.unlink()

    def release(self) -> None:
        if self.mounted:
            subprocess.run(["umount", "--lazy", str(self.folder)], check=True)
            self.mounted = False


def _failing_fsync(folder: Path):
    real_fsync = os.fsync
    inside = folder.resolve()

    def fsync(fd: int) -> None:
        path = Path(os.readlink(f"/proc/self/fd/{fd}"))
        if path.is_relative_to(inside) and not path.is_dir():
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_fsync(fd)

    return fsync
