"""Twenty Sixteen (template-parts/content-single.php + biography.php): the author bio is printed INSIDE
.entry-content right after the profile; entry-footer byline/posted-on/cat-links; post-navigation with
"Next"/"Previous" and the neighbours' titles. Unusual order: metadata first, Tactics, Key Sources, then the
narrative under sub-headings that repeat tactic names, then Key Partners."""
from common import curly, head, write

SLUG = "perrysburg-heights-oh"
P = {
    "slug": SLUG, "name": "Perrysburg Heights, OH", "state": "Ohio", "type": "City", "population": 18233,
    "tactics": ["Reverse Stings", "Auto Seizure", "Neighborhood Action", "SOAP Orders"],
    "narrative": [
        ("Reverse Stings", "Perrysburg Heights police have used female officers posing as prostitutes on "
                           "Dixie Avenue since 2003. Operations typically run for two nights and produce between "
                           "six and fifteen arrests."),
        ("Auto Seizure Program", "Under a 2006 city ordinance, cars used to solicit are towed and held until "
                                 "the owner pays a $250 administrative fee."),
        ("Neighborhood Action: the Dixie Avenue Block Watch", "Residents formed a block watch in 2005, "
         "recorded licence plates of cruising cars and passed them to police. A municipal judge has also "
         "issued orders barring convicted buyers from the corridor."),
    ],
    "partners": [("Perrysburg Heights Police Department", ["Vice Unit", "Patrol Division"]),
                 ("Dixie Avenue Block Watch", [])],
    "sources": [
        ("Street-Level Reverse Stings, Identity Disclosure", [
            curly("Decoys Net 12 on Dixie Avenue", "The Blade", "March 8 2004", "2004-03-08"),
            curly("Police: Johns Will Lose Their Cars", "The Blade", "Jan. 2006", "2006-01"),
        ]),
        ("Sex Trafficking and Child Sexual Exploitation in the Area", []),
    ],
}


def content():
    tactics = "".join(f"<li>{t}</li>" for t in P["tactics"])
    srcs = "".join(f"<h4>{cat}:</h4>" + ("<ul>" + "".join(f"<li>{c.markup}</li>" for c in items) + "</ul>" if items else "")
                   for cat, items in P["sources"])
    narr = "".join(f"<h3>{h}</h3>\n<p>{t}</p>\n" for h, t in P["narrative"])
    return f"""<p><strong>State</strong> Ohio<br /><strong>Type</strong> City<br /><strong>Population</strong> 18233</p>
<h2>Tactics Used</h2>
<ul>{tactics}</ul>
<h2>Key Sources</h2>
{srcs}
{narr}<h2>Key Partners</h2>
<ul><li>Perrysburg Heights Police Department<ul><li>Vice Unit</li><li>Patrol Division</li></ul></li><li>Dixie Avenue Block Watch</li></ul>
<div class="author-info">
	<div class="author-avatar"><img alt='' src='https://secure.gravatar.com/avatar/0?s=42&#038;d=mm&#038;r=g' class='avatar avatar-42 photo' height='42' width='42' /></div><!-- .author-avatar -->
	<div class="author-description">
		<h2 class="author-title"><span class="author-heading">Author:</span> Marisa Quell</h2>
		<p class="author-bio">
			Marisa Quell coordinates the location research for the project and writes about policing in Ohio and Michigan.
			<a class="author-link" href="https://demand-forum.org/author/mquell/" rel="author">View all posts by Marisa Quell</a>
		</p><!-- .author-bio -->
	</div><!-- .author-description -->
</div><!-- .author-info -->"""


def page():
    return head(P["name"], SLUG) + f"""<body class="post-template-default single single-post postid-7702 single-format-standard group-blog">
<div id="page" class="site"><div class="site-inner">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header" role="banner"><div class="site-header-main"><div class="site-branding"><p class="site-title"><a href="https://demand-forum.org/" rel="home">Demand Forum</a></p><p class="site-description">Documenting efforts to combat the demand for commercial sex</p></div>
<button id="menu-toggle" class="menu-toggle">Menu</button>
<div id="site-header-menu" class="site-header-menu"><nav id="site-navigation" class="main-navigation" role="navigation" aria-label="Primary Menu"><div class="menu-main-container"><ul id="menu-main" class="primary-menu"><li class="menu-item"><a href="https://demand-forum.org/">Home</a></li><li class="menu-item"><a href="https://demand-forum.org/reverse-stings/">Reverse Stings</a></li><li class="menu-item"><a href="https://demand-forum.org/auto-seizure/">Auto Seizure</a></li></ul></div></nav></div></div></header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main" role="main">
<article id="post-7702" class="post-7702 post type-post status-publish format-standard hentry category-sites">
	<header class="entry-header"><h1 class="entry-title">Perrysburg Heights, OH</h1></header><!-- .entry-header -->
	<div class="entry-content">
{content()}
	</div><!-- .entry-content -->
	<footer class="entry-footer"><span class="byline"><span class="author vcard"><img alt='' src='https://secure.gravatar.com/avatar/0?s=49' class='avatar avatar-49 photo' height='49' width='49' /><span class="screen-reader-text">Author </span> <a class="url fn n" href="https://demand-forum.org/author/mquell/">Marisa Quell</a></span></span><span class="posted-on"><span class="screen-reader-text">Posted on </span><a href="https://demand-forum.org/site/{SLUG}/" rel="bookmark"><time class="entry-date published" datetime="2016-09-30T14:03:00+00:00">September 30, 2016</time><time class="updated" datetime="2022-01-12T08:00:00+00:00">January 12, 2022</time></a></span><span class="cat-links"><span class="screen-reader-text">Categories </span><a href="https://demand-forum.org/category/sites/" rel="category tag">Sites</a></span></footer><!-- .entry-footer -->
</article><!-- #post-## -->
<nav class="navigation post-navigation" role="navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="https://demand-forum.org/site/perry-ga/" rel="prev"><span class="meta-nav" aria-hidden="true">Previous</span> <span class="screen-reader-text">Previous post:</span> <span class="post-title">Perry, GA</span></a></div><div class="nav-next"><a href="https://demand-forum.org/site/peru-in/" rel="next"><span class="meta-nav" aria-hidden="true">Next</span> <span class="screen-reader-text">Next post:</span> <span class="post-title">Peru, IN</span></a></div></div></nav>
</main></div><!-- .content-area -->
<aside id="secondary" class="sidebar widget-area" role="complementary"><section id="categories-3" class="widget widget_categories"><h2 class="widget-title">Tactics</h2><ul><li class="cat-item"><a href="https://demand-forum.org/tactic/reverse-stings/">Reverse Stings</a> (2,205)</li><li class="cat-item"><a href="https://demand-forum.org/tactic/soap-orders/">SOAP Orders</a> (301)</li></ul></section></aside>
</div><!-- .site-content -->
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-info"><span class="site-title"><a href="https://demand-forum.org/" rel="home">Demand Forum</a></span><a href="https://wordpress.org/">Proudly powered by WordPress</a></div></footer>
</div></div>
</body>
</html>
"""


def build():
    write(SLUG, page(), P)
