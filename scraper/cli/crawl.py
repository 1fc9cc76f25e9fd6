"""`demandforum crawl`: fetch every profile into the archive and say what happened."""

from __future__ import annotations

import logging
import sqlite3
import sys
from pathlib import Path
from urllib.parse import urlsplit

import typer

from scraper.cli.app import app
from scraper.fetch.crawl import DEFAULT_USER_AGENT, CrawlSettings, crawl
from scraper.fetch.discovery import DiscoveryFailed
from scraper.fetch.crawl_result import CrawlResult
from scraper.storage.archive import DEFAULT_CACHE_DIR, Archive


@app.command("crawl")
def crawl_command(
    base_url: str = typer.Option(CrawlSettings.base_url, help="The site to crawl."),
    cache_dir: Path = typer.Option(DEFAULT_CACHE_DIR, help="Where the page archive lives."),
    limit: int | None = typer.Option(None, min=1, help="Fetch at most this many profiles."),
    rate: float = typer.Option(CrawlSettings.rate, min=0.001, help="Requests per second."),
    concurrency: int = typer.Option(CrawlSettings.concurrency, min=1, max=64, help="Requests in flight."),
    offline: bool = typer.Option(False, help="Serve only from the archive; report what is missing."),
    user_agent: str = typer.Option(DEFAULT_USER_AGENT, help="User-Agent, naming you and a contact URL."),
) -> None:
    """Fetch (conditionally) every profile page into the archive.

    Exit codes: 0 every page fetched or not modified; 1 some failed or missing, or no start; 2 usage.
    """
    if urlsplit(base_url).scheme not in {"http", "https"} or not urlsplit(base_url).hostname:
        raise typer.BadParameter("must be an http(s) URL with a host", param_hint="--base-url")
    if not user_agent.strip():
        raise typer.BadParameter("must name the crawler and a contact URL", param_hint="--user-agent")
    _configure_logging()
    settings = CrawlSettings(base_url=base_url.rstrip("/"), user_agent=user_agent, rate=rate,
                             concurrency=concurrency, limit=limit, offline=offline)
    try:
        with Archive(cache_dir) as archive:
            result = crawl(settings, archive)
    except DiscoveryFailed as error:
        typer.echo(f"crawl could not start: {error}", err=True)
        raise typer.Exit(1) from None
    except (OSError, sqlite3.Error) as error:
        typer.echo(f"crawl stopped: the archive in {cache_dir} cannot be written: {error}", err=True)
        raise typer.Exit(1) from None
    typer.echo(summary(result))
    raise typer.Exit(0 if result.complete else 1)


def summary(result: CrawlResult) -> str:
    lines = [
        f"discovered {len(result.discovered)} profiles (from the {result.discovery_source})",
        f"fetched {result.count('fetched')}, not modified {result.count('not-modified')}, "
        f"failed {result.count('failed')}"
        + (f", skipped by lastmod {result.count('skipped')}" if result.count("skipped") else "")
        + (f", missing offline {result.count('missing-offline')}" if result.count("missing-offline") else "")
        + (f", not reached {len(result.not_reached)} ({result.stopped_by})" if result.not_reached else ""),
    ]
    lines += [f"  {count:>6}  {reason}" for reason, count in result.failures_by_reason().most_common()]
    lines.append(
        f"requests {result.requests}, downloaded {result.bytes_downloaded / 2**20:.1f} MiB, "
        f"retries {result.retries}, URLs refused {len(result.refused)}"
    )
    if not result.outcomes:
        lines.append("nothing to serve: the archive holds no page of this site"
                     if result.discovery_source == "archive" else "no page fetched")
    return "\n".join(lines)


def _configure_logging() -> None:
    if logging.getLogger().handlers:
        return  # the caller (e.g. the refresh job) chose its own logging
    if sys.stderr.isatty():
        from rich.logging import RichHandler

        handler: logging.Handler = RichHandler(show_path=False)
    else:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler])
