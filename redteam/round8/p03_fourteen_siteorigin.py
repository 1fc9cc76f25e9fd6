"""Twenty Fourteen single (header .entry-meta cat-links above the title, footer tag-links, post-navigation
"Previous Post"/"Next Post", #content-sidebar) with SiteOrigin Page Builder content (panel-layout > panel-grid >
panel-grid-cell > so-panel widget ... h3.widget-title): labels are the SiteOrigin widgets' titles, the metadata
and Key Sources are <table>s, a social-media-buttons widget sits between cells."""
from common import C, head, write

SLUG = "dunmore-township-pa"
def cit(h, o, d_text, d, url=None):
    return C(f"“{h},” {o}, {d_text}." if d_text else f"“{h},” {o}.", h, o, d)

P = {
    "slug": SLUG, "name": "Dunmore Township, PA", "state": "Pennsylvania", "type": "Township", "population": 11940,
    "tactics": ["Reverse Stings", "Identity Disclosure", "Letters", "Public Education"],
    "narrative": [
        (None, "Dunmore Township lies north of Scranton in Lackawanna County and has close to 12,000 residents. "
               "Most reported prostitution in the township involves massage businesses along the Route 6 corridor."),
        (None, "After a 2018 reverse sting the township police mailed letters to the registered owners of "
               "vehicles seen cruising the corridor, and the township manager published the names of men "
               "charged in the township newsletter."),
    ],
    "partners": [],
    "sources": [
        ("Reverse Stings, Identity Disclosure", [
            cit("Township Sting Charges Five Men", "The Times-Tribune", "April 12 2018", "2018-04-12"),
            cit("Names of Men Charged Appear in Newsletter", "WNEP 16", "May 2018", "2018-05"),
        ]),
        ("Background on Prostitution in the Area", [
            cit("Massage Parlors Draw Scrutiny on Route 6", "The Times-Tribune", "2017", "2017"),
        ]),
    ],
}


def panel(pid, widget, title, body, first=False):
    return (f'<div id="panel-5120-{pid}" class="so-panel widget {widget}{" panel-first-child" if first else ""}" data-index="{pid[-1]}">'
            f'<div class="so-widget-sow-editor so-widget-sow-editor-base">'
            + (f'<h3 class="widget-title">{title}</h3>' if title else "")
            + f'<div class="siteorigin-widget-tinymce textwidget">{body}</div></div></div>')


def content():
    tactics = "<ul>" + "".join(f"<li>{t}</li>" for t in P["tactics"]) + "</ul>"
    narrative = "".join(f"<p>{t}</p>" for _, t in P["narrative"])
    rows = "".join(f"<tr><td>{cat}</td><td>{c.markup}</td></tr>" for cat, items in P["sources"] for c in items)
    ks = f'<table class="sources"><thead><tr><th>Category</th><th>Source</th></tr></thead><tbody>{rows}</tbody></table>'
    meta = ('<table><tbody><tr><td>State</td><td>Pennsylvania</td></tr><tr><td>Type</td><td>Township</td></tr>'
            '<tr><td>Population</td><td>11,940</td></tr><tr><td>Location</td><td></td></tr></tbody></table>')
    social = ('<div id="panel-5120-1-0-1" class="so-panel widget widget_sow-social-media-buttons" data-index="3"><div class="so-widget-sow-social-media-buttons so-widget-sow-social-media-buttons-flat-d2b8"><h3 class="widget-title">Share</h3><div class="social-media-button-container">'
              '<a class="sow-social-media-button-facebook-0 sow-social-media-button" title="Demand Forum on Facebook" aria-label="Demand Forum on Facebook" target="_blank" rel="noopener noreferrer" href="https://www.facebook.com/demandforum"><span><span class="sow-icon-fontawesome sow-fab" data-sow-icon="&#xf39e;" aria-hidden="true"></span></span></a>'
              '<a class="sow-social-media-button-twitter-0 sow-social-media-button" title="Demand Forum on Twitter" aria-label="Demand Forum on Twitter" target="_blank" rel="noopener noreferrer" href="https://twitter.com/demandforum"><span><span class="sow-icon-fontawesome sow-fab" data-sow-icon="&#xf099;" aria-hidden="true"></span></span></a></div></div></div>')
    return f"""<div id="pl-5120" class="panel-layout">
<div id="pg-5120-0" class="panel-grid panel-no-style"><div id="pgc-5120-0-0" class="panel-grid-cell">{panel("0-0-0", "widget_sow-editor", None, narrative, True)}</div></div>
<div id="pg-5120-1" class="panel-grid panel-has-style"><div class="panel-row-style panel-row-style-for-5120-1">
<div id="pgc-5120-1-0" class="panel-grid-cell">{panel("1-0-0", "widget_sow-editor", "Tactics Used", tactics, True)}{social}</div>
<div id="pgc-5120-1-1" class="panel-grid-cell">{panel("1-1-0", "widget_sow-editor", "Details", meta, True)}</div>
</div></div>
<div id="pg-5120-2" class="panel-grid panel-no-style"><div id="pgc-5120-2-0" class="panel-grid-cell">{panel("2-0-0", "widget_sow-editor", "Key Sources", ks, True)}</div></div>
</div>"""


def page():
    return head(P["name"], SLUG) + f"""<body class="post-template-default single single-post postid-5120 single-format-standard siteorigin-panels siteorigin-panels-before-js masthead-fixed singular">
<div id="page" class="hfeed site">
<header id="masthead" class="site-header" role="banner"><div class="header-main"><h1 class="site-title"><a href="https://demand-forum.org/" rel="home">Demand Forum</a></h1>
<nav id="primary-navigation" class="site-navigation primary-navigation" role="navigation"><button class="menu-toggle">Primary Menu</button><a class="screen-reader-text skip-link" href="#content">Skip to content</a><div class="menu-main-container"><ul id="primary-menu" class="nav-menu"><li><a href="https://demand-forum.org/">Home</a></li><li><a href="https://demand-forum.org/browse-locations/">Browse Locations</a></li></ul></div></nav></div></header>
<div id="main" class="site-main">
<div id="main-content" class="main-content">
<div id="primary" class="content-area"><div id="content" class="site-content" role="main">
<article id="post-5120" class="post-5120 post type-post status-publish format-standard hentry category-sites tag-pennsylvania">
<header class="entry-header">
<div class="entry-meta"><span class="cat-links"><a href="https://demand-forum.org/category/sites/" rel="category tag">Sites</a></span></div>
<h1 class="entry-title">Dunmore Township, PA</h1>
<div class="entry-meta"><span class="entry-date"><a href="https://demand-forum.org/site/{SLUG}/" rel="bookmark"><time class="entry-date" datetime="2021-06-01T12:00:00+00:00">June 1, 2021</time></a></span> <span class="byline"><span class="author vcard"><a class="url fn n" href="https://demand-forum.org/author/dfadmin/" rel="author">dfadmin</a></span></span></div>
</header>
<div class="entry-content">
{content()}
</div>
<footer class="entry-meta"><span class="tag-links"><a href="https://demand-forum.org/tag/pennsylvania/" rel="tag">Pennsylvania</a></span></footer>
</article>
<nav class="navigation post-navigation" role="navigation"><h1 class="screen-reader-text">Post navigation</h1><div class="nav-links"><a href="https://demand-forum.org/site/dumas-tx/" rel="prev"><span class="meta-nav">Previous Post</span>Dumas, TX</a><a href="https://demand-forum.org/site/dupont-wa/" rel="next"><span class="meta-nav">Next Post</span>DuPont, WA</a></div></nav>
</div></div>
<div id="content-sidebar" class="content-sidebar widget-area" role="complementary"><aside id="recent-posts-3" class="widget widget_recent_entries"><h1 class="widget-title">Recent Profiles</h1><ul><li><a href="https://demand-forum.org/site/dumas-tx/">Dumas, TX</a></li><li><a href="https://demand-forum.org/site/dupont-wa/">DuPont, WA</a></li></ul></aside></div>
</div>
<div id="secondary"><h2 class="site-description">Documenting efforts to combat the demand for commercial sex</h2><div id="primary-sidebar" class="primary-sidebar widget-area" role="complementary"><aside id="archives-2" class="widget widget_archive"><h1 class="widget-title">Archives</h1><ul><li><a href="https://demand-forum.org/2021/06/">June 2021</a>&nbsp;(31)</li></ul></aside></div></div>
</div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-info"><a href="https://wordpress.org/">Proudly powered by WordPress</a></div></footer>
</div>
</body>
</html>
"""


def build():
    write(SLUG, page(), P)
