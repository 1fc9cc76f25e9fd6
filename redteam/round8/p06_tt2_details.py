"""Twenty Twenty-Two block theme (templates/single.html: header template part with wp-block-navigation,
wp-block-post-title, wp-block-post-content, post-date/author/terms group, post-navigation-link, footer part).
Content: core/columns (tactics | metadata), label "Tactics used:" in sentence case with colon over sentence-case
names incl. "Shaming"; Key Partners and Key Sources inside core/details accordions (closed)."""
from common import curly, head, write

SLUG = "brazos-bend-tx"
P = {
    "slug": SLUG, "name": "Brazos Bend, TX", "state": "Texas", "type": "City", "population": 52870,
    "tactics": ["Reverse stings", "Shaming", "John school", "Auto seizure"],
    "narrative": [
        (None, "Brazos Bend is a city of roughly 53,000 people southwest of Houston. Police describe the local "
               "market as a mix of street solicitation on Avenue H and illicit massage businesses."),
        (None, "Since 2011 the Brazos Bend Police Department has posted the booking photographs of men arrested "
               "in reverse stings on its website. Men convicted for the first time may attend a Saturday class "
               "instead of paying the full fine."),
    ],
    "partners": [("Brazos Bend Police Department", []), ("Fort Bend County District Attorney’s Office", [])],
    "sources": [
        ("Web-Based Reverse Sting, Shaming", [
            curly("Police Post Photos of Men Arrested on Avenue H", "Houston Chronicle", "July 14 2011", "2011-07-14"),
            curly("Brazos Bend Adds Class for First-Time Johns", "Fort Bend Herald", "Sept. 2012", "2012-09"),
        ]),
        ("Background on Local Prostitution", [
            curly("Massage Businesses Targeted in Raids", "KHOU 11", "2018", "2018"),
        ]),
    ],
}


def content():
    tactics = "".join(f"<li>{t}</li>" for t in P["tactics"])
    narr = "".join(f"\n<p>{t}</p>" for _, t in P["narrative"])
    srcs = "".join(f"\n<p><strong>{cat}:</strong></p>\n<ul class=\"wp-block-list\">" + "".join(f"<li>{c.markup}</li>" for c in items) + "</ul>"
                   for cat, items in P["sources"])
    return f"""<div class="wp-block-columns is-layout-flex wp-container-core-columns-is-layout-1 wp-block-columns-is-layout-flex">
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">
<h4 class="wp-block-heading">Tactics used:</h4>
<ul class="wp-block-list">{tactics}</ul>
</div>
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">
<p><strong>State:</strong> Texas</p>
<p><strong>Type:</strong> City</p>
<p><strong>Population:</strong> 52,870</p>
</div>
</div>
{narr}
<details class="wp-block-details is-layout-flow wp-block-details-is-layout-flow"><summary>Key Partners</summary>
<ul class="wp-block-list"><li>Brazos Bend Police Department</li><li>Fort Bend County District Attorney&#8217;s Office</li></ul>
</details>
<details class="wp-block-details is-layout-flow wp-block-details-is-layout-flow"><summary>Key Sources</summary>{srcs}
</details>"""


def page():
    nav = "".join(f'<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="https://demand-forum.org/{s}/"><span class="wp-block-navigation-item__label">{t}</span></a></li>'
                  for s, t in [("reverse-stings", "Reverse Stings"), ("john-school", "John School"), ("browse-locations", "Browse Locations")])
    return head(P["name"], SLUG) + f"""<body class="post-template-default single single-post postid-9120 single-format-standard wp-embed-responsive">
<div class="wp-site-blocks"><header class="wp-block-template-part">
<div class="wp-block-group is-layout-constrained"><div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex">
<p class="wp-block-site-title"><a href="https://demand-forum.org" rel="home">Demand Forum</a></p>
<nav class="is-responsive items-justified-right wp-block-navigation is-layout-flex" aria-label="Header navigation"><button aria-haspopup="true" aria-label="Open menu" class="wp-block-navigation__responsive-container-open"></button><div class="wp-block-navigation__responsive-container" id="modal-1"><div class="wp-block-navigation__responsive-container-content"><ul class="wp-block-navigation__container is-responsive items-justified-right wp-block-navigation">{nav}</ul></div></div></nav>
</div></div></header>
<main class="wp-block-group is-layout-flow wp-block-group-is-layout-flow">
<div class="wp-block-group is-layout-constrained"><div style="height:0" aria-hidden="true" class="wp-block-spacer"></div>
<h1 style="margin-bottom:var(--wp--custom--spacing--medium, 6rem)" class="alignwide wp-block-post-title">Brazos Bend, TX</h1>
<hr class="wp-block-separator alignwide has-alpha-channel-opacity is-style-wide"/></div>
<div class="entry-content wp-block-post-content is-layout-constrained wp-block-post-content-is-layout-constrained">
{content()}
</div>
<div class="wp-block-group is-layout-constrained"><div class="wp-block-group alignwide is-layout-flex">
<div class="wp-block-post-date"><time datetime="2022-08-03T11:00:00+00:00">August 3, 2022</time></div>
<p>Posted by</p><div class="wp-block-post-author"><div class="wp-block-post-author__content"><p class="wp-block-post-author__name">dfadmin</p></div></div>
<p>in</p><div class="taxonomy-category wp-block-post-terms"><a href="https://demand-forum.org/category/sites/" rel="tag">Sites</a></div>
</div><div style="height:0" aria-hidden="true" class="wp-block-spacer"></div>
<div class="wp-block-group is-layout-flow"><div class="taxonomy-post_tag wp-block-post-terms"><a href="https://demand-forum.org/tag/texas/" rel="tag">Texas</a></div></div>
<hr class="wp-block-separator has-text-color has-background is-style-wide"/>
<nav class="wp-block-group alignwide is-content-justification-space-between is-layout-flex" aria-label="Post navigation">
<div class="post-navigation-link-previous wp-block-post-navigation-link"><span class="wp-block-post-navigation-link__arrow-previous is-arrow-arrow" aria-hidden="true">←</span><a href="https://demand-forum.org/site/brawley-ca/" rel="prev">Brawley, CA</a></div>
<div class="post-navigation-link-next wp-block-post-navigation-link"><a href="https://demand-forum.org/site/brazoria-county-tx/" rel="next">Brazoria County, TX</a><span class="wp-block-post-navigation-link__arrow-next is-arrow-arrow" aria-hidden="true">→</span></div>
</nav></div>
</main>
<footer class="wp-block-template-part"><div class="wp-block-group is-layout-constrained"><div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex"><p class="wp-block-site-title"><a href="https://demand-forum.org" rel="home">Demand Forum</a></p><p class="has-text-align-right">Proudly powered by <a href="https://wordpress.org" rel="nofollow">WordPress</a></p></div></div></footer>
</div>
</body>
</html>
"""


def build():
    write(SLUG, page(), P)
