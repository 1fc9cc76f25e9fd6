"""`demandforum site`: build the static site of the dataset and its refresh runs."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from scraper.cli.app import app
from scraper.dataset.site import build_site
from scraper.refresh.publish import InvalidDataset


@app.command()
def site(
    dataset: Annotated[
        Path, typer.Option(help="The dataset to show.", exists=True, dir_okay=False)
    ] = Path("output/profiles.jsonl"),
    out_dir: Annotated[Path, typer.Option(help="Where the site goes (replaced whole).")] = Path("output/site"),
    runs_dir: Annotated[
        Optional[Path],  # noqa: UP007  (typer needs Optional here)
        typer.Option(help="Folder holding report.json and history/ (default: the dataset's folder)."),
    ] = None,
) -> None:
    """Build a static site (overview, every location, every run) that opens from disk with no network."""
    try:
        built = build_site(dataset, out_dir, runs_dir)
    except InvalidDataset as error:
        typer.echo(f"demandforum: the dataset is invalid: {error}", err=True)
        raise typer.Exit(1) from None
    typer.echo(
        f"{built.out_dir}/index.html: {built.locations} locations, {built.runs} runs, {built.files} files, "
        f"{built.total_bytes / 1e6:.1f} MB ({built.bytes_per_location_page / 1000:.1f} KB per location page) "
        f"in {built.seconds:.1f}s",
        err=True,
    )
