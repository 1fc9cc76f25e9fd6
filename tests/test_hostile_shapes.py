"""Promise 1 on pages grown along one dimension: every shape parses, none hangs (a generous limit
in a child process: the proof of speed is `python -m benchmarks --only shapes`)."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor

import pytest

from parsers import NotAProfilePage, parse_profile
from parsers.vocabulary import MAX_PAGE_DEPTH
from tests.shapes import SHAPES, URL, _profile

HANG = 60  # seconds; each page below parses in about a second when the cost is linear
_pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))


def _codes(raw: bytes) -> list[str] | str:
    try:
        return [warning.code for warning in parse_profile(raw, url=URL).warnings]
    except NotAProfilePage as refusal:
        return refusal.reason


def _parsed_in_time(raw: bytes) -> list[str] | str:
    return _pool.submit(_codes, raw).result(timeout=HANG)


# Sizes at which a quadratic cost would take minutes.
@pytest.mark.parametrize(("shape", "size"), [("depth", 200_000), ("width", 20_000), ("length", 20_000),
                                             ("links", 20_000), ("list items", 5_000), ("table rows", 5_000)])
def test_every_page_shape_parses_without_a_hang(shape: str, size: int) -> None:
    codes = _parsed_in_time(SHAPES[shape](size))
    assert isinstance(codes, list), codes
    assert ("page-too-deep" in codes) == (shape == "depth")


def _nested(opening: str, closing: str, times: int = 100_000) -> bytes:
    return _profile(opening * times + "deep" + closing * times)


_PROSE = ("<p>Police in the city have run reverse stings since 2010, and officers say the arrests have "
          "reduced complaints from residents. The program continues.</p>")


@pytest.mark.parametrize("page", [
    pytest.param(b"<html><head><title>Springfield, IL</title></head><body>" + b"<div>" * 200_000 + b"word"
                 + b"</div>" * 200_000 + b"</body></html>", id="200k-divs-around-a-word"),
    pytest.param(_nested("<div>", ""), id="unclosed-divs"),
    pytest.param(_nested("<b>", "</b>"), id="bold"),
    pytest.param(_nested("<ul><li>item", "</li></ul>"), id="lists"),
    pytest.param(_nested("<table><tr><td>cell", "</td></tr></table>"), id="tables"),
    pytest.param(_nested('<a href="/x">link<div>', "</div></a>"), id="links-around-blocks"),
    pytest.param(_nested("<div></span>", ""), id="stray-end-tags"),
    pytest.param(_nested("<div/>", ""), id="self-closed-divs"),
    pytest.param(_nested("<h2>Head<div>", "</div></h2>"), id="headings"),
    pytest.param(_nested('<div style="display:none">hidden ' + "x" * 200, "</div>", 500), id="hidden-panels"),
    pytest.param(b"<html><head><title>Springfield, IL</title></head><body><h1>Springfield, IL</h1>"
                 + b"<noscript><h2>Tactics Used</h2><ul><li>Cameras</li></ul>" * 20_000 + b"</noscript>" * 20_000
                 + b"</body></html>", id="nested-noscript-profiles"),
    pytest.param(_profile("".join(f'<p><b class="c{i}">t' for i in range(20_000))), id="reopened-bold"),
    pytest.param(_profile("<select>" + "<option>o" * 100_000 + "</select>"), id="select-options"),
    pytest.param(_profile("<div " + " ".join(f"a{i}=x" for i in range(100_000)) + ">x</div>"), id="attributes"),
    pytest.param(_profile("".join(f'<div role="tablist"><a role="tab" aria-controls="p{i}">Tab {i}</a></div>'
                                  f'<div role="tabpanel" id="p{i}">' for i in range(100_000)) + "deep" + "</div>" * 100_000),
                 id="tabs-in-tab-panels"),
    pytest.param(_profile("<div><ul class='kt-tabs-title-list'>" + "<li>Key Sources</li>" * 20_000 + "</ul><div>"
                          + "<div class='kt-tab-inner-content' hidden>panel</div>" * 20_000 + "</div></div>"),
                 id="wide-tabs"),
    pytest.param(_profile("<div><div>" + "<p>State</p>" * 20_000 + "</div><div>" + "<p>Illinois</p>" * 20_000
                          + "</div></div>"), id="label-columns"),
    pytest.param(_profile("<p>item</p>" * 20_000 + _PROSE + "<p>Previous</p>" + _PROSE * 20_000), id="prose-past-chrome"),
])
def test_hostile_nesting_is_bounded_never_a_hang_or_a_crash(page: bytes) -> None:
    assert _parsed_in_time(page)  # a record's warnings or a refusal's reason, never an exception


def test_what_the_bound_leaves_still_reads_as_the_profile() -> None:
    deep = SHAPES["depth"](10 * MAX_PAGE_DEPTH)
    record = parse_profile(deep, url=URL)
    assert record.tactics == parse_profile(SHAPES["depth"](10), url=URL).tactics == ["reverse-stings", "john-school"]
    assert record.state == "Illinois" and record.narrative
    assert [w.code for w in record.warnings if w.section == "page"] == ["page-too-deep"]


@pytest.mark.parametrize("markup", ["<p>para", "<li>item", "<td>cell", "<option>o", "<!-- <div> -->",
                                    '<a href="/x">link', '<svg><path d="M0"/></svg>'])
def test_many_elements_the_browser_does_not_nest_are_not_too_deep(markup: str) -> None:
    wrapped = {"<li>item": "<ul>{}</ul>", "<td>cell": "<table><tr>{}</tr></table>",
               "<option>o": "<select>{}</select>"}.get(markup, "{}")
    codes = _codes(_profile(wrapped.format(markup * 5 * MAX_PAGE_DEPTH)))
    assert "page-too-deep" not in codes, codes
