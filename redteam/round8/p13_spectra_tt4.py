"""Spectra (UAG) blocks inside Twenty Twenty-Four's single template (wp-block-post-title, entry-content
wp-block-post-content, "Written by ... in ..." meta group, post-navigation, footer "Designed with WordPress"):
labels are uagb-advanced-heading h2/h5, tactics and partners uagb-icon-list children (svg + label span), metadata
three uagb-info-box cards (title = label, desc = value), a uagb-social-share row under a "Share this profile"
heading between narrative and Key Sources, and a uagb-post-grid of related profiles with "Tactics Used ..." excerpts."""
from common import curly, head, write

SLUG = "copper-bluff-az"
P = {
    "slug": SLUG, "name": "Copper Bluff, AZ", "state": "Arizona", "type": "City", "population": 48212,
    "tactics": ["Auto Seizure", "Buyer Arrests", "Cameras", "IT Based Tactics", "License Suspension"],
    "narrative": [
        (None, "Copper Bluff is a city of about 48,000 residents east of Phoenix. Police attribute most "
               "prostitution in the city to online advertising and to a stretch of Apache Trail lined with motels."),
        (None, "Since 2014 the Copper Bluff Police Department has impounded cars used to solicit and installed "
               "license-plate cameras on Apache Trail. Detectives also use a data tool that flags local ads."),
    ],
    "partners": [("Copper Bluff Police Department", []), ("Maricopa County Attorney’s Office", [])],
    "sources": [
        ("Sex Buyer Arrests", [
            curly("Apache Trail Operation Leads to 16 Arrests", "East Valley Tribune", "March 12 2014", "2014-03-12"),
            curly("Plate Cameras Go Up Along Apache Trail", "ABC15", "Nov. 2015", "2015-11"),
        ]),
        ("Background on Local Prostitution", [
            curly("Motels, Ads and a City’s Response", "The Arizona Republic", "2016", "2016"),
        ]),
    ],
}
SVG = '<svg xmlns="https://www.w3.org/2000/svg" viewBox="0 0 512 512"><path d="M470.6 105.4c12.5 12.5 12.5 32.8 0 45.3l-256 256c-12.5 12.5-32.8 12.5-45.3 0l-128-128"></path></svg>'


def heading(block, level, text):
    return f'<div class="wp-block-uagb-advanced-heading uagb-block-{block}"><h{level} class="uagb-heading-text">{text}</h{level}><div class="uagb-separator"></div></div>'


def icon_list(block, items):
    kids = "".join(f'<div class="wp-block-uagb-icon-list-child uagb-block-{block}{i}"><span class="uagb-icon-list__source-wrap">{SVG}</span><span class="uagb-icon-list__label">{t}</span></div>' for i, t in enumerate(items))
    return f'<div class="wp-block-uagb-icon-list uagb-block-{block}"><div class="uagb-icon-list__wrap">{kids}</div></div>'


def infobox(block, title, desc):
    return (f'<div class="wp-block-uagb-info-box uagb-block-{block} uagb-infobox__content-wrap  uagb-infobox-icon-above-title uagb-infobox-image-valign-top">'
            f'<div class="uagb-ifb-content"><div class="uagb-ifb-title-wrap"><h3 class="uagb-ifb-title">{title}</h3></div><p class="uagb-ifb-desc">{desc}</p></div></div>')


def grid_post(slug, name, excerpt):
    return (f'<article class="uagb-post__inner-wrap"><div class="uagb-post__image"><a href="https://demand-forum.org/site/{slug}/" target="_self" rel="bookmark noopener noreferrer"><img src="https://demand-forum.org/wp-content/uploads/az.png" alt="" /></a></div>'
            f'<h4 class="uagb-post__text uagb-post__title"><a href="https://demand-forum.org/site/{slug}/" target="_self" rel="bookmark noopener noreferrer">{name}</a></h4>'
            f'<div class="uagb-post__text uagb-post-grid-byline"><time datetime="2024-05-02T10:00:00+00:00" class="uagb-post__date">May 2, 2024</time></div>'
            f'<div class="uagb-post__text uagb-post__excerpt"><p>{excerpt}</p></div>'
            f'<div class="uagb-post__text uagb-post__cta wp-block-button"><a class="wp-block-button__link uagb-text-link" href="https://demand-forum.org/site/{slug}/" target="_self" rel="bookmark noopener noreferrer">Read More</a></div></article>')


def content():
    narr = "".join(f"<p>{t}</p>" for _, t in P["narrative"])
    srcs = "".join(heading(f"9a0{i}", 5, f"{cat}:") + '<ul class="wp-block-list">' + "".join(f"<li>{c.markup}</li>" for c in items) + "</ul>"
                   for i, (cat, items) in enumerate(P["sources"]))
    share = "".join(f'<div class="wp-block-uagb-social-share-child uagb-ss-repeater uagb-ss__wrapper uagb-block-5e0{i}"><span class="uagb-ss__link" data-href="https://www.{n}.com/sharer.php?u=" tabindex="0" role="button" aria-label="{n}"><span class="uagb-ss__source-wrap"><span class="uagb-ss__source-icon">{SVG}</span></span></span></div>' for i, n in enumerate(["facebook", "twitter", "linkedin"]))
    return f"""<div class="wp-block-uagb-container uagb-block-c0ffee01 alignfull uagb-is-root-container"><div class="uagb-container-inner-blocks-wrap">
{heading("6c3a1b2e", 2, "Tactics Used")}
{icon_list("d1e2f3a4", P["tactics"])}
</div></div>
<div class="wp-block-uagb-container uagb-block-c0ffee02">{narr}</div>
{heading("7d7d7d7d", 4, "Share this profile")}
<div class="wp-block-uagb-social-share uagb-social-share__outer-wrap uagb-social-share__layout-horizontal uagb-block-5e5e5e5e">{share}</div>
<div class="wp-block-uagb-container uagb-block-c0ffee03">
{heading("8b8b8b8b", 2, "Key Partners")}
{icon_list("e5e5e5e5", ["Copper Bluff Police Department", "Maricopa County Attorney&#8217;s Office"])}
{heading("9c9c9c9c", 2, "Key Sources")}
{srcs}
</div>
<div class="wp-block-uagb-container uagb-block-c0ffee04 uagb-layout-flex">{infobox("a1", "State", "Arizona")}{infobox("a2", "Type", "City")}{infobox("a3", "Population", "48,212")}</div>
{heading("abababab", 3, "Related Profiles")}
<div class="wp-block-uagb-post-grid uagb-post-grid uagb-post__image-position-top uagb-post__columns-2 uagb-post__items uagb-block-cc33cc33 uagb-post__equal-height" data-total="2">
{grid_post("coolidge-az", "Coolidge, AZ", "Tactics Used Buyer Arrests Reverse Stings Coolidge is a city in Pinal County with about 13,000 residents&#8230;")}
{grid_post("cottonwood-az", "Cottonwood, AZ", "Tactics Used Auto Seizure Public Education Key Sources Sex Buyer Arrests: &#8220;Sting in Old Town,&#8221; Verde Independent, 2012.")}
</div>"""


def page():
    return head(P["name"], SLUG) + f"""<body class="post-template-default single single-post postid-9941 single-format-standard wp-embed-responsive">
<div class="wp-site-blocks">
<header class="wp-block-template-part"><div class="wp-block-group alignwide has-global-padding is-layout-constrained"><div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex"><p class="wp-block-site-title"><a href="https://demand-forum.org" rel="home">Demand Forum</a></p><nav class="is-responsive items-justified-right wp-block-navigation is-layout-flex" aria-label="Navigation"><ul class="wp-block-page-list"><li class="wp-block-pages-list__item"><a class="wp-block-pages-list__item__link" href="https://demand-forum.org/browse-locations/">Browse Locations</a></li><li class="wp-block-pages-list__item"><a class="wp-block-pages-list__item__link" href="https://demand-forum.org/cameras/">Cameras</a></li></ul></nav></div></div></header>
<main class="wp-block-group is-layout-flow wp-block-group-is-layout-flow" style="margin-top:var(--wp--preset--spacing--50)">
<div class="wp-block-group has-global-padding is-layout-constrained"><div class="wp-block-group is-layout-flow">
<h1 class="has-text-align-center wp-block-post-title">Copper Bluff, AZ</h1>
<div class="wp-block-template-part"><div class="wp-block-group is-content-justification-center is-layout-flex"><div class="wp-block-post-date"><time datetime="2024-05-03T09:00:00+00:00">May 3, 2024</time></div></div></div>
</div></div>
<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">
{content()}
</div>
<div class="wp-block-group has-global-padding is-layout-constrained"><div class="wp-block-group is-layout-flex"><p class="has-small-font-size">Written by </p><div class="wp-block-post-author-name has-small-font-size"><a href="https://demand-forum.org/author/dfadmin/" target="_self" class="wp-block-post-author-name__link">dfadmin</a></div><p class="has-small-font-size">in</p><div class="taxonomy-category wp-block-post-terms has-small-font-size"><a href="https://demand-forum.org/category/sites/" rel="tag">Sites</a></div></div>
<nav class="wp-block-group alignwide is-content-justification-space-between is-layout-flex" aria-label="Post navigation"><div class="post-navigation-link-previous wp-block-post-navigation-link"><span class="wp-block-post-navigation-link__arrow-previous is-arrow-arrow" aria-hidden="true">←</span><a href="https://demand-forum.org/site/coppell-tx/" rel="prev">Coppell, TX</a></div><div class="post-navigation-link-next wp-block-post-navigation-link"><a href="https://demand-forum.org/site/coral-gables-fl/" rel="next">Coral Gables, FL</a><span class="wp-block-post-navigation-link__arrow-next is-arrow-arrow" aria-hidden="true">→</span></div></nav></div>
</main>
<footer class="wp-block-template-part"><div class="wp-block-group has-global-padding is-layout-constrained"><div class="wp-block-group alignwide is-layout-flow"><h2 class="wp-block-site-title"><a href="https://demand-forum.org" rel="home">Demand Forum</a></h2><p class="has-small-font-size">Designed with <a href="https://wordpress.org" rel="nofollow">WordPress</a></p></div></div></footer>
</div>
</body>
</html>
"""


def build():
    write(SLUG, page(), P)
