"""Thrive Architect content (#tve_editor.tve_shortcode_editor with thrv_wrapper thrv_text_element headings,
thrv-styled_list tcb-styled-list items with svg icon + span text, thrv-columns tcb-flex-row/tcb-flex-col) in a
Thrive Theme Builder single (tcb-post-title, tcb-post-content). A Thrive Leads in-content opt-in box
(tve-leads-conversion-object) sits right before the unlabeled narrative; the metadata is a two-column row whose
left column holds the labels and right column the values; upper-case labels; citations with Sept./no date."""
from common import C, curly, head, write

SLUG = "saint-alban-parish-la"
P = {
    "slug": SLUG, "name": "Saint Alban Parish, LA", "state": "Louisiana", "type": "County", "population": 63507,
    "tactics": ["Buyer Arrests", "Reverse Stings", "Identity Disclosure", "Community Service"],
    "narrative": [
        (None, "Saint Alban Parish lies along the Mississippi River between Baton Rouge and New Orleans and has "
               "about 63,500 residents. Truck stops on the interstate and motels in the parish seat have been the "
               "main sites of street prostitution."),
        (None, "The Saint Alban Parish Sheriff’s Office has run reverse stings at truck stops since 2008 and "
               "releases the names and booking photographs of men arrested. Judges commonly sentence first-time "
               "offenders to community service."),
    ],
    "partners": [],
    "sources": [
        ("Reverse Stings, Identity Disclosure", [
            curly("Deputies Arrest 11 at Truck Stops", "The Advocate", "Sept. 19 2008", "2008-09-19"),
            curly("Sheriff Releases Mug Shots of Men Charged", "WBRZ 2", "Sept 2011", "2011-09"),
            curly("Parish Judge Orders Service Hours for Johns", "L’Observateur", None),
        ]),
    ],
}
ICON = '<svg class="tcb-icon" viewBox="0 0 512 512" data-id="icon-check-solid"><path d="M173.898 439.404l-166.4-166.4c-9.997-9.997-9.997-26.206 0-36.204"></path></svg>'


def text_el(tag, text, css):
    return f'<div class="thrv_wrapper thrv_text_element" data-css="tve-u-{css}"><{tag} data-css="tve-u-{css}a">{text}</{tag}></div>'


def styled_list(items, css):
    lis = "".join(f'<li class="thrv-styled-list-item" data-css="tve-u-{css}b"><div class="tcb-styled-list-icon"><div class="thrv_wrapper thrv_icon tve_no_drag tcb-no-delete tcb-no-clone tcb-no-save tcb-icon-inherit-style" data-style="">{ICON}</div></div><span class="thrv-advanced-inline-text tve_editable tcb-styled-list-icon-text tcb-no-delete tcb-no-save" data-css="tve-u-{css}c">{t}</span></li>' for t in items)
    return f'<div class="thrv_wrapper thrv-styled_list" data-icon-code="icon-check-solid" data-css="tve-u-{css}"><ul class="tcb-styled-list">{lis}</ul></div>'


def columns(left, right):
    return (f'<div class="thrv_wrapper thrv-columns" data-css="tve-u-190"><div class="tcb-flex-row tcb--cols--2" data-css="tve-u-191">'
            f'<div class="tcb-flex-col"><div class="tcb-col">{left}</div></div><div class="tcb-flex-col"><div class="tcb-col">{right}</div></div></div></div>')


def editor():
    optin = ('<div class="tve-leads-conversion-object" data-tl-type="in_content" data-tl-position="0"><div class="tve_flt"><div class="tve_editor_main_content tve-leads-inline tve-tl-anim">'
             '<div class="thrv_wrapper thrv_contentbox_shortcode thrv-content-box tve-elem-default-pad"><div class="tve-content-box-background"></div><div class="tve-cb">'
             + text_el("h3", "Get new profiles by email", "1a0") + text_el("p", "We publish new and updated location profiles every month. Join 4,000 readers who follow our research.", "1a1")
             + '<div class="thrv_wrapper thrv_lead_generation" data-connection="api"><form action="#" method="post" novalidate><div class="tve_lead_generated_inputs_container tve_clearfix tve_empty_dropzone"><div class="tve_lg_input_container tve_lg_input"><input type="email" data-field="email" data-required="1" placeholder="Email" name="email"></div><div class="tcb-flex-row tcb--cols--1"><div class="tve_lg_input_container tve_submit_container tve_lg_submit"><button type="submit" class="tve-froala">Subscribe</button></div></div></div></form></div>'
             '</div></div></div></div></div>')
    narr = "".join(text_el("p", t, f"2{i}0") for i, (_, t) in enumerate(P["narrative"]))
    cits = styled_list([c.markup for c in P["sources"][0][1]], "3b0")
    meta = columns(text_el("p", "State", "401") + text_el("p", "Type", "402") + text_el("p", "Population", "403"),
                   text_el("p", "Louisiana", "404") + text_el("p", "County", "405") + text_el("p", "63,507", "406"))
    return f"""<div id="tve_editor" class="tve_shortcode_editor tar-main-content" data-post-id="4120">
{optin}
{narr}
{text_el("h2", "TACTICS USED", "17a")}
{styled_list(P["tactics"], "17b")}
{text_el("h2", "KEY SOURCES", "3a0")}
{text_el("h4", "Reverse Stings, Identity Disclosure:", "3a1")}
{cits}
{meta}
</div>"""


def page():
    return head(P["name"], SLUG) + f"""<body class="post-template-default single single-post postid-4120 single-format-standard tve-theme-44 tve-woo-template">
<div id="wrapper">
<div id="top" class="tve-theme-44 thrv_wrapper symbol-section-out"><header id="thrive-header" class="thrv_wrapper thrv_symbol thrive-shortcode-html tve-default-state" role="banner"><div class="thrive-shortcode-html thrive-symbol-shortcode"><div class="tcb-flex-row tcb--cols--2"><div class="tcb-flex-col"><div class="tcb-col"><div class="thrv_wrapper tcb-logo"><a href="https://demand-forum.org/">Demand Forum</a></div></div></div><div class="tcb-flex-col"><div class="tcb-col"><div class="thrv_wrapper thrv_widget_menu tve-regular" data-tve-switch-icon="tablet,mobile"><ul class="tve_w_menu tve_horizontal"><li class="menu-item"><a href="https://demand-forum.org/reverse-stings/">Reverse Stings</a></li><li class="menu-item"><a href="https://demand-forum.org/community-service/">Community Service</a></li></ul></div></div></div></div></div></header></div>
<div id="content">
<div class="main-container thrv_wrapper"><div class="main-columns-separator"></div>
<div class="theme-section thrv_wrapper main-content-background" data-type="content"><div class="section-content">
<div class="thrv_wrapper tcb-post-list"><article class="post-4120 post type-post status-publish format-standard hentry category-sites">
<h1 class="thrv_wrapper tcb-post-title">Saint Alban Parish, LA</h1>
<div class="thrv_wrapper thrv_text_element tcb-post-meta"><p><span class="thrive-shortcode-content" data-shortcode="tcb_post_published_date">January 8, 2025</span> &bull; <span class="thrive-shortcode-content" data-shortcode="tcb_post_author_name">dfadmin</span></p></div>
<div class="thrv_wrapper tcb-post-content tcb-shortcode">
{editor()}
</div>
<div class="thrv_wrapper thrv_social_custom tcb-social-share"><div class="tve_social_items tve_social_custom tve_style_1"><div class="tve_s_item tve_s_fb_share"><a href="javascript:void(0)" class="tve_s_link"><span class="tve_s_icon"></span><span class="tve_s_text">Share</span><span class="tve_s_count">12</span></a></div><div class="tve_s_item tve_s_t_share"><a href="javascript:void(0)" class="tve_s_link"><span class="tve_s_icon"></span><span class="tve_s_text">Tweet</span></a></div></div></div>
</article></div>
</div></div>
<div class="theme-section thrv_wrapper" data-type="sidebar"><div class="section-content"><div class="thrv_wrapper thrv_text_element"><h4>Browse by Tactic</h4></div><div class="thrv_wrapper thrv_widget_categories"><ul><li><a href="https://demand-forum.org/tactic/reverse-stings/">Reverse Stings</a> (2205)</li><li><a href="https://demand-forum.org/tactic/identity-disclosure/">Identity Disclosure</a> (1302)</li></ul></div></div></div>
</div></div>
<div id="theme-bottom-section" class="tve-theme-44 thrv_wrapper symbol-section-out"><footer id="thrive-footer" class="thrv_wrapper thrv_symbol thrive-footer" role="contentinfo"><div class="thrive-shortcode-html"><div class="thrv_wrapper thrv_text_element"><p>&copy; 2026 Demand Forum. All rights reserved.</p></div></div></footer></div>
</div>
</body>
</html>
"""


def build():
    write(SLUG, page(), P)
