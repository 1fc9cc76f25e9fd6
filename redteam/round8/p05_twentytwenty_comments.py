"""Twenty Twenty (singular.php + template-parts/content.php: .entry-header-inner, post-meta-single-top,
.post-inner.thin > .entry-content, post-meta-single-bottom, pagination-single, comments-wrapper). The comment
thread quotes the profile: a reader pastes the Tactics Used list and a citation, another answers; each
comment body carries class "comment-content entry-content" as in the theme."""
from common import curly, head, write

SLUG = "galloway-county-ky"
P = {
    "slug": SLUG, "name": "Galloway County, KY", "state": "Kentucky", "type": "County", "population": 37191,
    "tactics": ["Buyer Arrests", "Web Stings", "Employment Loss"],
    "narrative": [
        (None, "Galloway County is a rural county in western Kentucky with about 37,000 residents and one "
               "mid-sized city, Marlow. Commercial sex in the county is arranged almost entirely online."),
        (None, "The Galloway County Sheriff’s Office has posed as women in online advertisements since 2015. "
               "In 2019 a county road supervisor arrested in one such operation resigned from his job."),
    ],
    "partners": [],
    "sources": [
        ("Web Stings", [
            curly("Online Sting Nets Four in Galloway County", "Marlow Ledger & Times", "November 20 2015", "2015-11-20"),
            curly("Deputies Pose as Escorts in Second Operation", "WPSD Local 6", "June 2017", "2017-06"),
        ]),
        ("Sex Buyer Fired and/or Resigned Due to Arrest", [
            curly("Road Supervisor Resigns After Solicitation Charge", "Marlow Ledger & Times", "March 2 2019", "2019-03-02"),
        ]),
    ],
}


def content():
    srcs = "".join(f"<p>{cat}:</p><ul>" + "".join(f"<li>{c.markup}</li>" for c in items) + "</ul>" for cat, items in P["sources"])
    return f"""<h3>Tactics Used</h3>
<ul><li>Buyer Arrests</li><li>Web Stings</li><li>Employment Loss</li></ul>
<p>{P['narrative'][0][1]}</p>
<p>{P['narrative'][1][1]}</p>
<h3>Key Sources</h3>
{srcs}
<p>State Kentucky</p><p>Type County</p><p>Population 37191</p><p>Location</p>"""


def comment(cid, name, when, body, depth, children=""):
    return f"""<div id="comment-{cid}" class="comment {'even' if depth == 1 else 'odd alt'} thread-even depth-{depth}{' parent' if children else ''}">
<article id="div-comment-{cid}" class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><img alt='' src='https://secure.gravatar.com/avatar/1?s=120' class='avatar avatar-120 photo' height='120' width='120' /><span class="fn">{name}</span><span class="screen-reader-text says">says:</span></div>
<div class="comment-metadata"><a href="https://demand-forum.org/site/{SLUG}/#comment-{cid}"><time datetime="{when[0]}">{when[1]}</time></a></div></footer>
<div class="comment-content entry-content">{body}</div>
<footer class="comment-footer-meta"><span class="comment-reply"><a rel='nofollow' class='comment-reply-link' href='#comment-{cid}' data-commentid="{cid}" aria-label='Reply to {name}'>Reply</a></span></footer>
</article>{children}</div>"""


def comments():
    reply = comment(88, "Dana W.", ("2020-05-03T10:02:00+00:00", "May 3, 2020 at 10:02 am"),
                    "<p>Key Sources should also list &#8220;Deputies Arrest County Clerk in Hotel Sting,&#8221; Marlow Ledger &amp; Times, April 9 2020. It ran on the front page.</p>", 2)
    first = comment(87, "R. Tolliver", ("2020-05-02T21:40:00+00:00", "May 2, 2020 at 9:40 pm"),
                    "<p>The page says:</p><blockquote><p>Tactics Used<br>Buyer Arrests<br>Web Stings<br>Employment Loss</p></blockquote>"
                    "<p>but the sheriff also ran a john school here in 2018 and seized at least two cars. John School and Auto Seizure are missing.</p>",
                    1, f'<ol class="children">{reply}</ol>')
    return f"""<div class="comments-wrapper section-inner">
<div class="comments" id="comments">
<div class="comments-header section-inner small max-percentage"><h2 class="comment-reply-title">2 replies on &ldquo;Galloway County, KY&rdquo;</h2></div><!-- .comments-header -->
<div class="comments-inner section-inner thin max-percentage">
{first}
</div><!-- .comments-inner -->
</div><!-- comments -->
<div class="comment-respond" id="respond"><h2 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h2><form action="https://demand-forum.org/wp-comments-post.php" method="post" id="commentform" class="section-inner thin max-percentage"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are marked <span class="required">*</span></p><p class="comment-form-comment"><label for="comment">Comment</label> <textarea id="comment" name="comment" cols="45" rows="8" required="required"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /></p></form></div>
</div><!-- .comments-wrapper -->"""


def page():
    return head(P["name"], SLUG) + f"""<body class="post-template-default single single-post postid-6021 single-format-standard wp-embed-responsive singular enable-search-modal missing-post-thumbnail has-single-pagination showing-comments show-avatars footer-top-visible">
<a class="skip-link screen-reader-text" href="#site-content">Skip to the content</a>
<header id="site-header" class="header-footer-group" role="banner"><div class="header-inner section-inner"><div class="header-titles-wrapper"><div class="header-titles"><div class="site-title faux-heading"><a href="https://demand-forum.org/">Demand Forum</a></div><div class="site-description">Documenting efforts to combat the demand for commercial sex</div></div></div>
<div class="header-navigation-wrapper"><nav class="primary-menu-wrapper" aria-label="Horizontal" role="navigation"><ul class="primary-menu reset-list-style"><li class="menu-item"><a href="https://demand-forum.org/browse-locations/">Browse Locations</a></li><li class="menu-item"><a href="https://demand-forum.org/web-stings/">Web Stings</a></li></ul></nav></div></div></header>
<main id="site-content" role="main">
<article class="post-6021 post type-post status-publish format-standard hentry category-sites" id="post-6021">
<header class="entry-header has-text-align-center header-footer-group"><div class="entry-header-inner section-inner medium">
<div class="entry-categories"><span class="screen-reader-text">Categories</span><div class="entry-categories-inner"><a href="https://demand-forum.org/category/sites/" rel="category tag">Sites</a></div></div>
<h1 class="entry-title">Galloway County, KY</h1>
<div class="post-meta-wrapper post-meta-single post-meta-single-top"><ul class="post-meta">
<li class="post-author meta-wrapper"><span class="meta-icon"><span class="screen-reader-text">Post author</span></span><span class="meta-text">By <a href="https://demand-forum.org/author/dfadmin/">dfadmin</a></span></li>
<li class="post-date meta-wrapper"><span class="meta-icon"><span class="screen-reader-text">Post date</span></span><span class="meta-text"><a href="https://demand-forum.org/site/{SLUG}/">April 28, 2020</a></span></li>
<li class="post-comment-link meta-wrapper"><span class="meta-icon"></span><span class="meta-text"><a href="https://demand-forum.org/site/{SLUG}/#comments">2 Comments<span class="screen-reader-text"> on Galloway County, KY</span></a></span></li>
</ul></div>
</div></header>
<div class="post-inner thin "><div class="entry-content">
{content()}
</div></div>
<div class="section-inner"><div class="post-meta-wrapper post-meta-single post-meta-single-bottom"><ul class="post-meta"><li class="post-tags meta-wrapper"><span class="meta-icon"><span class="screen-reader-text">Tags</span></span><span class="meta-text"><a href="https://demand-forum.org/tag/kentucky/" rel="tag">Kentucky</a></span></li></ul></div></div>
<nav class="pagination-single section-inner" aria-label="Post" role="navigation"><hr class="styled-separator is-style-wide" aria-hidden="true" /><div class="pagination-single-inner">
<a class="previous-post" href="https://demand-forum.org/site/gallup-nm/"><span class="arrow" aria-hidden="true">&larr;</span><span class="title"><span class="title-inner">Gallup, NM</span></span></a>
<a class="next-post" href="https://demand-forum.org/site/galt-ca/"><span class="arrow" aria-hidden="true">&rarr;</span><span class="title"><span class="title-inner">Galt, CA</span></span></a>
</div><hr class="styled-separator is-style-wide" aria-hidden="true" /></nav>
{comments()}
</article>
</main>
<div class="footer-nav-widgets-wrapper header-footer-group"><div class="footer-inner section-inner"><aside class="footer-widgets-outer-wrapper" role="complementary"><div class="footer-widgets-wrapper"><div class="footer-widgets column-one grid-item"><div class="widget widget_text"><div class="widget-content"><h2 class="widget-title subheading heading-size-3">Contact</h2><div class="textwidget"><p>Send corrections to the research team.</p></div></div></div></div></div></aside></div></div>
<footer id="site-footer" role="contentinfo" class="header-footer-group"><div class="section-inner"><div class="footer-credits"><p class="footer-copyright">&copy; 2026 <a href="https://demand-forum.org/">Demand Forum</a></p><p class="powered-by-wordpress"><a href="https://wordpress.org/">Powered by WordPress</a></p></div><a class="to-the-top" href="#site-header"><span class="to-the-top-long">To the top <span class="arrow" aria-hidden="true">&uarr;</span></span></a></div></footer>
</body>
</html>
"""


def build():
    write(SLUG, page(), P)
