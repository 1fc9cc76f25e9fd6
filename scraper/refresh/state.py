"""What the refresh job remembers between runs, beside the dataset (`<out>/state.json`).

The dataset itself holds each location's last good record (with its content hash and stale mark);
this file holds only what the records cannot: which URL gave which id, when each page last fetched
well, how many runs in a row it has been missing, which body the current parser already rejected,
the discovery count of the last published run (the baseline of the discovery alarm), and whether
the sitemap <lastmod> is trusted.

It is saved right after the dataset is published (a run that publishes nothing saves only its
lastmod verdict). A run killed between the two leaves it one run behind the dataset, which errs on
the safe side: a missing location waits one more run before removal, and a refused body is parsed
once more.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from scraper.refresh.publish import write_json_atomically


class TrackedPage(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str | None = Field(default=None, description="Id of the record this URL gave last.")
    last_good_fetch: datetime | None = None
    missing_runs: int = 0
    rejected_sha256: str | None = Field(
        default=None, description="Body the parser refused, so it is not parsed again."
    )
    rejected_by_parser: str | None = None
    rejected_reason: str | None = None


class LastmodTrust(BaseModel):
    """Whether the sitemap <lastmod> is trusted (see scraper.refresh.lastmod_trust)."""

    # A state.json written under the first rule also counts `right_runs`: the new rule needs none.
    model_config = ConfigDict(extra="ignore")

    untrusted_since: datetime | None = Field(
        default=None, description="Start of the run that found lastmod lying; None: trusted."
    )


class RefreshState(BaseModel):
    model_config = ConfigDict(extra="forbid")

    state_version: int = 1
    published_discovered: int | None = Field(
        default=None, description="Profiles discovered by the last run that published."
    )
    pages: dict[str, TrackedPage] = Field(default_factory=dict)
    lastmod: LastmodTrust = Field(default_factory=LastmodTrust)


def load_state(path: Path) -> RefreshState:
    """The saved state, or a fresh one when there is none or it is unreadable.

    Losing it costs only precision (missing-run counts restart, rejected bodies are parsed again,
    one run requests every page as lastmod skips only pages it knows): the records themselves live
    in the dataset.
    """
    try:
        return RefreshState.model_validate_json(path.read_bytes())
    except (FileNotFoundError, ValidationError):
        return RefreshState()


def save_state(path: Path, state: RefreshState) -> None:
    write_json_atomically(path, state.model_dump(mode="json"))
