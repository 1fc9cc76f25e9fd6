"""One refresh at a time: an advisory lock that dies with the process holding it.

`fcntl.flock` is released by the kernel when its holder exits for any reason (even SIGKILL), so a
crashed run can never leave the lock stuck; the pid and start time written into the file only serve
the message shown to the run that finds the lock taken.
"""

from __future__ import annotations

import fcntl
import json
import os
import socket
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType


class LockHeld(Exception):
    """Another live process holds the lock."""

    def __init__(self, path: Path, holder: str) -> None:
        super().__init__(f"another run holds {path} ({holder})")
        self.path = path
        self.holder = holder


class RunLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # No O_TRUNC: the holder's details must survive until we actually own the lock.
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _describe_holder(fd)
            os.close(fd)
            raise LockHeld(self.path, holder) from None
        self._fd = fd
        details = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "since": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(details).encode() + b"\n", 0)

    def release(self) -> None:
        if self._fd is None:
            return
        # Emptied before unlocking so a stale pid is never shown as the holder.
        os.ftruncate(self._fd, 0)
        fcntl.flock(self._fd, fcntl.LOCK_UN)
        os.close(self._fd)
        self._fd = None

    def __enter__(self) -> RunLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()


def _describe_holder(fd: int) -> str:
    raw = os.pread(fd, 4096, 0)
    try:
        details = json.loads(raw)
        return f"pid {details['pid']} on {details['host']} since {details['since']}"
    except (ValueError, KeyError, TypeError):
        return "holder unknown"
