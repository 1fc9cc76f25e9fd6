"""Twenty Ten (loop-single.php: #nav-above, .entry-meta, .entry-content, .entry-utility, #comments) with
Jetpack sharing, likes and server-rendered related posts inside .entry-content; Sept./no-date citations."""
from common import C, curly, head, tactic_menu, write

SLUG = "ashgrove-township-mi"
P = {
    "slug": SLUG, "name": "Ashgrove Township, MI", "state": "Michigan", "type": "Township", "population": 24817,
    "tactics": ["Buyer Arrests", "Reverse Stings", "Identity Disclosure", "John School", "Web Stings"],
    "narrative": [
        (None, "Ashgrove Township is a suburban township in western Michigan with about 25,000 residents. "
               "Commercial sex in the township has been reported mostly along the Route 45 motel strip and, "
               "since about 2012, through online advertisements that arrange meetings in extended-stay hotels."),
        (None, "The Ashgrove Township Police Department has run street-level reverse stings since 2004, "
               "usually in response to complaints from residents of the Millrace neighborhood. Names and "
               "photographs of men arrested in these operations are released to local media."),
        (None, "In 2016 the township began referring first-time offenders to a one-day education program "
               "run with the county prosecutor, in which men arrested for soliciting pay a fee of $500."),
    ],
    "partners": [("Ashgrove Township Police Department", ["Special Operations Unit"]),
                 ("Ottawa County Prosecutor’s Office", [])],
    "sources": [
        ("Sex Buyer Arrests", [
            curly("Nine Men Charged After Route 45 Sweep", "Grand Valley Ledger", "Sept. 14 2011", "2011-09-14"),
            curly("Township Police Target Buyers, Not Just Sellers", "WXMI Fox 17", "Sept 2013", "2013-09"),
        ]),
        ("Reverse Stings, Identity Disclosure", [
            curly("Police Release Names of 14 Men Caught in Sting", "Grand Valley Ledger", "May 2 2008", "2008-05-02"),
            curly("Decoy Operation Nets 11 on Millrace Avenue", "Holland Sentinel", "Oct. 21, 2014", "2014-10-21"),
            curly("Residents Credit Stings for Quieter Streets", "Grand Valley Ledger", None),
        ]),
        ("Web Stings", [
            curly("Online Ads Lead to Hotel Arrests", "MLive", "2017", "2017"),
        ]),
        ("Background on Prostitution in the Area", []),
    ],
}


def cit_list(items):
    return "<ul>\n" + "\n".join(f"<li>{c.markup}</li>" for c in items) + "\n</ul>\n" if items else ""


def content():
    tactics = "\n".join(f"<li>{t}</li>" for t in P["tactics"])
    narrative = "\n".join(f"<p>{t}</p>" for _, t in P["narrative"])
    sources = "".join(f"<p><strong>{cat}:</strong></p>\n{cit_list(items)}" for cat, items in P["sources"])
    return f"""<h3>Tactics Used</h3>
<ul>
{tactics}
</ul>
{narrative}
<h3>Key Partners</h3>
<ul>
<li>Ashgrove Township Police Department
<ul><li>Special Operations Unit</li></ul>
</li>
<li>Ottawa County Prosecutor&#8217;s Office</li>
</ul>
<h3>Key Sources</h3>
{sources}<p>State: Michigan<br />
Type: Township<br />
Population: 24817<br />
Location:</p>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-twitter"><a rel="nofollow noopener noreferrer" data-shared="sharing-twitter-4411" class="share-twitter sd-button share-icon" href="https://demand-forum.org/site/{SLUG}/?share=twitter" target="_blank" title="Click to share on Twitter"><span>Twitter</span></a></li><li class="share-facebook"><a rel="nofollow noopener noreferrer" data-shared="sharing-facebook-4411" class="share-facebook sd-button share-icon" href="https://demand-forum.org/site/{SLUG}/?share=facebook" target="_blank" title="Click to share on Facebook"><span>Facebook</span></a></li><li class="share-email"><a rel="nofollow noopener noreferrer" class="share-email sd-button share-icon" href="mailto:?subject=%5BShared%20Post%5D%20Ashgrove%20Township%2C%20MI" title="Click to email a link to a friend"><span>Email</span></a></li><li class="share-end"></li></ul></div></div></div>
<div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded' id='like-post-wrapper-120334-4411-6573a0' data-src='https://widgets.wp.com/likes/#blog_id=120334&amp;post_id=4411' data-name='like-post-frame-120334-4411-6573a0' data-title='Like or Reblog'><h3 class="sd-title">Like this:</h3><div class='likes-widget-placeholder post-likes-widget-placeholder' style='height: 55px;'><span class='button'><span>Like</span></span> <span class="loading">Loading...</span></div><span class='sd-text-color'></span><a class='sd-link-color'></a></div>
<div id='jp-relatedposts' class='jp-relatedposts' ><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-visual jp-relatedposts-grid"><div class="jp-relatedposts-post jp-relatedposts-post0 jp-relatedposts-post-thumbs" data-post-id="3920" data-post-format="false"><a class="jp-relatedposts-post-a" href="https://demand-forum.org/site/bellmont-mi/" title="Bellmont, MI" rel="nofollow" data-origin="4411" data-position="0"><img class="jp-relatedposts-post-img" loading="lazy" src="https://demand-forum.org/wp-content/uploads/2019/03/mi.png" width="350" height="200" alt="Bellmont, MI" /></a><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="https://demand-forum.org/site/bellmont-mi/" title="Bellmont, MI" rel="nofollow" data-origin="4411" data-position="0">Bellmont, MI</a></h4><p class="jp-relatedposts-post-excerpt">Tactics Used Auto Seizure Buyer Arrests Reverse Stings Bellmont is a city in southern Michigan with a population of about 9,000 residents.</p><p class="jp-relatedposts-post-date">April 9, 2019</p><p class="jp-relatedposts-post-context">In &quot;Sites&quot;</p></div><div class="jp-relatedposts-post jp-relatedposts-post1 jp-relatedposts-post-thumbs" data-post-id="3187" data-post-format="false"><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="https://demand-forum.org/site/coldwater-ridge-mi/" rel="nofollow">Coldwater Ridge, MI</a></h4><p class="jp-relatedposts-post-excerpt">Tactics Used Reverse Stings John School Key Sources Sex Buyer Arrests: &#8220;Ridge Police Arrest Six,&#8221; Daily Reporter, June 2 2010.</p><p class="jp-relatedposts-post-date">January 22, 2019</p><p class="jp-relatedposts-post-context">In &quot;Sites&quot;</p></div></div></div>"""


def page():
    return head(P["name"], SLUG) + f"""<body class="post-template-default single single-post postid-4411 single-format-standard">
<div id="wrapper" class="hfeed">
	<div id="header">
		<div id="masthead">
			<div id="branding" role="banner">
				<div id="site-title"><span><a href="https://demand-forum.org/" title="Demand Forum" rel="home">Demand Forum</a></span></div>
				<div id="site-description">Documenting efforts to combat the demand for commercial sex</div>
				<img src="https://demand-forum.org/wp-content/themes/twentyten/images/headers/path.jpg" width="940" height="198" alt="" />
			</div><!-- #branding -->
			<div id="access" role="navigation">
				<div class="skip-link screen-reader-text"><a href="#content" title="Skip to content">Skip to content</a></div>
				<div class="menu-header"><ul id="menu-main" class="menu"><li class="menu-item"><a href="https://demand-forum.org/">Home</a></li><li class="menu-item menu-item-has-children"><a href="#">Tactics</a><ul class="sub-menu">{tactic_menu()}</ul></li><li class="menu-item"><a href="https://demand-forum.org/browse-locations/">Browse Locations</a></li><li class="menu-item"><a href="https://demand-forum.org/map-locations/">Map Locations</a></li></ul></div>
			</div><!-- #access -->
		</div><!-- #masthead -->
	</div><!-- #header -->
	<div id="main">
		<div id="container">
			<div id="content" role="main">
				<div id="nav-above" class="navigation">
					<div class="nav-previous"><a href="https://demand-forum.org/site/alder-park-il/" rel="prev"><span class="meta-nav">&larr;</span> Alder Park, IL</a></div>
					<div class="nav-next"><a href="https://demand-forum.org/site/ashland-city-tn/" rel="next">Ashland City, TN <span class="meta-nav">&rarr;</span></a></div>
				</div><!-- #nav-above -->
				<div id="post-4411" class="post-4411 post type-post status-publish format-standard hentry category-sites">
					<h1 class="entry-title">Ashgrove Township, MI</h1>
					<div class="entry-meta">
						<span class="meta-prep meta-prep-author">Posted on</span> <a href="https://demand-forum.org/site/{SLUG}/" title="10:12 am" rel="bookmark"><span class="entry-date">March 4, 2019</span></a> <span class="meta-sep">by</span> <span class="author vcard"><a class="url fn n" href="https://demand-forum.org/author/dfadmin/" title="View all posts by dfadmin">dfadmin</a></span>
					</div><!-- .entry-meta -->
					<div class="entry-content">
{content()}
					</div><!-- .entry-content -->
					<div class="entry-utility">
						This entry was posted in <a href="https://demand-forum.org/category/sites/" rel="category tag">Sites</a>. Bookmark the <a href="https://demand-forum.org/site/{SLUG}/" title="Permalink to Ashgrove Township, MI" rel="bookmark">permalink</a>.
					</div><!-- .entry-utility -->
				</div><!-- #post-## -->
				<div id="nav-below" class="navigation">
					<div class="nav-previous"><a href="https://demand-forum.org/site/alder-park-il/" rel="prev"><span class="meta-nav">&larr;</span> Alder Park, IL</a></div>
					<div class="nav-next"><a href="https://demand-forum.org/site/ashland-city-tn/" rel="next">Ashland City, TN <span class="meta-nav">&rarr;</span></a></div>
				</div><!-- #nav-below -->
				<div id="comments">
					<p class="nocomments">Comments are closed.</p>
				</div><!-- #comments -->
			</div><!-- #content -->
		</div><!-- #container -->
		<div id="primary" class="widget-area" role="complementary">
			<ul class="xoxo">
<li id="search-2" class="widget-container widget_search"><form role="search" method="get" id="searchform" class="searchform" action="https://demand-forum.org/"><div><label class="screen-reader-text" for="s">Search for:</label><input type="text" value="" name="s" id="s" /><input type="submit" id="searchsubmit" value="Search" /></div></form></li>
<li id="categories-2" class="widget-container widget_categories"><h3 class="widget-title">Tactics</h3><ul>
	<li class="cat-item cat-item-4"><a href="https://demand-forum.org/tactic/auto-seizure/">Auto Seizure</a> (812)</li>
	<li class="cat-item cat-item-5"><a href="https://demand-forum.org/tactic/buyer-arrests/">Buyer Arrests</a> (2,411)</li>
	<li class="cat-item cat-item-9"><a href="https://demand-forum.org/tactic/john-school/">John School</a> (96)</li>
	<li class="cat-item cat-item-14"><a href="https://demand-forum.org/tactic/reverse-stings/">Reverse Stings</a> (2,205)</li>
</ul></li>
<li id="recent-posts-2" class="widget-container widget_recent_entries"><h3 class="widget-title">Recently Updated</h3><ul>
	<li><a href="https://demand-forum.org/site/bellmont-mi/">Bellmont, MI</a></li>
	<li><a href="https://demand-forum.org/site/dorrance-pa/">Dorrance, PA</a></li>
</ul></li>
			</ul>
		</div><!-- #primary .widget-area -->
	</div><!-- #main -->
	<div id="footer" role="contentinfo">
		<div id="colophon">
			<div id="site-info"><a href="https://demand-forum.org/" title="Demand Forum" rel="home">Demand Forum</a></div>
			<div id="site-generator"><a href="https://wordpress.org/" title="Semantic Personal Publishing Platform">Proudly powered by WordPress.</a></div>
		</div><!-- #colophon -->
	</div><!-- #footer -->
</div><!-- #wrapper -->
</body>
</html>
"""


def build():
    write(SLUG, page(), P)
