"""Every word the parsers recognise: section labels, tactic names, states, types, marks.

Kept in one place so that a new label or alias seen on the site is a one-line change.
"""

from __future__ import annotations

import re

TACTICS: dict[str, str] = {
    "auto-seizure": "Auto Seizure",
    "buyer-arrests": "Buyer Arrests",
    "cameras": "Cameras",
    "community-service": "Community Service",
    "employment-loss": "Employment Loss",
    "identity-disclosure": "Identity Disclosure",
    "it-based-tactics": "IT Based Tactics",
    "john-school": "John School",
    "letters": "Letters",
    "license-suspension": "License Suspension",
    "neighborhood-action": "Neighborhood Action",
    "public-education": "Public Education",
    "reverse-stings": "Reverse Stings",
    "soap-orders": "SOAP Orders",
    "web-stings": "Web Stings",
}

# Older names and spellings seen (or plausible) for a canonical tactic.
TACTIC_ALIASES: dict[str, str] = {
    "shaming": "identity-disclosure",
    "public shaming": "identity-disclosure",
    "sex buyer arrests": "buyer-arrests",
    "arrests of buyers": "buyer-arrests",
    "vehicle seizure": "auto-seizure",
    "car seizure": "auto-seizure",
    "licence suspension": "license-suspension",
    "drivers license suspension": "license-suspension",
    "driver license suspension": "license-suspension",
    "neighbourhood action": "neighborhood-action",
    "stay out of areas of prostitution orders": "soap-orders",
    "johns school": "john-school",
    "john schools": "john-school",
    "information technology based tactics": "it-based-tactics",
    "i.t. based tactics": "it-based-tactics",
    "internet stings": "web-stings",
    "online stings": "web-stings",
    "web based reverse stings": "web-stings",
    "street level reverse stings": "reverse-stings",
    "loss of employment": "employment-loss",
}

US_STATES: dict[str, str] = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia",
    "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois",
    "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York",
    "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon",
    "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota",
    "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia",
    "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
    "PR": "Puerto Rico", "GU": "Guam", "VI": "U.S. Virgin Islands", "AS": "American Samoa",
    "MP": "Northern Mariana Islands",
}
STATE_CODES_BY_NAME: dict[str, str] = {name.lower(): code for code, name in US_STATES.items()}
STATE_CODES_BY_NAME.update({"washington dc": "DC", "washington, d.c.": "DC", "d.c.": "DC", "virgin islands": "VI"})

LOCATION_TYPES: frozenset[str] = frozenset(
    {"city", "county", "parish", "township", "borough", "town", "village", "state",
     "city and county", "consolidated city-county", "census designated place", "region",
     "metropolitan area", "municipality", "district", "territory"}
)

# The site's hosts, old and new: a canonical link on any of them names a profile of this site.
SITE_HOSTS = frozenset({"demand-forum.org", "demandforum.net", "demand-forum.net", "demandforum.org"})
SITE_URL = "https://demand-forum.org"

# Section labels, compared after normalize_label(); values are the section names used in warnings.
SECTION_LABELS: dict[str, str] = {
    "tactics used": "tactics",
    "tactics": "tactics",
    "tactic": "tactics",
    "categories": "tactics",
    "key partners": "key_partners",
    "partners": "key_partners",
    "key sources": "key_sources",
    "sources": "key_sources",
}
# Column headings of a Key Sources table, and the citation field each column holds.
CITATION_COLUMNS: dict[str, str] = {
    "date": "date", "published": "date", "year": "date",
    "outlet": "outlet", "source": "outlet", "publication": "outlet", "newspaper": "outlet", "media": "outlet",
    "headline": "headline", "title": "headline", "article": "headline", "story": "headline",
    "link": "url", "url": "url",
}
# Red team round 8 (fix8a): a two-column Key Sources table, 'Category | Source', names each row's
# category beside the whole citation.
CATEGORY_COLUMNS = frozenset({"category", "categories", "tactic", "tactics", "tactic category"})
CITATION_TEXT_COLUMNS = frozenset({"source", "sources", "citation", "citations", "reference", "references"})

# Field names that an ACF repeater prints beside each Key Sources row: never a category or a citation.
SOURCE_FIELD_NAMES = frozenset({"category", "citation", "citations", "source", "headline", "outlet", "date",
                                "link", "url", "article"})

# The labels the site prints in full; the short forms above also head menus and widgets.
FULL_LABELS = frozenset({"tactics used", "key sources", "key partners"})
METADATA_LABELS: dict[str, str] = {
    "state": "state",
    "type": "type",
    "location type": "type",
    "population": "population",
    "location": "location",
}

# Lines after which nothing belongs to the profile (sharing widgets, comments, post navigation).
END_OF_ARTICLE = re.compile(
    r"^(comments are closed\.?|leave a (reply|comment)|share this:?|like this:?|related( posts)?:?|"
    r"post navigation|you may also like:?|filed under:?.*|posted in:?.*|tagged:?.*|about the author:?|"
    r"(\d+|one|two|three) (thoughts?|responses?|comments?|replies) (on|to) .*)$",
    re.IGNORECASE,
)

# Texts that are a page's chrome when a whole block consists of them.
NOT_FOUND_TITLES = re.compile(
    r"\b(page not found|not found|404|nothing (was )?found|error|forbidden|access denied|"
    r"service unavailable|unavailable|maintenance|just a moment|checking your browser|"
    r"attention required|too many requests|captcha|oops)\b",
    re.IGNORECASE,
)

# --- Red-team round 9: the title of the box, tab or <details> that holds the metadata ---
# ('At a glance', 'Waterbury at a glance', 'Profile facts', 'Quick facts', 'Location details'): not a
# Key Sources category nor a citation when it comes right before the metadata.
METADATA_BOX_TITLE = re.compile(
    r"^(.{1,40} )?at a glance$|^((profile|quick|fast|key|location|site|place|city|county) )?"
    r"(facts|details|info|information|data|snapshot|overview|summary)$", re.IGNORECASE)

# --- Red-team round 8b: reading time, author boxes, italic headlines, partner runs ---
# A reading-time plugin's or theme's line (Reading Time WP, Yoast's 'Estimated reading time', '5 min read'):
# chrome wherever it sits, never the narrative's first heading.
READING_TIME_LINE = re.compile(
    r"^\W*(?:(?:estimated )?(?:reading|read) time|time to read)\s*:?\s*(?:about |[<~≈]\s*)?\d+(?:[.,]\d+)?"
    r"(?:\s*[-–]\s*\d+)?\s*(?:min(?:ute)?s?\.?|m)?(?: read)?\W*$"
    r"|^\W*(?:about |[<~≈]\s*)?\d+(?:\s*[-–]\s*\d+)?\s*[- ]?(?:min(?:ute)?s?\.?)\s+(?:read|reading( time)?)\W*$",
    re.IGNORECASE,
)
# The heading of an author box (Twenty Sixteen's 'Author: Name', Twenty Fifteen's and Nineteen's
# 'Published by Name', 'Written by Name'): a short name after it, never a sentence.
AUTHOR_BOX_HEAD = re.compile(r"^(author|published by|written by|posted by|about the author)\s*:?\s+"
                             r"[^\W\d][^\d:;,!?]{0,40}(?<!\.)$", re.IGNORECASE)
# The link that closes an author box, at the end of its bio paragraph ('… View all posts by Name'),
# as Twenty Thirteen to Twenty Twenty-One print it: with a link to the author's archive, chrome.
AUTHOR_BOX_LINK_TAIL = re.compile(r"\b(view all posts( by [^.]{1,60})?|view (more|all) (posts|articles)"
                                  r"( by [^.]{1,60})?|view all of [^.]{1,60} posts|view archive)\W*$",
                                  re.IGNORECASE)
AUTHOR_ARCHIVE_PATH = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?(?://[^/]*)?/author/", re.IGNORECASE)
# Themes' author boxes by class (the twentysixteen/fifteen/thirteen/twelve 'author-info' box; its
# 'author-title' heading and 'author-description' around the bio).
AUTHOR_BOX_CLASS_WORDS = frozenset({"author-info", "author-description", "entry-author-info", "about-author"})
# Words that make a comma-separated part of a Key Partners line an agency's or organization's name
# on its own ('Lynnfield Police Department, Hale County Sheriff’s Office' is two partners; in 'Office of
# the Sheriff, Hale County' the second part is a place, so the line is one partner).
ORGANIZATION_WORDS = frozenset(
    "department dept office police sheriff sheriffs bureau agency unit division task force coalition council "
    "court courts attorney attorneys prosecutor prosecutors commission association alliance center centre "
    "services service authority project network foundation ministry ministries church university college "
    "school board patrol team program programme society committee institute partnership watch club chamber "
    "corporation company hospital shelter group troopers marshal marshals administration fund trust "
    "initiative collaborative consortium league federation union inc llc".split()
)
# Italics that may set a citation's headline ('<em>Headline</em>, Outlet, May 3 2019.').
ITALIC_TAGS = "em, i, cite"

# Elements whose text is never profile content (an icon's <svg> title, a search form's options).
SKIPPED_TAGS = frozenset("script style noscript template svg iframe object embed head title select option "
                         "textarea input video audio".split())
CHROME_TAGS = ("nav", "aside", "footer", "dialog")
CHROME_ROLES = ("navigation", "banner", "contentinfo", "complementary", "search")
CHROME_CLASS_WORDS = frozenset(
    {"menu", "nav", "navbar", "navigation", "sidebar", "widget", "widget-area", "breadcrumb",
     "breadcrumbs", "site-footer", "site-header", "footer", "masthead", "sharedaddy", "sharing",
     "share", "social", "jp-relatedposts", "related-posts", "comments", "comment-respond",
     "post-navigation", "nav-links", "skip-link", "cookie", "screen-reader-text", "sr-only",
     "visually-hidden", "rich-snippet-hidden", "d-none",
     # the post's own byline, date and tags, which themes print around the article
     "entry-meta", "post-meta", "post-meta-wrapper", "byline", "posted-on", "posted-by", "post-author",
     "entry-author", "meta-author", "meta-date", "post-date", "entry-date", "amp-wp-meta", "tags-links",
     "cat-links",
     # tables of contents, print and share buttons that plugins put inside the content
     "ez-toc-container", "toc_container", "table-of-contents", "lwptoc", "wp-block-rank-math-toc-block",
     "printfriendly", "pf-button", "print-button", "addtoany_share_save", "addtoany_list", "a2a_kit",
     "a2a_dd", "sharethis-inline-share-buttons", "shared-counts-wrap", "last-updated",
     # author boxes, pop-ups and sign-up forms
     "author-bio", "author-box", "saboxplugin-wrap", "modal", "popup", "newsletter", "mc4wp-form",
     "comments-link", "widgets", "widget-wrapper"}
) | AUTHOR_BOX_CLASS_WORDS
# Red team round 8 (fix8a): the class words a page builder also gives its content blocks inside the
# article (SiteOrigin Page Builder prints every block as `div.so-panel.widget`); outside the article
# they still mark a sidebar's widgets.
BUILDER_BLOCK_WORDS = frozenset({"widget"})
# The post's own content where a theme prints no <article>: the entry's content, a builder's layout.
POST_CONTENT_CLASSES = frozenset({"entry-content", "post-content", "panel-layout"})
# Red team round 8 (fix8a): tab widgets, whose titles stand in a strip apart from their panels.
# Titles carry role="tab" (WAI-ARIA, Elementor, Beaver Builder, Bootstrap) or, without ARIA, are
# the items of a builder's title list (Kadence Blocks, Spectra, Bootstrap 3); panels carry
# role="tabpanel" or one of these classes. Each name holds 'tab': one cheap query finds them all.
TAB_TITLE_LISTS = frozenset({"kt-tabs-title-list", "uagb-tabs__panel", "nav-tabs"})
TAB_PANEL_CLASSES = frozenset({"kt-tab-inner-content", "uagb-tabs__body-container", "elementor-tab-content",
                               "tab-pane"})
# Links that are the blog's taxonomy (rel="tag", rel="category tag"), never profile content.
TAXONOMY_RELS = frozenset({"tag", "category"})

# A table row's second cell marks the tactic as used with one of these, a lone symbol, or an icon
# (Wingdings' check and checked box come through as 'ü' and 'þ').
POSITIVE_MARKS = frozenset({"✓", "✔", "☑", "✅", "x", "yes", "y", "used", "true", "1", "ü", "þ", "•", "●", "■"})
NEGATIVE_MARKS = frozenset({"", "✗", "✘", "✖", "❌", "✕", "⨯", "×", "☐", "no", "n", "-", "–", "—", "0",
                            "false", "none", "n/a"})

BULLETS = "•◦▪▫●○‣⁃∙·*-–—"

# Where a page states its own date (issue 9's reference-date rule): head meta, JSON-LD keys, and the
# <time datetime> that themes print in the entry header.
PAGE_DATE_META = ('meta[property="article:modified_time"], meta[property="og:updated_time"], '
                  'meta[property="article:published_time"]')
PAGE_DATE_JSON_LD_KEYS = ("dateModified", "datePublished")
PAGE_DATE_TIME = (".entry-header time[datetime], .entry-meta time[datetime], .post-meta time[datetime], "
                  ".posted-on time[datetime], .wp-block-post-date time[datetime], header time[datetime], "
                  ".elementor-post-info time[datetime], .et_pb_title_meta_container time[datetime]")

# Where the profile ends (issue 14): lines a reader knows are the blog's chrome whatever the markup.
# A BARRIER line (post navigation, share bars, author boxes, related posts, the post's meta) ends the
# section it follows: what comes after it is chrome until the next section label.
CHROME_BARRIER_LINES = re.compile(
    r"^(this entry was posted\b.*|.*\bbookmark the permalink\b.*|posted( on| in| by)?:?|published( on| by)?:?|"
    r"view all posts( by .*)?|all (author )?posts|read more.*|continue reading.*|"
    r"(previous|next|older|newer)( post| profile| entry| location)?:?( .*, [a-z]{2})?|[←«‹]\s*.*|.*\s*[→»›]|"
    r"(related|similar)( posts| profiles| locations| articles| entries| sites)?:?|"
    r"(recent|latest|popular|other|nearby|more) (posts|profiles|locations|articles|entries|sites)( in .*)?:?|"
    r"you (may|might) also like:?|share( this| on)\b.*|share[:!]?|"
    r"about (the author|us|demand forum|the editors?):?.*|comments?|\d+ comments?|no comments( yet)?|tags:?|"
    r"filed under:?|tagged( with)?:?|author:?|further reading:?|see also:?|learn more.*|more from .+|"
    r"support (our|us|the) .*|donate( now| today)?|subscribe.*|sign up.*|newsletter|get (new|our) .* by e-?mail|"
    r"follow us.*|join (us|our) .*)$",
    re.IGNORECASE,
)
# Single words and names that are post meta or a share button, never profile content.
CHROME_WORDS = frozenset(
    "by in on facebook twitter x linkedin pinterest email e-mail print whatsapp reddit tumblr telegram "
    "mastodon threads bluesky pocket flipboard share tweet pin copy link copy-link".split()
)
# Internal links that are the blog's taxonomy, its authors or other locations, never this profile's.
CHROME_LINK_PATHS = re.compile(r"^/(author|category|tag|categories|tags|site)/|^/?$|^/page/\d+")
# The site speaking to its reader (a newsletter box, a donation appeal, a disclaimer), never a profile.
READER_ADDRESS = re.compile(r"\b(we|our|us|you|your|demand forum)\b", re.IGNORECASE)
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
# A widget's list item: a name and its post count ('Connecticut (12)', 'Auto Seizure (1,204)').
COUNT_SUFFIX = re.compile(r"^[^()]{2,60}\s*\((?!(1[89]|20)\d\d\))\d[\d,]*\)$")  # '(2016)' is a year
DATE_ONLY_LINE = re.compile(
    r"^(updated:? |published:? |posted:? )?((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}"
    r"|\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})$",
    re.IGNORECASE,
)
# The link that closes an author box: the box's name heading and bio above it are chrome too.
AUTHOR_BOX_END = re.compile(r"^(view all posts( by .*)?|all (author )?posts|more (posts|articles) by .*)$", re.IGNORECASE)
# body_class() of a WordPress page that lists posts (category/tag/date/author archives, search, the blog).
LISTING_BODY_CLASSES = frozenset({"archive", "search-results", "search-no-results", "blog"})

# How deep the parser lets a page nest (elements inside elements), as Chromium's HTML parser does
# (512). Lexbor's tree builder walks the stack of open elements for most start tags, so its cost
# grows with the square of the depth (40,000 nested <div>s: 4 s; 200,000: minutes). Tags nested
# deeper are dropped and their text joins the element at this depth, with a page-too-deep warning.
MAX_PAGE_DEPTH = 512

# Round 9a: footnotes, pullquotes, a facts widget in the sidebar, a <noscript> body, checklists of
# tactics and the time-to-read line. Kept in one block so that merges with other rounds stay easy.
# A footnote reference in the text ('<sup><a href="#fn1">1</a></sup>', '[1]', '*'), and the back-link
# that ends a footnote ('↩︎', '↑', '^'): neither is what the text or the citation says.
FOOTNOTE_MARKER = re.compile(r"^(?:\[\s*(?:\d{1,3}|[ivx]{1,5}|[*†‡§])\s*\]|\(?(?:\d{1,3}|[ivx]{1,5}|[*†‡§]{1,3})\)?)$",
                             re.IGNORECASE)
BACK_LINK = re.compile(r"^[\s↩↑⤴⬆⇧↵⮌^\ufe0e\ufe0f]+$")
# Counters of a share bar or a post header ('SHARES', '0 Shares', '1.2K Views'): the blog's chrome.
COUNTER_LINE = re.compile(r"^(?:[\d.,]+\s*[km]?\s*)?(?:shares?|views?|likes?|reads?)$", re.IGNORECASE)
# The bare line of the core time-to-read block ('1 minute', '4–5 minutes'): chrome right under the title
# only; elsewhere such a line may be content.
MINUTES_LINE = re.compile(r"^(?:<\s*)?\d{1,3}(?:\s*[–-]\s*\d{1,3})?\s+minutes?$", re.IGNORECASE)
# The core/post-time-to-read block, by its class.
TIME_TO_READ_CLASSES = frozenset({"wp-block-post-time-to-read"})
# A checklist of tactics: the mark before (or after) each name, and whether it says 'used'.
CHECK_MARKS: dict[str, bool] = {**dict.fromkeys("✔✓☑✅", True), **dict.fromkeys("☐✘✗❌✖✕", False)}
# Elements that scope a <header> to themselves (ARIA: a <header> outside them is the site's banner).
SECTIONING_TAGS = frozenset({"article", "aside", "main", "nav", "section"})
# The title of a sidebar widget that shows the profile's own facts ('Lantern Hill at a glance').
FACTS_WIDGET_TITLE = re.compile(r"\b(at a glance|(quick|fast|key) facts|facts( and figures)?|profile)\b", re.IGNORECASE)
# A pull quote repeats the article's own words in large type: a block of these classes is dropped when
# its words are in the text too.
PULLQUOTE_CLASSES = frozenset({"wp-block-pullquote", "pullquote", "pull-quote", "su-pullquote", "td_pull_quote",
                               "pullquote-left", "pullquote-right"})
