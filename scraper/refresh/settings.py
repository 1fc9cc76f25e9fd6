"""What a refresh run is told: the site, the folders, the alarms' thresholds, the limits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from scraper.fetch.crawl import CrawlSettings
from scraper.refresh.lastmod_trust import DEFAULT_LIE_SHARE, DEFAULT_REVALIDATE_DAYS
from scraper.refresh.report import AlarmThresholds
from scraper.storage.archive import DEFAULT_CACHE_DIR

FIXTURE_PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "pages"
DEFAULT_MAX_RUN_TIME = 4 * 3600.0  # seconds: a nightly run ends well before the next night's


@dataclass(frozen=True)
class RefreshSettings:
    crawl: CrawlSettings = CrawlSettings()  # the site, and how politely to fetch it
    cache_dir: Path = DEFAULT_CACHE_DIR
    out_dir: Path = Path("output")
    offline: bool = False
    publish_anyway: bool = False
    missing_runs: int = 3  # consecutive runs a location may be missing from discovery
    thresholds: AlarmThresholds = AlarmThresholds()
    fixtures_dir: Path = FIXTURE_PAGES
    progress: bool | None = None  # None: progress bars only on a terminal
    reference_date: date | None = None  # bounds citation dates of pages without a fetch date
    max_run_time: float | None = DEFAULT_MAX_RUN_TIME  # seconds after the start: no request after
    site_dir: Path | None = None  # where to rebuild the static site after each run (None: not at all)
    revalidate_days: int = DEFAULT_REVALIDATE_DAYS  # see scraper.fetch.lastmod
    lastmod_lie_share: float = DEFAULT_LIE_SHARE  # see scraper.refresh.lastmod_trust
