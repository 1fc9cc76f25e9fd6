"""`demandforum link`: the join keys of a published dataset, as `links.jsonl` beside it."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from scraper.cli.app import app
from scraper.dataset.links import LINKS_NAME, write_links
from scraper.refresh.publish import InvalidDataset, parse_dataset

DEFAULT_DATASET = Path("output/profiles.jsonl")


@app.command()
def link(
    dataset: Annotated[Path, typer.Option(help="The records to link (JSONL).")] = DEFAULT_DATASET,
    out: Annotated[Path | None, typer.Option(help=f"Where to write (default: {LINKS_NAME} beside the dataset).")] = None,
) -> None:
    """Match every location to its Census and GeoNames codes and every citation to its article and outlet."""
    if not dataset.is_file():
        raise typer.BadParameter(f"no dataset at {dataset}", param_hint="--dataset")
    try:
        records = parse_dataset(dataset.read_bytes(), require_sorted=False)
    except InvalidDataset as error:
        print(f"demandforum link: {dataset} is not a dataset: {error}", file=sys.stderr)
        raise typer.Exit(1) from None
    target = out or dataset.with_name(LINKS_NAME)
    count = write_links(records, target)
    print(f"{count} link lines written to {target}", file=sys.stderr)
