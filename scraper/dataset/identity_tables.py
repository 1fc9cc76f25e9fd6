"""The dataset-wide tables of issue 17: one row per distinct article, per outlet, and per spelling of an
outlet, joinable from `citations` by `article_id` and `outlet_id`. Their rows come from the
`CitationIndex`, gathered in the export's one pass over the records.

Spellings are a table of their own rather than a list in a cell: an outlet's name may hold any
delimiter (commas, semicolons, slashes), and as rows they can be counted, filtered and joined like
everything else.
"""

from __future__ import annotations

from scraper.dataset.citation_index import CitationIndex
from scraper.dataset.table_model import Column, DatasetTable, ForeignKey

OUTLET_KEY = ForeignKey(("outlet_id",), "outlets", ("outlet_id",))


def _count(name: str, description: str) -> Column:
    return Column(name, "integer", description, required=True)


ARTICLES = DatasetTable(
    "articles",
    "One row per distinct article the citations cite (`citations.article_id`); its fields as its first "
    "citation in the dataset's order gives them.",
    (
        Column("article_id", "string", "The article's identity (`citations.article_id`).", required=True),
        Column("headline", "string", "The article's headline.", "citations[].headline"),
        Column("outlet_id", "string", "Its outlet (`outlets.outlet_id`); null when the citation names none."),
        Column("date", "string", "ISO 8601 at the precision given.", "citations[].date"),
        Column("date_precision", "string", "`day`, `month` or `year`.", "citations[].date_precision",
               enum=("day", "month", "year")),
        Column("url", "string", "The article's link.", "citations[].url"),
        _count("citation_count", "Citations of it, over all locations."),
        _count("location_count", "Locations that cite it (which ones: `citations`, by `article_id`)."),
    ),
    key=("article_id",),
    references=(OUTLET_KEY,),
    aggregate=CitationIndex,
)

OUTLETS = DatasetTable(
    "outlets",
    "One row per outlet, across its spellings (`citations.outlet_id`).",
    (
        Column("outlet_id", "string", "The outlet's identity, a slug of its canonical name.", required=True),
        Column("name", "string", "Its canonical name: the `citations.outlet_canonical` most of its citations give.",
               required=True),
        _count("spelling_count", "Spellings seen on the pages (`outlet_spellings`)."),
        _count("citation_count", "Citations of it."),
        _count("article_count", "Distinct articles of it cited."),
        _count("location_count", "Locations that cite it."),
    ),
    key=("outlet_id",),
    aggregate=CitationIndex,
)

OUTLET_SPELLINGS = DatasetTable(
    "outlet_spellings",
    "One row per spelling of an outlet seen on the pages, exactly as written.",
    (
        Column("outlet_id", "string", "The outlet (`outlets.outlet_id`).", required=True),
        Column("spelling", "string", "The outlet as a citation writes it (`citations.outlet`).", required=True),
        _count("citation_count", "Citations that write it so."),
    ),
    key=("outlet_id", "spelling"),
    references=(OUTLET_KEY,),
    aggregate=CitationIndex,
)
