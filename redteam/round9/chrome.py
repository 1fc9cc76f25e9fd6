"""Shared bits of site chrome used by the round-9 page builders (menus, widgets, escaping)."""
from html import escape

from profiles import P

MENU_TACTICS = ["Auto Seizure", "Buyer Arrests", "Cameras", "John School", "Reverse Stings", "Web Stings"]


def e(text):
    return escape(text, quote=False)


def nbsp(text):
    """Put a non-breaking space after the first word (as pasted from a word processor)."""
    head, _, tail = text.partition(" ")
    return e(head) + "&nbsp;" + e(tail) if tail else e(text)


def slug_url(slug):
    return f"https://demand-forum.org/site/{slug}/"


def head(slug, title=None, extra=""):
    p = P[slug]
    title = title or p["name"]
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)} &#8211; Demand Forum</title>
<link rel="canonical" href="{slug_url(slug)}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{e(p['name'])} - Demand Forum" />
<meta property="article:modified_time" content="2024-03-02T15:11:09+00:00" />
{extra}
</head>
"""


def menu_items(cls="menu-item menu-item-type-post_type menu-item-object-page"):
    items = "".join(
        f'<li class="{cls}"><a href="https://demand-forum.org/{t.lower().replace(" ", "-")}/">{t}</a></li>'
        for t in MENU_TACTICS
    )
    return (f'<li class="{cls}"><a href="https://demand-forum.org/">Home</a></li>'
            f'<li class="{cls} menu-item-has-children"><a href="#">Tactics</a><ul class="sub-menu">{items}</ul></li>'
            f'<li class="{cls}"><a href="https://demand-forum.org/browse-locations/">Browse Locations</a></li>'
            f'<li class="{cls}"><a href="https://demand-forum.org/map-locations/">Map Locations</a></li>')


def other_titles(slug, n=3):
    return [(s, P[s]["name"]) for s in P if s != slug][:n]


def recent_posts(slug, h="h2", title_cls="widget-title"):
    lis = "".join(f'<li><a href="{slug_url(s)}">{e(name)}</a></li>' for s, name in other_titles(slug, 5))
    return f'<section id="recent-posts-2" class="widget widget_recent_entries"><{h} class="{title_cls}">Recent Locations</{h}><ul>{lis}</ul></section>'


def categories_widget(h="h2", title_cls="widget-title"):
    return (f'<section id="categories-3" class="widget widget_categories"><{h} class="{title_cls}">Categories</{h}><ul>'
            '<li class="cat-item cat-item-4"><a href="https://demand-forum.org/category/locations/">Locations</a> (2,694)</li>'
            '<li class="cat-item cat-item-7"><a href="https://demand-forum.org/category/news/">News</a> (41)</li></ul></section>')


def share_links(cls_prefix):
    return "".join(
        f'<a class="{cls_prefix}-{n.lower()}" href="https://www.{n.lower()}.com/share?u=x" rel="nofollow" target="_blank"><span>{n}</span></a>'
        for n in ("Facebook", "Twitter", "LinkedIn", "Email")
    )
