"""The typed record of one location profile, and its parts.

Field order here is the field order of every JSON line we write: change it only with a
schema_version bump.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

DatePrecision = Literal["day", "month", "year"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ParseWarning(_Strict):
    section: str = Field(description="Section of the page the warning is about, e.g. 'tactics'.")
    code: str = Field(description="Stable machine-readable code, e.g. 'unknown-tactic'.")
    message: str


class Location(_Strict):
    lat: float = Field(ge=-90, le=90)
    lng: float = Field(ge=-180, le=180)


class NarrativeParagraph(_Strict):
    heading: str | None = Field(description="Narrative sub-heading the paragraph sits under.")
    text: str


class KeyPartner(_Strict):
    name: str
    units: list[str] = Field(default_factory=list)


class Citation(_Strict):
    category: str | None = Field(description="Key Sources heading, without its colon.")
    headline: str | None
    outlet: str | None
    date: str | None = Field(description="ISO 8601 at the precision the text gives.")
    date_precision: DatePrecision | None
    url: str | None
    text: str = Field(description="The citation line as shown, whitespace normalized.")


class StaleMark(_Strict):
    """Set by the refresh job on a last good record whose page now fails; never by the parser."""

    reason: str
    since: datetime = Field(description="First run in which the page failed.")
    last_good_fetch: datetime | None


class Profile(_Strict):
    schema_version: Literal["1.0"] = SCHEMA_VERSION
    id: str = Field(description="The profile's slug, e.g. 'waterbury-ct'.")
    url: str
    name: str = Field(description="The page title as shown, e.g. 'Waterbury, CT'.")
    place: str
    state_code: str | None
    state: str | None = Field(description="Full state name from the page's State metadata.")
    type: str | None
    population: int | None = Field(ge=0)
    location: Location | None
    tactics: list[str] = Field(description="Canonical tactic ids in page order.")
    narrative: list[NarrativeParagraph]
    key_partners: list[KeyPartner]
    source_categories: list[str]
    citations: list[Citation]
    warnings: list[ParseWarning]
    stale: StaleMark | None = None
    fetched_at: datetime | None
    content_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    parser_version: str

    def to_json_line(self) -> str:
        """One JSONL line: fields in declaration order, UTF-8 unescaped, no trailing newline."""
        return self.model_dump_json()
