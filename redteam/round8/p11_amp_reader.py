"""AMP plugin legacy Reader mode (templates/single.php: header-bar nav.amp-wp-title-bar, div.amp-wp-content >
h1.amp-wp-title + ul.amp-wp-meta [meta-author, meta-time, meta-taxonomy] + post_amp_content; footer.php
footer.amp-wp-footer with "Back to top"): amp-img, amp-social-share buttons mid-content, the map an amp-iframe
whose src carries the coordinates, labels as <h5> in upper case."""
from common import curly, head, write

SLUG = "harlan-creek-wv"
P = {
    "slug": SLUG, "name": "Harlan Creek, WV", "state": "West Virginia", "type": "City", "population": 8850,
    "location": {"lat": 38.4512, "lng": -81.6234},
    "tactics": ["Buyer Arrests", "Identity Disclosure", "Public Education"],
    "narrative": [
        (None, "Harlan Creek is a former coal town of about 8,900 people in the Kanawha Valley. Police say "
               "prostitution in the city is tied to the opioid epidemic and is arranged mostly by phone."),
        (None, "The Harlan Creek Police Department publishes the names of men arrested for soliciting on its "
               "social media pages, and the city ran billboards warning buyers in 2019."),
    ],
    "partners": [("Harlan Creek Police Department", []), ("Kanawha County Commission", [])],
    "sources": [
        ("Sex Buyer Arrests", [
            curly("Police Name Men Charged in Solicitation Case", "Charleston Gazette-Mail", "Aug. 7 2018", "2018-08-07"),
            curly("Billboards Target Would-Be Buyers", "WSAZ", "April 2019", "2019-04"),
        ]),
    ],
}


def page():
    extra = '<script async src="https://cdn.ampproject.org/v0.js"></script>\n<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>\n<script async custom-element="amp-iframe" src="https://cdn.ampproject.org/v0/amp-iframe-0.1.js"></script>\n<style amp-custom>.amp-wp-content{max-width:600px}</style>'
    cits = "".join(f"<li>{c.markup}</li>" for c in P["sources"][0][1])
    return head(P["name"], SLUG, extra).replace("<html lang", "<html amp lang") + f"""<body class="">
<nav class="amp-wp-title-bar"><div><a href="https://demand-forum.org/"><amp-img src="https://demand-forum.org/wp-content/uploads/icon.png" width="32" height="32" class="amp-wp-site-icon"></amp-img>Demand Forum</a></div></nav>
<div class="amp-wp-content">
	<h1 class="amp-wp-title">Harlan Creek, WV</h1>
	<ul class="amp-wp-meta">
		<li class="amp-wp-byline"><amp-img src="https://secure.gravatar.com/avatar/4?s=24" width="24" height="24" layout="fixed"></amp-img><span class="amp-wp-author">dfadmin</span></li>
		<li class="amp-wp-posted-on"><time datetime="2024-01-19T10:00:00+00:00">2 years ago</time></li>
		<li class="amp-wp-tax-category"><span class="screen-reader-text">Categories:</span><a href="https://demand-forum.org/category/sites/" rel="category tag">Sites</a></li>
	</ul>
<h5>TACTICS USED</h5>
<ul><li>Buyer Arrests</li><li>Identity Disclosure</li><li>Public Education</li></ul>
<p>{P['narrative'][0][1]}</p>
<p>{P['narrative'][1][1]}</p>
<div class="social-share"><amp-social-share type="twitter" width="40" height="40"></amp-social-share><amp-social-share type="facebook" data-param-app_id="1234567890" width="40" height="40"></amp-social-share><amp-social-share type="email" width="40" height="40"></amp-social-share></div>
<h5>KEY PARTNERS</h5>
<ul><li>Harlan Creek Police Department</li><li>Kanawha County Commission</li></ul>
<h5>KEY SOURCES</h5>
<p>Sex Buyer Arrests:</p>
<ul>{cits}</ul>
<p>State West Virginia</p><p>Type City</p><p>Population 8850</p><p>Location</p>
<amp-iframe width="600" height="300" layout="responsive" sandbox="allow-scripts allow-same-origin allow-popups" frameborder="0" src="https://www.google.com/maps/embed/v1/place?key=AIzaSyEXAMPLE&amp;q=38.4512,-81.6234&amp;zoom=12"><amp-img layout="fill" src="https://demand-forum.org/wp-content/plugins/amp/assets/images/placeholder-icon.png" placeholder></amp-img></amp-iframe>
</div>
<footer class="amp-wp-footer"><div><h2>Demand Forum</h2><p><a href="https://wordpress.org/">Powered by WordPress</a></p><a href="#top" class="back-to-top">Back to top</a></div></footer>
</body>
</html>
"""


def build():
    write(SLUG, page(), P)
