"""The fixture dataset the export tests share: `demandforum parse fixtures/pages` as a user runs it,
then `demandforum export` of it."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from frictionless import Report, validate
from typer.testing import CliRunner

from scraper.cli.main import app

REPO = Path(__file__).resolve().parents[1]
REFERENCE_DATE = "2026-11-28"


def parse_fixtures(folder: Path) -> Path:
    """The fixture pages as a dataset (`profiles.jsonl` in `folder`)."""
    dataset = folder / "profiles.jsonl"
    outcome = CliRunner().invoke(app, ["parse", str(REPO / "fixtures" / "pages"), "--reference-date", REFERENCE_DATE,
                                       "-o", str(dataset), "--jobs", "1"])
    assert outcome.exit_code == 1, outcome.output  # the fixtures hold pages that are not profiles, on purpose
    return dataset


def export(dataset: Path, out_dir: Path, *options: str) -> None:
    outcome = CliRunner().invoke(app, ["export", "--dataset", str(dataset), "--out-dir", str(out_dir), *options])
    assert outcome.exit_code == 0, outcome.output


def raw_records(dataset: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in dataset.read_text(encoding="utf-8").splitlines()]


def write_dataset(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records), encoding="utf-8")
    return path


def validate_edited(out: Path, folder: Path, edit: Callable[[Path], None]) -> Report:
    """The validation of a copy of the export `out` in `folder` once `edit(folder)` has changed it; the
    descriptor's sizes and hashes are left out, so that only what the edit does to the data shows."""
    for path in out.iterdir():
        shutil.copy(path, folder / path.name)
    edit(folder)
    descriptor = json.loads((folder / "datapackage.json").read_text())
    for resource in descriptor["resources"]:
        resource.pop("hash"), resource.pop("bytes")
    (folder / "datapackage.json").write_text(json.dumps(descriptor))
    return validate(folder / "datapackage.json")
