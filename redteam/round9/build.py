"""Write the round-9 pages (<slug>.html) and the records we expect from them (<slug>.expected.json).

Run: python3 redteam/round9/build.py. Each page imitates one theme or builder's real markup; the
profile data (profiles.py) is invented."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from chrome import (categories_widget, e, head, menu_items, nbsp, other_titles, recent_posts,
                    share_links, slug_url)
from profiles import P, TACTIC_IDS

HERE = Path(__file__).parent
PAGES = {}


def page(slug, theme):
    def deco(fn):
        PAGES[slug] = (theme, fn)
        return fn
    return deco


def ul(items, cls=None):
    c = f' class="{cls}"' if cls else ""
    return f"<ul{c}>" + "".join(f"<li>{e(i)}</li>" for i in items) + "</ul>"


def partners_ul(p, cls=None):
    c = f' class="{cls}"' if cls else ""
    out = []
    for name, units in p["partners"]:
        sub = ("<ul>" + "".join(f"<li>{e(u)}</li>" for u in units) + "</ul>") if units else ""
        out.append(f"<li>{e(name)}{sub}</li>")
    return f"<ul{c}>" + "".join(out) + "</ul>"


# 1 ------------------------------------------------------------------ Hueman
@page("harlow-springs-ar", "Hueman (presscustomizr/hueman tmpl/single-tmpl.php, parts/single-heading.php, parts/related-posts.php)")
def hueman(slug):
    p = P[slug]
    srcs = ""
    for cat, cits in p["sources"]:
        srcs += f"<p><strong>{e(cat.upper())}:</strong></p>\n"
        if cits:
            srcs += "<ul>" + "".join(f"<li>{nbsp(x['text'])}</li>" for x in cits) + "</ul>\n"
    narr = "\n".join(f"<p>{e(t)}</p>" for _, t in p["narrative"])
    related = "".join(
        f'<li class="related post-hover"><article class="post-{900+i} post type-post status-publish format-standard hentry category-locations">'
        f'<div class="post-thumbnail"><a href="{slug_url(s)}" title="Permalink to {e(n)}"><img width="520" height="245" src="https://demand-forum.org/wp-content/themes/hueman/assets/front/img/thumb-medium.png" alt="{e(n)}"></a></div>'
        f'<div class="related-inner"><h4 class="post-title entry-title"><a href="{slug_url(s)}" rel="bookmark" title="Permalink to {e(n)}">{e(n)}</a></h4>'
        f'<div class="post-meta group"><p class="post-date"><time class="published updated" datetime="2020-05-0{i+1} 10:00:00">May {i+1}, 2020</time></p></div></div></article></li>'
        for i, (s, n) in enumerate(other_titles(slug, 3)))
    html = head(slug) + f"""<body class="post-template-default single single-post postid-4412 single-format-standard col-2cl full-width topbar-enabled header-desktop-sticky hueman-main-style chrome">
<div id="wrapper">
<a class="screen-reader-text skip-link" href="#content">Skip to content</a>
<header id="header" class="main-menu-mobile-on one-mobile-menu main_menu header-ads-desktop topbar-transparent no-header-img">
<nav class="nav-container group desktop-menu " id="nav-topbar" data-menu-id="header-1"><div class="nav-text"></div><div class="topbar-toggle-down"><i class="fas fa-angle-double-down" aria-hidden="true"></i></div>
<div class="nav-wrap container"><ul id="menu-top" class="nav container-inner group">{menu_items()}</ul></div>
<div id="topbar-header-search" class="container"><div class="container-inner"><div class="toggle-search"><i class="fas fa-search"></i></div><div class="search-expand"><div class="search-expand-inner"><form method="get" class="searchform themeform" action="https://demand-forum.org/"><div><input type="text" class="search" name="s" value="" placeholder="To search type and hit enter"></div></form></div></div></div></div>
</nav>
<div class="container group"><div class="container-inner"><div class="group hu-pad central-header-zone"><div class="logo-tagline-group"><p class="site-title"><a class="custom-logo-link" href="https://demand-forum.org/" rel="home">Demand Forum</a></p><p class="site-description">Documenting local efforts to deter demand</p></div></div></div></div>
</header>
<div class="container" id="page"><div class="container-inner"><div class="main"><div class="main-inner group">
<main class="content" id="content">
<div class="page-title hu-pad group"><ul class="meta-single group"><li class="category"><a href="https://demand-forum.org/category/locations/" rel="category tag">Locations</a></li><li class="comments"><a href="#comments"><i class="far fa-comments"></i>0</a></li></ul></div>
<div class="hu-pad group">
<article class="post-4412 post type-post status-publish format-standard hentry category-locations tag-arkansas">
<div class="post-inner group">
<h1 class="post-title entry-title">{e(p['name'])}</h1>
<p class="post-byline">by <span class="vcard author"><span class="fn"><a href="https://demand-forum.org/author/dfstaff/" title="Posts by Demand Forum Staff" rel="author">Demand Forum Staff</a></span></span> &middot; Published <time class="published" datetime="2019-04-02T10:00:00+00:00">April 2, 2019</time> &middot; Last modified <time class="updated" datetime="2024-03-02T15:11:09+00:00">March 2, 2024</time></p>
<div class="clear"></div>
<div class="entry themeform">
<div class="entry-inner">
<h3>TACTICS USED</h3>
{ul(p['tactics'])}
{narr}
<h3>KEY SOURCES</h3>
{srcs}<p>STATE: {e(p['state'])}<br>
TYPE: {e(p['type'])}<br>
POPULATION: {p['pop_text']}<br>
LOCATION:</p>
<nav class="pagination group"></nav>
</div>
<div class="sharrre-container sharrre-header group"><span>Share</span><div id="twitter" data-url="{slug_url(slug)}" data-text="{e(p['name'])}" data-title="Tweet"><a class="box" href="#"><div class="count" href="#"><i class="fas fa-plus"></i></div><div class="share"><i class="fab fa-twitter"></i></div></a></div><div id="facebook" data-url="{slug_url(slug)}" data-text="{e(p['name'])}" data-title="Like"></div></div>
<div class="clear"></div>
</div><!--/.entry-->
</div><!--/.post-inner-->
</article><!--/.post-->
<div class="clear"></div>
<p class="post-tags"><span>Tags:</span> <a href="https://demand-forum.org/tag/arkansas/" rel="tag">arkansas</a><a href="https://demand-forum.org/tag/reverse-stings/" rel="tag">reverse stings</a></p>
<div class="author-bio">
<div class="bio-avatar"><img alt="" src="https://secure.gravatar.com/avatar/0?s=128&amp;d=mm&amp;r=g" class="avatar avatar-128 photo" height="128" width="128"></div>
<p class="bio-name">Demand Forum Staff</p>
<p class="bio-desc">Our research team compiles these profiles from news reports, police records and interviews with local officials.</p>
<div class="clear"></div>
</div>
<ul class="post-nav group">
<li class="next"><strong>Next story&nbsp;</strong><a href="{slug_url('port-avalon-wa')}" rel="next"><i class="fas fa-chevron-right"></i><span>Port Avalon, WA</span></a></li>
<li class="previous"><strong>Previous story&nbsp;</strong><a href="{slug_url('millbrook-township-pa')}" rel="prev"><i class="fas fa-chevron-left"></i><span>Millbrook Township, PA</span></a></li>
</ul>
<h4 class="heading"><i class="far fa-hand-point-right"></i>You may also like...</h4>
<ul class="related-posts group">{related}</ul>
<section id="comments" class="themeform"><p class="nocomments">Comments are closed.</p></section>
</div><!--/.hu-pad-->
</main><!--/.content-->
<div class="sidebar s1 collapsed" data-position="right" data-layout="col-2cl" data-sb-id="s1">
<button class="sidebar-toggle" title="Expand Sidebar"><i class="fas sidebar-toggle-arrows"></i></button>
<div class="sidebar-content">
<div class="sidebar-top group"><p>Follow:</p><ul class="social-links"><li><a rel="nofollow noopener noreferrer" class="social-tooltip" title="Follow us on Twitter" href="https://twitter.com/demandforum" target="_blank"><i class="fab fa-twitter"></i></a></li></ul></div>
{recent_posts(slug, 'h3', 'widget-title')}
{categories_widget('h3', 'widget-title')}
</div></div>
</div></div></div></div>
<footer id="footer">
<section class="container" id="footer-bottom"><div class="container-inner"><a id="back-to-top" href="#"><i class="fas fa-angle-up"></i></a><div class="hu-pad group"><div class="grid one-half"><div id="copyright"><p>Demand Forum &copy; 2024. All Rights Reserved.</p></div><div id="credit"><p>Powered by <a href="http://wordpress.org" rel="nofollow">WordPress</a>. Theme by <a href="https://presscustomizr.com" rel="nofollow">Hueman</a>.</p></div></div></div></div></section>
</footer>
</div><!--/#wrapper-->
</body></html>
"""
    return html, None


# 2 ------------------------------------------------------- Page Builder Framework
@page("millbrook-township-pa", "Page Builder Framework (mapsteps/page-builder-framework inc/template-parts/single-layouts/default.php, page.php); content as <br><br> runs")
def pbf(slug):
    p = P[slug]
    parts = ["<strong>Tactics Used:</strong>"] + [e(t) for t in p["tactics"]]
    body = "<br>\n".join(parts) + "<br>\n<br>\n"
    body += "<br>\n<br>\n".join(e(t) for _, t in p["narrative"]) + "<br>\n<br>\n"
    body += "<strong>Key Partners:</strong><br>\n"
    for name, units in p["partners"]:
        body += f"• {e(name)}<br>\n" + "".join(f"&nbsp;&nbsp;&nbsp;&nbsp;– {e(u)}<br>\n" for u in units)
    body += "<br>\n<strong>Key Sources:</strong><br>\n"
    for cat, cits in p["sources"]:
        body += f"<em>{e(cat)}:</em><br>\n" + "".join(f"{e(x['text'])}<br>\n" for x in cits)
    body += f"<br>\nState: {e(p['state'])}<br>\nType: {e(p['type'])}<br>\nPopulation: {p['pop_text']}<br>\nLocation:"
    html = head(slug) + f"""<body class="post-template-default single single-post postid-2231 single-format-standard wpbf wpbf-millbrook-township-pa wpbf-sidebar-right" itemscope="itemscope" itemtype="https://schema.org/Blog">
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<div id="container" class="hfeed wpbf-page">
<header id="header" class="wpbf-page-header" itemscope="itemscope" itemtype="https://schema.org/WPHeader">
<div class="wpbf-navigation" data-sub-menu-animation-duration="250">
<div class="wpbf-container wpbf-container-center wpbf-visible-large wpbf-nav-wrapper wpbf-menu-right">
<div class="wpbf-grid wpbf-grid-collapse">
<div class="wpbf-1-4 wpbf-logo-container"><div class="wpbf-logo" itemscope="itemscope" itemtype="https://schema.org/Organization"><span class="site-title" itemprop="name"><a href="https://demand-forum.org" rel="home" itemprop="url">Demand Forum</a></span></div></div>
<div class="wpbf-3-4 wpbf-menu-container"><nav id="navigation" class="wpbf-clearfix" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement" aria-label="Site Navigation"><ul id="menu-main" class="wpbf-menu wpbf-sub-menu wpbf-sub-menu-align-left wpbf-sub-menu-animation-fade wpbf-menu-effect-underlined wpbf-menu-animation-fade wpbf-menu-align-center">{menu_items('menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav></div>
</div></div></div>
</header>
<div id="content">
<div id="inner-content" class="wpbf-container wpbf-container-center wpbf-padding-medium">
<div class="wpbf-grid wpbf-main-grid wpbf-grid-medium">
<main id="main" class="wpbf-main wpbf-medium-2-3 wpbf-single-content wpbf-post-content">
<article id="post-2231" class="wpbf-post-layout-default wpbf-post-style-plain post-2231 post type-post status-publish format-standard hentry category-locations wpbf-post" itemscope="itemscope" itemtype="https://schema.org/CreativeWork">
<div class="wpbf-article-wrapper">
<header class="article-header">
<h1 class="entry-title" itemprop="headline">{e(p['name'])}</h1>
<p class="article-meta"><span class="article-author author vcard" itemscope="itemscope" itemprop="author" itemtype="https://schema.org/Person"><a class="url fn" href="https://demand-forum.org/author/dfstaff/" title="View all posts by Demand Forum Staff" rel="author" itemprop="url"><span itemprop="name">Demand Forum Staff</span></a></span><span class="article-meta-separator"> | </span><span class="posted-on">Posted on</span> <time class="article-time published" datetime="2020-06-03T09:12:44+00:00" itemprop="datePublished">June 3, 2020</time><span class="article-meta-separator"> | </span><span class="comments-count"><a href="{slug_url(slug)}#respond">Leave a Comment</a></span></p>
</header>
<section class="entry-content article-content" itemprop="text">
<p>{body}</p>
</section>
<footer class="article-footer"><p class="footer-categories"><span class="categories-title">Filed under:</span> <a href="https://demand-forum.org/category/locations/" rel="category tag">Locations</a></p></footer>
</div>
<nav class="post-links wpbf-clearfix" aria-label="Post Navigation"><span class="screen-reader-text">Post Navigation</span><span class="previous-post-link"><a href="{slug_url('harlow-springs-ar')}" rel="prev">&larr; Previous Post</a></span><span class="next-post-link"><a href="{slug_url('cedar-bluff-county-ky')}" rel="next">Next Post &rarr;</a></span></nav>
<div id="comments" class="comments-area"><p class="no-comments">Comments are closed.</p></div>
</article>
</main>
<div class="widget-area wpbf-sidebar wpbf-medium-1-3" itemscope="itemscope" itemtype="https://schema.org/WPSideBar">
<div id="search-2" class="widget widget_search"><form role="search" method="get" class="searchform" action="https://demand-forum.org/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="wpbf-searchfield" placeholder="Search &hellip;" value="" name="s" title="Search for:"></label><button value="Search" class="wpbf-button wpbf-search-submit">Search</button></form></div>
{recent_posts(slug, 'h4', 'wpbf-widgettitle')}
</div>
</div></div></div>
<footer id="footer" class="wpbf-page-footer" itemscope="itemscope" itemtype="https://schema.org/WPFooter"><div class="wpbf-inner-footer wpbf-container wpbf-container-center wpbf-inner-footer-two-columns"><div class="wpbf-inner-footer-left">&copy; 2024 - Demand Forum | All rights reserved</div><div class="wpbf-inner-footer-right">Powered by <a rel="nofollow" href="https://wp-pagebuilderframework.com/">Page Builder Framework</a></div></div></footer>
</div>
</body></html>
"""
    return html, None


# 3 ------------------------------------------------------------------ Go + core footnotes
@page("cedar-bluff-county-ky", "Go by GoDaddy (godaddy-wordpress/go partials/content.php) with the core Footnotes block as Key Sources")
def go(slug):
    p = P[slug]
    cits = p["sources"][0][1]
    ids = ["0b1f6c2e-3a1d", "6e2d9a41-77c0", "c93a1f08-1b5e"]
    n1, n2 = p["narrative"]
    fn = lambda i: f'<sup data-fn="{ids[i]}" class="fn"><a href="#{ids[i]}" id="{ids[i]}-link">{i+1}</a></sup>'
    foot = "".join(f'<li id="{ids[i]}">{e(x["text"])} <a href="#{ids[i]}-link" aria-label="Jump to footnote reference {i+1}">↩︎</a></li>' for i, x in enumerate(cits))
    html = head(slug) + f"""<body class="post-template-default single single-post postid-7712 single-format-standard wp-embed-responsive is-style-traditional has-header-1 has-footer-1 has-page-titles singular">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#site-content">Skip to content</a>
<header id="site-header" class="site-header header relative has-background header-1" role="banner" itemscope itemtype="http://schema.org/WPHeader">
<div class="header__inner flex items-center justify-between h-inherit w-full relative">
<div class="header__extras"><button id="header__search-toggle" class="header__search-toggle" data-toggle-target=".search-modal" data-set-focus=".search-modal .search-form__input" type="button" aria-controls="js-site-search"><div class="search-toggle-icon"><svg role="img" viewBox="0 0 20 20"><title>Search</title></svg></div><span class="screen-reader-text">Search Toggle</span></button></div>
<div class="header__title-nav flex items-center flex-nowrap">
<div class="header__titles lg:flex items-center" itemscope itemtype="http://schema.org/Organization"><a class="display-inline-block no-underline" href="https://demand-forum.org/" itemprop="url"><span class="site-title">Demand Forum</span></a></div>
<nav id="header__navigation" class="header__navigation" aria-label="Horizontal" role="navigation" itemscope itemtype="http://schema.org/SiteNavigationElement"><div class="header__navigation-inner"><div class="menu-primary-container"><ul id="menu-primary" class="primary-menu list-reset">{menu_items()}</ul></div></div></nav>
</div>
<div class="header__nav-toggle"><button id="nav-toggle" class="nav-toggle" type="button" aria-controls="header__navigation"><div class="nav-toggle-icon"><svg role="img" viewBox="0 0 24 24"><title>Menu</title></svg></div><span class="screen-reader-text">Menu</span></button></div>
</div>
</header>
<main id="site-content" class="site-content" role="main">
<article class="post-7712 post type-post status-publish format-standard hentry category-locations" id="post-7712">
<header class="entry-header m-auto px">
<h1 class="post__title m-0 text-center">{e(p['name'])}</h1>
<div class="post__meta--single post__meta--single-top">
<ul class="post__meta list-reset">
<li class="post-author meta-wrapper"><span class="meta-icon"><span class="screen-reader-text">Post author</span><svg role="img" aria-hidden="true" width="24" height="24" viewBox="0 0 24 24"></svg></span><span class="meta-text">By <a href="https://demand-forum.org/author/dfstaff/">Demand Forum Staff</a></span></li>
<li class="post-date meta-wrapper"><span class="meta-icon"><span class="screen-reader-text">Post date</span><svg role="img" aria-hidden="true" width="24" height="24" viewBox="0 0 24 24"></svg></span><span class="meta-text"><a href="{slug_url(slug)}"><time datetime="2021-02-10T12:00:00+00:00">February 10, 2021</time></a></span></li>
<li class="post-categories meta-wrapper"><span class="meta-icon"><span class="screen-reader-text">Categories</span><svg role="img" aria-hidden="true" width="24" height="24" viewBox="0 0 24 24"></svg></span><span class="meta-text"><a href="https://demand-forum.org/category/locations/" rel="category tag">Locations</a></span></li>
</ul>
</div>
</header>
<div class="content-area__wrapper">
<div class="content-area entry-content">
<h2 class="wp-block-heading">Tactics Used</h2>
{ul(p['tactics'], 'wp-block-list')}
<p>{e(n1[1])}{fn(0)}</p>
<p>{e(n2[1][:n2[1].index('Since 2015')])}{fn(1)} {e(n2[1][n2[1].index('Since 2015'):])}{fn(2)}</p>
<h2 class="wp-block-heading">Key Sources</h2>
<ol class="wp-block-footnotes">{foot}</ol>
<figure class="wp-block-table"><table class="has-fixed-layout"><tbody><tr><td>State</td><td>{e(p['state'])}</td></tr><tr><td>Type</td><td>{e(p['type'])}</td></tr><tr><td>Population</td><td>{p['pop_text']}</td></tr><tr><td>Location</td><td></td></tr></tbody></table></figure>
</div>
</div>
<div class="post__meta--single post__meta--single-bottom"><ul class="post__meta list-reset"><li class="post-tags meta-wrapper"><span class="meta-icon"><span class="screen-reader-text">Tags</span></span><span class="meta-text"><a href="https://demand-forum.org/tag/kentucky/" rel="tag">Kentucky</a>, <a href="https://demand-forum.org/tag/john-school/" rel="tag">John School</a></span></li></ul></div>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="{slug_url('millbrook-township-pa')}" rel="prev"><span class="meta-nav" aria-hidden="true">Previous</span> <span class="screen-reader-text">Previous post:</span> <span class="post-title">Millbrook Township, PA</span></a></div><div class="nav-next"><a href="{slug_url('port-avalon-wa')}" rel="next"><span class="meta-nav" aria-hidden="true">Next</span> <span class="screen-reader-text">Next post:</span> <span class="post-title">Port Avalon, WA</span></a></div></div></nav>
</main>
<footer id="colophon" class="site-footer site-footer--1 " role="contentinfo" itemscope itemtype="http://schema.org/WPFooter">
<div class="site-footer__inner max-w-wide m-auto text-center">
<nav class="footer-navigation text-sm" aria-label="Primary Footer Navigation"><div class="menu-footer-container"><ul id="menu-footer" class="footer-menu footer-menu--1 list-reset"><li class="menu-item"><a href="https://demand-forum.org/about/">About</a></li><li class="menu-item"><a href="https://demand-forum.org/contact/">Contact</a></li></ul></div></nav>
<div class="site-info text-sm mb-0">&copy; 2024&nbsp;<span class="copyright">Demand Forum</span></div>
</div>
</footer>
</div>
</body></html>
"""
    return html, None


# 4 ------------------------------------------------------------------ Ollie + core Details
@page("port-avalon-wa", "Ollie block theme (core/details labels in <summary>; core navigation, post-author, query loop)")
def ollie(slug):
    p = P[slug]
    srcs = "".join(f'<h4 class="wp-block-heading">{e(cat)}:</h4>\n' + ul([x["text"] for x in cits], "wp-block-list") for cat, cits in p["sources"])
    navlis = "".join(f'<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="https://demand-forum.org/{t.lower().replace(" ", "-")}/"><span class="wp-block-navigation-item__label">{t}</span></a></li>' for t in ["Reverse Stings", "Web Stings", "Identity Disclosure"])
    more = "".join(f'<li class="wp-block-post post-{800+i} post type-post status-publish format-standard hentry category-locations"><div class="wp-block-group is-layout-flow"><h3 class="wp-block-post-title has-medium-font-size"><a href="{slug_url(s)}" target="_self">{e(n)}</a></h3><div class="wp-block-post-date has-small-font-size"><time datetime="2022-0{i+1}-11T09:00:00+00:00">{["January", "February", "March"][i]} 11, 2022</time></div></div></li>' for i, (s, n) in enumerate(other_titles(slug, 3)))
    html = head(slug) + f"""<body class="wp-singular post-template-default single single-post postid-3318 single-format-standard wp-embed-responsive">
<div class="wp-site-blocks">
<header class="wp-block-template-part">
<div class="wp-block-group has-base-background-color has-background has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="padding-top:var(--wp--preset--spacing--small);padding-bottom:var(--wp--preset--spacing--small)">
<div class="wp-block-group alignwide is-content-justification-space-between is-nowrap is-layout-flex wp-container-core-group-is-layout-1 wp-block-group-is-layout-flex">
<p class="wp-block-site-title has-medium-font-size"><a href="https://demand-forum.org" target="_self" rel="home">Demand Forum</a></p>
<nav class="is-responsive items-justified-right wp-block-navigation is-horizontal is-content-justification-right is-layout-flex wp-container-core-navigation-is-layout-1 wp-block-navigation-is-layout-flex" aria-label="Header navigation"><button aria-haspopup="dialog" aria-label="Open menu" class="wp-block-navigation__responsive-container-open" data-wp-on--click="actions.openMenuOnClick"><svg width="24" height="24" aria-hidden="true" focusable="false"></svg></button>
<div class="wp-block-navigation__responsive-container" id="modal-1"><div class="wp-block-navigation__responsive-close" tabindex="-1"><div class="wp-block-navigation__responsive-dialog"><button aria-label="Close menu" class="wp-block-navigation__responsive-container-close"><svg width="24" height="24" aria-hidden="true" focusable="false"></svg></button>
<div class="wp-block-navigation__responsive-container-content" id="modal-1-content"><ul class="wp-block-navigation__container is-responsive items-justified-right wp-block-navigation">{navlis}</ul></div></div></div></div></nav>
</div></div>
</header>
<main class="wp-block-group is-layout-flow wp-block-group-is-layout-flow" style="margin-top:0">
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="padding-top:var(--wp--preset--spacing--x-large)">
<div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow">
<div class="taxonomy-category wp-block-post-terms has-small-font-size"><a href="https://demand-forum.org/category/locations/" rel="tag">Locations</a></div>
<h1 class="wp-block-post-title has-xxx-large-font-size">{e(p['name'])}</h1>
<div class="wp-block-group is-nowrap is-layout-flex wp-block-group-is-layout-flex"><div class="wp-block-post-author-name has-small-font-size">Demand Forum Staff</div><p class="has-small-font-size">·</p><div class="wp-block-post-date has-small-font-size"><time datetime="2021-07-19T10:02:11+00:00">July 19, 2021</time></div></div>
</div></div>
<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">
<details class="wp-block-details is-layout-flow wp-block-details-is-layout-flow" open><summary>Tactics Used</summary>
{ul(p['tactics'], 'wp-block-list')}
</details>
{''.join(f'<p>{e(t)}</p>' for _, t in p['narrative'])}
<details class="wp-block-details is-layout-flow wp-block-details-is-layout-flow"><summary>Key Partners</summary>
{partners_ul(p, 'wp-block-list')}
</details>
<details class="wp-block-details is-layout-flow wp-block-details-is-layout-flow"><summary>Key Sources</summary>
{srcs}
</details>
<details class="wp-block-details is-layout-flow wp-block-details-is-layout-flow"><summary>Profile details</summary>
<p>State: {e(p['state'])}<br>Type: {e(p['type'])}<br>Population: {p['pop_text']}<br>Location:</p>
</details>
</div>
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
<div class="wp-block-post-author"><div class="wp-block-post-author__avatar"><img alt="" src="https://secure.gravatar.com/avatar/0?s=48&amp;d=mm&amp;r=g" class="avatar avatar-48 photo" height="48" width="48"></div><div class="wp-block-post-author__content"><p class="wp-block-post-author__byline">Written by</p><p class="wp-block-post-author__name">Demand Forum Staff</p><p class="wp-block-post-author__bio">The Demand Forum research team reads local news and court records to document what cities do about demand.</p></div></div>
<nav class="wp-block-group is-content-justification-space-between is-nowrap is-layout-flex wp-block-group-is-layout-flex" aria-label="Post navigation"><div class="post-navigation-link-previous wp-block-post-navigation-link"><span class="wp-block-post-navigation-link__arrow-previous is-arrow-arrow" aria-hidden="true">←</span><a href="{slug_url('cedar-bluff-county-ky')}" rel="prev">Cedar Bluff County, KY</a></div><div class="post-navigation-link-next wp-block-post-navigation-link"><a href="{slug_url('greywater-me')}" rel="next">Greywater, ME</a><span class="wp-block-post-navigation-link__arrow-next is-arrow-arrow" aria-hidden="true">→</span></div></nav>
</div>
<div class="wp-block-group alignwide has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
<h2 class="wp-block-heading has-large-font-size">More posts</h2>
<div class="wp-block-query is-layout-flow wp-block-query-is-layout-flow"><ul class="columns-3 wp-block-post-template is-layout-grid wp-container-core-post-template-is-layout-1 wp-block-post-template-is-layout-grid">{more}</ul></div>
</div>
</main>
<footer class="wp-block-template-part"><div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained"><div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex wp-block-group-is-layout-flex"><p class="wp-block-site-title has-small-font-size"><a href="https://demand-forum.org" target="_self" rel="home">Demand Forum</a></p><p class="has-small-font-size">Proudly powered by <a href="https://wordpress.org">WordPress</a> and <a href="https://olliewp.com">Ollie</a></p></div></div></footer>
</div>
</body></html>
"""
    return html, None


# 5 ------------------------------------------------------------------ Frost + <dl>
@page("greywater-me", "Frost block theme (wpengine/frost templates/single.html); whole profile as <dl> with <dt> labels")
def frost(slug):
    p = P[slug]
    (cat, cits), = p["sources"]
    dd_tactics = "".join(f"<dd>{e(t)}</dd>" for t in p["tactics"])
    html = head(slug) + f"""<body class="wp-singular post-template-default single single-post postid-5120 single-format-standard wp-embed-responsive">
<div class="wp-site-blocks">
<header class="site-header wp-block-template-part">
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="padding-top:var(--wp--preset--spacing--30);padding-bottom:var(--wp--preset--spacing--30)">
<div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex wp-block-group-is-layout-flex">
<p class="wp-block-site-title has-medium-font-size"><a href="https://demand-forum.org" target="_self" rel="home">Demand Forum</a></p>
<nav class="is-responsive items-justified-right wp-block-navigation is-layout-flex wp-block-navigation-is-layout-flex" aria-label="Primary"><ul class="wp-block-navigation__container items-justified-right wp-block-navigation"><li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="https://demand-forum.org/browse-locations/"><span class="wp-block-navigation-item__label">Locations</span></a></li><li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="https://demand-forum.org/web-stings/"><span class="wp-block-navigation-item__label">Web Stings</span></a></li></ul></nav>
</div></div>
</header>
<main class="wp-block-group is-layout-flow wp-block-group-is-layout-flow">
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="padding-top:var(--wp--preset--spacing--50);padding-bottom:var(--wp--preset--spacing--50)">
<h1 class="has-text-align-center wp-block-post-title has-max-60-font-size">{e(p['name'])}</h1>
<div class="wp-block-group is-content-justification-center is-layout-flex wp-block-group-is-layout-flex"><div class="wp-block-post-date has-small-font-size"><time datetime="2022-01-04T08:00:00+00:00">January 4, 2022</time></div><div class="taxonomy-category wp-block-post-terms has-small-font-size"><a href="https://demand-forum.org/category/locations/" rel="tag">Locations</a></div></div>
</div>
<div class="entry-content wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">
<p>{e(p['narrative'][0][1])}</p>
<dl class="location-profile">
<dt>Tactics Used</dt>{dd_tactics}
<dt>Key Sources</dt><dd><em>{e(cat)}:</em><ul><li>{e(cits[0]['text'])}</li></ul></dd>
<dt>State</dt><dd>{e(p['state'])}</dd>
<dt>Type</dt><dd>{e(p['type'])}</dd>
<dt>Population</dt><dd>{p['pop_text']}</dd>
<dt>Location</dt><dd></dd>
</dl>
</div>
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="padding-top:var(--wp--preset--spacing--50)">
<div class="wp-block-comments"><p class="has-text-align-center">Comments are closed.</p></div>
</div>
</main>
<footer class="site-footer wp-block-template-part"><div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained"><p class="has-text-align-center has-small-font-size">Proudly powered by <a href="https://wordpress.org">WordPress</a> | <a href="https://frostwp.com">Frost</a> by WP Engine</p></div></footer>
</div>
</body></html>
"""
    return html, None


def underscores_shell(slug, body_cls, content, title_html, after_content="", sidebar=True, meta_html=""):
    """The _s-derived shell (Sela, Getwid Base): #page, .site-header, article, .entry-content, #secondary."""
    p = P[slug]
    side = f'<div id="secondary" class="widget-area" role="complementary">{recent_posts(slug)}{categories_widget()}</div>' if sidebar else ""
    return head(slug) + f"""<body class="post-template-default single single-post postid-6021 single-format-standard {body_cls}">
<div id="page" class="hfeed site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header" role="banner">
<div class="site-branding"><p class="site-title"><a href="https://demand-forum.org/" rel="home">Demand Forum</a></p><p class="site-description">Local efforts to deter buyers</p></div>
<nav id="site-navigation" class="main-navigation" role="navigation"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button><div class="menu-primary-container"><ul id="primary-menu" class="menu">{menu_items()}</ul></div></nav>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area">
<main id="main" class="site-main" role="main">
<article id="post-6021" class="post-6021 post type-post status-publish format-standard hentry category-locations">
<header class="entry-header">{title_html}</header>
{meta_html}
<div class="entry-content">
{content}
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="https://demand-forum.org/category/locations/" rel="category tag">Locations</a></span><span class="edit-link"></span></footer>
</article>
{after_content}
<nav class="navigation post-navigation" role="navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="{slug_url(other_titles(slug, 1)[0][0])}" rel="prev"><span class="meta-nav">Previous Post</span> {e(other_titles(slug, 1)[0][1])}</a></div><div class="nav-next"><a href="{slug_url(other_titles(slug, 2)[1][0])}" rel="next"><span class="meta-nav">Next Post</span> {e(other_titles(slug, 2)[1][1])}</a></div></div></nav>
<div id="comments" class="comments-area"><p class="no-comments">Comments are closed.</p></div>
</main>
</div>
{side}
</div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-info"><a href="https://wordpress.org/">Proudly powered by WordPress</a><span class="sep"> | </span>Theme by Automattic.</div></footer>
</div>
</body></html>
"""


def jetpack_share_related(slug):
    rel = "".join(
        f'<div class="jp-relatedposts-post jp-relatedposts-post{i} jp-relatedposts-post-thumbs" data-post-id="{700+i}" data-post-format="false"><a class="jp-relatedposts-post-a" href="{slug_url(s)}" title="{e(n)}" rel="nofollow" data-origin="6021" data-position="{i}"><img class="jp-relatedposts-post-img" src="https://i0.wp.com/demand-forum.org/wp-content/uploads/map.png?resize=350%2C200" width="350" alt="{e(n)}"></a><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="{slug_url(s)}" title="{e(n)}" rel="nofollow">{e(n)}</a></h4><p class="jp-relatedposts-post-excerpt">Tactics Used Buyer Arrests Reverse Stings {e(n.split(",")[0])} is a city that has documented efforts to address demand&hellip;</p><p class="jp-relatedposts-post-date">August 3, 2020</p><p class="jp-relatedposts-post-context">In &quot;Locations&quot;</p></div>'
        for i, (s, n) in enumerate(other_titles(slug, 3)))
    lis = "".join(f'<li class="share-{n.lower()}"><a rel="nofollow noopener noreferrer" data-shared="sharing-{n.lower()}-6021" class="share-{n.lower()} sd-button share-icon" href="{slug_url(slug)}?share={n.lower()}&amp;nb=1" target="_blank" title="Click to share on {n}"><span>{n}</span></a></li>' for n in ("Twitter", "Facebook", "Email"))
    return (f'<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>{lis}<li class="share-end"></li></ul></div></div></div>'
            f'<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded" id="like-post-wrapper-1-6021" data-src="https://widgets.wp.com/likes/#blog_id=1&amp;post_id=6021" data-name="like-post-frame-1-6021" data-title="Like or Reblog"><h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder post-likes-widget-placeholder" style="height: 55px;"><span class="button"><span>Like</span></span> <span class="loading">Loading...</span></div></div>'
            f"<div id='jp-relatedposts' class='jp-relatedposts' ><h3 class=\"jp-relatedposts-headline\"><em>Related</em></h3><div class=\"jp-relatedposts-items jp-relatedposts-items-visual jp-relatedposts-grid\">{rel}</div></div>")


# 6 ------------------------------------------------------------------ Sela + Otter Tabs
@page("sawtooth-falls-id", "Sela (Automattic/themes sela/content-single.php) + Otter Blocks Tabs (Codeinwp/otter-blocks src/blocks/blocks/tabs/{group,item}/save.js) + Jetpack sharing/related")
def sela_otter(slug):
    p = P[slug]
    tab = lambda i, title, inner: (f'<div class="wp-block-themeisle-blocks-tabs-item{" active" if i == 0 else ""}" data-title="{e(title)}">'
                                    f'<div class="wp-block-themeisle-blocks-tabs-item__header" tabindex="0">{e(title)}</div>'
                                    f'<div class="wp-block-themeisle-blocks-tabs-item__content">{inner}</div></div>')
    srcs = ""
    for cat, cits in p["sources"]:
        srcs += f"<p><strong>{e(cat)}:</strong></p>" + ul([x["text"] for x in cits], "wp-block-list")
    facts = f'<figure class="wp-block-table"><table><tbody><tr><td><strong>State</strong></td><td>{e(p["state"])}</td></tr><tr><td><strong>Type</strong></td><td>{e(p["type"])}</td></tr><tr><td><strong>Population</strong></td><td>{p["pop_text"]}</td></tr><tr><td><strong>Location</strong></td><td></td></tr></tbody></table></figure>'
    content = "\n".join(f"<p>{e(t)}</p>" for _, t in p["narrative"]) + f"""
<div id="wp-block-themeisle-blocks-tabs-8f2a11c0" class="wp-block-themeisle-blocks-tabs is-style-boxed"><div class="wp-block-themeisle-blocks-tabs__content">
{tab(0, 'Tactics Used', ul(p['tactics'], 'wp-block-list'))}
{tab(1, 'Key Partners', partners_ul(p, 'wp-block-list'))}
{tab(2, 'Key Sources', srcs)}
{tab(3, 'Profile Facts', facts)}
</div></div>
""" + jetpack_share_related(slug)
    meta = '<div class="entry-meta"><span class="posted-on"><a href="#" rel="bookmark"><time class="entry-date published" datetime="2020-08-03T10:00:00+00:00">August 3, 2020</time></a></span><span class="byline"> <span class="author vcard"><a class="url fn n" href="https://demand-forum.org/author/dfstaff/">Demand Forum Staff</a></span></span></div>'
    html = underscores_shell(slug, "not-multi-author display-header-text", content, f'<h1 class="entry-title">{e(p["name"])}</h1>', meta_html=meta)
    return html, None


# 7 ------------------------------------------------------------------ Stackable (✔ list)
@page("bellmont-ga", "Stackable v3 columns/heading/text blocks (stk-block-*), tactics as a ✔/☐ checklist of all 15; block-theme shell")
def stackable(slug):
    p = P[slug]
    used = set(p["tactics"])
    checklist = "".join(f"<li>{'✔' if t in used else '☐'} {e(t)}</li>" for t in TACTIC_IDS)
    order = [t for t in TACTIC_IDS if t in used]

    def heading(uid, text, lvl=3):
        return (f'<div class="wp-block-stackable-heading stk-block-heading stk-block-heading--v2 stk-block stk-{uid}" id="{text.lower().replace(" ", "-")}" data-block-id="{uid}">'
                f'<h{lvl} class="stk-block-heading__text">{e(text)}</h{lvl}></div>')

    def text(uid, inner):
        return f'<div class="wp-block-stackable-text stk-block-text stk-block stk-{uid}" data-block-id="{uid}"><p class="stk-block-text__text">{inner}</p></div>'

    def column(uid, inner):
        return (f'<div class="wp-block-stackable-column stk-block-column stk-column stk-block stk-{uid}" data-v="4" data-block-id="{uid}">'
                f'<div class="stk-column-wrapper stk-block-column__content stk-container stk-{uid}-container stk--no-background stk--no-padding">'
                f'<div class="stk-block-content stk-inner-blocks stk-{uid}-inner-blocks">{inner}</div></div></div>')

    left = heading("a41c0e2", "Tactics used") + f'<ul class="wp-block-list stk-checklist">{checklist}</ul>'
    right = "".join(text(f"t{i}", e(t)) for i, (_, t) in enumerate(p["narrative"]))
    srcs = heading("b7710aa", "Key Sources", 2)
    for cat, cits in p["sources"]:
        srcs += text("c" + cat[:3].lower(), f"<strong>{e(cat)}:</strong>") + ul([x["text"] for x in cits], "wp-block-list")
    meta = "".join(text(f"m{i}", f"<strong>{k}:</strong> {v}") for i, (k, v) in enumerate(
        [("State", e(p["state"])), ("Type", e(p["type"])), ("Population", p["pop_text"]), ("Location", "")]))
    content = (f'<div class="wp-block-stackable-columns stk-block-columns stk-block stk-3b5c1d2" data-block-id="3b5c1d2"><div class="stk-row stk-inner-blocks stk-block-content stk-content-align stk-3b5c1d2-column">'
               f'{column("9e01f3a", left)}{column("d20b6c1", right)}</div></div>'
               f'<div class="wp-block-stackable-columns stk-block-columns stk-block stk-5aa0b19" data-block-id="5aa0b19"><div class="stk-row stk-inner-blocks stk-block-content stk-content-align stk-5aa0b19-column">'
               f'{column("e3f9a77", srcs)}{column("0c4d2e8", meta)}</div></div>')
    html = head(slug) + f"""<body class="wp-singular post-template-default single single-post postid-4471 wp-embed-responsive stk--is-blockbase-theme">
<div class="wp-site-blocks">
<header class="wp-block-template-part"><div class="wp-block-group site-header is-layout-flex wp-block-group-is-layout-flex"><p class="wp-block-site-title"><a href="https://demand-forum.org" rel="home">Demand Forum</a></p>
<nav class="wp-block-navigation is-layout-flex" aria-label="Primary"><ul class="wp-block-navigation__container wp-block-navigation">{''.join(f'<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="#"><span class="wp-block-navigation-item__label">{t}</span></a></li>' for t in ['Cameras', 'Neighborhood Action', 'Browse Locations'])}</ul></nav></div></header>
<main class="wp-block-group is-layout-constrained wp-block-group-is-layout-constrained">
<h1 class="alignwide wp-block-post-title">{e(p['name'])}</h1>
<div class="wp-block-group alignwide post-meta is-layout-flex wp-block-group-is-layout-flex"><div class="wp-block-post-date"><time datetime="2019-11-21T09:00:00+00:00"><a href="{slug_url(slug)}">November 21, 2019</a></time></div><div class="taxonomy-category wp-block-post-terms"><a href="https://demand-forum.org/category/locations/" rel="tag">Locations</a></div></div>
<div class="entry-content wp-block-post-content is-layout-constrained wp-block-post-content-is-layout-constrained">
{content}
</div>
<div class="wp-block-group is-layout-flow"><hr class="wp-block-separator has-alpha-channel-opacity is-style-wide"><nav class="wp-block-group is-content-justification-space-between is-layout-flex" aria-label="Post navigation"><div class="post-navigation-link-previous wp-block-post-navigation-link"><a href="{slug_url('sawtooth-falls-id')}" rel="prev">Previous: Sawtooth Falls, ID</a></div><div class="post-navigation-link-next wp-block-post-navigation-link"><a href="{slug_url('north-tamarack-mn')}" rel="next">Next: North Tamarack, MN</a></div></nav></div>
</main>
<footer class="wp-block-template-part"><div class="wp-block-group site-footer is-layout-flex"><p class="has-small-font-size">Proudly powered by <a href="https://wordpress.org/" rel="nofollow">WordPress</a></p></div></footer>
</div>
</body></html>
"""
    return html, order


# 8 ------------------------------------------------------------------ Qubely + core table Key Sources
@page("north-tamarack-mn", "Qubely row/column/heading blocks (qubely-block-*, qubely-heading-selector) in Page Builder Framework's full-width template; Key Sources as a core table (category | citation)")
def qubely(slug):
    p = P[slug]
    qh = lambda uid, text, lvl=2: (f'<div class="wp-block-qubely-heading qubely-block-{uid}"><div class="qubely-block-heading qubely-heading-container-left">'
                                   f'<div class="qubely-heading-container"><h{lvl} class="qubely-heading-selector">{e(text)}</h{lvl}></div></div></div>')
    col = lambda uid, inner: (f'<div class="wp-block-qubely-column qubely-column qubely-block-{uid}" data-column-width="50"><div class="qubely-column-inner">{inner}</div></div>')
    rows = "".join(f"<tr><td>{e(cat)}</td><td>{e(x['text'])}</td></tr>" for cat, cits in p["sources"] for x in cits)
    table = f'<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>Category</th><th>Source</th></tr></thead><tbody>{rows}</tbody></table></figure>'
    left = qh("a7c1e2", "Tactics Used", 3) + ul(p["tactics"])
    left += qh("b22f90", "Key Partners", 3) + partners_ul(p)
    right = "".join(f"<p>{e(t)}</p>" for _, t in p["narrative"])
    meta = f'<div class="wp-block-qubely-infobox qubely-block-5d1e0a"><div class="qubely-block-info-box qubely-info-box-layout-1"><div class="qubely-info-box-body"><div class="qubely-info-box-title-container"><h4 class="qubely-info-box-title">At a glance</h4></div><div class="qubely-info-box-content"><div class="qubely-info-box-text">State: {e(p["state"])}<br>Type: {e(p["type"])}<br>Population: {p["pop_text"]}<br>Location:</div></div></div></div></div>'
    content = (f'<div class="wp-block-qubely-row qubely-section qubely-block-3f09d1" id="qubely-row-3f09d1"><div class="qubely-row-overlay"></div><div class="qubely-container"><div class="qubely-row">{col("e10c44", left)}{col("f51a02", right)}</div></div></div>'
               f'<div class="wp-block-qubely-row qubely-section qubely-block-77b0aa" id="qubely-row-77b0aa"><div class="qubely-row-overlay"></div><div class="qubely-container"><div class="qubely-row">{col("1c2d3e", qh("c001ff", "Key Sources") + table)}{col("9f8e7d", meta)}</div></div></div>')
    html = head(slug) + f"""<body class="page-template page-template-page-templates page-template-full-width post-template-default single single-post postid-9001 wpbf wpbf-full-width qubely qubely-frontend">
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<div id="container" class="hfeed wpbf-page">
<header id="header" class="wpbf-page-header" itemscope="itemscope" itemtype="https://schema.org/WPHeader"><div class="wpbf-navigation"><div class="wpbf-container wpbf-container-center wpbf-nav-wrapper wpbf-menu-right"><div class="wpbf-grid wpbf-grid-collapse"><div class="wpbf-1-4 wpbf-logo-container"><div class="wpbf-logo"><span class="site-title"><a href="https://demand-forum.org" rel="home">Demand Forum</a></span></div></div><div class="wpbf-3-4 wpbf-menu-container"><nav id="navigation" class="wpbf-clearfix" aria-label="Site Navigation"><ul id="menu-main" class="wpbf-menu wpbf-sub-menu">{menu_items()}</ul></nav></div></div></div></div></header>
<div id="content">
<main id="main" class="wpbf-main wpbf-single-content wpbf-post-content">
<article id="post-9001" class="post-9001 post type-post status-publish format-standard hentry category-locations wpbf-post" itemscope="itemscope" itemtype="https://schema.org/CreativeWork">
<div class="wpbf-article-wrapper">
<header class="article-header"><h1 class="entry-title" itemprop="headline">{e(p['name'])}</h1><p class="article-meta"><span class="posted-on">Posted on</span> <time class="article-time published" datetime="2019-09-04T10:00:00+00:00" itemprop="datePublished">September 4, 2019</time></p></header>
<section class="entry-content article-content" itemprop="text">
{content}
</section>
<footer class="article-footer"><p class="footer-categories"><span class="categories-title">Filed under:</span> <a href="https://demand-forum.org/category/locations/" rel="category tag">Locations</a></p></footer>
</div>
<nav class="post-links wpbf-clearfix" aria-label="Post Navigation"><span class="screen-reader-text">Post Navigation</span><span class="previous-post-link"><a href="{slug_url('bellmont-ga')}" rel="prev">&larr; Previous Post</a></span><span class="next-post-link"><a href="{slug_url('oak-hollow-county-tn')}" rel="next">Next Post &rarr;</a></span></nav>
</article>
</main>
</div>
<footer id="footer" class="wpbf-page-footer"><div class="wpbf-inner-footer wpbf-container wpbf-container-center"><div class="wpbf-inner-footer-left">&copy; 2024 - Demand Forum | All rights reserved</div></div></footer>
</div>
</body></html>
"""
    return html, None


# 9 ------------------------------------------------------------------ Getwid (map first, reversed order)
@page("oak-hollow-county-tn", "Getwid section / advanced heading / Google Maps blocks (motopress/getwid src/blocks/map/save.js: data-map JSON) in a Getwid Base (_s) shell; sections in reverse order")
def getwid(slug):
    p = P[slug]
    loc = p["location"]
    attrs = {"mapHeight": 300, "mapCenter": {"lat": loc["lat"], "lng": loc["lng"]}, "mapZoom": 9, "interaction": "cooperative",
             "zoomControl": True, "mapTypeControl": True, "streetViewControl": False, "fullscreenControl": True,
             "mapStyle": "default", "markersArrays": json.dumps([{"name": "Sheriff’s Office", "coords": {"lat": loc["lat"], "lng": loc["lng"]}}])}
    data_map = e(json.dumps(attrs)).replace('"', "&quot;")
    sec = lambda inner: ('<div class="wp-block-getwid-section"><div class="wp-block-getwid-section__wrapper"><div class="wp-block-getwid-section__inner-wrapper">'
                         '<div class="wp-block-getwid-section__background-holder"><div class="wp-block-getwid-section__background"></div><div class="wp-block-getwid-section__foreground"></div></div>'
                         f'<div class="wp-block-getwid-section__content"><div class="wp-block-getwid-section__inner-content">{inner}</div></div></div></div></div>')
    ah = lambda text, lvl=2: f'<div class="wp-block-getwid-advanced-heading"><h{lvl} class="wp-block-getwid-advanced-heading__content">{e(text)}</h{lvl}></div>'
    srcs = ah("Key Sources")
    for cat, cits in p["sources"]:
        srcs += ah(cat + ":", 4) + (ul([x["text"] for x in cits]) if cits else "")
    content = (sec(ah("Location", 3) + f'<div data-map="{data_map}" class="wp-block-getwid-map"><div style="height:300px" class="wp-block-getwid-map__container"></div></div>'
                   + f"<p>State: {e(p['state'])}</p><p>Type: {e(p['type'])}</p><p>Population: {p['pop_text']}</p>")
               + sec(srcs)
               + sec("".join(f"<p>{e(t)}</p>" for _, t in p["narrative"]))
               + sec(ah("Tactics Used") + ul(p["tactics"])))
    meta = '<div class="entry-meta"><span class="posted-on">Posted on <a href="#" rel="bookmark"><time class="entry-date published" datetime="2018-05-14T10:00:00+00:00">May 14, 2018</time></a></span></div>'
    html = underscores_shell(slug, "getwid-base", content, f'<h1 class="entry-title">{e(p["name"])}</h1>', meta_html=meta)
    return html, None


# 10 ----------------------------------------------------------------- Essential Blocks accordion
@page("kestrel-bay-fl", "Essential Blocks accordion (eb-accordion-container / eb-accordion-title-wrapper / eb-accordion-content-wrapper) in a Sela (_s) shell")
def eb(slug):
    p = P[slug]

    def item(uid, title, inner):
        return (f'<div class="wp-block-essential-blocks-accordion-item eb-accordion-item-{uid}"><div class="eb-accordion-wrapper" data-clickable="false">'
                f'<div class="eb-accordion-title-wrapper" tabindex="0"><span class="eb-accordion-icon-wrapper"><span class="fas fa-angle-right eb-accordion-icon"></span></span>'
                f'<div class="eb-accordion-title-content-wrap"><h3 class="eb-accordion-title">{e(title)}</h3></div></div>'
                f'<div class="eb-accordion-content-wrapper"><div class="eb-accordion-content">{inner}</div></div></div></div>')
    srcs = ""
    for cat, cits in p["sources"]:
        srcs += f"<p><strong>{e(cat)}:</strong></p>" + ul([x["text"] for x in cits])
    acc = (f'<div class="wp-block-essential-blocks-accordion"><div class="eb-parent-wrapper eb-parent-eb-accordion-kb7x1"><div class="eb-accordion-container eb-accordion-kb7x1" data-accordion-type="toggle" data-tab-icon="fas fa-angle-right" data-expanded-icon="fas fa-angle-down" data-transition-duration="500">'
           f'<div class="eb-accordion-inner">{item("a1", "TACTICS USED", ul(p["tactics"]))}{item("a2", "KEY PARTNERS", partners_ul(p))}{item("a3", "KEY SOURCES", srcs)}</div></div></div></div>')
    infobox = (f'<div class="wp-block-essential-blocks-infobox"><div class="eb-parent-wrapper"><div class="eb-infobox-wrapper eb-infobox-q91"><div class="infobox-wrapper-inner"><div class="contents-wrapper">'
               f'<h4 class="title">Location facts</h4><p class="description">State — {e(p["state"])}<br>Type — {e(p["type"])}<br>Population — {p["pop_text"]}</p></div></div></div></div></div>')
    content = "\n".join(f"<p>{e(t)}</p>" for _, t in p["narrative"]) + acc + infobox + jetpack_share_related(slug)
    html = underscores_shell(slug, "sela", content, f'<h1 class="entry-title">{e(p["name"])}</h1>')
    return html, None


# 11 ----------------------------------------------------------------- Brizy (labels as images)
@page("marrow-creek-nc", "Brizy page (brz-section/brz-row/brz-column/brz-rich-text with brz-tp-* typography classes; ThemeFuse/Brizy RichText docs); the labels are images with alt text")
def brizy(slug):
    p = P[slug]
    n = [0]

    def uid():
        n[0] += 1
        return f"brz-css-{n[0]:03d}x"

    def wrap(inner):
        return f'<div class="brz-wrapper {uid()}">{inner}</div>'

    def rich(inner):
        return wrap(f'<div class="brz-rich-text brz-rich-text__custom {uid()}"><div data-brz-translate-text="1">{inner}</div></div>')

    def img(alt, name):
        return wrap(f'<div class="brz-image {uid()}"><picture class="brz-picture brz-d-block brz-p-relative {uid()}"><source srcset="https://demand-forum.org/?brizy_media=wp-{name}.png&amp;brizy_crop=iW%3D300" media="(min-width: 992px)"><img class="brz-img" srcset="https://demand-forum.org/?brizy_media=wp-{name}.png&amp;brizy_crop=iW%3D300" src="https://demand-forum.org/?brizy_media=wp-{name}.png" alt="{alt}" title="{name}" draggable="false" loading="lazy"></picture></div>')

    def section(cols):
        colhtml = "".join(f'<div class="brz-columns {uid()}"><div class="brz-bg"></div><div class="brz-column__items {uid()}">{c}</div></div>' for c in cols)
        return (f'<section id="s{n[0]}" class="brz-section {uid()}"><div class="brz-section__content brz-section--boxed {uid()}"><div class="brz-bg"></div>'
                f'<div class="brz-container {uid()}"><div class="brz-row__container {uid()}"><div class="brz-bg"></div><div class="brz-row {uid()}">{colhtml}</div></div></div></div></section>')
    tactics = "".join(f'<p class="brz-tp-lg-paragraph brz-text-lg-left"><span class="brz-cp-color7">{e(t)}</span></p>' for t in p["tactics"])
    narr = "".join(f'<p class="brz-tp-lg-paragraph"><span class="brz-cp-color7">{e(t)}</span></p>' for _, t in p["narrative"])
    srcs = ""
    for cat, cits in p["sources"]:
        srcs += f'<p class="brz-tp-lg-heading5"><strong class="brz-cp-color2">{e(cat)}:</strong></p>'
        srcs += "".join(f'<p class="brz-tp-lg-paragraph"><span class="brz-cp-color7">{nbsp(x["text"])}</span></p>' for x in cits)
    meta = "".join(f'<p class="brz-tp-lg-paragraph"><strong>{k}</strong> {v}</p>' for k, v in [("State", e(p["state"])), ("Type", e(p["type"])), ("Population", p["pop_text"]), ("Location", "")])
    menu = "".join(f'<li class="brz-menu__item"><a class="brz-a" href="https://demand-forum.org/{t.lower().replace(" ", "-")}/"><span>{t}</span></a></li>' for t in ["Letters", "Public Education", "Browse Locations"])
    header = (f'<header class="brz-section__header {uid()}" data-uid="hdr"><div class="brz-section__header--standard-wrapper"><div class="brz-section__content {uid()}"><div class="brz-container {uid()}"><div class="brz-row"><div class="brz-columns">'
              f'<div class="brz-wrapper"><div class="brz-rich-text"><p class="brz-tp-lg-heading4">Demand Forum</p></div></div></div><div class="brz-columns"><div class="brz-wrapper"><div class="brz-menu__container"><nav class="brz-menu brz-menu__preview"><ul class="brz-menu__ul">{menu}</ul></nav></div></div></div></div></div></div></div></header>')
    footer = (f'<footer class="brz-section brz-section__footer {uid()}"><div class="brz-section__content"><div class="brz-container"><div class="brz-row"><div class="brz-columns"><div class="brz-wrapper"><div class="brz-rich-text">'
              f'<p class="brz-tp-lg-paragraph brz-text-lg-center">© 2024 Demand Forum. All rights reserved.</p></div></div></div></div></div></div></footer>')
    body = (section([rich(f'<h1 class="brz-tp-lg-heading1 brz-text-lg-center"><span class="brz-cp-color2">{e(p["name"])}</span></h1>')])
            + section([img("Tactics Used", "tactics-used-label") + rich(tactics), rich(narr)])
            + section([img("Key Sources", "key-sources-label") + rich(srcs), rich(meta)]))
    html = head(slug) + f"""<body class="post-template-default single single-post postid-3301 brz">
<div class="brz brz-root__container brz-reset-all brz-root__container-page">
{header}
{body}
{footer}
</div>
</body></html>
"""
    return html, None


# 12 ----------------------------------------------------------------- Kubio (title only in <title> and breadcrumb)
@page("ridgeview-borough-nj", "Kubio theme/blocks (wp-block-kubio-*, h-section / h-row / h-column); no visible H1: the title is only in <title> and the breadcrumb")
def kubio(slug):
    p = P[slug]
    kh = lambda text, lvl=2: f'<h{lvl} class="wp-block wp-block-kubio-heading position-relative wp-block-kubio-heading__text kubio-heading-{lvl}">{e(text)}</h{lvl}>'
    kt = lambda inner: f'<p class="wp-block wp-block-kubio-text position-relative wp-block-kubio-text__text">{inner}</p>'
    srcs = kh("Key Sources")
    for cat, cits in p["sources"]:
        srcs += kh(cat + ":", 4) + (ul([x["text"] for x in cits]) if cits else "")
    col = lambda inner: (f'<div class="position-relative wp-block-kubio-column__container h-col h-col-lg-auto h-col-md-auto h-col-auto">'
                         f'<div class="position-relative wp-block-kubio-column__inner h-px-lg-0 h-px-md-0 h-px-0"><div class="position-relative wp-block-kubio-column__align h-y-container h-column__content">{inner}</div></div></div>')
    inner = (kh("Tactics Used") + ul(p["tactics"])
             + "".join(kt(e(t)) for _, t in p["narrative"])
             + kh("Key Partners") + partners_ul(p)
             + srcs
             + kt(f"State: {e(p['state'])}") + kt(f"Type: {e(p['type'])}") + kt(f"Population: {p['pop_text']}") + kt("Location:"))
    crumbs = (f'<div class="position-relative wp-block-kubio-breadcrumb__outer kubio-breadcrumb"><nav class="wp-block-kubio-breadcrumb__nav" aria-label="Breadcrumb"><ol class="wp-block-kubio-breadcrumb__ol">'
              f'<li><a href="https://demand-forum.org/">Home</a></li><li><span class="separator">/</span><a href="https://demand-forum.org/category/locations/">Locations</a></li>'
              f'<li><span class="separator">/</span><span aria-current="page">{e(p["name"])}</span></li></ol></nav></div>')
    html = head(slug) + f"""<body class="wp-singular post-template-default single single-post postid-1187 wp-embed-responsive kubio-theme">
<div class="wp-site-blocks">
<header class="wp-block-template-part"><div class="position-relative wp-block-kubio-header__k-header h-navigation_overlap"><div class="position-relative wp-block-kubio-navigation__outer h-navigation_outer h-section-global-spacing"><div class="h-section-grid-container h-section-boxed-container"><div class="wp-block-kubio-navigation-section__nav-section"><div class="wp-block-kubio-logo__container kubio-logo-container"><a class="wp-block-kubio-logo__link" href="https://demand-forum.org/"><span class="wp-block-kubio-logo__text">Demand Forum</span></a></div>
<div class="wp-block-kubio-dropdown-menu__outer kubio-dropdown-menu"><div class="wp-block-kubio-dropdown-menu__menu kubio-menu-container"><ul class="kubio-menu">{menu_items('menu-item')}</ul></div></div></div></div></div>
<div class="position-relative wp-block-kubio-hero__outer h-section-global-spacing"><div class="h-section-grid-container h-section-boxed-container">{crumbs}</div></div></div></header>
<div class="position-relative wp-block-kubio-section__outer h-section-global-spacing"><div class="position-relative wp-block-kubio-section__inner h-section-grid-container h-section-boxed-container">
<div class="position-relative wp-block-kubio-row__container h-row-container gutters-row-lg-2 gutters-row-md-2 gutters-row-0"><div class="position-relative wp-block-kubio-row__inner h-row gutters-col-lg-2 gutters-col-md-2 gutters-col-0">
{col(f'<div class="position-relative wp-block-kubio-post-content__container"><div class="entry-content">{inner}</div></div>')}
</div></div>
<div class="position-relative wp-block-kubio-row__container h-row-container"><div class="h-row"><div class="wp-block-kubio-post-meta__container"><span class="metadata-item"><a href="https://demand-forum.org/author/dfstaff/">Demand Forum Staff</a></span><span class="metadata-separator">-</span><span class="metadata-item"><a href="#">March 2, 2024</a></span></div>
<div class="wp-block-kubio-post-tags__container"><span class="wp-block-kubio-post-tags__placeholder">Tags:</span> <a href="https://demand-forum.org/tag/new-jersey/" rel="tag">New Jersey</a></div>
<div class="wp-block-kubio-post-nav-container"><nav class="navigation post-navigation" aria-label="Post navigation"><div class="nav-links"><div class="nav-previous"><a href="{slug_url('marrow-creek-nc')}" rel="prev"><span class="meta-nav" aria-hidden="true">Previous</span> <span class="post-title">Marrow Creek, NC</span></a></div></div></nav></div></div></div>
</div></div>
<footer class="wp-block-template-part"><div class="position-relative wp-block-kubio-section__outer h-section-global-spacing"><p class="wp-block-kubio-text__text">© 2024 Demand Forum. Built using WordPress and <a href="https://kubiobuilder.com">Kubio</a></p></div></footer>
</div>
</body></html>
"""
    return html, None


# 13 ----------------------------------------------------------------- Sinatra (facts box first, long narrative)
@page("lantern-hill-oh", "Sinatra (sinatrawp: index.php si-container/#primary, content-single entry-content si-entry, left sidebar widget si-sidebar-widget before #primary); Easy Table of Contents box; core quote + pullquote")
def sinatra(slug):
    p = P[slug]
    anchor = lambda t: t.replace(" ", "_")
    toc_items = ["Tactics Used", "Reverse Stings", "John School", "Cameras", "Key Partners", "Key Sources"]
    toc = ('<div id="ez-toc-container" class="ez-toc-v2_0_61 counter-hierarchy ez-toc-counter ez-toc-grey ez-toc-container-direction"><div class="ez-toc-title-container"><p class="ez-toc-title">Table of Contents</p>'
           '<span class="ez-toc-title-toggle"><a href="#" class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle" aria-label="Toggle Table of Content"><span class="ez-toc-js-icon-con"><span class="">Toggle</span></span></a></span></div>'
           '<nav><ul class="ez-toc-list ez-toc-list-level-1 ">'
           + "".join(f'<li class="ez-toc-page-1 ez-toc-heading-level-{3 if t in ("Reverse Stings", "John School", "Cameras") else 2}"><a class="ez-toc-link ez-toc-heading-{i+1}" href="#{anchor(t)}" title="{t}">{t}</a></li>' for i, t in enumerate(toc_items))
           + "</ul></nav></div>")
    h = lambda lvl, t: f'<h{lvl} class="wp-block-heading"><span class="ez-toc-section" id="{anchor(t)}"></span>{e(t)}<span class="ez-toc-section-end"></span></h{lvl}>'
    narr = p["narrative"]
    body = toc + h(2, "Tactics Used") + ul(p["tactics"], "wp-block-list")
    body += f"<p>{e(narr[0][1])}</p><p>{e(narr[1][1])}</p>"
    body += ('<figure class="wp-block-pullquote"><blockquote><p>“Tired of being a marketplace.”</p><cite>East Ninth Street Block Club, 1994</cite></blockquote></figure>')
    body += h(3, "Reverse Stings") + f"<p>{e(narr[2][1])}</p>"
    body += f'<blockquote class="wp-block-quote is-layout-flow wp-block-quote-is-layout-flow"><p>{e(narr[3][1])}</p></blockquote>'
    body += h(3, "John School") + f"<p>{e(narr[4][1])}</p>"
    body += h(3, "Cameras") + f"<p>{e(narr[5][1])}</p>"
    body += h(2, "Key Partners") + partners_ul(p, "wp-block-list")
    body += h(2, "Key Sources")
    for cat, cits in p["sources"]:
        body += f"<h4 class=\"wp-block-heading\">{e(cat)}:</h4>" + ul([x["text"] for x in cits], "wp-block-list")
    facts = (f'<div id="text-3" class="si-sidebar-widget si-widget si-entry widget widget_text"><div class="h4 widget-title">Lantern Hill at a glance</div>'
             f'<div class="textwidget"><p><strong>State:</strong> {e(p["state"])}<br><strong>Type:</strong> {e(p["type"])}<br><strong>Population:</strong> {p["pop_text"]}<br><strong>Location:</strong></p></div></div>')
    rp = "".join(f'<li><a href="{slug_url(s)}">{e(n)}</a></li>' for s, n in other_titles(slug, 4))
    html = head(slug) + f"""<body class="post-template-default single single-post postid-2604 single-format-standard sinatra-topbar__separators-regular sinatra-layout__fw-contained si-sidebar-style-2 si-sidebar-position__left-sidebar si-sidebar-r__after-content sinatra-menu-animation-underline si-header-layout-1 entry-media-hover-style-1 si-copyright-layout-1 is-section-heading-init-s1 is-footer-heading-init-s0 si-input-supported validate-comment-form si-menu-accessibility">
<div id="page" class="hfeed site">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<header id="masthead" class="site-header" role="banner" itemtype="https://schema.org/WPHeader" itemscope="itemscope">
<div id="sinatra-header"><div id="sinatra-header-inner"><div class="si-container si-header-container">
<div class="sinatra-logo si-header-element" itemtype="https://schema.org/Organization" itemscope="itemscope"><div class="logo-inner"><span class="site-title" itemprop="name"><a href="https://demand-forum.org/" rel="home" itemprop="url">Demand Forum</a></span></div></div>
<span class="si-header-element si-mobile-nav"><button class="si-hamburger hamburger--spin si-hamburger-sinatra-primary-nav" aria-label="Menu" aria-controls="sinatra-primary-nav" type="button"><span class="hamburger-box"><span class="hamburger-inner"></span></span></button></span>
<nav class="site-navigation main-navigation sinatra-primary-nav sinatra-nav si-header-element" role="navigation" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope" aria-label="Site Navigation"><ul id="sinatra-primary-nav" class="menu">{menu_items()}</ul></nav>
</div></div></div>
</header>
<div id="main" class="site-main">
<div class="si-container">
<aside id="secondary" class="widget-area si-sidebar-container" itemtype="https://schema.org/WPSideBar" itemscope="itemscope" role="complementary">
<div class="si-sidebar-inner">
{facts}
<div id="recent-posts-2" class="si-sidebar-widget si-widget si-entry widget widget_recent_entries"><div class="h4 widget-title">Recent Locations</div><ul>{rp}</ul></div>
</div>
</aside>
<div id="primary" class="content-area">
<main id="content" class="site-content" role="main" itemtype="http://schema.org/Blog" itemscope="itemscope">
<article id="post-2604" class="sinatra-article post-2604 post type-post status-publish format-standard hentry category-locations" itemscope="" itemtype="https://schema.org/CreativeWork">
<div class="post-category"><span class="cat-links"><span class="screen-reader-text">Posted in</span><span><a href="https://demand-forum.org/category/locations/" class="cat-1" rel="category">Locations</a></span></span></div>
<header class="entry-header"><h1 class="entry-title" itemprop="headline">{e(p['name'])}</h1></header>
<div class="entry-meta"><div class="entry-meta-elements"><span class="post-author"><span class="posted-by vcard author" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person"><span class="screen-reader-text">Posted by</span><span>By <a class="url fn n" title="View all posts by Demand Forum Staff" href="https://demand-forum.org/author/dfstaff/" rel="author" itemprop="url"><span class="author-name" itemprop="name">Demand Forum Staff</span></a></span></span></span><span class="posted-on"><time class="entry-date published updated" datetime="2018-10-30T11:40:00+00:00"><span class="screen-reader-text">Published on</span>October 30, 2018</time></span><span class="comments-link"><a href="#respond">No Comments</a></span></div></div>
<div class="entry-content si-entry" itemprop="text">
{body}
</div>
<div class="entry-footer"><div class="post-tags"><span class="si-tags"><span>Tags</span><a href="https://demand-forum.org/tag/ohio/" rel="tag">ohio</a><a href="https://demand-forum.org/tag/john-school/" rel="tag">john school</a></span></div></div>
</article>
<section class="author-box" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person"><div class="author-box-avatar"><img alt="" src="https://secure.gravatar.com/avatar/0?s=75&amp;d=mm&amp;r=g" class="avatar avatar-75 photo" height="75" width="75"></div>
<div class="author-box-meta"><div class="h4 author-box-title"><a href="https://demand-forum.org/author/dfstaff/" class="url fn n" rel="author" itemprop="url">Demand Forum Staff</a></div><div class="author-box-content" itemprop="description">Profiles are researched by the Demand Forum staff from public sources and reviewed every year.</div><div class="more-posts-button"><a href="https://demand-forum.org/author/dfstaff/" class="si-btn btn-text-1" role="button"><span>View All Posts</span><svg class="si-icon" aria-hidden="true" width="24" height="24"></svg></a></div></div></section>
<section class="post-nav" role="navigation"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-previous"><h6 class="nav-title">Previous Post</h6><a href="{slug_url('ridgeview-borough-nj')}" rel="prev"><div class="nav-content"><span>Ridgeview Borough, NJ</span></div></a></div><div class="nav-next"><h6 class="nav-title">Next Post</h6><a href="{slug_url('silver-prairie-ks')}" rel="next"><div class="nav-content"><span>Silver Prairie, KS</span></div></a></div></section>
</main>
</div>
</div>
</div>
<footer id="colophon" class="site-footer" role="contentinfo"><div id="sinatra-copyright" class="contained-separator"><div class="si-container"><div class="si-flex-row"><div class="col-xs-12 center-xs col-md flex-basis-auto start-md"><div class="si-copyright-widget__text si-copyright-widget sinatra-copyright-widget"><span>Copyright 2024 &mdash; <b>Demand Forum</b>. All rights reserved. <b><a href="https://wordpress.org/themes/sinatra/" class="imprint" target="_blank" rel="noopener noreferrer">Sinatra WordPress Theme</a></b></span></div></div></div></div></div></footer>
</div>
</body></html>
"""
    return html, None


# 14 ----------------------------------------------------------------- JNews + a11y toolbar + <noscript>
@page("silver-prairie-ks", "JNews (jeg_* single template: jeg_post_title, jeg_share_top_container, content-inner, jnews_prev_next_container, jnews_author_box_container, jnews_related_post_container) + One Click Accessibility toolbar; the body only in a <noscript> fallback")
def jnews(slug):
    p = P[slug]
    srcs = ""
    for cat, cits in p["sources"]:
        srcs += f"<h4>{e(cat)}</h4>" + "".join(f"<p>{e(x['text'])}</p>" for x in cits)
    inner = (f"<p><strong>Tactics used:</strong></p><p>{', '.join(e(t) for t in p['tactics'])}</p>"
             + "".join(f"<p>{e(t)}</p>" for _, t in p["narrative"])
             + f"<h3>Key sources</h3>{srcs}"
             + f"<p>State&nbsp;{e(p['state'])}<br>Type&nbsp;{e(p['type'])}<br>Population&nbsp;{p['pop_text']}<br>Location</p>")
    related = "".join(
        f'<article class="jeg_post jeg_pl_md_5 format-standard"><div class="jeg_thumb"><a href="{slug_url(s)}"><div class="thumbnail-container animate-lazy size-715"><img width="350" height="250" src="data:image/png;base64,iVBORw0KGgo=" class="attachment-jnews-350x250 size-jnews-350x250 lazyload wp-post-image" alt="" data-src="https://demand-forum.org/wp-content/uploads/map-350x250.jpg"></div></a></div>'
        f'<div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="{slug_url(s)}">{e(n)}</a></h3><div class="jeg_post_meta"><div class="jeg_meta_date"><a href="{slug_url(s)}"><i class="fa fa-clock-o"></i> June 2, 2021</a></div></div></div></article>'
        for s, n in other_titles(slug, 3))
    a11y_items = "".join(f'<li class="pojo-a11y-toolbar-item"><a href="#" class="pojo-a11y-toolbar-link pojo-a11y-btn-{k}" data-action="{k}" tabindex="-1" role="button"><span class="pojo-a11y-toolbar-icon"><svg width="1em" viewBox="0 0 448 448"></svg></span><span class="pojo-a11y-toolbar-text">{t}</span></a></li>'
                         for k, t in [("resize-plus", "Increase Text"), ("resize-minus", "Decrease Text"), ("grayscale", "Grayscale"), ("high-contrast", "High Contrast"), ("links-underline", "Links Underline"), ("readable-font", "Readable Font"), ("reset", "Reset")])
    html = head(slug) + f"""<body class="post-template-default single single-post postid-8840 single-format-standard wp-embed-responsive jeg_toggle_light jnews jsc_normal">
<div class="jeg_ad jeg_ad_top jnews_header_top_ads"><div class='ads-wrapper  '></div></div>
<div class="jeg_viewport">
<div class="jeg_header_wrapper"><div class="jeg_header_instagram_wrapper"></div>
<div class="jeg_header normal"><div class="jeg_midbar jeg_container jeg_navbar_wrapper normal"><div class="container"><div class="jeg_nav_row">
<div class="jeg_nav_col jeg_nav_left jeg_nav_normal"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item jeg_logo jeg_desktop_logo"><h1 class="site-title"><a href="https://demand-forum.org/" style="padding: 0 0 0 0;">Demand Forum</a></h1></div></div></div>
<div class="jeg_nav_col jeg_nav_right jeg_nav_grow"><div class="item_wrap jeg_nav_alignright"><div class="jeg_nav_item jeg_main_menu_wrapper"><div class="jeg_mainmenu_wrap"><ul class="jeg_menu jeg_main_menu jeg_menu_style_1" data-animation="animate">{menu_items('menu-item menu-item-type-post_type menu-item-object-page bgnav')}</ul></div></div></div></div>
</div></div></div></div></div>
<div class="post-wrapper"><div class="post-wrap"><div class="jeg_main"><div class="jeg_container"><div class="jeg_content jeg_singlepage"><div class="container">
<div class="jeg_ad jeg_article jnews_article_top_ads"><div class='ads-wrapper  '></div></div>
<div class="row">
<div class="jeg_main_content col-md-8"><div class="jeg_inner_content">
<div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs"><span class=""><a href="https://demand-forum.org">Home</a></span><i class="fa fa-angle-right"></i><span class=""><a href="https://demand-forum.org/category/locations/">Locations</a></span><i class="fa fa-angle-right"></i><span class="breadcrumb_last_link"><a href="{slug_url(slug)}">{e(p['name'])}</a></span></div></div>
<div class="entry-header">
<h1 class="jeg_post_title">{e(p['name'])}</h1>
<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1"><div class="meta_left"><div class="jeg_meta_author"><img alt="Demand Forum Staff" src="https://secure.gravatar.com/avatar/0?s=80&amp;d=mm&amp;r=g" class="avatar avatar-80 photo" height="80" width="80"><span class="meta_text">by</span> <a href="https://demand-forum.org/author/dfstaff/">Demand Forum Staff</a></div><div class="jeg_meta_date"><a href="{slug_url(slug)}">March 2, 2024</a></div><div class="jeg_meta_category"><span><span class="meta_text">in</span> <a href="https://demand-forum.org/category/locations/" rel="category tag">Locations</a></span></div></div>
<div class="meta_right"><div class="jeg_meta_comment"><a href="{slug_url(slug)}#comments"><i class="fa fa-comment-o"></i> 0</a></div></div></div></div>
</div>
<div class="jeg_share_top_container"><div class="jeg_share_button clearfix"><div class="jeg_share_stats"><div class="jeg_share_count"><div class="counts">0</div><span class="sharetext">SHARES</span></div><div class="jeg_views_count"><div class="counts">87</div><span class="sharetext">VIEWS</span></div></div>
<div class="jeg_sharelist"><a href="https://www.facebook.com/sharer.php?u={slug_url(slug)}" rel='nofollow' class="jeg_btn-facebook expanded"><i class="fa fa-facebook-official"></i><span>Share on Facebook</span></a><a href="https://twitter.com/intent/tweet?url={slug_url(slug)}" rel='nofollow' class="jeg_btn-twitter expanded"><i class="fa fa-twitter"></i><span>Share on Twitter</span></a><div class="share-secondary"><a href="#" rel='nofollow' class="jeg_btn-linkedin "><i class="fa fa-linkedin"></i></a></div><a href="#" class="jeg_btn-toggle"><i class="fa fa-share"></i></a></div></div></div>
<div class="jeg_ad jeg_article jnews_content_top_ads "><div class='ads-wrapper  '></div></div>
<div class="entry-content no-share">
<div class="jeg_share_button share-float jeg_sticky_share clearfix share-monocrhome"><div class="jeg_share_float_container"></div></div>
<div class="content-inner "><div class="jnews-lazy-content" data-src="{slug_url(slug)}?jnews-ajax-content=1"></div><noscript>
{inner}
</noscript></div>
</div>
<div class="jeg_share_bottom_container"></div>
<div class="jeg_ad jeg_article jnews_content_bottom_ads "><div class='ads-wrapper  '></div></div>
<div class="jnews_prev_next_container"><div class="jeg_prevnext_post"><a href="{slug_url('lantern-hill-oh')}" class="post prev-post"><span class="caption">Previous Post</span><h3 class="post-title">Lantern Hill, OH</h3></a><a href="{slug_url('harlow-springs-ar')}" class="post next-post"><span class="caption">Next Post</span><h3 class="post-title">Harlow Springs, AR</h3></a></div></div>
<div class="jnews_author_box_container "><div class="jeg_authorbox"><div class="jeg_author_image"><img alt="Demand Forum Staff" src="https://secure.gravatar.com/avatar/0?s=80&amp;d=mm&amp;r=g" class="avatar avatar-80 photo" height="80" width="80"></div><div class="jeg_author_content"><h3 class="jeg_author_name"><a href="https://demand-forum.org/author/dfstaff/">Demand Forum Staff</a></h3><p class="jeg_author_desc">Researchers at Demand Forum document what local governments do to deter the purchase of sex.</p><div class="jeg_author_socials"></div></div></div></div>
<div class="jnews_related_post_container"><div class="jeg_postblock_22 jeg_postblock jeg_module_hook jeg_pagination_disable jeg_col_2o3 jnews_module_8840_0"><div class="jeg_block_heading jeg_block_heading_6 jeg_subcat_right"><h3 class="jeg_block_title"><span>Related<strong> Posts</strong></span></h3></div><div class="jeg_block_container"><div class="jeg_posts_wrap"><div class="jeg_posts jeg_load_more_flag">{related}</div></div></div></div></div>
<div class="jnews_popup_post_container"></div>
<div class="jnews_comment_container"><div id="comments" class="jeg_comments"><h3 class="comments-title">Comments are closed.</h3></div></div>
</div></div>
<div class="jeg_sidebar jeg_sticky_sidebar col-md-4"><div class="jegStickyHolder"><div class="theiaStickySidebar">
<div class="widget widget_jnews_module_block_21"><div class="jeg_block_heading jeg_block_heading_6"><h3 class="jeg_block_title"><span>Popular</span></h3></div><div class="jeg_posts"><article class="jeg_post jeg_pl_sm"><h3 class="jeg_post_title"><a href="{slug_url('bellmont-ga')}">Bellmont, GA</a></h3></article></div></div>
</div></div></div>
</div>
</div></div></div></div></div></div>
<div class="footer-holder" id="footer"><div class="jeg_footer jeg_footer_1 normal"><div class="jeg_footer_container jeg_container"><div class="jeg_footer_bottom"><div class="container"><p class="copyright"> &copy; 2024 Demand Forum. All rights reserved.</p></div></div></div></div></div>
</div>
<nav id="pojo-a11y-toolbar" class="pojo-a11y-toolbar-right pojo-a11y-" role="navigation"><div class="pojo-a11y-toolbar-toggle"><a class="pojo-a11y-toolbar-link pojo-a11y-toolbar-toggle-link" href="javascript:void(0);" title="Accessibility Tools" role="button"><span class="pojo-sr-only sr-only">Open toolbar</span><svg width="1em" viewBox="0 0 100 100"></svg></a></div>
<div class="pojo-a11y-toolbar-overlay"><div class="pojo-a11y-toolbar-inner"><p class="pojo-a11y-toolbar-title">Accessibility Tools</p><ul class="pojo-a11y-toolbar-items pojo-a11y-tools">{a11y_items}</ul></div></div></nav>
</body></html>
"""
    return html, None


def expected(slug, order):
    p = P[slug]
    cats, cits = [], []
    for cat, items in p["sources"]:
        if cat is not None:
            cats.append(cat)
        for x in items:
            cits.append({"category": cat, "headline": x["headline"], "outlet": x["outlet"], "date": x["date"],
                         "date_precision": x["precision"], "url": None, "text": x["text"]})
    return {
        "schema_version": "1.0", "id": slug, "url": slug_url(slug), "name": p["name"], "place": p["place"],
        "state_code": p["st"], "state": p["state"], "type": p["type"], "population": p["population"],
        "location": p["location"], "tactics": [TACTIC_IDS[t] for t in (order or p["tactics"])],
        "narrative": [{"heading": h, "text": t} for h, t in p["narrative"]],
        "key_partners": [{"name": n, "units": u} for n, u in p["partners"]],
        "source_categories": cats, "citations": cits,
    }


def main():
    for slug, (theme, fn) in PAGES.items():
        html, order = fn(slug)
        (HERE / f"{slug}.html").write_text(html, encoding="utf-8")
        exp = expected(slug, order)
        if slug == "harlow-springs-ar":  # the page shows its category headings in capitals
            exp["source_categories"] = [c.upper() for c in exp["source_categories"]]
            for x in exp["citations"]:
                x["category"] = x["category"].upper()
        (HERE / f"{slug}.expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (HERE / "THEMES.md").write_text("# Round 9 pages and the markup each imitates\n\n" + "".join(f"- `{s}.html`: {t}\n" for s, (t, _) in PAGES.items()), encoding="utf-8")
    print(len(PAGES), "pages")


if __name__ == "__main__":
    main()
