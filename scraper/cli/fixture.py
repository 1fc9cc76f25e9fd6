"""`demandforum fixture ID|URL|FILE`: pin a page as a golden fixture, its output written for review."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Annotated

import typer

from scraper.cli.app import app
from scraper.cli.pages import PageBody, PageNotFound, find_page
from scraper.cli.show import parse_page
from scraper.fetch.urls import profile_slug
from scraper.parsing.golden import golden_output, render_golden
from scraper.storage.archive import DEFAULT_CACHE_DIR
from scraper.storage.atomic import write_atomically

_SAFE_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,199}$")


@app.command()
def fixture(
    target: Annotated[str, typer.Argument(metavar="ID|URL|FILE", help="An archived id or URL, or a saved page.")],
    force: Annotated[bool, typer.Option("--force", help="Replace a fixture page of the same name.")] = False,
    name: Annotated[str | None, typer.Option(help="The fixture's name (default: the record's id).")] = None,
    cache_dir: Annotated[Path, typer.Option(help="The archive's folder.")] = DEFAULT_CACHE_DIR,
    pages_dir: Annotated[Path, typer.Option(help="Where fixture pages live.")] = Path("fixtures/pages"),
    golden_dir: Annotated[Path, typer.Option(help="Where outputs are written for review.")] = Path("output/golden"),
) -> None:
    """Copy a page (the newest good archived body) to fixtures/pages/<id>.html and write what the parser
    gives now to output/golden/<id>.json, as the golden test computes it, for review."""
    try:
        page = find_page(target, cache_dir)
    except PageNotFound as error:
        raise typer.BadParameter(str(error), param_hint="ID|URL|FILE") from None
    name = name or _default_name(page)
    if not _SAFE_NAME.match(name):
        raise typer.BadParameter(f"{name!r} is not a fixture name: lower-case letters, digits and '-'",
                                 param_hint="--name")
    destination = pages_dir / f"{name}.html"
    if destination.exists() and not force:
        print(f"demandforum fixture: {destination} exists; --force replaces it", file=sys.stderr)
        raise typer.Exit(1)
    output = golden_output(page.raw, name)
    write_atomically(destination, page.raw)
    review = golden_dir / f"{name}.json"
    golden_dir.mkdir(parents=True, exist_ok=True)
    write_atomically(review, render_golden(output).encode())
    expected = pages_dir.parent / "expected" / f"{name}.json"
    what = f"refused ({output['refused']})" if "refused" in output else f"{len(output['citations'])} citations"
    print(f"{destination} <- {page.source}\n{review}: {what}; review it, then copy it to {expected} "
          f"and say in {pages_dir.parent / 'README.md'} what the page covers", file=sys.stderr)


def _default_name(page: PageBody) -> str:
    """The record's id; for a page the parser refuses, its URL's slug or file name."""
    record, _ = parse_page(page, None)
    if record is not None:
        return record.id
    return (profile_slug(page.url) or Path(page.source).stem).lower()
