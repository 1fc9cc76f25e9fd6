"""The export is published atomically and always shows the published dataset: the refresh writes it
after each publish, and a refresh killed at any instant leaves under `export` the export of the
dataset beside it, whole, or no export (never one of another dataset); the next run repairs it."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from scraper.dataset.export import export_is_current
from scraper.dataset.publish import publish_folder
from scraper.refresh.job import DATASET_NAME, EXPORT_NAME, run_refresh
from scraper.refresh.settings import RefreshSettings
from tests.exportkit import REFERENCE_DATE, REPO, export

FIXTURE_PAGES = REPO / "fixtures" / "pages"
RANDOM_KILLS = 4
# (os function, its call) at the instants that matter, in a run whose dataset changes: withdrawing the
# old export (unlink 1); renaming the dataset into place (replace 1) and just after (fsync 3: its
# folder); flushing the new export (fsync 12); making its link (symlink 1) and renaming it into place
# (replace 5, after the dataset, the state and two reports).
STEP_KILLS = [("unlink", 1), ("replace", 1), ("fsync", 3), ("fsync", 12), ("symlink", 1), ("replace", 5)]

# One refresh of the fixture pages in argv[3], offline; with a step, SIGKILLs itself at that call of
# that `os` function as the publishing modules see it.
REFRESH = textwrap.dedent(
    """
    import datetime, os, signal, sys
    from pathlib import Path
    from scraper.dataset import publish
    from scraper.refresh.job import run_refresh
    from scraper.refresh.settings import RefreshSettings
    from scraper.storage import atomic
    out, cache, pages, step, call = sys.argv[1:6]
    calls = 0

    class DeadlyOs:
        def __getattr__(self, name):
            return getattr(os, name)

    def deadly(*args, **kwargs):
        global calls
        calls += 1
        if calls == int(call):
            os.kill(os.getpid(), signal.SIGKILL)
        return getattr(os, step)(*args, **kwargs)

    if step != "none":
        setattr(DeadlyOs, step, staticmethod(deadly))
        atomic.os = publish.os = DeadlyOs()
    run_refresh(RefreshSettings(out_dir=Path(out), cache_dir=Path(cache), offline=True, progress=False,
                                fixtures_dir=Path(pages), reference_date=datetime.date.fromisoformat(sys.argv[6])))
    """
)


def pages(folder: Path, first: int, count: int) -> Path:
    folder.mkdir()
    for page in sorted(FIXTURE_PAGES.glob("*.html"))[first:first + count]:
        shutil.copy(page, folder / page.name)
    return folder


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def export_state(out: Path) -> str:
    """'absent', or the export's dataset sha256 after checking every file of it is whole."""
    link = out / EXPORT_NAME
    assert link.exists() or not link.is_symlink(), "a dangling export link"
    if not link.exists():
        return "absent"
    descriptor = json.loads((link / "datapackage.json").read_text())
    for entry in descriptor["resources"] + descriptor["files"]:
        assert entry["hash"] == f"sha256:{sha256(link / entry['path'])}", entry["path"]
    return descriptor["dataset"]["sha256"]


def test_publish_folder_swaps_whole_versions_and_a_failed_build_changes_nothing(tmp_path: Path) -> None:
    link = tmp_path / "export"

    def build(text: str):
        def write(folder: Path) -> str:
            (folder / "file.txt").write_text(text)
            return text
        return write

    assert publish_folder(link, build("one")) == "one"
    first = os.readlink(link)
    publish_folder(link, build("two"))
    assert (link / "file.txt").read_text() == "two" and os.readlink(link) != first
    assert not (tmp_path / first).exists()  # the old version is removed once nothing names it

    def failing(folder: Path) -> None:
        (folder / "file.txt").write_text("half")
        raise RuntimeError("the build failed")

    with pytest.raises(RuntimeError):
        publish_folder(link, failing)
    assert (link / "file.txt").read_text() == "two"
    assert sorted(path.name for path in tmp_path.iterdir() if not path.name.startswith(".")) == [
        "export", os.readlink(link)]


def test_the_refresh_exports_the_dataset_it_publishes(tmp_path: Path) -> None:
    out = tmp_path / "out"
    settings = RefreshSettings(out_dir=out, cache_dir=tmp_path / "cache", offline=True, progress=False,
                               fixtures_dir=pages(tmp_path / "a", 0, 8))
    report = run_refresh(settings)
    dataset = out / DATASET_NAME
    descriptor = json.loads((out / EXPORT_NAME / "datapackage.json").read_text())
    assert descriptor["dataset"]["sha256"] == report["run"]["dataset_sha256"] == sha256(dataset)
    assert descriptor["run"] == report["run"] and descriptor["created"] == report["run"]["started_at"]
    version = os.readlink(out / EXPORT_NAME)

    export(dataset, tmp_path / "by-hand")  # a standalone export finds the run in the report beside the dataset
    assert json.loads((tmp_path / "by-hand" / "datapackage.json").read_text())["run"] == report["run"]

    run_refresh(settings)  # nothing changed: the export stays as it was
    assert os.readlink(out / EXPORT_NAME) == version

    os.unlink(out / EXPORT_NAME)  # e.g. a run killed between the dataset and its export
    run_refresh(settings)
    assert export_is_current(dataset, out / EXPORT_NAME)

    changed = dataclasses.replace(settings, fixtures_dir=pages(tmp_path / "b", 3, 8))
    run_refresh(changed)
    assert export_state(out) == sha256(dataset) != descriptor["dataset"]["sha256"]
    assert len([path for path in out.iterdir() if path.name.startswith("export.version-")]) == 1


def test_a_killed_refresh_never_leaves_the_export_of_another_dataset(tmp_path: Path) -> None:
    out, cache = tmp_path / "out", tmp_path / "cache"
    fixture_sets = [pages(tmp_path / "a", 0, 8), pages(tmp_path / "b", 3, 8)]
    environment = {**os.environ, "PYTHONPATH": str(REPO)}

    def refresh(run: int, step: str = "none", call: int = 0, kill_after: float | None = None) -> int:
        arguments = [sys.executable, "-c", REFRESH, str(out), str(cache), str(fixture_sets[run % 2]), step,
                     str(call), REFERENCE_DATE]
        process = subprocess.Popen(arguments, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if kill_after is not None:
            time.sleep(kill_after)
            process.send_signal(signal.SIGKILL)
        _, stderr = process.communicate(timeout=120)
        assert process.returncode in (0, -signal.SIGKILL), stderr.decode()[-2000:]
        return process.returncode

    start = time.monotonic()
    assert refresh(0) == 0
    duration = time.monotonic() - start
    assert export_state(out) == sha256(out / DATASET_NAME)

    outcomes = []
    plan = [(step, call, None) for step, call in STEP_KILLS]
    plan += [("none", 0, random.Random(11 + kill).uniform(0.3, duration)) for kill in range(RANDOM_KILLS)]
    for run, (step, call, kill_after) in enumerate(plan, start=1):
        code = refresh(run, step, call, kill_after)
        assert step == "none" or code == -signal.SIGKILL, f"the run never reached {step} call {call}"
        state = export_state(out)
        assert state in ("absent", sha256(out / DATASET_NAME)), f"run {run} ({step} {call}): another dataset's export"
        outcomes.append((code, state))
    assert any(code != 0 for code, _ in outcomes), "no run was killed"
    assert any(state == "absent" for _, state in outcomes), "no kill fell between the dataset and its export"

    assert refresh(len(plan) + 1) == 0  # the next run completes and the export is current again
    assert export_is_current(out / DATASET_NAME, out / EXPORT_NAME)
    assert len([path for path in out.iterdir() if path.name.startswith("export.version-")]) == 1
