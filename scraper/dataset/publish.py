"""Publishing a folder atomically: the published name is a symbolic link to a complete version.

A new version is built in a fresh folder beside the link (`export.version-XXXXXXXX`), flushed to disk,
then a new link to it is renamed over the old one (`rename` is atomic on POSIX). A reader following
the link, and a process killed at any instant, see the old version or the new one, whole. Versions
the link no longer names are removed at the next publish. One publisher at a time: an `flock` on
`.<name>.lock` beside the link, waited for (a build takes seconds).
"""

from __future__ import annotations

import fcntl
import os
import secrets
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from scraper.storage.atomic import fsync_directory

T = TypeVar("T")


class ExportFolderTaken(FileExistsError):
    """The published name is a real file or folder, not a link this module made."""


def publish_folder(link: Path, build: Callable[[Path], T]) -> T:
    """Run `build(folder)` on a new folder, then make `link` point at it; returns what build returned.

    If build raises, the new folder is removed and `link` still names the previous version.
    """
    link.parent.mkdir(parents=True, exist_ok=True)
    with _publisher_lock(link):
        _check_link(link)
        _remove_unlinked_versions(link)
        version = Path(tempfile.mkdtemp(prefix=f"{link.name}.version-", dir=link.parent))
        try:
            version.chmod(0o755)  # readable like any folder (mkdtemp makes it private)
            result = build(version)
            _fsync_tree(version)
        except BaseException:
            shutil.rmtree(version, ignore_errors=True)
            raise
        temporary = link.parent / f".{link.name}.{secrets.token_hex(4)}.link"
        os.symlink(version.name, temporary)  # relative: the out dir can be moved whole
        os.replace(temporary, link)
        fsync_directory(link.parent)
        _remove_unlinked_versions(link)
        return result


def unpublish_folder(link: Path) -> None:
    """Remove the published name (the version itself goes at the next publish)."""
    if not link.parent.is_dir():
        return
    with _publisher_lock(link):
        _check_link(link)
        if link.is_symlink():
            os.unlink(link)
            fsync_directory(link.parent)


def _check_link(link: Path) -> None:
    if link.exists() and not link.is_symlink():
        raise ExportFolderTaken(f"{link} is a real {'folder' if link.is_dir() else 'file'}, not the link an "
                                "export publishes: move it away")


def _remove_unlinked_versions(link: Path) -> None:
    current = os.readlink(link) if link.is_symlink() else None
    for entry in link.parent.iterdir():
        if entry.name.startswith(f"{link.name}.version-") and entry.name != current:
            shutil.rmtree(entry, ignore_errors=True)
        elif entry.name.startswith(f".{link.name}.") and entry.name.endswith(".link"):
            entry.unlink(missing_ok=True)


def _fsync_tree(folder: Path) -> None:
    for path in folder.iterdir():
        descriptor = os.open(path, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
    fsync_directory(folder)


@contextmanager
def _publisher_lock(link: Path) -> Iterator[None]:
    descriptor = os.open(link.parent / f".{link.name}.lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)  # released by the kernel if the process dies
        yield
    finally:
        os.close(descriptor)
