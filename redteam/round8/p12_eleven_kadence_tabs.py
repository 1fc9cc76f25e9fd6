"""Twenty Eleven (content-single.php: header.entry-header > h1.entry-title + .entry-meta "Posted on ... by",
.entry-content, footer.entry-meta "This entry was posted in ... Bookmark the permalink.", nav#nav-single,
p.nocomments) with a Kadence Blocks Tabs block: the section labels exist ONLY as tab titles in
ul.kt-tabs-title-list; the panels (wp-block-kadence-tab .kt-tab-inner-content) follow, the inactive ones hidden by
CSS only. Narrative is the first tab, labelled "Overview"."""
from common import curly, head, write

SLUG = "cold-spring-harbor-me"
P = {
    "slug": SLUG, "name": "Cold Spring Harbor, ME", "state": "Maine", "type": "City", "population": 21304,
    "tactics": ["Reverse Stings", "Web Stings", "Neighborhood Action"],
    "narrative": [
        (None, "Cold Spring Harbor is a coastal city of about 21,000 residents in southern Maine. Reports of "
               "prostitution center on two motels on Route 1 and on online advertisements during the summer season."),
        (None, "The city’s police department has conducted reverse stings on Route 1 since 2012 and online stings "
               "since 2016, partly in response to complaints from the Route 1 Neighbors association."),
    ],
    "partners": [("Cold Spring Harbor Police Department", []), ("Route 1 Neighbors", [])],
    "sources": [
        ("Reverse Stings, Identity Disclosure", [
            curly("Motel Sting Yields Five Arrests", "Portland Press Herald", "July 30 2012", "2012-07-30"),
        ]),
        ("Web Stings", [
            curly("Police Answer Online Ads in Summer Operation", "WCSH 6", "Aug. 2016", "2016-08"),
        ]),
    ],
}

TABS = ["Overview", "Tactics Used", "Key Partners", "Key Sources", "Location Details"]


def panels():
    narr = "".join(f"<p>{t}</p>" for _, t in P["narrative"])
    srcs = "".join(f"<p><strong>{cat}:</strong></p><ul>" + "".join(f"<li>{c.markup}</li>" for c in items) + "</ul>" for cat, items in P["sources"])
    bodies = [narr, "<ul><li>Reverse Stings</li><li>Web Stings</li><li>Neighborhood Action</li></ul>",
              "<ul><li>Cold Spring Harbor Police Department</li><li>Route 1 Neighbors</li></ul>", srcs,
              "<p>State Maine</p><p>Type City</p><p>Population 21304</p>"]
    return "".join(f'<div class="wp-block-kadence-tab kt-tab-inner-content kt-inner-tab-{i} kt-inner-tab_a1b2c3-{i}"><div class="kt-tab-inner-content-inner">{b}</div></div>'
                   for i, b in enumerate(bodies, 1))


def tabs():
    titles = "".join(f'<li id="tab-{t.lower().replace(" ", "")}" class="kt-title-item kt-title-item-{i} kt-tabs-svg-show-always kt-tabs-icon-side-right kt-tab-title-{"active" if i == 1 else "inactive"}"><a href="#tab-{t.lower().replace(" ", "")}" data-tab="{i}" class="kt-tab-title kt-tab-title-{i} "><span class="kt-title-text">{t}</span></a></li>'
                     for i, t in enumerate(TABS, 1))
    return f"""<div class="wp-block-kadence-tabs alignnone"><div class="kt-tabs-wrap kt-tabs-id_a1b2c3 kt-tabs-has-5-tabs kt-active-tab-1 kt-tabs-layout-tabs kt-tabs-tablet-layout-accordion kt-tabs-mobile-layout-accordion kt-tab-alignment-left">
<ul class="kt-tabs-title-list">{titles}</ul>
<div class="kt-tabs-content-wrap">{panels()}</div>
</div></div>"""


def page():
    return head(P["name"], SLUG) + f"""<body class="post-template-default single single-post postid-6610 single-format-standard singular two-column right-sidebar">
<div id="page" class="hfeed">
<header id="branding" role="banner"><hgroup><h1 id="site-title"><span><a href="https://demand-forum.org/" rel="home">Demand Forum</a></span></h1><h2 id="site-description">Documenting efforts to combat the demand for commercial sex</h2></hgroup>
<a href="https://demand-forum.org/"><img src="https://demand-forum.org/wp-content/themes/twentyeleven/images/headers/shore.jpg" width="1000" height="288" alt="" /></a>
<form method="get" id="searchform" action="https://demand-forum.org/"><label for="s" class="assistive-text">Search</label><input type="text" class="field" name="s" id="s" placeholder="Search" /><input type="submit" class="submit" name="submit" id="searchsubmit" value="Search" /></form>
<nav id="access" role="navigation"><h3 class="assistive-text">Main menu</h3><div class="skip-link"><a class="assistive-text" href="#content">Skip to primary content</a></div><div class="menu-main-container"><ul id="menu-main" class="menu"><li class="menu-item"><a href="https://demand-forum.org/">Home</a></li><li class="menu-item"><a href="https://demand-forum.org/neighborhood-action/">Neighborhood Action</a></li></ul></div></nav>
</header><!-- #branding -->
<div id="main">
<div id="primary"><div id="content" role="main">
<nav id="nav-single"><h3 class="assistive-text">Post navigation</h3><span class="nav-previous"><a href="https://demand-forum.org/site/coldwater-mi/" rel="prev"><span class="meta-nav">&larr;</span> Previous</a></span><span class="nav-next"><a href="https://demand-forum.org/site/colfax-ca/" rel="next">Next <span class="meta-nav">&rarr;</span></a></span></nav>
<article id="post-6610" class="post-6610 post type-post status-publish format-standard hentry category-sites">
<header class="entry-header"><h1 class="entry-title">Cold Spring Harbor, ME</h1>
<div class="entry-meta"><span class="sep">Posted on </span><a href="https://demand-forum.org/site/{SLUG}/" title="9:31 am" rel="bookmark"><time class="entry-date" datetime="2017-04-11T09:31:00+00:00">April 11, 2017</time></a><span class="by-author"> <span class="sep"> by </span> <span class="author vcard"><a class="url fn n" href="https://demand-forum.org/author/dfadmin/" title="View all posts by dfadmin" rel="author">dfadmin</a></span></span></div>
</header>
<div class="entry-content">
{tabs()}
</div><!-- .entry-content -->
<footer class="entry-meta">This entry was posted in <a href="https://demand-forum.org/category/sites/" rel="category tag">Sites</a> by <a href="https://demand-forum.org/author/dfadmin/">dfadmin</a>. Bookmark the <a href="https://demand-forum.org/site/{SLUG}/" title="Permalink to Cold Spring Harbor, ME" rel="bookmark">permalink</a>.</footer>
</article>
<div id="comments"><p class="nocomments">Comments are closed.</p></div>
</div></div>
<div id="secondary" class="widget-area" role="complementary"><aside id="recent-posts-2" class="widget widget_recent_entries"><h3 class="widget-title">Recent Posts</h3><ul><li><a href="https://demand-forum.org/site/coldwater-mi/">Coldwater, MI</a></li></ul></aside></div>
</div><!-- #main -->
<footer id="colophon" role="contentinfo"><div id="site-generator"><a href="https://wordpress.org/" title="Semantic Personal Publishing Platform">Proudly powered by WordPress</a></div></footer>
</div>
</body>
</html>
"""


def build():
    write(SLUG, page(), P)
