"""Hello Elementor (template-parts/single.php: main#main.site-main > header.page-header > h1.entry-title,
div.page-content) with classic-editor content: every section a <p> whose label is <strong> and whose lines are
<br>-separated; Reading Time WP's label right before the unlabeled narrative; a long profile with bold-line
sub-headings, outlet-first and straight-quoted citations."""
from common import C, curly, head, write

SLUG = "port-calder-wa"
N = [
    (None, "Port Calder is a port city of about 96,000 residents on Puget Sound. Its commercial sex market has "
           "historically centered on Harbor Street near the container terminals, and more recently on online "
           "advertisements for apartments and motels along Interstate 5."),
    (None, "Residents of the Harbor Street and Eastside neighborhoods have complained to the city council about "
           "solicitation, discarded condoms and cruising traffic since at least 1989."),
    ("The 1990s: first reverse stings", "The Port Calder Police Department began reverse stings in 1991, using "
     "female officers as decoys. Early operations drew criticism from defense lawyers but continued every summer."),
    ("The 1990s: first reverse stings", "In 1994 the city adopted an ordinance allowing police to impound vehicles used in soliciting. "
           "About 140 cars were impounded in the ordinance’s first two years."),
    ("The 2014 Harbor Street Campaign", "In 2014 the police and the Harbor Street Business Association launched "
     "a campaign combining monthly stings, posters warning buyers of arrest, and a john school run by a local "
     "nonprofit. Attendance costs $600, which funds services for women leaving prostitution."),
    ("The 2014 Harbor Street Campaign", "Since 2016 detectives have answered online advertisements posted by men seeking to buy sex, and "
           "arrested those who arrived at arranged meetings. Men arrested have included a school principal and "
           "a city employee, both of whom resigned."),
    ("The 2014 Harbor Street Campaign", "Police officials have said that the city’s approach is meant to reduce demand rather than arrest "
           "women, most of whom are referred to services instead of being charged."),
]
P = {
    "slug": SLUG, "name": "Port Calder, WA", "state": "Washington", "type": "City", "population": 96114,
    "tactics": ["Auto Seizure", "Buyer Arrests", "Employment Loss", "John School", "Neighborhood Action",
                "Public Education", "Reverse Stings", "Web Stings"],
    "narrative": N,
    "partners": [("Port Calder Police Department", []), ("Harbor Street Business Association", []),
                 ("New Tides Recovery Center", [])],
    "sources": [
        ("Sex Buyer Arrests", [
            curly("Decoys Lure 22 in Harbor Street Sting", "The News Tribune", "July 19 1991", "1991-07-19"),
            C("The News Tribune: “Police Impound 30 Cars of Suspected Johns”. August 29, 1994.",
              "Police Impound 30 Cars of Suspected Johns", "The News Tribune", "1994-08-29"),
            curly("Harbor Street Sting Nets 18", "KING 5", "June 6 2014", "2014-06-06"),
            C('"Posters Warn Buyers: You Will Be Arrested," Port Calder Herald, June 2014.',
              "Posters Warn Buyers: You Will Be Arrested", "Port Calder Herald", "2014-06"),
            curly("John School Opens With 15 Students", "Port Calder Herald", "Oct. 3 2014", "2014-10-03"),
        ]),
        ("Web Stings", [
            curly("Detectives Answer Ads, Arrest 9", "KOMO News", "Feb. 2 2016", "2016-02-02"),
            curly("Online Sting Snares Principal", "The News Tribune", "Sept. 28 2017", "2017-09-28"),
        ]),
        ("Sex Buyer Fired and/or Resigned Due to Arrest", [
            curly("City Employee Resigns After Arrest in Sting", "Port Calder Herald", "January 2018", "2018-01"),
        ]),
        ("Background on Prostitution in the Area", [
            curly("Harbor Street’s Long Night", "Seattle Weekly", "1989", "1989"),
        ]),
    ],
}


def content():
    narr = "".join((f"<p><strong>{h}</strong></p>\n" if h and h != (N[i - 1][0] if i else None) else "") + f"<p>{t}</p>\n"
                   for i, (h, t) in enumerate(N))
    srcs = "".join(f"<p><strong>{cat}:</strong><br />\n" + "<br />\n".join(c.markup.replace('"', "&quot;") for c in items) + "</p>\n"
                   for cat, items in P["sources"])
    return f"""<span class="span-reading-time rt-reading-time" style="display: block;"><span class="rt-label rt-prefix">Reading Time: </span> <span class="rt-time">4</span> <span class="rt-label rt-postfix">minutes</span></span>
{narr}<p><strong>Tactics Used</strong><br />
{"<br />".join(P["tactics"])}</p>
<p><strong>Key Partners</strong><br />
Port Calder Police Department<br />
Harbor Street Business Association<br />
New Tides Recovery Center</p>
<p><strong>Key Sources</strong></p>
{srcs}<p><strong>State</strong>&nbsp;Washington<br />
<strong>Type</strong>&nbsp;City<br />
<strong>Population</strong>&nbsp;96,114<br />
<strong>Location</strong></p>"""


def page():
    return head(P["name"], SLUG) + f"""<body class="post-template-default single single-post postid-3033 single-format-standard elementor-default elementor-kit-6">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="site-header" class="site-header dynamic-header" role="banner"><div class="header-inner"><div class="site-branding show-title"><h1 class="site-title show"><a href="https://demand-forum.org/" title="Home" rel="home">Demand Forum</a></h1><p class="site-description show">Documenting efforts to combat the demand for commercial sex</p></div>
<nav class="site-navigation show" role="navigation"><ul id="menu-main" class="menu"><li class="menu-item"><a href="https://demand-forum.org/">Home</a></li><li class="menu-item"><a href="https://demand-forum.org/john-school/">John School</a></li><li class="menu-item"><a href="https://demand-forum.org/web-stings/">Web Stings</a></li></ul></nav></div></header>
<main id="content" class="site-main post-3033 post type-post status-publish format-standard hentry category-sites" role="main">
	<div class="page-header"><h1 class="entry-title">Port Calder, WA</h1></div>
	<div class="page-content">
{content()}
		<div class="post-tags"><span class="tag-links">Tagged <a href="https://demand-forum.org/tag/washington/" rel="tag">Washington</a></span></div>
	</div>
	<section id="comments" class="comments-area"></section>
</main>
<footer id="site-footer" class="site-footer dynamic-footer" role="contentinfo"><div class="footer-inner"><div class="site-branding show-logo"><p class="site-description show">Documenting efforts to combat the demand for commercial sex</p></div><div class="copyright show"><p>All rights reserved</p></div></div></footer>
</body>
</html>
"""


def build():
    write(SLUG, page(), P)
