"""`demandforum diff OLD.jsonl NEW.jsonl`: what a parser change (or a refresh) did to the dataset."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from parsers.models import Profile
from scraper.cli.app import app
from scraper.cli.terminal import console, print_json, shorten
from scraper.dataset.compare import BadRecord, DatasetDiff, compare_datasets

_IDS_SHOWN = 20


@app.command()
def diff(
    old: Annotated[Path, typer.Argument(help="The dataset before (JSONL).")],
    new: Annotated[Path, typer.Argument(help="The dataset after (JSONL).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the comparison as JSON.")] = False,
    examples: Annotated[int, typer.Option(min=0, help="Examples shown per field and per citation change.")] = 3,
    ignore: Annotated[list[str] | None, typer.Option(
        help="A field not to compare (repeatable), e.g. fetched_at when comparing two refreshes.")] = None,
) -> None:
    """Compare two datasets by id: ids added and removed, per field how many records changed, examples,
    and citations one by one. Exit 0 when identical, 1 when they differ, 2 on bad input."""
    unknown = sorted(set(ignore or ()) - set(Profile.model_fields))
    if unknown:
        raise typer.BadParameter(f"no such field: {', '.join(unknown)}", param_hint="--ignore")
    try:
        result = compare_datasets(old, new, examples=examples, ignore=ignore or ())
    except (BadRecord, OSError) as error:
        print(f"demandforum diff: {error}", file=sys.stderr)
        raise typer.Exit(2) from None
    for path in result.unsorted:
        print(f"warning: {path} is not sorted by id: read through an index of its ids (slower)", file=sys.stderr)
    if as_json:
        print_json(result.to_json())
    else:
        _render(result)
    raise typer.Exit(0 if result.identical else 1)


def _render(result: DatasetDiff) -> None:
    out = console()
    out.print(Text.assemble((result.old, "bold"), f" ({result.old_records} records) -> ", (result.new, "bold"),
                            f" ({result.new_records} records)"))
    if result.identical:
        out.print(Text("identical", style="green"))
        return
    for label, ids in (("added", result.added), ("removed", result.removed)):
        if ids:
            more = f" … and {len(ids) - _IDS_SHOWN} more" if len(ids) > _IDS_SHOWN else ""
            out.print(Text(f"ids {label} ({len(ids)}): {', '.join(ids[:_IDS_SHOWN])}{more}"))
    common = result.old_records - len(result.removed)
    out.print(f"records changed: {result.changed_records} of {common} in both")
    if result.fields:
        counts = Table("field", "records changed", box=None)
        for name, tally in result.fields_in_order():
            counts.add_row(name, str(tally.changed))
        out.print(counts)
    for name, tally in result.fields_in_order():
        if tally.examples:
            table = Table("id", "change", title=f"{name}: first {len(tally.examples)} of {tally.changed}",
                          title_justify="left")
            for example in tally.examples:
                table.add_row(Text(example["id"]), Text(example["summary"]))
            out.print(table)
    if result.citations:
        changed = ", ".join(f"{name} {count}" for name, count in result.citation_fields.most_common())
        out.print(Text(f"citations one by one: {result.citations['added']} added, {result.citations['removed']} "
                       f"removed, {result.citations['changed']} changed" + (f" ({changed})" if changed else "")))
        if result.citation_examples:
            out.print(_citations_table(result.citation_examples))


def _citations_table(rows: list[dict]) -> Table:
    table = Table("id", "change", "before", "after", title="citation examples", title_justify="left")
    for row in rows:
        before, after = row["before"] or {}, row["after"] or {}
        shown = row["fields"] or ["text"]  # an added or removed citation shows its line
        table.add_row(Text(row["id"]), row["kind"] + (f" ({', '.join(row['fields'])})" if row["fields"] else ""),
                      Text("\n".join(shorten(before.get(name) or "", 120) for name in shown) if before else ""),
                      Text("\n".join(shorten(after.get(name) or "", 120) for name in shown) if after else ""))
    return table
