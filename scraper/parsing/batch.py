"""Parse many pages on every core, in input order, streaming: memory does not grow with the input.

Jobs carry only where the bytes are (a file path or an archived body's hash), so the pool's task
queue stays small; each worker reads and parses, and the parent writes lines in input order, which
keeps the output byte-identical whatever the number of workers.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from multiprocessing import get_context
from pathlib import Path
from typing import TypeVar

from parsers import NotAProfilePage, parse_profile
from parsers.template import SiteTemplate, learn_template, template_candidates
from scraper.storage.archive import Archive

# The parent pays ~2 ms of CPU per chunk (pickling, the pool's threads), on the cores the workers
# need: 64 pages a chunk halves that against 16; the last chunk's wait is under 0.1 s.
_CHUNK = 64
_MIN_PAGES_PER_WORKER = 32
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class ReferenceDates:
    """What bounds citation dates of a page without a fetch date: the user's date, else the page's
    own, else the run's (see parse_profile)."""

    given: date | None = None
    run: date | None = None


@dataclass(frozen=True, slots=True)
class ParseJob:
    source: str  # what messages name: a file path or an archived URL
    path: Path | None = None
    archive_dir: Path | None = None
    sha256: str | None = None
    url: str | None = None
    fetched_at: datetime | None = None
    dates: ReferenceDates = ReferenceDates()
    template: SiteTemplate = SiteTemplate()


@dataclass(frozen=True, slots=True)
class ParseOutcome:
    job: ParseJob
    line: str | None  # the record's JSON line, when the page gave one
    refusal: str | None  # NotAProfilePage code, or 'unreadable' / 'parser-error'
    error: str | None  # one line saying why there is no record


def default_workers(job_count: int | None = None) -> int:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    if job_count is not None:
        cores = min(cores, max(1, job_count // _MIN_PAGES_PER_WORKER))
    return max(1, cores)


def parse_jobs(jobs: Iterable[ParseJob], workers: int = 1) -> Iterator[ParseOutcome]:
    """Outcomes in the order of `jobs`."""
    return _map(parse_one, jobs, workers)


def learn_site_template(jobs: Iterable[ParseJob], workers: int = 1) -> SiteTemplate:
    """The lines most of these pages share (see parsers.template), read on every core."""
    return learn_template(_map(_template_candidates, jobs, workers))


def _map(function: Callable[[ParseJob], T], jobs: Iterable[ParseJob], workers: int) -> Iterator[T]:
    if workers <= 1:
        yield from map(function, jobs)
        return
    with get_context("fork" if hasattr(os, "fork") else "spawn").Pool(workers) as pool:
        yield from pool.imap(function, jobs, chunksize=_CHUNK)


def _template_candidates(job: ParseJob) -> frozenset[str]:
    try:
        return template_candidates(_read(job))
    except Exception:  # an unreadable body or a parser bug costs that page's vote only
        return frozenset()


def parse_one(job: ParseJob) -> ParseOutcome:
    try:
        raw = _read(job)
    except (OSError, LookupError) as error:
        return ParseOutcome(job, None, "unreadable", f"cannot read: {error}")
    try:
        record = parse_profile(raw, url=job.url, fetched_at=job.fetched_at, reference_date=job.dates.given,
                               run_date=job.dates.run, template=job.template)
    except NotAProfilePage as refusal:
        return ParseOutcome(job, None, refusal.code, str(refusal))
    except Exception as error:  # a parser bug must cost one page, never the run
        return ParseOutcome(job, None, "parser-error", f"parser error: {type(error).__name__}: {error}")
    return ParseOutcome(job, record.to_json_line(), None, None)


# One archive connection per worker process (SQLite connections must not cross a fork).
_archives: dict[tuple[int, Path], Archive] = {}


def _read(job: ParseJob) -> bytes:
    if job.path is not None:
        return job.path.read_bytes()
    if job.archive_dir is None or job.sha256 is None:
        raise LookupError("the job names no file and no archived body")
    key = (os.getpid(), job.archive_dir)
    archive = _archives.get(key)
    if archive is None:
        archive = _archives[key] = Archive(job.archive_dir)
    return archive.read_body(job.sha256)
