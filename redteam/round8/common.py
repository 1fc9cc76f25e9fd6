"""Shared bits for the round-8 pages: expected-record builder and the chrome every theme repeats."""
import html
import json
import re
from pathlib import Path

HERE = Path(__file__).parent
TACTIC_IDS = {
    "auto seizure": "auto-seizure", "buyer arrests": "buyer-arrests", "cameras": "cameras",
    "community service": "community-service", "employment loss": "employment-loss",
    "identity disclosure": "identity-disclosure", "shaming": "identity-disclosure",
    "it based tactics": "it-based-tactics", "john school": "john-school", "letters": "letters",
    "license suspension": "license-suspension", "neighborhood action": "neighborhood-action",
    "public education": "public-education", "reverse stings": "reverse-stings",
    "soap orders": "soap-orders", "web stings": "web-stings",
}
ALL_TACTICS = ["Auto Seizure", "Buyer Arrests", "Cameras", "Community Service", "Employment Loss",
               "Identity Disclosure", "IT Based Tactics", "John School", "Letters", "License Suspension",
               "Neighborhood Action", "Public Education", "Reverse Stings", "SOAP Orders", "Web Stings"]


def visible(fragment: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", fragment))).strip()


class C:
    """A citation: the markup shown on the page and what the parser should read from it."""

    def __init__(self, markup, headline, outlet, date, precision=None, url=None):
        self.markup, self.headline, self.outlet, self.date, self.url = markup, headline, outlet, date, url
        self.precision = precision or ({10: "day", 7: "month", 4: "year"}.get(len(date)) if date else None)


def curly(headline, outlet, date_text, date=None, precision=None):
    tail = f", {date_text}." if date_text else "."
    return C(f"“{headline},” {outlet}{tail}", headline, outlet, date, precision)


def record(p):
    """The record a page of profile p must give (fields that matter; provenance ignored)."""
    cats, cits = [], []
    for cat, items in p["sources"]:
        if cat is not None:
            cats.append(cat)
        for c in items:
            cits.append({"category": cat, "headline": c.headline, "outlet": c.outlet, "date": c.date,
                         "date_precision": c.precision, "url": c.url, "text": visible(c.markup)})
    place, st = p["name"].rsplit(", ", 1)
    return {
        "schema_version": "1.0", "id": p["slug"], "url": f"https://demand-forum.org/site/{p['slug']}/",
        "name": p["name"], "place": place, "state_code": st, "state": p["state"], "type": p["type"],
        "population": p["population"], "location": p.get("location"),
        "tactics": [TACTIC_IDS[t.lower()] for t in p["tactics"]],
        "narrative": [{"heading": h, "text": visible(t)} for h, t in p["narrative"]],
        "key_partners": [{"name": n, "units": u} for n, u in p["partners"]],
        "source_categories": cats, "citations": cits,
    }


def write(slug, page_html, p):
    (HERE / f"{slug}.html").write_text(page_html, encoding="utf-8")
    (HERE / f"{slug}.expected.json").write_text(
        json.dumps(record(p), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def tactic_menu(base="https://demand-forum.org"):
    items = "".join(f'<li class="menu-item menu-item-type-post_type"><a href="{base}/{t.lower().replace(" ", "-")}/">{t}</a></li>'
                    for t in ALL_TACTICS)
    return items


def head(title, slug, extra=""):
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} &#8211; Demand Forum</title>
<link rel="canonical" href="https://demand-forum.org/site/{slug}/">
{extra}
</head>
"""
