"""The three profile layouts of NOTES.md, each in the markup of a different theme.

list   (2020 on): a block theme; tactics one per line, Key Sources with bold category
         paragraphs over bulleted lists, metadata as label/value spans and an empty map widget.
table: a Genesis-like theme; a "Categories:" label over a tactics table with check marks,
         "- " bullets inside paragraphs, metadata as a table with an empty Location row.
older  (2014-2019): a Twenty-Twelve-like theme; sentence-case tactics, Key Partners with nested
         units, often-empty Key Sources, metadata as bold labels without a Location line.
"""

from __future__ import annotations

import random
from html import escape

from parsers.vocabulary import TACTICS
from tests.mirror import chrome
from tests.mirror.content import SENTENCE_CASE_TACTICS, ProfileContent, ShownCitation

# Jetpack's sharing buttons and related posts, which it appends inside the entry content.
SHARING = (
    '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social">'
    '<h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>'
    '<li class="share-twitter"><a class="share-twitter sd-button" href="#"><span>Twitter</span></a></li>'
    '<li class="share-facebook"><a class="share-facebook sd-button" href="#"><span>Facebook</span></a></li>'
    "</ul></div></div></div>\n"
    '<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline">'
    "<em>Related</em></h3></div>\n"
)
CHECK_MARKS = ("✓", "✔", '<i class="fa fa-check" aria-hidden="true"></i>', "✓&nbsp;")


def render(content: ProfileContent, base_url: str, url: str, rng: random.Random,
           recent: list[tuple[str, str]]) -> str:
    renderer = {"list": _list_layout, "table": _table_layout, "older": _older_layout}[content.layout]
    return renderer(content, base_url, url, rng, recent)


def _esc(text: str) -> str:
    return escape(text, quote=False)


def _head(content: ProfileContent, base_url: str, url: str, rng: random.Random) -> str:
    extra = (f'<link rel="shortlink" href="{base_url}/?p={content.post_id}">\n'
             f'<meta property="og:title" content="{escape(content.place.name)}">\n'
             f'<meta property="og:url" content="{url}">\n')
    return chrome.head(content.place.name, base_url, url, rng.randint(11_000, 34_000), extra)


def _narrative(content: ProfileContent, heading_markup: str, *, spacers: bool = False) -> str:
    """`heading_markup` formats a sub-heading, e.g. "<h3>{}</h3>"; `spacers` adds the empty
    paragraphs the classic editor leaves between paragraphs."""
    parts = []
    for paragraph in content.paragraphs:
        if paragraph.heading:
            parts.append(heading_markup.format(_esc(paragraph.heading)))
        parts.append(f"<p>{paragraph.html}</p>")
        if spacers:
            parts.append("<p>&nbsp;</p>")
    return "\n".join(parts)


def _bulleted(citations: list[ShownCitation], rng: random.Random) -> str:
    if not citations:
        return ""
    items = [f"<li>{c.html}</li>" for c in citations]
    if len(citations) > 2 and rng.random() < 0.1:
        # As on the seed page: one citation on its own line inside the previous item.
        joined = f"<li>{citations[-2].html}<br>\n{citations[-1].html}</li>"
        items = items[:-2] + [joined]
    return "<ul>\n" + "\n".join(items) + "\n</ul>"


def _list_layout(content: ProfileContent, base_url: str, url: str, rng: random.Random,
                 recent: list[tuple[str, str]]) -> str:
    if rng.random() < 0.3:
        items = "".join(f"<li>{_esc(TACTICS[t])}</li>" for t in content.tactics)
        tactics = f'<ul class="wp-block-list">{items}</ul>'
    else:
        tactics = "<p>" + "<br>\n".join(_esc(TACTICS[t]) for t in content.tactics) + "</p>"
    category_markup = "<h5>{}:</h5>" if rng.random() < 0.2 else "<p><strong>{}:</strong></p>"
    sources = [_bulleted(content.uncategorized, rng)]
    for category in content.categories:
        sources.append(category_markup.format(_esc(category)))
        sources.append(_bulleted(content.cited[category], rng))
    meta = [("State", _esc(content.place.state)), ("Type", _esc(content.place.type))]
    if content.population_shown is not None:
        meta.append(("Population", content.population_shown))
    meta_rows = "".join(
        f'<div class="meta-row"><span class="meta-label">{label}</span> '
        f'<span class="meta-value">{value}</span></div>\n' for label, value in meta
    )
    marker = '<div class="marker"></div>'
    if content.location:
        lat, lng = content.location
        marker = f'<div class="marker" data-lat="{lat:.6f}" data-lng="{lng:.6f}"></div>'
    meta_rows += ('<div class="meta-row"><span class="meta-label">Location</span> '
                  f'<div class="acf-map" data-zoom="10">{marker}</div></div>\n')
    narrative = _narrative(content, '<h3 class="wp-block-heading">{}</h3>')
    article = (
        f'<article id="post-{content.post_id}" class="entry content-bg single-entry post-{content.post_id} '
        'site type-site status-publish hentry">\n<div class="entry-content-wrap">\n'
        f'<header class="entry-header"><h1 class="entry-title">{_esc(content.place.name)}</h1></header>\n'
        '<div class="entry-content single-content">\n'
        f'<h4 class="wp-block-heading">Tactics Used</h4>\n{tactics}\n'
        f"{narrative}\n"
        '<h2 class="wp-block-heading">Key Sources</h2>\n' + "\n".join(s for s in sources if s) + "\n"
        f'<div class="site-meta">\n{meta_rows}</div>\n'
        f"{SHARING if rng.random() < 0.4 else ''}"
        "</div>\n</div>\n</article>\n"
    )
    return (
        _head(content, base_url, url, rng)
        + f'<body class="site-template-default single single-site postid-{content.post_id}">\n'
        + '<div id="wrapper" class="site">\n'
        + chrome.modern_header(base_url)
        + '<div id="inner-wrap" class="wrap"><main id="main" class="site-main" role="main">\n'
        + article
        + _post_navigation(base_url, recent, "navigation post-navigation")
        + '<div id="comments" class="comments-area"><p class="no-comments">Comments are closed.</p></div>\n'
        + "</main>\n"
        + chrome.modern_sidebar(base_url, recent)
        + "</div>\n"
        + chrome.modern_footer(base_url)
        + "</div>\n</body>\n</html>\n"
    )


def _post_navigation(base_url: str, recent: list[tuple[str, str]], css_class: str) -> str:
    if not recent:
        return ""
    slug, name = recent[0]
    return (f'<nav class="{css_class}" aria-label="Posts"><div class="nav-links">'
            f'<div class="nav-previous"><a href="{base_url}/site/{slug}/" rel="prev">'
            f'<span class="meta-nav">Previous</span> {_esc(name)}</a></div></div></nav>\n')


def _dash_lines(citations: list[ShownCitation], rng: random.Random) -> str:
    if not citations:
        return ""
    bullet = rng.choice(("- ", "• ", "– "))
    return "<p>" + "<br>\n".join(f"{bullet}{c.html}" for c in citations) + "</p>"


def _table_layout(content: ProfileContent, base_url: str, url: str, rng: random.Random,
                  recent: list[tuple[str, str]]) -> str:
    marked = set(content.tactics)
    name_cell = '<th scope="row">{}</th>' if rng.random() < 0.3 else "<td>{}</td>"
    rows = []
    for tactic, name in TACTICS.items():
        mark = rng.choice(CHECK_MARKS) if tactic in marked else rng.choice(("", "&nbsp;"))
        rows.append(f"<tr>{name_cell.format(_esc(name))}<td class=\"mark\">{mark}</td></tr>")
    sources = [_dash_lines(content.uncategorized, rng)]
    for category in content.categories:
        sources.append(f"<h4>{_esc(category)}:</h4>")
        sources.append(_dash_lines(content.cited[category], rng))
    meta = [("State", _esc(content.place.state)), ("Type", _esc(content.place.type))]
    if content.population_shown is not None:
        meta.append(("Population", content.population_shown))
    meta.append(("Location", ""))
    meta_rows = "".join(f"<tr><td>{label}</td><td>{value}</td></tr>\n" for label, value in meta)
    article = (
        f'<article class="post-{content.post_id} site type-site status-publish entry" '
        'itemscope itemtype="https://schema.org/CreativeWork">\n'
        f'<header class="entry-header"><h1 class="entry-title" itemprop="headline">{_esc(content.place.name)}</h1>'
        f'<p class="entry-meta"><time class="entry-time">{content.published}</time> by '
        '<span class="entry-author">admin</span></p></header>\n'
        '<div class="entry-content" itemprop="text">\n'
        "<p><strong>Categories:</strong></p>\n"
        '<table class="tactics-table"><thead><tr><th>Tactics Used</th><th></th></tr></thead>\n<tbody>\n'
        + "\n".join(rows) + "\n</tbody></table>\n"
        f"{_narrative(content, '<h4>{}</h4>', spacers=rng.random() < 0.3)}\n"
        "<h3>Key Sources</h3>\n" + "\n".join(s for s in sources if s) + "\n"
        f'<table class="location-meta"><tbody>\n{meta_rows}</tbody></table>\n'
        "</div>\n"
        '<footer class="entry-footer"><p class="entry-meta"><span class="entry-categories">Filed Under: '
        f'<a href="{base_url}/tactic/{content.tactics[0]}/">{_esc(TACTICS[content.tactics[0]])}</a>'
        "</span></p></footer>\n</article>\n"
    )
    recent_items = "".join(
        f'<li><a href="{base_url}/site/{slug}/">{_esc(name)}</a></li>' for slug, name in recent
    )
    return (
        _head(content, base_url, url, rng)
        + f'<body class="site-template-default single single-site postid-{content.post_id} content-sidebar">\n'
        + '<div class="site-container">\n<ul class="genesis-skip-link"><li><a href="#genesis-content" '
          'class="screen-reader-shortcut">Skip to main content</a></li></ul>\n'
        + '<header class="site-header"><div class="wrap"><div class="title-area">'
          f'<p class="site-title"><a href="{base_url}/">{chrome.SITE_NAME}</a></p></div></div></header>\n'
        + '<nav class="nav-primary" aria-label="Main"><div class="wrap">'
          f'<ul class="menu genesis-nav-menu menu-primary">{chrome.tactic_menu_items(base_url)}'
          f'<li class="menu-item"><a href="{base_url}/browse-locations/">Browse Locations</a></li></ul></div></nav>\n'
        + '<div class="site-inner"><div class="content-sidebar-wrap"><main class="content" id="genesis-content">\n'
        + article
        + '<div class="entry-comments"><p class="comments-closed">Comments are closed.</p></div>\n'
        + "</main>\n"
        + '<aside class="sidebar sidebar-primary widget-area" role="complementary">'
          f'<section class="widget"><h4 class="widgettitle">Locations</h4><ul>{recent_items}</ul></section>'
          f'<section class="widget"><h4 class="widgettitle">Tactics</h4><ul>{chrome.tactic_archive_items(base_url)}</ul></section>'
          "</aside>\n</div></div>\n"
        + '<footer class="site-footer"><div class="wrap"><p>Copyright &#x000A9;&nbsp;2019 '
          f"{chrome.SITE_NAME} &middot; Genesis Framework</p></div></footer>\n"
        + "</div>\n</body>\n</html>\n"
    )


def _older_layout(content: ProfileContent, base_url: str, url: str, rng: random.Random,
                  recent: list[tuple[str, str]]) -> str:
    tactic_names = []
    for tactic in content.tactics:
        name = SENTENCE_CASE_TACTICS[tactic]
        if tactic == "identity-disclosure" and rng.random() < 0.5:
            name = "Shaming"
        if tactic == "buyer-arrests" and tactic_names == []:
            name = "Buyer Arrests"
        tactic_names.append(_esc(name))
    partners = ""
    if content.partners:
        items = []
        for partner in content.partners:
            units = "".join(f"<li>{_esc(unit)}</li>" for unit in partner["units"])
            nested = f"\n<ul>{units}</ul>" if units else ""
            items.append(f"<li>{_esc(partner['name'])}{nested}</li>")
        partners = "<h3>Key Partners</h3>\n<ul>\n" + "\n".join(items) + "\n</ul>\n"
    category_markup = "<p><em>{}:</em></p>" if rng.random() < 0.5 else "<p><strong>{}</strong>:</p>"
    sources = [_bulleted(content.uncategorized, rng)]
    for category in content.categories:
        sources.append(category_markup.format(_esc(category)))
        sources.append(_bulleted(content.cited[category], rng))
    # Editors of the older pages often made sub-headings by bolding a paragraph.
    older_heading = "<p><strong>{}</strong></p>" if rng.random() < 0.5 else "<h3>{}</h3>"
    meta = [f"<strong>State</strong> {_esc(content.place.state)}", f"<strong>Type</strong> {_esc(content.place.type)}"]
    if content.population_shown is not None:
        meta.append(f"<strong>Population</strong> {content.population_shown}")
    article = (
        f'<article id="post-{content.post_id}" class="post-{content.post_id} site type-site status-publish hentry">\n'
        f'<header class="entry-header"><h1 class="entry-title">{_esc(content.place.name)}</h1></header>\n'
        '<div class="entry-content">\n'
        "<p><strong>Tactics used:</strong><br>\n" + "<br>\n".join(tactic_names) + "</p>\n"
        f"{_narrative(content, older_heading, spacers=rng.random() < 0.3)}\n"
        f"{partners}"
        "<h3>Key Sources</h3>\n" + "\n".join(s for s in sources if s) + "\n"
        "<p>" + "<br>\n".join(meta) + "</p>\n"
        "</div>\n"
        f'<footer class="entry-meta">This entry was posted in <a href="{base_url}/tactic/{content.tactics[0]}/" '
        f'rel="category tag">{_esc(TACTICS[content.tactics[0]])}</a>.</footer>\n</article>\n'
    )
    recent_items = "".join(
        f'<li><a href="{base_url}/site/{slug}/">{_esc(name)}</a></li>' for slug, name in recent
    )
    return (
        _head(content, base_url, url, rng)
        + f'<body class="single single-site postid-{content.post_id} custom-font-enabled">\n'
        + '<div id="page" class="hfeed site">\n<header id="masthead" class="site-header" role="banner"><hgroup>'
          f'<h1 class="site-title"><a href="{base_url}/" rel="home">{chrome.SITE_NAME}</a></h1>'
          f'<h2 class="site-description">{chrome.TAGLINE}</h2></hgroup>\n'
          '<nav id="site-navigation" class="main-navigation" role="navigation">'
          f'<ul class="nav-menu">{chrome.tactic_menu_items(base_url, "page_item")}</ul></nav></header>\n'
        + '<div id="main" class="wrapper"><div id="primary" class="site-content"><div id="content" role="main">\n'
        + article
        + _post_navigation(base_url, recent, "nav-single")
        + '<div id="comments" class="comments-area"><p class="nocomments">Comments are closed.</p></div>\n'
        + "</div></div>\n"
        + '<div id="secondary" class="widget-area" role="complementary">'
          f'<aside class="widget"><h3 class="widget-title">Recent Posts</h3><ul>{recent_items}</ul></aside>'
          f'<aside class="widget"><h3 class="widget-title">Categories</h3><ul>{chrome.tactic_archive_items(base_url)}</ul></aside>'
          "</div>\n</div>\n"
        + '<footer id="colophon" role="contentinfo"><div class="site-info">'
          f"Proudly powered by WordPress &middot; {chrome.SITE_NAME}</div></footer>\n"
        + "</div>\n</body>\n</html>\n"
    )
