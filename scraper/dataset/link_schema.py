"""The shape of one `links.jsonl` line, as a model whose JSON Schema `demandforum schema --links` prints.

The link layer is written from plain dicts (`links.link_profile`, the hot path); this model is its
contract for readers, and the tests hold every line of the fixture dataset to it.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class LinkWarning(BaseModel):
    model_config = ConfigDict(extra="forbid")

    code: Literal["geo-unmatched", "geo-ambiguous", "population-mismatch", "title-slug-mismatch"]
    message: str


class CitationLink(BaseModel):
    model_config = ConfigDict(extra="forbid")

    position: int = Field(ge=0, description="The citation's index in the record's `citations`.")
    article_id: str = Field(pattern=r"^[0-9a-f]{16}$", description=(
        "16 hex digits of SHA-256 over the folded headline (else the citation's text), the outlet id and "
        "the date: the same article on any profile, in any run, has one id."))
    outlet_id: str | None = Field(description="A readable slug of the outlet's canonical name; null without an outlet.")
    outlet: str | None = Field(description="The outlet's canonical name (case, 'The', known aliases folded).")
    outlet_as_written: str | None = Field(description="The outlet as the page spells it.")


class LinkLine(BaseModel):
    """The join keys of one record of `profiles.jsonl`, same order."""

    model_config = ConfigDict(extra="forbid", title="demandforum links.jsonl line")

    id: str = Field(description="The record's `id`.")
    state_fips: str | None = Field(pattern=r"^\d{2}$", description="2 digits, from the title's state code.")
    county_fips: list[str] = Field(description=(
        "5-digit county codes of the Census's 2020 list, main first; [] when unmatched."))
    county_match: str | None = Field(description="How the county was matched (exact, alias, county-of-place, ...).")
    county_vintage: Literal["2020"] = Field(description="The Census county list `county_fips` follows.")
    county_fips_2022: list[str] = Field(description=(
        "County equivalents from 2022 on: Connecticut's planning regions; elsewhere the same as `county_fips`."))
    county_2022_match: str | None = Field(description="town, towns-of-county or unchanged; null when unmatched.")
    geonames_id: int | None = Field(description="The GeoNames id of the place; null for counties.")
    geonames_match: str | None = Field(description="exact or alias.")
    lat: float | None = Field(ge=-90, le=90)
    lng: float | None = Field(ge=-180, le=180)
    coord_source: Literal["page", "gazetteer"] | None = Field(description="Where `lat`/`lng` come from.")
    gazetteer_population: int | None = Field(description="GeoNames' population of the matched place.")
    warnings: list[LinkWarning]
    citations: list[CitationLink] = Field(description="One per citation of the record, by position.")
