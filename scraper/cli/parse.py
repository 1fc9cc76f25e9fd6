"""`demandforum parse` (saved pages or the archive, offline) and `demandforum schema`."""

from __future__ import annotations

import json
import os
import sys
from dataclasses import replace
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, TextIO
from urllib.parse import quote

import typer

from parsers.models import Profile
from scraper.cli.app import app
from scraper.dataset.link_schema import LinkLine
from scraper.storage.archive import DEFAULT_CACHE_DIR, Archive
from scraper.parsing.batch import ParseJob, ReferenceDates, default_workers, learn_site_template, parse_jobs
from scraper.parsing.site_template import save_template
from scraper.storage.atomic import atomic_file

DEFAULT_PAGES = Path("fixtures/pages")
DEFAULT_OUTPUT = "output/profiles.jsonl"
PAGE_SUFFIXES = (".html", ".htm")


@app.command()
def parse(
    paths: Annotated[list[Path] | None, typer.Argument(help="HTML files or folders of them.")] = None,
    output: Annotated[str, typer.Option("-o", "--output", help="JSONL file, or '-' for stdout.")] = DEFAULT_OUTPUT,
    url: Annotated[str | None, typer.Option(help="URL of a single page without a canonical link.")] = None,
    archive: Annotated[bool, typer.Option("--archive", help="Parse the newest good copy of every archived page.")] = False,
    cache_dir: Annotated[Path, typer.Option(help="The archive's folder.")] = DEFAULT_CACHE_DIR,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", min=1, help="Worker processes (default: every core).")] = None,
    reference_date: Annotated[datetime | None, typer.Option(
        formats=["%Y-%m-%d"], help="Bound citation dates of pages without a fetch date (YYYY-MM-DD).")] = None,
) -> None:
    """Parse saved profile pages into validated JSONL records, offline."""
    if archive and paths:
        raise typer.BadParameter("give PATHs or --archive, not both")
    if archive:
        if not (cache_dir / "index.sqlite3").is_file():
            raise typer.BadParameter(f"no archive in {cache_dir}", param_hint="--cache-dir")
        pending = list(_archive_jobs(cache_dir))
        template = learn_site_template(pending, jobs or default_workers(len(pending)))
        save_template(cache_dir, template)
        pending = [replace(job, template=template) for job in pending]
        count, job_stream = len(pending), iter(pending)
    else:
        files = _page_files(paths or [DEFAULT_PAGES])
        if url and len(files) != 1:
            raise typer.BadParameter("--url names one page: give exactly one file", param_hint="--url")
        dates = ReferenceDates(given=reference_date.date() if reference_date else None, run=datetime.now(UTC).date())
        # Jobs are made as the pool takes them: only the sorted file names stay in memory.
        count, job_stream = len(files), (_file_job(name, url, dates) for name in files)
    workers = jobs or default_workers(count)
    refused = _write(job_stream, output, workers)
    written = count - sum(refused.values())
    target = "stdout" if output == "-" else output
    summary = ", ".join(f"{count} {code}" for code, count in sorted(refused.items()))
    print(f"{written} records written to {target}" + (f"; no record from {summary}" if refused else ""),
          file=sys.stderr)
    raise typer.Exit(1 if refused else 0)


@app.command()
def schema(
    links: Annotated[bool, typer.Option("--links", help="The schema of a links.jsonl line instead.")] = False,
) -> None:
    """Print the JSON Schema of one JSONL record (or, with --links, of one line of links.jsonl)."""
    model = LinkLine if links else Profile
    print(json.dumps(model.model_json_schema(), indent=2, ensure_ascii=False))


def _write(jobs: Iterable[ParseJob], output: str, workers: int) -> Counter[str]:
    refused: Counter[str] = Counter()
    with open_output(output) as handle:
        for outcome in parse_jobs(jobs, workers):
            if outcome.line is None:
                refused[outcome.refusal or "error"] += 1
                print(f"error: {outcome.job.source}: {outcome.error}", file=sys.stderr)
            else:
                handle.write(outcome.line + "\n")
    return refused


@contextmanager
def open_output(target: str) -> Iterator[TextIO]:
    """'-' is stdout; anything else a path replaced atomically once every record is written."""
    if target == "-":
        yield sys.stdout
        sys.stdout.flush()
    else:
        with atomic_file(Path(target)) as handle:
            yield handle


def _page_files(paths: list[Path]) -> list[str]:
    files: list[str] = []
    for path in paths:
        if path.is_dir():
            with os.scandir(path) as entries:
                files.extend(sorted(entry.path for entry in entries
                                    if entry.name.lower().endswith(PAGE_SUFFIXES) and entry.is_file()))
        elif path.is_file():
            files.append(str(path))
        else:
            raise typer.BadParameter(f"{path} is neither a file nor a folder", param_hint="PATHS")
    return files


def _file_job(name: str, url: str | None, dates: ReferenceDates) -> ParseJob:
    path = Path(name)
    fallback = url or f"https://demand-forum.org/site/{quote(path.stem)}/"
    return ParseJob(source=name, path=path, url=fallback, dates=dates)


def _archive_jobs(cache_dir: Path) -> Iterator[ParseJob]:
    with Archive(cache_dir) as archive:
        pages = list(archive.latest_good())
    for page in pages:
        yield ParseJob(source=page.url, archive_dir=cache_dir, sha256=page.sha256, url=page.url,
                       fetched_at=page.fetched_at)
