"""ColorMag 3 (single.php: #cm-primary > .cm-posts > article > .cm-post-content with cm-entry-header-meta
category pill, cm-below-entry-meta date/author/tags, .cm-entry-summary; default-wp-page prev/next; cm-author-box;
cm-related-posts "You May Also Like" cards with other profiles). A very short profile: one tactic, one narrative
sentence, a Key Sources label with nothing under it, no Location."""
from common import head, write

SLUG = "caliente-wells-nv"
P = {
    "slug": SLUG, "name": "Caliente Wells, NV", "state": "Nevada", "type": "City", "population": 1130,
    "tactics": ["Buyer Arrests"],
    "narrative": [(None, "Caliente Wells, a town of about 1,100 residents in eastern Nevada, reported one arrest of a sex buyer in 2012.")],
    "partners": [],
    "sources": [],
}


def card(slug, name, date):
    return (f'<div class="cm-post"><div class="cm-featured-image"><a href="https://demand-forum.org/site/{slug}/" title="{name}"><img width="390" height="205" src="https://demand-forum.org/wp-content/uploads/nv.png" alt="" loading="lazy" /></a></div>'
            f'<div class="cm-post-content"><div class="cm-entry-header-meta"><div class="cm-post-categories"><a href="https://demand-forum.org/category/sites/" style="background:#289dcc" rel="category tag">Sites</a></div></div>'
            f'<h3 class="cm-entry-title"><a href="https://demand-forum.org/site/{slug}/" rel="bookmark" title="{name}">{name}</a></h3>'
            f'<div class="cm-below-entry-meta"><span class="cm-post-date"><a href="https://demand-forum.org/site/{slug}/" rel="bookmark"><time class="entry-date published updated" datetime="2023-03-02">{date}</time></a></span><span class="cm-author cm-vcard"><a class="url fn n" href="https://demand-forum.org/author/dfadmin/">dfadmin</a></span></div></div></div>')


def page():
    return head(P["name"], SLUG) + f"""<body class="post-template-default single single-post postid-1207 single-format-standard cm-header-layout-1 adv-style-1 cm-normal-container cm-right-sidebar right-sidebar wide">
<div id="page" class="hfeed site">
<header id="cm-masthead" class="cm-header cm-layout-1 cm-layout-1-style-1 cm-full-width"><div class="cm-main-header"><div id="cm-header-1" class="cm-header-1"><div class="cm-container"><div class="cm-row"><div class="cm-header-col-1"><div id="cm-site-branding" class="cm-site-branding"><h3 class="cm-site-title"><a href="https://demand-forum.org/" rel="home">Demand Forum</a></h3><p class="cm-site-description">Documenting efforts to combat the demand for commercial sex</p></div></div></div></div></div>
<div id="cm-header-2" class="cm-header-2"><nav id="cm-primary-nav" class="cm-primary-nav"><div class="cm-container"><div class="cm-row"><div class="cm-menu-primary-container"><ul id="menu-primary" class="menu"><li class="menu-item"><a href="https://demand-forum.org/">Home</a></li><li class="menu-item"><a href="https://demand-forum.org/buyer-arrests/">Buyer Arrests</a></li></ul></div></div></div></nav></div></div></header>
<div id="cm-content" class="cm-content"><div class="cm-container"><div class="cm-row">
<div id="cm-primary" class="cm-primary"><div class="cm-posts clearfix">
<article id="post-1207" class="post-1207 post type-post status-publish format-standard hentry category-sites tag-nevada">
<div class="cm-post-content">
<div class="cm-entry-header-meta"><div class="cm-post-categories"><a href="https://demand-forum.org/category/sites/" style="background:#289dcc" rel="category tag">Sites</a></div></div>
<header class="cm-entry-header"><h1 class="cm-entry-title">Caliente Wells, NV</h1></header>
<div class="cm-below-entry-meta "><span class="cm-post-date"><a href="https://demand-forum.org/site/{SLUG}/" title="2:15 pm" rel="bookmark"><time class="entry-date published updated" datetime="2023-03-03T14:15:00+00:00">March 3, 2023</time></a></span><span class="cm-author cm-vcard"><a class="url fn n" href="https://demand-forum.org/author/dfadmin/" title="dfadmin">dfadmin</a></span><span class="cm-tag-links"><a href="https://demand-forum.org/tag/nevada/" rel="tag">Nevada</a></span></div>
<div class="cm-entry-summary">
<h4>Tactics Used</h4>
<p>Buyer Arrests</p>
<p>{P['narrative'][0][1]}</p>
<h4>Key Sources</h4>
<p>State Nevada<br />Type City<br />Population 1,130</p>
</div>
</div>
</article>
</div><!-- .cm-posts -->
<ul class="default-wp-page"><li class="previous"><a href="https://demand-forum.org/site/calhoun-ga/" rel="prev"><span class="cm-post-nav-arrow">&larr;</span> Calhoun, GA</a></li><li class="next"><a href="https://demand-forum.org/site/california-md/" rel="next">California, MD <span class="cm-post-nav-arrow">&rarr;</span></a></li></ul>
<div class="cm-author-box"><div class="cm-author-img"><img alt='dfadmin' src='https://secure.gravatar.com/avatar/3?s=100' class='avatar avatar-100 photo' height='100' width='100' /></div><div class="cm-author-description"><h4 class="cm-author-name">dfadmin</h4><p class="cm-author-description">Research associate who compiles the location profiles from local news archives.</p></div></div>
<div class="cm-related-posts"><h3 class="cm-related-posts-title"><span>You May Also Like</span></h3><div class="cm-row">
{card("ely-nv", "Ely, NV", "March 2, 2023")}{card("elko-nv", "Elko, NV", "February 27, 2023")}
</div></div>
<div id="comments" class="comments-area"><p class="no-comments">Comments are closed.</p></div>
</div><!-- #cm-primary -->
<div id="cm-secondary" class="cm-secondary"><aside id="colormag_featured_posts_widget-2" class="widget cm-featured-posts cm-featured-posts--style-1"><h3 class="cm-widget-title" style="border-bottom-color:#289dcc;"><span style="background-color:#289dcc;">Latest Profiles</span></h3><div class="cm-first-post"><div class="cm-post"><h3 class="cm-entry-title"><a href="https://demand-forum.org/site/ely-nv/" title="Ely, NV">Ely, NV</a></h3><div class="cm-post-content"><div class="cm-entry-summary"><p>Tactics Used Buyer Arrests Reverse Stings Ely is a city in White Pine County&#8230;</p></div></div></div></div></aside></div>
</div></div></div>
<footer id="cm-footer" class="cm-footer"><div class="cm-footer-bar cm-footer-bar-style-1"><div class="cm-container"><div class="cm-row"><div class="cm-footer-bar-area"><div class="cm-footer-bar__1"><div class="cm-copyright">Copyright &copy; 2026 <a href="https://demand-forum.org/" title="Demand Forum"><span>Demand Forum</span></a>. All rights reserved. Theme: <a href="https://themegrill.com/themes/colormag" target="_blank" title="ColorMag" rel="nofollow"><span>ColorMag</span></a> by ThemeGrill. Powered by <a href="https://wordpress.org" target="_blank" title="WordPress" rel="nofollow"><span>WordPress</span></a>.</div></div></div></div></div></div></footer>
<a href="#cm-masthead" id="cm-scroll-up"><i class="fa fa-chevron-up"></i></a>
</div>
</body>
</html>
"""


def build():
    write(SLUG, page(), P)
