"""The refresh's parse phase: the pages parsed with the site's template, reconciled with the
previous records (see scraper.refresh.reconcile)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from functools import partial
from pathlib import Path

from rich.console import Console
from rich.progress import Progress

from parsers import PARSER_VERSION, NotAProfilePage, parse_profile
from parsers.models import Profile
from parsers.template import SiteTemplate
from scraper.parsing.batch import ReferenceDates
from scraper.parsing.site_template import load_template, stored_or_learned
from scraper.refresh.reconcile import BodyUnavailable, PageSource, ParseRefused, Reconciliation, reconcile
from scraper.refresh.settings import RefreshSettings
from scraper.refresh.sources import Sources
from scraper.refresh.state import RefreshState


def parse_and_reconcile(
    settings: RefreshSettings,
    sources: Sources,
    previous: dict[str, Profile],
    state: RefreshState,
    started_at: datetime,
) -> Reconciliation:
    template = _site_template(settings, sources)
    dates = ReferenceDates(settings.reference_date, started_at.date())
    with _progress_bar(settings, "parsing", len(sources.pages)) as advance:
        return reconcile(
            previous,
            state,
            sources.pages,
            read_body=sources.read_body,
            parse=partial(_parse, dates=dates, template=template),
            parser_version=template.parser_version(PARSER_VERSION),
            run_started=started_at,
            missing_runs_limit=settings.missing_runs,
            on_page_done=advance,
        )


def _site_template(settings: RefreshSettings, sources: Sources) -> SiteTemplate:
    """The archive's template (learned on the first run); the fixtures are many sites, not one."""
    if sources.mode == "offline-fixtures":
        return SiteTemplate()

    def bodies() -> Iterator[bytes]:
        for page in sources.pages:
            if page.sha256:
                with suppress(BodyUnavailable):
                    yield sources.read_body(page.sha256)

    return stored_or_learned(settings.cache_dir, bodies)


def known_parser_version(cache_dir: Path) -> str | None:
    """The parser_version this run's records will carry, if the site's template is known yet."""
    template = load_template(cache_dir)
    return template.parser_version(PARSER_VERSION) if template is not None else None


@contextmanager
def _progress_bar(
    settings: RefreshSettings, label: str, total: int
) -> Iterator[Callable[[], None]]:
    show = sys.stderr.isatty() if settings.progress is None else settings.progress
    if not show:
        yield lambda: None
        return
    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task(label, total=total)
        yield lambda: progress.advance(task)


def _parse(body: bytes, page: PageSource, *, dates: ReferenceDates, template: SiteTemplate) -> Profile:
    try:
        return parse_profile(
            body, url=page.url, fetched_at=page.fetched_at,
            reference_date=dates.given, run_date=dates.run, template=template,
        )
    except NotAProfilePage as refusal:
        raise ParseRefused(str(refusal)) from refusal
    except Exception as error:  # a parser bug on one page must not stop the run
        first_line = (str(error).splitlines() or [""])[0][:200]
        raise ParseRefused(f"parser error: {type(error).__name__}: {first_line}") from error
