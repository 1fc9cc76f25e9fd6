"""Trust, but verify, the site's sitemap <lastmod> (issue 10).

Before the crawl: which pages lastmod may skip (those whose fresh record, made by the current
parser, the dataset holds) and whether every page must be revalidated because lastmod lied lately.
After it: a revalidated page (lastmod said unchanged, the run asked anyway) that sent a new body
whose record differs from the published one is a lie (a body archived by a run that published
nothing, then confirmed by a 304, is none). When more than `lie_share` of the revalidated pages
lied, lastmod is untrusted: the next run revalidates every page. Trust returns once lastmod has
been right for a whole rotation, that is, over one revalidation of every page: a run that asked
every page, reached them all and found no more than `lie_share` of them lying. That run has caught
up every silent change, so asking every page again would only cost (in the simulated month, one
such run instead of nine brought the month from 0.39 to 0.19 of the naive requests). A sitemap
that keeps lying is caught again by the next rotation. The verdict lives in state.json
(`RefreshState.lastmod`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from parsers.models import Profile
from scraper.dataset.changes import NOT_COMPARED_FIELDS, PROVENANCE_FIELDS, diff_records
from scraper.fetch.lastmod import LastmodPolicy
from scraper.refresh.reconcile import Reconciliation
from scraper.refresh.state import LastmodTrust, RefreshState

DEFAULT_REVALIDATE_DAYS = 7
DEFAULT_LIE_SHARE = 0.05
# A new body that gives the same data is no change a reader would miss.
_NOT_DATA = NOT_COMPARED_FIELDS | frozenset(PROVENANCE_FIELDS)


@dataclass(frozen=True)
class LastmodVerdict:
    trust: LastmodTrust  # for the next runs
    revalidated: int
    untrusted_ids: list[str]
    message: str | None


def lastmod_policy(
    revalidate_days: int,
    state: RefreshState,
    previous: Mapping[str, Profile],
    parser_version: str | None,
) -> LastmodPolicy:
    """`parser_version`: what this run's records will carry (None: not known yet, as before the
    site's template is learned; then no page may be skipped)."""
    eligible = frozenset(
        url
        for url, tracked in state.pages.items()
        if tracked.id in previous
        and previous[tracked.id].stale is None
        and parser_version is not None
        and previous[tracked.id].parser_version == parser_version
    )
    return LastmodPolicy(
        revalidate_days=revalidate_days,
        revalidate_all=state.lastmod.untrusted_since is not None and revalidate_days > 0,
        eligible=eligible,
    )


def judge_lastmod(
    trust: LastmodTrust,
    revalidated: list[str],
    changed: list[str],
    reconciliation: Reconciliation,
    previous: Mapping[str, Profile],
    *,
    lie_share: float,
    every_page_revalidated: bool,
    run_started: datetime,
) -> LastmodVerdict:
    """`trust` as it was before this run, whose `reconciliation` made the next dataset;
    `changed`: the `revalidated` pages that sent a new body; `every_page_revalidated`: the run
    asked every page lastmod called unchanged and reached them all."""
    current, pages = reconciliation.records, reconciliation.state.pages
    lies = sorted(
        record_id
        for record_id in (pages[url].id if url in pages else None for url in changed)
        if record_id in previous and record_id in current and current[record_id].stale is None
        and diff_records(previous[record_id], current[record_id], ignore=_NOT_DATA)
    )
    share = len(lies) / len(revalidated) if revalidated else 0.0
    if share > lie_share:
        trust = LastmodTrust(untrusted_since=trust.untrusted_since or run_started)
        message = (
            f"lastmod untrusted: {len(lies)} of {len(revalidated)} revalidated pages changed without "
            f"a lastmod change ({share:.1%} > {lie_share:.0%}); the next run revalidates every page"
        )
    elif trust.untrusted_since is not None and every_page_revalidated and revalidated:
        trust = LastmodTrust()
        message = (
            f"lastmod trusted again: right over every page ({len(lies)} of {len(revalidated)} "
            f"changed without a lastmod change)"
        )
    elif trust.untrusted_since is not None:
        message = "lastmod still untrusted: this run did not revalidate every page"
    else:
        message = None
    return LastmodVerdict(trust, len(revalidated), lies, message)


def lastmod_section(
    policy: LastmodPolicy | None, verdict: LastmodVerdict, skipped: int
) -> dict[str, Any]:
    """The report's `lastmod` section."""
    return {
        "revalidate_days": policy.revalidate_days if policy else None,
        "revalidated_every_page": bool(policy and policy.revalidate_all),
        "skipped": skipped,
        "revalidated": verdict.revalidated,
        "lastmod_untrusted": len(verdict.untrusted_ids),
        "lastmod_untrusted_ids": verdict.untrusted_ids,
        "trusted": verdict.trust.untrusted_since is None,
        "untrusted_since": since.isoformat() if (since := verdict.trust.untrusted_since) else None,
        "message": verdict.message,
    }
