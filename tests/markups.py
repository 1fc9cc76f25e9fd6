"""One profile's content rendered in many markups, for proving the parser is theme-independent.

Each renderer is a different way a WordPress theme or page builder could lay out the same visible
text; the parser must read the same record from all of them.
"""

from __future__ import annotations

from html import escape

TITLE = "Wilkes-Barre, PA"
TACTICS = ["Auto Seizure", "Reverse Stings", "SOAP Orders", "Web Stings", "IT Based Tactics"]
TACTIC_IDS = ["auto-seizure", "reverse-stings", "soap-orders", "web-stings", "it-based-tactics"]
NARRATIVE = [
    "Wilkes-Barre is a city in northeastern Pennsylvania with a population of about 41,000 residents.",
    "In 2009, police conducted a street-level reverse sting that resulted in the arrest of 12 men.",
]
CATEGORIES = {
    "Sex Buyer Arrests": ["“Police Nab 12 in Sting, Chief Says,” Times Leader, June 3 2009."],
    "Reverse Stings, Identity Disclosure": [
        "“Johns’ Names Released; Police Send Message,” Citizens’ Voice, May 26 2010.",
        "“Second Sting Nets 9,” WBRE/WYOU-TV 28, August 2011.",
    ],
    "Background on Prostitution in the Area": [],
}
STATE, TYPE, POPULATION = "Pennsylvania", "City", "41,498"
CHROME_TOP = (
    '<a class="skip-link screen-reader-text" href="#content">Skip to content</a>'
    '<header id="masthead"><p class="site-title">Demand Forum</p><nav><ul>'
    + "".join(f'<li><a href="/tactic/x/">{t}</a></li>' for t in TACTICS + ["John School", "Letters"])
    + "</ul></nav></header>"
)
CHROME_BOTTOM = (
    '<div class="widget-area"><h2 class="widget-title">Tactics</h2><ul>'
    + "".join(f"<li>{t}</li>" for t in ["Cameras", "Letters"])
    + '</ul><h2>Recent Posts</h2><ul><li><a href="/site/hartford-ct/">Hartford, CT</a></li></ul></div>'
    '<footer class="site-footer"><p>© Demand Forum</p></footer>'
)


def page(article: str, head_title: str = TITLE) -> bytes:
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{head_title} – Demand Forum</title>"
        f"<script>var x = '<h1>Fake, XX</h1>';</script></head><body class='site-template-default'>"
        f"{CHROME_TOP}<div id='content'>{article}</div>{CHROME_BOTTOM}</body></html>"
    ).encode()


def _citations_as_lists(category_tag: str = "p", bold: bool = True) -> str:
    parts = []
    for category, citations in CATEGORIES.items():
        label = f"<strong>{escape(category)}:</strong>" if bold else f"{escape(category)}:"
        parts.append(f"<{category_tag}>{label}</{category_tag}>")
        if citations:
            parts.append("<ul>" + "".join(f"<li>{escape(c)}</li>" for c in citations) + "</ul>")
    return "".join(parts)


def classic() -> bytes:
    return page(
        f"<main><article><header class='entry-header'><h1 class='entry-title'>{TITLE}</h1></header>"
        "<div class='entry-content'><h2>Tactics Used</h2><ul>"
        + "".join(f"<li>{t}</li>" for t in TACTICS) + "</ul>"
        + "".join(f"<p>{escape(p)}</p>" for p in NARRATIVE)
        + "<h2>Key Sources</h2>" + _citations_as_lists()
        + f"<p><strong>State</strong> {STATE}</p><p><strong>Type</strong> {TYPE}</p>"
        f"<p><strong>Population</strong> {POPULATION}</p><p><strong>Location</strong></p>"
        "<div class='map' data-lat='41.2459' data-lng='-75.8813'></div>"
        "</div><footer class='entry-footer'>Comments are closed.</footer></article></main>"
    )


def br_lines() -> bytes:
    lines = [f"<b>Tactics Used</b>", *TACTICS]
    body = "<br>\n".join(lines)
    narrative = "".join(f"<p>{escape(p)}</p>" for p in NARRATIVE)
    sources = ["<b>Key Sources</b>"]
    for category, citations in CATEGORIES.items():
        sources.append(f"{escape(category)}:")
        sources.extend(f"• {escape(c)}" for c in citations)
    meta = f"State: {STATE}<br>Type: {TYPE}<br>Population: {POPULATION}"
    return page(
        f"<div class='post'><h2 class='title'>{TITLE}</h2><div class='entry'><p>{body}</p>{narrative}"
        f"<p>{'<br>'.join(sources)}</p><p>{meta}</p></div></div>"
    )


def builder() -> bytes:
    def box(text: str, cls: str = "et_pb_text_inner") -> str:
        return f"<div class='et_pb_module'><div class='{cls}'><span>{text}</span></div></div>"

    tactics = "".join(box(t) for t in TACTICS)
    narrative = "".join(f"<div class='et_pb_text'><div>{escape(p)}</div></div>" for p in NARRATIVE)
    sources = []
    for category, citations in CATEGORIES.items():
        sources.append(box(f"<strong>{escape(category)}:</strong>"))
        sources.extend(f"<div class='cite'><span>• </span><span>{escape(c)}</span></div>" for c in citations)
    meta = "".join(
        f"<div class='row'><span class='k'>{k}</span> <span class='v'>{v}</span></div>"
        for k, v in (("State", STATE), ("Type", TYPE), ("Population", POPULATION), ("Location", ""))
    )
    return page(
        "<div class='et_pb_section'><div class='et_pb_row'>"
        f"<div class='et_pb_title'><h1 class='et_pb_module_header'>{TITLE}</h1></div>"
        f"{box('TACTICS USED', 'et_pb_heading')}{tactics}{narrative}{box('Key Sources', 'et_pb_heading')}"
        f"{''.join(sources)}<div class='meta-grid'>{meta}</div></div></div>"
    )


def table() -> bytes:
    rows = "".join(
        f"<tr><td>{t}</td><td>{'✓' if i % 2 == 0 else ''}</td></tr>"
        for i, t in enumerate(interleaved_table_tactics())
    )
    sources = []
    for category, citations in CATEGORIES.items():
        sources.append(f"<h4>{escape(category)}:</h4>")
        sources.extend(f"<p>- {escape(c)}</p>" for c in citations)
    meta = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in
                   (("State", STATE), ("Type", TYPE), ("Population", POPULATION), ("Location", "")))
    return page(
        f"<article><h1>{TITLE}</h1><p>Categories:</p><table><thead><tr><th>Tactics Used</th><th></th></tr>"
        f"</thead><tbody>{rows}</tbody></table>"
        + "".join(f"<p>{escape(p)}</p>" for p in NARRATIVE)
        + f"<h3>Key Sources</h3>{''.join(sources)}<table>{meta}</table><p>Comments are closed.</p></article>"
    )


def interleaved_table_tactics() -> list[str]:
    """Marked rows (even positions) are TACTICS; odd rows are unmarked decoys."""
    decoys = ["Cameras", "Letters", "John School", "Public Education", "Community Service"]
    return [name for pair in zip(TACTICS, decoys) for name in pair]


def definition_list() -> bytes:
    tactics = "<br>".join(f'<a href="/tactic/{t.lower().replace(" ", "-")}/">{t}</a>' for t in TACTICS)
    sources = []
    for category, citations in CATEGORIES.items():
        sources.append(f"<dt>{escape(category)}</dt><dd><ul>"
                       + "".join(f"<li><a href='https://news.example.com/{i}'>{escape(c)}</a></li>"
                                 for i, c in enumerate(citations)) + "</ul></dd>")
    meta = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in
                   (("State", STATE), ("Type", TYPE), ("Population", POPULATION)))
    return page(
        f"<main class='wp-block-group'><h1 class='wp-block-post-title'>{TITLE}</h1>"
        "<div class='wp-block-post-content'>"
        f"<h3 class='wp-block-heading'>Tactics used:</h3><p>{tactics}</p>"
        + "".join(f"<p>{escape(p)}</p>" for p in NARRATIVE)
        + f"<h3 class='wp-block-heading'>Key sources:</h3><dl>{''.join(sources)}</dl>"
        f"<dl class='meta'>{meta}</dl></div></main>"
    )


def site_title_h1() -> bytes:
    """Older themes make the site name the h1 and the post title an h2; chrome in plain divs."""
    return page(
        "<div id='header'><h1><a href='/'>Demand Forum</a></h1></div>"
        "<div id='sidebar'><h2>Key Sources</h2><ul><li>Links</li></ul></div>"
        f"<div class='post'><h2>{TITLE}</h2><div class='entry'>"
        "<p><strong>Tactics Used</strong></p><ul>" + "".join(f"<li>{t}</li>" for t in TACTICS) + "</ul>"
        + "".join(f"<p>{escape(p)}</p>" for p in NARRATIVE)
        + "<p><strong>Key Sources</strong></p>" + _citations_as_lists(bold=False)
        + f"<p>State {STATE}</p><p>Type {TYPE}</p><p>Population {POPULATION}</p><p>Location</p></div></div>"
    )


RENDERERS = {
    "classic": classic,
    "br_lines": br_lines,
    "builder": builder,
    "table": table,
    "definition_list": definition_list,
    "site_title_h1": site_title_h1,
}
