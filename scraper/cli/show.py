"""`demandforum show PAGE|URL|ID`: one page's record, readable on a terminal, and where it came from."""

from __future__ import annotations

import sys
from dataclasses import asdict
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from parsers import NotAProfilePage, Profile, parse_profile
from parsers.explain import explain_page
from scraper.cli.app import app
from scraper.cli.explain_view import render_explanation
from scraper.cli.pages import PageBody, PageNotFound, find_page
from scraper.cli.terminal import console, print_json
from scraper.storage.archive import DEFAULT_CACHE_DIR


@app.command()
def show(
    target: Annotated[str, typer.Argument(metavar="PAGE|URL|ID", help="A saved page, or an archived URL or id.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the record (and explanation) as JSON.")] = False,
    explain: Annotated[bool, typer.Option("--explain", help="Also say where each section was found.")] = False,
    cache_dir: Annotated[Path, typer.Option(help="The archive's folder.")] = DEFAULT_CACHE_DIR,
    reference_date: Annotated[datetime | None, typer.Option(
        formats=["%Y-%m-%d"], help="Bound citation dates of a page without a fetch date (YYYY-MM-DD).")] = None,
) -> None:
    """Parse one page and print its record: metadata, tactics, narrative, partners, citations, warnings.
    Exit 1 when the page gives no record."""
    try:
        page = find_page(target, cache_dir)
    except PageNotFound as error:
        raise typer.BadParameter(str(error), param_hint="PAGE|URL|ID") from None
    record, refusal = parse_page(page, reference_date.date() if reference_date else None)
    explanation = explain_page(page.raw, page.template) if explain else None
    if as_json:
        data = record.model_dump(mode="json") if record else {"refused": refusal}
        print_json({"record": data, "explain": asdict(explanation)} if explanation else data)
    else:
        out = console()
        out.print(Text(f"{page.source}", style="dim"))
        if record is not None:
            render_record(out, record)
        else:
            out.print(Text(f"no record: {refusal}", style="bold red"))
        if explanation is not None:
            render_explanation(out, explanation)
    raise typer.Exit(0 if record else 1)


def parse_page(page: PageBody, reference_date: date | None) -> tuple[Profile | None, str | None]:
    """The record, or why there is none (the refusal's code and reason, or the parser's error)."""
    try:
        return parse_profile(page.raw, url=page.url, fetched_at=page.fetched_at, reference_date=reference_date,
                             run_date=datetime.now(UTC).date(), template=page.template), None
    except NotAProfilePage as refusal:
        return None, str(refusal)
    except Exception as error:  # a parser bug: the developer wants to see it, not a traceback from rich
        print(f"parser error on {page.source}", file=sys.stderr)
        return None, f"parser-error: {type(error).__name__}: {error}"


def render_record(out: Console, record: Profile) -> None:
    out.rule(Text(f"{record.name}  ({record.id})", style="bold"))
    facts = Table.grid(padding=(0, 2))
    location = f"{record.location.lat}, {record.location.lng}" if record.location else None
    for name, value in (("url", record.url), ("state", record.state), ("type", record.type),
                        ("population", record.population), ("location", location),
                        ("fetched", record.fetched_at), ("parser", record.parser_version),
                        ("stale", record.stale.reason if record.stale else None)):
        facts.add_row(Text(name, style="bold"), Text(str(value) if value is not None else "—"))
    out.print(facts)
    out.print(Text("Tactics", style="bold underline"))
    out.print(Text("\n".join(f"  • {tactic}" for tactic in record.tactics) or "  none"))
    out.print(Text("Narrative", style="bold underline"))
    heading = object()
    for paragraph in record.narrative:
        if paragraph.heading != heading:
            heading = paragraph.heading
            if heading:
                out.print(Padding(Text(heading, style="bold"), (0, 0, 0, 2)))
        out.print(Padding(Text(paragraph.text), (0, 0, 0, 4)))
    out.print(Text("Key partners", style="bold underline"))
    out.print(Text("\n".join(f"  • {p.name}" + (f" ({', '.join(p.units)})" if p.units else "")
                             for p in record.key_partners) or "  none"))
    _citations(out, record)
    _warnings(out, record)


def _citations(out: Console, record: Profile) -> None:
    out.print(Text(f"Key Sources: {len(record.source_categories)} headings, {len(record.citations)} citations",
                   style="bold underline"))
    empty = [name for name in record.source_categories if all(c.category != name for c in record.citations)]
    if empty:
        out.print(Text(f"  headings without citations: {', '.join(empty)}"))
    if not record.citations:
        return
    table = Table("category", "date", "outlet", "headline", "url")
    for citation in record.citations:
        table.add_row(*(Text(value or "—") for value in (citation.category, citation.date, citation.outlet,
                                                          citation.headline or citation.text, citation.url)))
    out.print(table)


def _warnings(out: Console, record: Profile) -> None:
    if not record.warnings:
        out.print(Text("no warnings", style="green"))
        return
    table = Table("section", "code", "message", title=f"{len(record.warnings)} warnings", title_justify="left",
                  style="yellow", title_style="bold yellow")
    for warning in record.warnings:
        table.add_row(Text(warning.section), Text(warning.code, style="bold yellow"), Text(warning.message))
    out.print(table)
