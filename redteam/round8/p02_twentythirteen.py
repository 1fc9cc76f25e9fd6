"""Twenty Thirteen (content.php: header .entry-meta, .entry-content, footer.entry-meta with author-info;
post-navigation; #tertiary sidebar). Labels as <strong> in <p> with trailing colons, the tactics a comma-separated
run on the label's line, partners the same, metadata one line of label/value runs, narrative first without label."""
from common import curly, head, tactic_menu, write

SLUG = "lynnfield-al"
P = {
    "slug": SLUG, "name": "Lynnfield, AL", "state": "Alabama", "type": "City", "population": 31406,
    "tactics": ["Auto Seizure", "Buyer Arrests", "John School", "Cameras"],
    "narrative": [
        (None, "Lynnfield is a city of about 31,000 residents in north-central Alabama. Street prostitution "
               "has been concentrated near the Fairground Road truck stop, where business owners have complained "
               "of solicitation in parking lots since the late 1990s."),
        (None, "In 2009 the city council passed an ordinance allowing police to impound vehicles used to "
               "solicit; owners pay a $350 release fee. The Lynnfield Police Department installed cameras at "
               "two intersections in 2015 and reported fewer complaints the following year."),
    ],
    "partners": [("Lynnfield Police Department", []), ("Hale County Sheriff’s Office", [])],
    "sources": [
        ("Sex Buyer Arrests", [
            curly("Truck Stop Sting Leads to Seven Arrests", "Lynnfield Courier", "August 3 2009", "2009-08-03"),
            curly("Council Approves Car Impound Law", "Lynnfield Courier", "July 2009", "2009-07"),
        ]),
        ("Background on Local Prostitution", [
            curly("Cameras Watch Fairground Road", "WAFF 48", "Feb. 11 2016", "2016-02-11"),
        ]),
    ],
}


def content():
    srcs = "\n".join(f"<p><strong>{cat}:</strong><br />\n" + "<br />\n".join(c.markup for c in items) + "</p>"
                     for cat, items in P["sources"])
    return f"""<p>{P['narrative'][0][1]}</p>
<p>{P['narrative'][1][1]}</p>
<p><strong>Tactics Used:</strong> Auto Seizure, Buyer Arrests, John School, Cameras</p>
<p><strong>Key Partners:</strong> Lynnfield Police Department, Hale County Sheriff&#8217;s Office</p>
<p><strong>KEY SOURCES:</strong></p>
{srcs}
<p><strong>State:</strong> Alabama&nbsp; <strong>Type:</strong> City&nbsp; <strong>Population:</strong> 31,406</p>"""


def page():
    return head(P["name"], SLUG) + f"""<body class="post-template-default single single-post postid-2210 single-format-standard sidebar">
<div id="page" class="hfeed site">
<header id="masthead" class="site-header" role="banner">
<a class="home-link" href="https://demand-forum.org/" title="Demand Forum" rel="home"><h1 class="site-title">Demand Forum</h1><h2 class="site-description">Documenting efforts to combat the demand for commercial sex</h2></a>
<div id="navbar" class="navbar"><nav id="site-navigation" class="navigation main-navigation" role="navigation"><button class="menu-toggle">Menu</button><a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a><div class="menu-main-container"><ul id="primary-menu" class="nav-menu"><li class="menu-item"><a href="https://demand-forum.org/">Home</a></li><li class="menu-item menu-item-has-children"><a href="#">Tactics</a><ul class="sub-menu">{tactic_menu()}</ul></li></ul></div><form role="search" method="get" class="search-form" action="https://demand-forum.org/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" value="" name="s" /></label></form></nav></div>
</header>
<div id="main" class="site-main">
<div id="primary" class="content-area">
<div id="content" class="site-content" role="main">
<article id="post-2210" class="post-2210 post type-post status-publish format-standard hentry category-sites">
<header class="entry-header">
<h1 class="entry-title">Lynnfield, AL</h1>
<div class="entry-meta">
<span class="date"><a href="https://demand-forum.org/site/{SLUG}/" title="Permalink to Lynnfield, AL" rel="bookmark"><time class="entry-date" datetime="2020-02-17T09:40:12+00:00">February 17, 2020</time></a></span><span class="categories-links"><a href="https://demand-forum.org/category/sites/" rel="category tag">Sites</a></span><span class="author vcard"><a class="url fn n" href="https://demand-forum.org/author/dfadmin/" title="View all posts by dfadmin" rel="author">dfadmin</a></span>
</div><!-- .entry-meta -->
</header><!-- .entry-header -->
<div class="entry-content">
{content()}
</div><!-- .entry-content -->
<footer class="entry-meta">
<div class="author-info">
<div class="author-avatar"><img alt='' src='https://secure.gravatar.com/avatar/00?s=74&#038;d=mm&#038;r=g' class='avatar avatar-74 photo' height='74' width='74' /></div>
<div class="author-description">
<h2 class="author-title">About dfadmin</h2>
<p class="author-bio">Research staff at the project, compiling news coverage of local enforcement since 2008. <a class="author-link" href="https://demand-forum.org/author/dfadmin/" rel="author">View all posts by dfadmin <span class="meta-nav">&rarr;</span></a></p>
</div>
</div>
</footer><!-- .entry-meta -->
</article><!-- #post -->
<nav class="navigation post-navigation" role="navigation">
<h1 class="screen-reader-text">Post navigation</h1>
<div class="nav-links">
<a href="https://demand-forum.org/site/lyman-sc/" rel="prev"><span class="meta-nav">&larr;</span> Lyman, SC</a>
<a href="https://demand-forum.org/site/lynwood-ca/" rel="next">Lynwood, CA <span class="meta-nav">&rarr;</span></a>
</div>
</nav>
<div id="comments" class="comments-area"><p class="no-comments">Comments are closed.</p></div>
</div><!-- #content -->
</div><!-- #primary -->
<div id="tertiary" class="sidebar-container" role="complementary">
<div class="sidebar-inner"><div class="widget-area">
<aside id="text-3" class="widget widget_text"><h3 class="widget-title">About the Forum</h3><div class="textwidget"><p>A national study of demand reduction in 2,700 U.S. cities and counties, funded by a federal grant.</p></div></aside>
<aside id="tag_cloud-2" class="widget widget_tag_cloud"><h3 class="widget-title">States</h3><div class="tagcloud"><a href="https://demand-forum.org/tag/alabama/" class="tag-cloud-link" style="font-size: 14pt;">Alabama</a> <a href="https://demand-forum.org/tag/alaska/" class="tag-cloud-link" style="font-size: 8pt;">Alaska</a></div></aside>
</div></div>
</div><!-- #tertiary -->
</div><!-- #main -->
<footer id="colophon" class="site-footer" role="contentinfo">
<div class="site-info"><a href="https://wordpress.org/" title="Semantic Personal Publishing Platform">Proudly powered by WordPress</a></div>
</footer>
</div><!-- #page -->
</body>
</html>
"""


def build():
    write(SLUG, page(), P)
