"""Red team round 8's builder layouts, each rendered by several builders: the same record from every one.

Tabs (titles in a strip, panels apart), metadata as two columns (labels in one, values in the next) and
page-builder blocks named `widget` inside the post. Markup follows each builder's own templates.
"""

from __future__ import annotations

from html import escape

import pytest

from tests.pagekit import NARRATIVE, parse

TAB_TITLES = ["Overview", "Tactics Used", "Key Partners", "Key Sources", "At a Glance"]
C1 = "“Motel Sting Yields Five Arrests,” Press Herald, July 30 2012."
C2 = "“Police Answer Online Ads,” WCSH 6, Aug. 2016."
TAB_PANELS = [
    NARRATIVE,
    "<ul><li>Reverse Stings</li><li>Web Stings</li></ul>",
    "<ul><li>Springfield Police Department</li><li>Route 1 Neighbors</li></ul>",
    f"<p><strong>Reverse Stings:</strong></p><ul><li>{C1}</li></ul><p><strong>Web Stings:</strong></p>"
    f"<ul><li>{C2}</li></ul>",
    "<p>State Illinois</p><p>Type City</p><p>Population 114394</p>",
]


def kadence() -> str:
    titles = "".join(f'<li id="tab-{i}" class="kt-title-item kt-title-item-{i + 1}"><a href="#tab-{i}" data-tab="{i + 1}" '
                     f'class="kt-tab-title kt-tab-title-{i + 1}"><span class="kt-title-text">{escape(t)}</span></a></li>'
                     for i, t in enumerate(TAB_TITLES))
    panels = "".join(f'<div class="wp-block-kadence-tab kt-tab-inner-content kt-inner-tab-{i + 1}">'
                     f'<div class="kt-tab-inner-content-inner">{p}</div></div>' for i, p in enumerate(TAB_PANELS))
    return (f'<div class="wp-block-kadence-tabs"><div class="kt-tabs-wrap kt-tabs-has-5-tabs"><ul class="kt-tabs-title-list">'
            f'{titles}</ul><div class="kt-tabs-content-wrap">{panels}</div></div></div>')


def spectra(roles: bool = True) -> str:
    li_role, a_role = (' role="none"', ' role="tab"') if roles else ("", "")
    titles = "".join(f'<li class="uagb-tab"{li_role}><a href="#uagb-tabs__tab{i}" class="uagb-tabs-list" '
                     f'data-tab="{i}"{a_role}><div>{escape(t)}</div></a></li>' for i, t in enumerate(TAB_TITLES))
    panels = "".join(f'<div class="wp-block-uagb-tabs-child uagb-tabs__body-container uagb-inner-tab-{i}" '
                     f'aria-labelledby="uagb-tabs__tab{i}">{p}</div>' for i, p in enumerate(TAB_PANELS))
    return (f'<div class="wp-block-uagb-tabs uagb-tabs__wrap" data-tab-active="0"><ul class="uagb-tabs__panel '
            f'uagb-tabs__align-left"{" role=tablist" if roles else ""}>{titles}</ul>'
            f'<div class="uagb-tabs__body-wrap">{panels}</div></div>')


def elementor() -> str:
    """Elementor 3's tabs widget: desktop titles, then each panel after its mobile title; every panel
    carries `hidden` (the first `hidden="false"`, which HTML still reads as hidden)."""
    titles = "".join(f'<div id="elementor-tab-title-17{i}" class="elementor-tab-title elementor-tab-desktop-title" '
                     f'data-tab="{i}" role="tab" tabindex="0" aria-controls="elementor-tab-content-17{i}">'
                     f'{escape(t)}</div>' for i, t in enumerate(TAB_TITLES, 1))
    panels = "".join(f'<div class="elementor-tab-title elementor-tab-mobile-title" data-tab="{i}" role="tab" '
                     f'aria-controls="elementor-tab-content-17{i}">{escape(t)}</div>'
                     f'<div id="elementor-tab-content-17{i}" class="elementor-tab-content elementor-clearfix" data-tab="{i}" '
                     f'role="tabpanel" aria-labelledby="elementor-tab-title-17{i}" hidden="{"false" if i == 1 else "hidden"}">'
                     f'{p}</div>' for i, (t, p) in enumerate(zip(TAB_TITLES, TAB_PANELS), 1))
    return (f'<div class="elementor-widget elementor-widget-tabs"><div class="elementor-widget-container">'
            f'<div class="elementor-tabs"><div class="elementor-tabs-wrapper" role="tablist">{titles}</div>'
            f'<div class="elementor-tabs-content-wrapper" role="tablist" aria-orientation="vertical">{panels}</div>'
            f'</div></div></div>')


def bootstrap() -> str:
    """Bootstrap 5 (`ul.nav.nav-tabs`, a class a menu also has), panels in `.tab-content`."""
    titles = "".join(f'<li class="nav-item" role="presentation"><button class="nav-link" id="t{i}-tab" data-bs-toggle="tab" '
                     f'data-bs-target="#t{i}" type="button" role="tab" aria-controls="t{i}">{escape(t)}</button></li>'
                     for i, t in enumerate(TAB_TITLES))
    panels = "".join(f'<div class="tab-pane fade" id="t{i}" role="tabpanel" aria-labelledby="t{i}-tab" tabindex="0">{p}</div>'
                     for i, p in enumerate(TAB_PANELS))
    return f'<ul class="nav nav-tabs" id="profileTabs" role="tablist">{titles}</ul><div class="tab-content">{panels}</div>'


@pytest.mark.parametrize("markup", [kadence, spectra, lambda: spectra(roles=False), elementor, bootstrap],
                         ids=["kadence", "spectra", "spectra-without-aria", "elementor", "bootstrap"])
def test_each_tab_title_heads_its_own_panel(markup):
    record = parse(markup())
    assert record.tactics == ["reverse-stings", "web-stings"]
    assert [(p.heading, p.text) for p in record.narrative] == [(None, NARRATIVE[3:-4])]  # 'Overview' is a control
    assert [p.name for p in record.key_partners] == ["Springfield Police Department", "Route 1 Neighbors"]
    assert record.source_categories == ["Reverse Stings", "Web Stings"]  # not 'At a Glance'
    assert [(c.category, c.outlet) for c in record.citations] == [("Reverse Stings", "Press Herald"),
                                                                  ("Web Stings", "WCSH 6")]
    assert (record.state, record.type, record.population) == ("Illinois", "City", 114394)
    assert record.warnings == []


def test_tab_titles_that_are_key_sources_categories_stay_categories():
    titles = "".join(f'<a href="#" role="tab" id="l{i}" aria-controls="p{i}">{t}</a>' for i, t in enumerate(["Arrests:", "Web Stings:"]))
    panels = "".join(f'<div role="tabpanel" id="p{i}" aria-hidden="true"><ul><li>{c}</li></ul></div>' for i, c in enumerate([C1, C2]))
    record = parse("<h2>Tactics Used</h2><ul><li>Letters</li></ul>" + NARRATIVE
                   + f"<h2>Key Sources</h2><div role='tablist'>{titles}</div><div>{panels}</div>"
                   + TAB_PANELS[-1])
    assert [(c.category, c.outlet) for c in record.citations] == [("Arrests", "Press Herald"), ("Web Stings", "WCSH 6")]


LABELS, VALUES = ["State", "Type", "Population"], ["Illinois", "City", "114,394"]
SECTIONS = (NARRATIVE + "<h2>Tactics Used</h2><ul><li>Reverse Stings</li></ul>"
            f"<h2>Key Sources</h2><p>Arrests:</p><ul><li>{C1}</li></ul>")


def thrive(labels=LABELS, values=VALUES) -> str:
    def column(texts):
        return ('<div class="tcb-flex-col"><div class="tcb-col">' + "".join(
            f'<div class="thrv_wrapper thrv_text_element"><p>{t}</p></div>' for t in texts) + "</div></div>")
    return (f'<div class="thrv_wrapper thrv-columns"><div class="tcb-flex-row tcb--cols--2">{column(labels)}'
            f'{column(values)}</div></div>')


def gutenberg(labels=LABELS, values=VALUES) -> str:
    def column(texts, bold):
        return ('<div class="wp-block-column">' + "".join(
            f"<p>{'<strong>' + t + '</strong>' if bold else t}</p>" for t in texts) + "</div>")
    return f'<div class="wp-block-columns">{column(labels, True)}{column(values, False)}</div>'


def elementor_columns(labels=LABELS, values=VALUES) -> str:
    def column(texts):
        return ('<div class="elementor-column elementor-col-50"><div class="elementor-widget-wrap">' + "".join(
            f'<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">'
            f"{t}</div></div>" for t in texts) + "</div></div>")
    return f'<section class="elementor-section"><div class="elementor-container">{column(labels)}{column(values)}</div></section>'


def divi(labels=LABELS, values=VALUES) -> str:
    def column(texts):
        inner = "<br>".join(texts)  # one text module, a line per label
        return f'<div class="et_pb_column et_pb_column_1_2"><div class="et_pb_module et_pb_text"><div class="et_pb_text_inner"><p>{inner}</p></div></div></div>'
    return f'<div class="et_pb_row">{column(labels)}{column(values)}</div>'


@pytest.mark.parametrize("markup", [thrive, gutenberg, elementor_columns, divi],
                         ids=["thrive", "gutenberg", "elementor", "divi"])
def test_a_label_column_beside_a_value_column_reads_as_pairs(markup):
    record = parse(SECTIONS + markup())
    assert (record.state, record.type, record.population) == ("Illinois", "City", 114394)
    assert record.warnings == [] and len(record.citations) == 1


def test_columns_pair_only_one_label_per_value():
    uneven = parse(SECTIONS + thrive(LABELS + ["Location"], VALUES))  # the map's cell is no line: which is which?
    assert (uneven.state, uneven.type, uneven.population) == (None, None, None)
    prose = parse(SECTIONS + gutenberg(["State", "Type"], ["Illinois", "The county seat sits on the river, and "
                                                           "truck stops line the interstate west of it."]))
    assert prose.state is None


def test_one_column_of_label_lines_is_not_paired_with_what_follows():
    """Labels stacked in ONE text module, the values after it in the same column, are not two columns."""
    record = parse(SECTIONS + '<div class="et_pb_text_inner"><p>State<br>Type<br>Population</p></div>'
                   "<p>Illinois</p><p>City</p><p>114,394</p>")
    assert (record.state, record.population) == (None, None)


def siteorigin(cells_class: str = "so-panel widget widget_sow-editor") -> str:
    def panel(title, content):
        heading = f'<h3 class="widget-title">{title}</h3>' if title else ""
        return (f'<div class="panel-grid-cell"><div class="{cells_class}"><div class="so-widget-sow-editor">{heading}'
                f'<div class="siteorigin-widget-tinymce textwidget">{content}</div></div></div></div>')
    return ('<div class="panel-layout">' + panel("", NARRATIVE) + panel("Tactics Used", TAB_PANELS[1])
            + panel("Details", "<table><tr><td>State</td><td>Illinois</td></tr><tr><td>Type</td><td>City</td></tr>"
                               "<tr><td>Population</td><td>114,394</td></tr></table>")
            + panel("Key Sources", "<table><thead><tr><th>Category</th><th>Source</th></tr></thead>"
                                   f"<tr><td>Reverse Stings</td><td>{C1}</td></tr><tr><td>Web Stings</td><td>{C2}</td></tr>"
                                   "</table>") + "</div>")


def test_page_builder_blocks_named_widget_are_the_post_but_a_sidebar_widget_is_not():
    sidebar = ('<div id="secondary"><div class="widget"><h3 class="widget-title">Tactics Used</h3>'
               "<ul><li>Cameras</li></ul></div></div>")
    record = parse(siteorigin(), chrome="")
    with_sidebar = parse_with_sidebar(siteorigin(), sidebar)
    for found in (record, with_sidebar):
        assert found.tactics == ["reverse-stings", "web-stings"]
        assert [p.text for p in found.narrative] == [NARRATIVE[3:-4]]
        assert (found.state, found.population) == ("Illinois", 114394)
        assert [(c.category, c.outlet, c.text) for c in found.citations] == [
            ("Reverse Stings", "Press Herald", C1), ("Web Stings", "WCSH 6", C2)]


def parse_with_sidebar(body: str, sidebar: str):
    """The profile in a theme without <article> (Twenty Ten's div.post) and a sidebar after it."""
    from parsers import parse_profile
    from tests.pagekit import REFERENCE_DATE
    page = (f"<html><head><title>Springfield, IL – Demand Forum</title></head><body><div id='post-1' class='post'>"
            f"<h1 class='entry-title'>Springfield, IL</h1><div class='entry-content'>{body}</div></div>{sidebar}"
            "</body></html>").encode()
    return parse_profile(page, url="https://demand-forum.org/site/springfield-il/", reference_date=REFERENCE_DATE)
