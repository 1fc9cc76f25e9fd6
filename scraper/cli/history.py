"""`demandforum history ID`: every version of a location's page in the archive, parsed with today's
parser, and what changed from one version to the next."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.text import Text

from parsers import Profile
from scraper.cli.app import app
from scraper.cli.pages import PageBody, PageNotFound, archive_template, archived_urls, open_archive
from scraper.cli.show import parse_page
from scraper.cli.terminal import console, print_json
from scraper.dataset.changes import diff_records
from scraper.storage.archive import DEFAULT_CACHE_DIR
from scraper.storage.records import FetchRecord


@dataclass
class PageVersion:
    """One body as the archive kept it: the good fetches in a row that returned it (304s included)."""

    sha256: str
    url: str
    fetches: list[datetime] = field(default_factory=list)
    record: Profile | None = None
    refused: str | None = None
    summary: str | None = None  # what changed since the version before
    fields: list[str] | None = None


@app.command()
def history(
    target: Annotated[str, typer.Argument(metavar="ID|URL", help="A location's id, or its archived URL.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the versions as JSON.")] = False,
    cache_dir: Annotated[Path, typer.Option(help="The archive's folder.")] = DEFAULT_CACHE_DIR,
) -> None:
    """Every distinct archived body of a location's page, oldest first, with its fetch times, parsed
    with today's parser, and what changed between consecutive versions."""
    try:
        with open_archive(cache_dir, target) as archive:
            urls = archived_urls(archive, target)
            fetches = sorted((fetch for url in urls for fetch in archive.fetches_for(url)),
                             key=lambda fetch: fetch.fetched_at)
            versions = page_versions(fetches)
            if not versions:
                raise PageNotFound(f"{target}: no good archived copy in {cache_dir}")
            template = archive_template(cache_dir)
            for version in versions:
                page = PageBody(version.url, archive.read_body(version.sha256), version.url, version.fetches[0],
                                template)
                version.record, version.refused = parse_page(page, None)
    except PageNotFound as error:
        raise typer.BadParameter(str(error), param_hint="ID|URL") from None
    _compare_consecutive(versions)
    failed = sum(not fetch.good for fetch in fetches)
    if as_json:
        print_json({"target": target, "urls": urls, "failed_fetches": failed,
                    "versions": [_as_json(version) for version in versions]})
        return
    out = console()
    out.print(Text(f"{target}: {len(versions)} version{'s' if len(versions) != 1 else ''} in {len(fetches)} "
                   f"fetches of {', '.join(urls)}" + (f" ({failed} failed, not shown)" if failed else ""), style="bold"))
    for number, version in enumerate(versions, 1):
        first = version.fetches[0].date().isoformat()
        out.print(Text.assemble((f"{number}. {first}: ", "bold"), version.summary or ""))
        times = ", ".join(moment.isoformat(timespec="seconds") for moment in version.fetches)
        out.print(Text(f"   body {version.sha256[:12]}, fetched {times}", style="dim"))


def page_versions(fetches: list[FetchRecord]) -> list[PageVersion]:
    """Runs of good fetches with the same body, oldest first; a body that comes back after another
    is a new version (the page was reverted)."""
    versions: list[PageVersion] = []
    for fetch in fetches:
        if not fetch.good:
            continue
        if not versions or versions[-1].sha256 != fetch.sha256:
            versions.append(PageVersion(fetch.sha256, fetch.url))
        versions[-1].fetches.append(fetch.fetched_at)
    return versions


def _compare_consecutive(versions: list[PageVersion]) -> None:
    for before, after in zip([None, *versions], versions, strict=False):
        if after.record is None:
            after.summary = f"no record: {after.refused}"
        elif before is None:
            after.summary = f"first version: {_outline(after.record)}"
        elif before.record is None:
            after.summary = f"gives a record again: {_outline(after.record)}"
        else:
            changes = diff_records(before.record, after.record)
            after.summary, after.fields = changes.summary(), changes.fields


def _outline(record: Profile) -> str:
    return (f"{len(record.tactics)} tactics, {len(record.citations)} citations, "
            f"population {record.population if record.population is not None else 'none'}")


def _as_json(version: PageVersion) -> dict[str, Any]:
    return {
        "sha256": version.sha256,
        "url": version.url,
        "fetched_at": [moment.isoformat() for moment in version.fetches],
        "record": version.record.model_dump(mode="json") if version.record else None,
        "refused": version.refused,
        "changed_fields": version.fields,
        "summary": version.summary,
    }
