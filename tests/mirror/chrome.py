"""The theme around the content: head, menus, sidebars, footer, and the site's non-profile pages.

Real WordPress pages are mostly chrome (inline CSS, menus that list every tactic name, widgets),
which is what makes them 20-60 KB; the blobs are built once at import and sliced per page.
"""

from __future__ import annotations

from html import escape

from parsers.vocabulary import TACTICS

SITE_NAME = "Demand Forum"
TAGLINE = "Addressing the demand for commercial sex"


def _css_blob(size: int) -> str:
    rules = []
    total = 0
    index = 0
    while total < size:
        rule = (f".wp-block-group.is-style-section-{index}>.wp-block-group__inner-container"
                f"{{margin:0 auto {index % 7}px;padding:{index % 5}em {index % 3}em;"
                f"color:var(--global-palette{index % 9});font-size:{1 + index % 4 / 8:.3f}rem}}\n")
        rules.append(rule)
        total += len(rule)
        index += 1
    return "".join(rules)


def _script_blob(size: int) -> str:
    entries = ",".join(f'"k{index}":"{"abcdef"[index % 6] * (index % 11)}"' for index in range(size // 12))
    return f"var themeConfig={{{entries}}};"


CSS = _css_blob(48_000)
SCRIPT = _script_blob(12_000)


def css_slice(length: int) -> str:
    return CSS[:length]


def tactic_menu_items(base_url: str, css_class: str = "menu-item") -> str:
    return "".join(
        f'<li class="{css_class} menu-item-{slug}"><a href="{base_url}/{slug}/">{escape(name)}</a></li>'
        for slug, name in TACTICS.items()
    )


def tactic_archive_items(base_url: str) -> str:
    return "".join(
        f'<li class="cat-item"><a href="{base_url}/tactic/{slug}/">{escape(name)}</a></li>'
        for slug, name in TACTICS.items()
    )


def head(title: str, base_url: str, canonical: str | None, css_length: int, extra: str = "") -> str:
    canonical_link = f'<link rel="canonical" href="{escape(canonical)}">\n' if canonical else ""
    return (
        '<!DOCTYPE html>\n<html lang="en-US">\n<head>\n<meta charset="UTF-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title, quote=False)} &#8211; {SITE_NAME}</title>\n"
        f"{canonical_link}"
        f'<link rel="alternate" type="application/rss+xml" title="{SITE_NAME} &raquo; Feed" href="{base_url}/feed/">\n'
        f'<link rel="stylesheet" id="theme-css" href="{base_url}/wp-content/themes/theme/style.css?ver=1.2" media="all">\n'
        f"{extra}"
        f'<style id="global-styles-inline-css">\n{css_slice(css_length)}</style>\n'
        f"<script>{SCRIPT[: css_length // 4]}</script>\n"
        "</head>\n"
    )


def modern_header(base_url: str) -> str:
    return (
        '<a class="skip-link screen-reader-text" href="#main">Skip to content</a>\n'
        '<header id="masthead" class="site-header" role="banner">\n'
        f'<div class="site-branding"><p class="site-title"><a href="{base_url}/" rel="home">{SITE_NAME}</a></p>'
        f'<p class="site-description">{TAGLINE}</p></div>\n'
        '<nav id="site-navigation" class="main-navigation" aria-label="Primary Navigation">'
        f'<ul id="primary-menu" class="menu"><li class="menu-item"><a href="{base_url}/">Home</a></li>'
        f'<li class="menu-item menu-item-has-children"><a href="{base_url}/tactics/">Tactics</a>'
        f'<ul class="sub-menu">{tactic_menu_items(base_url)}</ul></li>'
        f'<li class="menu-item"><a href="{base_url}/browse-locations/">Browse Locations</a></li>'
        f'<li class="menu-item"><a href="{base_url}/map-locations/">Map Locations</a></li>'
        f'<li class="menu-item"><a href="{base_url}/about/">About</a></li></ul></nav>\n'
        "</header>\n"
    )


def modern_sidebar(base_url: str, recent: list[tuple[str, str]]) -> str:
    recent_items = "".join(
        f'<li><a href="{base_url}/site/{slug}/">{escape(name, quote=False)}</a></li>' for slug, name in recent
    )
    return (
        '<aside id="secondary" class="primary-sidebar widget-area" role="complementary">\n'
        f'<section class="widget widget_search"><form role="search" method="get" action="{base_url}/">'
        '<label><span class="screen-reader-text">Search for:</span>'
        '<input type="search" class="search-field" placeholder="Search &hellip;" name="s"></label>'
        '<button type="submit">Search</button></form></section>\n'
        f'<section class="widget widget_categories"><h2 class="widget-title">Tactics</h2><ul>{tactic_archive_items(base_url)}</ul></section>\n'
        f'<section class="widget widget_recent_entries"><h2 class="widget-title">Recent Locations</h2><ul>{recent_items}</ul></section>\n'
        "</aside>\n"
    )


def modern_footer(base_url: str) -> str:
    return (
        '<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-footer-wrap">'
        f'<nav class="footer-navigation"><ul class="menu">{tactic_menu_items(base_url)}</ul></nav>'
        f'<div class="site-info">&copy; 2024 {SITE_NAME}. All rights reserved. '
        f'<a href="{base_url}/privacy-policy/">Privacy Policy</a></div></div></footer>\n'
    )


def plain_page(base_url: str, title: str, body_html: str, *, canonical: str | None = None,
               body_class: str = "page") -> bytes:
    """A non-profile page of the modern theme (home, listings, 404, error pages)."""
    return (
        head(title, base_url, canonical, 6_000)
        + f'<body class="{body_class}">\n<div id="wrapper" class="site">\n'
        + modern_header(base_url)
        + f'<div id="inner-wrap" class="wrap"><main id="main" class="site-main" role="main">\n{body_html}\n</main>\n'
        + modern_sidebar(base_url, [])
        + "</div>\n"
        + modern_footer(base_url)
        + "</div>\n</body>\n</html>\n"
    ).encode()


def not_found_page(base_url: str) -> bytes:
    body = (
        '<section class="error-404 not-found"><header class="page-header">'
        '<h1 class="page-title">Oops! That page can&rsquo;t be found.</h1></header>'
        '<div class="page-content"><p>It looks like nothing was found at this location. '
        "Maybe try one of the links below or a search?</p></div></section>"
    )
    return plain_page(base_url, "Page not found", body, body_class="error404")


def error_page(base_url: str, message: str) -> bytes:
    body = (f'<section class="error-page"><h1 class="page-title">Service Unavailable</h1>'
            f"<p>{escape(message)}</p></section>")
    return plain_page(base_url, "Error", body, body_class="error")
