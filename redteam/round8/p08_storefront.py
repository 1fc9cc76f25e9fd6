"""Storefront (content-single.php hooks: storefront_post_header, storefront_post_meta <aside class="entry-meta">
"Written by"/"Posted in", storefront_post_content; post-navigation; #secondary; handheld footer bar) with Yoast
breadcrumbs (holding the title) before the article, <dl> metadata, an ACF Google Map (.acf-map .marker data-lat/
data-lng) for Location, citations with <em> headlines and straight quotes."""
from common import C, curly, head, write

SLUG = "kettle-falls-mn"
P = {
    "slug": SLUG, "name": "Kettle Falls, MN", "state": "Minnesota", "type": "City", "population": 14502,
    "location": {"lat": 45.1234, "lng": -93.8765},
    "tactics": ["Letters", "Community Service", "License Suspension"],
    "narrative": [
        (None, "Kettle Falls is a small city on the Mississippi River north of Minneapolis, with about 14,500 "
               "residents. Police report that most commercial sex activity is arranged online and takes place in "
               "two hotels near the highway interchange."),
        (None, "Men convicted of soliciting in Kettle Falls are sentenced to community service, and since 2019 "
               "the city has sent letters to the homes of men identified through online investigations. Repeat "
               "offenders may have their driver’s licenses suspended under state law."),
    ],
    "partners": [("Kettle Falls Police Department", ["Investigations Division"]), ("Anoka County Attorney’s Office", [])],
    "sources": [
        ("Sex Buyer Arrests", [
            C("<em>Hotel Sting Leads to Six Arrests</em>, Kettle Falls Messenger, May 3 2019.",
              "Hotel Sting Leads to Six Arrests", "Kettle Falls Messenger", "2019-05-03"),
            C('"City Will Mail Letters to Suspected Johns," Star Tribune, Sept. 9 2019.',
              "City Will Mail Letters to Suspected Johns", "Star Tribune", "2019-09-09"),
            C('"Community Service for Buyers," KSTP 5, 2020.', "Community Service for Buyers", "KSTP 5", "2020"),
        ]),
    ],
}


def content():
    cits = "".join(f"<li>{c.markup.replace(chr(34), '&quot;')}</li>" for c in P["sources"][0][1])
    narr = "".join(f"\n<p>{t}</p>" for _, t in P["narrative"])
    return f"""<h2 class="wp-block-heading">Tactics Used</h2>
<ul class="wp-block-list"><li>Letters</li><li>Community Service</li><li>License Suspension</li></ul>{narr}
<h2 class="wp-block-heading">Key Partners</h2>
<ul class="wp-block-list"><li>Kettle Falls Police Department<ul class="wp-block-list"><li>Investigations Division</li></ul></li><li>Anoka County Attorney&#8217;s Office</li></ul>
<h2 class="wp-block-heading">Key Sources</h2>
<p>Sex Buyer Arrests:</p>
<ul class="wp-block-list">{cits}</ul>
<dl class="profile-meta">
<dt>State</dt><dd>Minnesota</dd>
<dt>Type</dt><dd>City</dd>
<dt>Population</dt><dd>14502</dd>
<dt>Location</dt><dd><div class="acf-map" data-zoom="12"><div class="marker" data-lat="45.1234" data-lng="-93.8765"></div></div></dd>
</dl>"""


def page():
    return head(P["name"], SLUG) + f"""<body class="post-template-default single single-post postid-8113 single-format-standard wp-embed-responsive storefront-align-wide right-sidebar woocommerce-active">
<div id="page" class="hfeed site">
<header id="masthead" class="site-header" role="banner" style=""><div class="col-full"><a class="skip-link screen-reader-text" href="#site-navigation">Skip to navigation</a><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="site-branding"><div class="beta site-title"><a href="https://demand-forum.org/" rel="home">Demand Forum</a></div><p class="site-description">Documenting efforts to combat the demand for commercial sex</p></div>
<div class="site-search"><div class="widget woocommerce widget_product_search"><form role="search" method="get" class="woocommerce-product-search" action="https://demand-forum.org/"><label class="screen-reader-text" for="woocommerce-product-search-field-0">Search for:</label><input type="search" id="woocommerce-product-search-field-0" class="search-field" placeholder="Search products&hellip;" value="" name="s" /><button type="submit" value="Search">Search</button></form></div></div></div>
<div class="storefront-primary-navigation"><div class="col-full"><nav id="site-navigation" class="main-navigation" role="navigation" aria-label="Primary Navigation"><button class="menu-toggle" aria-controls="site-navigation" aria-expanded="false"><span>Menu</span></button><div class="primary-navigation"><ul id="menu-main" class="menu"><li class="menu-item"><a href="https://demand-forum.org/letters/">Letters</a></li><li class="menu-item"><a href="https://demand-forum.org/community-service/">Community Service</a></li></ul></div></nav></div></div>
</header>
<div class="storefront-breadcrumb"><div class="col-full"><p id="breadcrumbs"><span><span><a href="https://demand-forum.org/">Home</a></span> » <span><a href="https://demand-forum.org/category/sites/">Sites</a></span> » <span class="breadcrumb_last" aria-current="page">Kettle Falls, MN</span></span></p></div></div>
<div id="content" class="site-content" tabindex="-1"><div class="col-full"><div class="woocommerce"></div>
<div id="primary" class="content-area"><main id="main" class="site-main" role="main">
<article id="post-8113" class="post-8113 post type-post status-publish format-standard hentry category-sites">
<header class="entry-header"><h1 class="entry-title">Kettle Falls, MN</h1></header>
<aside class="entry-meta"><div class="vcard author"><img alt='' src='https://secure.gravatar.com/avatar/2?s=128' class='avatar avatar-128 photo' height='128' width='128' /><div class="label">Written by</div><a href="https://demand-forum.org/author/dfadmin/" class="url fn" rel="author">dfadmin</a></div><div class="cat-links"><div class="label">Posted in</div><a href="https://demand-forum.org/category/sites/" rel="category tag">Sites</a></div></aside>
<div class="entry-content">
{content()}
</div><!-- .entry-content -->
</article><!-- #post-## -->
<nav class="navigation post-navigation" role="navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="https://demand-forum.org/site/kettering-oh/" rel="prev"><span class="screen-reader-text">Previous post: </span>Kettering, OH</a></div><div class="nav-next"><a href="https://demand-forum.org/site/kewanee-il/" rel="next"><span class="screen-reader-text">Next post: </span>Kewanee, IL</a></div></div></nav>
</main></div>
<div id="secondary" class="widget-area" role="complementary"><div id="block-3" class="widget widget_block"><div class="wp-block-group"><h2 class="wp-block-heading">Recent Posts</h2><ul class="wp-block-latest-posts__list wp-block-latest-posts"><li><a class="wp-block-latest-posts__post-title" href="https://demand-forum.org/site/kettering-oh/">Kettering, OH</a></li><li><a class="wp-block-latest-posts__post-title" href="https://demand-forum.org/site/kewanee-il/">Kewanee, IL</a></li></ul></div></div></div>
</div></div><!-- #content -->
<footer id="colophon" class="site-footer" role="contentinfo"><div class="col-full"><div class="site-info">&copy; Demand Forum 2026<br /><a href="https://woocommerce.com" target="_blank" title="WooCommerce - The Best eCommerce Platform for WordPress" rel="noreferrer nofollow">Built with WooCommerce</a>.</div>
<div class="storefront-handheld-footer-bar"><ul class="columns-2"><li class="my-account"><a href="https://demand-forum.org/my-account/">My Account</a></li><li class="search"><a href="">Search</a></li></ul></div></div></footer>
</div>
</body>
</html>
"""


def build():
    write(SLUG, page(), P)
