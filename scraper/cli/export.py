"""`demandforum export`: the dataset as tidy tables for its readers (CSV + Data Package, Parquet,
GeoJSON, a workbook), published atomically."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from scraper.cli.app import app
from scraper.dataset.export import FORMATS, DatasetChanged, export_dataset, run_that_published
from scraper.dataset.publish import ExportFolderTaken
from scraper.refresh.publish import InvalidDataset

Format = Enum("Format", {name: name for name in FORMATS}, type=str)  # type: ignore[misc]


@app.command()
def export(
    dataset: Annotated[Path, typer.Option(help="The JSONL dataset to export.")] = Path("output/profiles.jsonl"),
    out_dir: Annotated[Path, typer.Option(help="The published export (a link to its latest version).")] = Path(
        "output/export"),
    formats: Annotated[list[Format] | None, typer.Option(
        "--format", help="Repeatable; default all. The CSV tables and datapackage.json are always written.")] = None,
) -> None:
    """Write the dataset as tidy tables (CSV + datapackage.json, Parquet, GeoJSON, xlsx) and publish them."""
    if not dataset.is_file():
        raise typer.BadParameter(f"{dataset} is not a file", param_hint="--dataset")
    chosen = [choice.value for choice in formats] if formats else list(FORMATS)
    try:
        summary = export_dataset(dataset, out_dir, formats=chosen, run=run_that_published(dataset))
    except (InvalidDataset, DatasetChanged, ExportFolderTaken) as error:
        print(f"demandforum export: {error}; the previous export is kept", file=sys.stderr)
        raise typer.Exit(1) from None
    tables = ", ".join(f"{name} {count}" for name, count in summary.rows.items())
    print(f"{summary.records} records (sha256 {summary.dataset_sha256[:12]}) exported to {out_dir}: {tables} rows",
          file=sys.stderr)
