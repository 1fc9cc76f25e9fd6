"""Zakra (single.php + content-single: #zak-content > .zak-container > .zak-row, page header .zak-page-header
with breadcrumb-trail, zak-entry-meta) in a left-sidebar layout whose <aside id="zak-secondary"> comes BEFORE
<main id="zak-primary"> in source order (About text widget, Tactics counts, Recent Posts); Easy Table of Contents
box right before the unlabeled narrative; headings carry ez-toc span anchors."""
from common import curly, head, write

SLUG = "wendover-junction-ut"
P = {
    "slug": SLUG, "name": "Wendover Junction, UT", "state": "Utah", "type": "City", "population": 6218,
    "tactics": ["Buyer Arrests", "Reverse Stings", "IT Based Tactics"],
    "narrative": [
        (None, "Wendover Junction is a desert town of about 6,200 residents on Interstate 80 near the Nevada line. "
               "Its truck stops and casinos across the border draw travelers, and police describe solicitation "
               "at the truck stops as a persistent problem."),
        (None, "Since 2017 the Wendover Junction Police Department has run reverse stings at the truck stops and "
               "has used software that scans online advertisements for local phone numbers."),
    ],
    "partners": [],
    "sources": [
        ("Sex Buyer Arrests", [
            curly("Truck Stop Sting Ends With 8 Arrests", "Tooele Transcript-Bulletin", "June 22 2017", "2017-06-22"),
            curly("Police Use Software to Find Local Ads", "KSL.com", "Sept. 5 2018", "2018-09-05"),
        ]),
    ],
}


def tag(text):
    anchor = text.replace(" ", "_")
    return f'<span class="ez-toc-section" id="{anchor}"></span>{text}<span class="ez-toc-section-end"></span>'


def content():
    toc = "".join(f"<li class='ez-toc-page-1 ez-toc-heading-level-2'><a class=\"ez-toc-link ez-toc-heading-{i}\" href=\"#{t.replace(' ', '_')}\" title=\"{t}\">{t}</a></li>"
                  for i, t in enumerate(["Tactics Used", "Key Sources"], 1))
    cits = "".join(f"<li>{c.markup}</li>" for c in P["sources"][0][1])
    return f"""<div id="ez-toc-container" class="ez-toc-v2_0_61 counter-hierarchy ez-toc-counter ez-toc-grey ez-toc-container-direction">
<div class="ez-toc-title-container"><p class="ez-toc-title">Table of Contents</p><span class="ez-toc-title-toggle"><a href="#" class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle" aria-label="Toggle Table of Content"><span class="ez-toc-js-icon-con"><span class=""><span class="eztoc-hide" style="display:none;">Toggle</span></span></span></a></span></div>
<nav><ul class='ez-toc-list ez-toc-list-level-1 '>{toc}</ul></nav></div>
<p>{P['narrative'][0][1]}</p>
<p>{P['narrative'][1][1]}</p>
<h2>{tag("Tactics Used")}</h2>
<ul><li>Buyer Arrests</li><li>Reverse Stings</li><li>IT Based Tactics</li></ul>
<h2>{tag("Key Sources")}</h2>
<p>Sex Buyer Arrests:</p>
<ul>{cits}</ul>
<p>State&nbsp;Utah</p><p>Type&nbsp;City</p><p>Population&nbsp;6218</p>"""


def page():
    return head(P["name"], SLUG) + f"""<body class="post-template-default single single-post postid-2901 single-format-standard zak-site-layout--contained zak-container--wide zak-content-area--bordered zak-left-sidebar">
<div id="page" class="zak-site">
<a class="skip-link screen-reader-text" href="#zak-content">Skip to content</a>
<header id="zak-masthead" class="zak-header zak-layout-1 zak-layout-1-style-1"><div class="zak-main-header"><div class="zak-container"><div class="zak-row">
<div class="zak-header-col zak-header-col--1"><div class="site-branding"><div class="site-info-wrap"><p class="site-title"><a href="https://demand-forum.org/" rel="home">Demand Forum</a></p><p class="site-description">Documenting efforts to combat the demand for commercial sex</p></div></div></div>
<div class="zak-header-col zak-header-col--2"><nav id="zak-primary-nav" class="zak-main-nav main-navigation zak-primary-nav zak-layout-1 zak-layout-1-style-1"><ul id="zak-primary-menu" class="zak-primary-menu"><li class="menu-item"><a href="https://demand-forum.org/">Home</a></li><li class="menu-item"><a href="https://demand-forum.org/it-based-tactics/">IT Based Tactics</a></li></ul></nav></div>
</div></div></div></header>
<div class="zak-page-header zak-style-1"><div class="zak-container"><div class="zak-row"><div class="zak-page-header__title"><h1 class="zak-page-title">Wendover Junction, UT</h1></div>
<div class="zak-breadcrumbs"><nav role="navigation" aria-label="Breadcrumbs" class="breadcrumb-trail breadcrumbs"><ul class="trail-items"><li class="trail-item trail-begin"><a href="https://demand-forum.org/" rel="home"><span>Home</span></a></li><li class="trail-item"><a href="https://demand-forum.org/category/sites/"><span>Sites</span></a></li><li class="trail-item trail-end"><span>Wendover Junction, UT</span></li></ul></nav></div></div></div></div>
<div id="zak-content" class="zak-content"><div class="zak-container"><div class="zak-row">
<aside id="zak-secondary" class="zak-secondary">
<section id="text-2" class="widget widget_text"><h2 class="widget-title">About the Forum</h2><div class="textwidget"><p>The forum collects news coverage, police reports and interviews to describe how cities and counties across the United States respond to the buyers of commercial sex. Each location profile is updated as new reports appear.</p></div></section>
<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Tactics</h2><ul><li class="cat-item"><a href="https://demand-forum.org/tactic/buyer-arrests/">Buyer Arrests</a> (2,411)</li><li class="cat-item"><a href="https://demand-forum.org/tactic/it-based-tactics/">IT Based Tactics</a> (188)</li></ul></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul><li><a href="https://demand-forum.org/site/wenatchee-wa/">Wenatchee, WA</a></li><li><a href="https://demand-forum.org/site/wentzville-mo/">Wentzville, MO</a></li></ul></section>
</aside><!-- #zak-secondary -->
<main id="zak-primary" class="zak-primary">
<article id="post-2901" class="post-2901 post type-post status-publish format-standard hentry category-sites zakra-article">
<div class="zak-post-content">
<div class="zak-entry-meta"><span class="zak-post-author">By <span class="author vcard"><a class="url fn n" href="https://demand-forum.org/author/dfadmin/">dfadmin</a></span></span><span class="zak-post-date"><a href="https://demand-forum.org/site/{SLUG}/" rel="bookmark"><time class="entry-date published updated" datetime="2023-05-10T09:00:00+00:00">May 10, 2023</time></a></span><span class="zak-cat-links"><a href="https://demand-forum.org/category/sites/" rel="category tag">Sites</a></span></div>
<div class="entry-content">
{content()}
</div><!-- .entry-content -->
</div>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="https://demand-forum.org/site/wenatchee-wa/" rel="prev">Wenatchee, WA</a></div><div class="nav-next"><a href="https://demand-forum.org/site/wentzville-mo/" rel="next">Wentzville, MO</a></div></div></nav>
</main><!-- /.zak-primary -->
</div></div></div><!-- #zak-content -->
<footer id="zak-footer" class="zak-footer"><div class="zak-footer-bar zak-style-2"><div class="zak-container"><div class="zak-row"><div class="zak-footer-bar__1"><p>Copyright &copy; 2026 <a href="https://demand-forum.org/" title="Demand Forum">Demand Forum</a>. Powered by <a href="https://zakratheme.com/" target="_blank" title="Zakra" rel="nofollow">Zakra</a> and <a href="https://wordpress.org/" target="_blank" title="WordPress" rel="nofollow">WordPress</a>.</p></div></div></div></div></footer>
</div>
</body>
</html>
"""


def build():
    write(SLUG, page(), P)
