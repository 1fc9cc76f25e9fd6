"""One profile, its sections in several orders and three markups, and the blog chrome that themes and
page builders print around a post: for proving that chrome never changes the record (issue 14).

The chrome is written in neutral `div`s with builder-like class names (no 'sidebar', 'related' or
'share' words), as page builders print their widgets, so only what a reader sees can tell it apart.
"""

from __future__ import annotations

from html import escape

TITLE = "Wilkes-Barre, PA"
TACTICS = ["Auto Seizure", "Reverse Stings", "SOAP Orders", "Web Stings"]
NARRATIVE = [
    "Wilkes-Barre is a city in northeastern Pennsylvania with about 41,000 residents. Street prostitution "
    "has been reported along South Main Street for decades.",
    "In 2009 the police department ran its first street-level reverse sting, and the names of the men "
    "arrested were released to the press.",
]
PARTNERS = [("Wilkes-Barre Police Department", ["Vice Unit"]), ("Luzerne County District Attorney’s Office", []),
            ("Pennsylvania State Police", [])]
CATEGORIES = {
    "Sex Buyer Arrests": ["“Police Nab 12 in Sting, Chief Says,” Times Leader, June 3 2009."],
    "Reverse Stings, Identity Disclosure": ["“Second Sting Nets 9,” WBRE/WYOU-TV 28, August 2011."],
}
METADATA = (("State", "Pennsylvania"), ("Type", "City"), ("Population", "41498"))

_ALL_TACTICS = ["Auto Seizure", "Buyer Arrests", "Cameras", "Community Service", "Employment Loss",
                "Identity Disclosure", "IT Based Tactics", "John School", "Letters", "License Suspension",
                "Neighborhood Action", "Public Education", "Reverse Stings", "SOAP Orders", "Web Stings"]


def _w(inner: str, n: int = 0) -> str:
    """A page builder's widget: two anonymous wrappers."""
    return f"<div class='x-el x-el-{n}'><div class='x-widget-container'>{inner}</div></div>"


CHROME = {
    "entry_footer": _w("<span>This entry was posted in <a href='/category/pennsylvania/'>Pennsylvania</a>, "
                       "<a href='/category/sites/'>Sites</a> and tagged <a href='/tag/reverse-stings/'>Reverse "
                       "Stings</a>. Bookmark the <a href='/site/wilkes-barre-pa/'>permalink</a>.</span>"),
    "post_terms": _w("<a href='/category/pennsylvania/'>Pennsylvania</a>, <a href='/category/sites/'>Sites</a>"),
    "post_info": _w("<ul><li><a href='/author/editor/'>Editorial Team</a></li><li><time datetime='2026-03-04'>"
                    "March 4, 2026</time></li><li><a href='/category/pennsylvania/'>Pennsylvania</a></li></ul>"),
    "post_navigation": _w("<a href='/site/scranton-pa/'><span>Previous</span><span>Scranton, PA</span></a>"
                          "<a href='/site/hazleton-pa/'><span>Next</span><span>Hazleton, PA</span></a>"),
    "related_cards": _w("<h3>Related Profiles</h3>" + "".join(
        f"<div><h4><a href='/site/{slug}/'>{name}</a></h4><div>March 1, 2026</div><p>Tactics Used Reverse Stings "
        f"Web Stings {name.split(',')[0]} is a city in Pennsylvania…</p><a href='/site/{slug}/'>Read More »</a></div>"
        for slug, name in (("scranton-pa", "Scranton, PA"), ("hazleton-pa", "Hazleton, PA")))),
    "cards_without_heading": _w("".join(
        f"<div><h4><a href='/site/{slug}/'>{name}</a></h4><p>{name.split(',')[0]} has run reverse stings since "
        f"2004, police say, and publishes the names of men arrested.</p></div>"
        for slug, name in (("scranton-pa", "Scranton, PA"), ("hazleton-pa", "Hazleton, PA")))),
    "author_box": _w("<img alt='Editorial Team' src='/a.jpg'><h4>Editorial Team</h4><p>The Demand Forum editorial "
                     "team compiles location profiles from news reports and agency documents.</p>"
                     "<a href='/author/editor/'>View all posts</a>"),
    "share_bar": _w("<div>Share this profile</div>" + "".join(
        f"<a href='https://{site}.example/share'><span>{name}</span></a>"
        for site, name in (("facebook", "Facebook"), ("twitter", "Twitter"), ("mail", "Email")))),
    "tactics_with_counts": _w("<h4>Tactics</h4><ul>" + "".join(
        f"<li><a href='/tactic/{t.lower().replace(' ', '-')}/'>{t}</a> ({100 + i * 37:,})</li>"
        for i, t in enumerate(_ALL_TACTICS)) + "</ul>"),
    "states_with_counts": _w("<h4>States</h4><ul>" + "".join(
        f"<li><a href='/category/{s.lower()}/'>{s}</a> ({n})</li>"
        for s, n in (("Connecticut", 12), ("Georgia", 41), ("Pennsylvania", 77))) + "</ul>"),
    "tag_cloud": _w("<h4>Tags</h4><div>" + " ".join(
        f"<a href='/tag/{t.replace(' ', '-')}/' style='font-size:{12 + i}pt'>{t}</a>"
        for i, t in enumerate(["hotels", "massage parlors", "motels", "online ads", "truck stops", "johns",
                               "police", "courts", "trafficking", "billboards"])) + "</div>"),
    "comments": _w("<h3>Comments</h3><p>Comments are closed.</p>"),
    # Twenty Sixteen's biography.php rebuilt without its classes: the name under 'Author:', then a bio
    # whose last words link to the author's archive.
    "author_bio_with_link": _w("<h2>Author: Marisa Quell</h2><p>Marisa Quell coordinates the location research "
                               "and writes about policing in Pennsylvania and New York. <a href='/author/mquell/'>"
                               "View all posts by Marisa Quell</a></p>"),
    "reading_time": _w("<span><span>Reading Time: </span> <span>4</span> <span>minutes</span></span>"),
}
# Chrome that themes print between the title and the content.
CHROME_UNDER_TITLE = ("post_terms", "post_info", "share_bar", "reading_time")


def _sections(markup: str) -> dict[str, str]:
    heading = {"classic": "h2", "builder": "div", "block": "h2"}[markup]
    strong = markup == "builder"

    def label(text: str) -> str:
        inner = f"<strong>{text}</strong>" if strong else text
        return f"<{heading} class='label'>{inner}</{heading}>"

    partners = "".join(f"<li>{escape(name)}" + (f"<ul>{''.join(f'<li>{u}</li>' for u in units)}</ul>" if units else "")
                       + "</li>" for name, units in PARTNERS)
    sources = "".join(f"<p><strong>{escape(c)}:</strong></p><ul>{''.join(f'<li>{escape(t)}</li>' for t in texts)}</ul>"
                      for c, texts in CATEGORIES.items())
    return {
        "tactics": label("Tactics Used") + "<ul>" + "".join(f"<li>{t}</li>" for t in TACTICS) + "</ul>",
        "narrative": "".join(f"<p>{escape(p)}</p>" for p in NARRATIVE),
        "partners": label("Key Partners") + f"<ul>{partners}</ul>",
        "sources": label("Key Sources") + sources,
        "metadata": "".join(f"<p><strong>{k}</strong> {v}</p>" for k, v in METADATA),
    }


ORDERS = {
    "metadata_last": ("tactics", "narrative", "partners", "sources", "metadata"),
    "sources_last": ("tactics", "narrative", "partners", "metadata", "sources"),
    "partners_last": ("tactics", "narrative", "sources", "metadata", "partners"),
    "narrative_last": ("tactics", "partners", "sources", "metadata", "narrative"),
}
MARKUPS = ("classic", "builder", "block")


def render(markup: str, order: str, after_last: str = "", under_title: str = "", before_last: str = "") -> bytes:
    """The profile with chrome after its last section, under its title, or just before its last
    section (which must then have a label: narrative has none)."""
    parts = _sections(markup)
    blocks = [_w(parts[name], i) if markup == "builder" else parts[name] for i, name in enumerate(ORDERS[order])]
    body = "".join(blocks[:-1]) + before_last + blocks[-1]
    if markup == "classic":
        article = (f"<article class='post'><header class='entry-header'><h1 class='entry-title'>{TITLE}</h1>"
                   f"</header>{under_title}<div class='entry-content'>{body}{after_last}</div></article>")
    elif markup == "builder":
        article = (f"<div class='x-section'><div class='x-row'>{_w(f'<h1>{TITLE}</h1>')}{under_title}"
                   f"{body}{after_last}</div></div>")
    else:
        article = (f"<main class='wp-block-group'><h1 class='wp-block-post-title'>{TITLE}</h1>{under_title}"
                   f"<div class='wp-block-post-content'>{body}</div>{after_last}</main>")
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{TITLE} – Demand Forum</title>"
            f"<link rel='canonical' href='https://demand-forum.org/site/wilkes-barre-pa/'></head>"
            f"<body>{article}</body></html>").encode()
