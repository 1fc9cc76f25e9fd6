"""The static site in a real headless Chromium (issue 12), opened from disk and from a loopback HTTP
server, acting as a person: filter the table, open a location, read its sources, take screenshots.
Every request that would leave the site is blocked and counted: there must be none."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser import chromium, served, visit
from tests.sitekit import FixtureSite, build_fixture_site, matched_ids

SCREENSHOTS = Path(__file__).resolve().parents[1] / "output" / "screenshots"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> FixtureSite:
    return build_fixture_site(tmp_path_factory.mktemp("site"))


@pytest.fixture(scope="module")
def browser():
    with chromium() as browser:
        yield browser


@pytest.fixture(params=["file", "http"])
def base(request, built) -> str:
    if request.param == "file":
        yield built.site.as_uri() + "/"
    else:
        with served(built.site) as url:
            yield url


@pytest.fixture
def person(browser, base):
    with visit(browser, base) as seen:
        yield seen
        assert_clean(seen)


def assert_clean(seen) -> None:
    assert seen.blocked == [], "the site asked for something outside itself"
    assert seen.errors == [], "the console showed errors"
    assert seen.loaded, "nothing was loaded at all"


def visible_ids(page) -> list[str]:
    return page.eval_on_selector_all(
        "#locations tbody tr:not([hidden]) td:first-child a",
        "links => links.map(a => a.getAttribute('href').slice('locations/'.length, -'.html'.length))",
    )


def test_filter_the_table_by_a_tactic_and_a_state(person, built, base):
    page = person.page()
    page.goto(base + "index.html")
    page.get_by_role("link", name="All locations").click()
    page.get_by_label("Tactic").select_option(label="Letters")
    page.get_by_label("State").select_option("CT")
    expected = sorted(
        r.id for r in built.records.values() if r.state_code == "CT" and "letters" in r.tactics
    )
    assert expected and sorted(visible_ids(page)) == expected
    assert page.locator("#shown").inner_text() == f"{len(expected)} of {len(built.records)} locations."
    page.get_by_label("Search").fill("hartford")
    expect(page.locator("#shown")).not_to_have_text(f"{len(expected)} of {len(built.records)} locations.")
    assert visible_ids(page) and all("hartford" in i for i in visible_ids(page))
    page.get_by_role("button", name="Clear").click()
    expect(page.locator("#shown")).to_have_text(f"{len(built.records)} of {len(built.records)} locations.")
    assert len(visible_ids(page)) == len(built.records)
    assert page.get_by_label("Tactic").input_value() == "" and page.get_by_label("Search").input_value() == ""


def test_the_table_sorts_from_the_keyboard_and_keeps_filters_in_the_url(person, built, base):
    page = person.page()
    page.goto(base + "locations.html?state=CT")
    assert page.get_by_label("State").input_value() == "CT"
    assert sorted(visible_ids(page)) == sorted(r.id for r in built.records.values() if r.state_code == "CT")
    header = page.get_by_role("button", name="Population")
    header.focus()
    page.keyboard.press("Enter")
    assert page.locator("th", has=header).get_attribute("aria-sort") == "ascending"
    populations = [built.records[i].population or -1 for i in visible_ids(page)]
    assert populations == sorted(populations)
    page.keyboard.press("Enter")
    populations = [built.records[i].population or -1 for i in visible_ids(page)]
    assert populations == sorted(populations, reverse=True)
    page.get_by_label("Tactic").select_option("web-stings")
    assert "tactic=web-stings" in page.url and "state=CT" in page.url


def test_open_waterbury_and_find_its_16_citations_under_6_categories(person, built, base):
    page = person.page()
    page.goto(base + "locations.html")
    page.get_by_label("Search").fill("waterbury-ct")
    page.locator('a[href="locations/waterbury-ct.html"]').click()
    assert page.get_by_role("heading", level=1).inner_text() == "Waterbury, CT"
    sources = page.locator("#sources")
    categories = sources.locator("h3").all_inner_texts()
    assert categories == built.records["waterbury-ct"].source_categories and len(categories) == 6
    assert sources.locator("li.citation").count() == 16
    first = built.records["waterbury-ct"].citations[0]
    assert sources.locator("section.category").first.get_by_text(first.headline).is_visible()


MARKERS = "#map svg .layer_1_marks a"  # the map's second layer: a marker per placed location


def marker(page, record_id: str):
    """The marker linking to a location's page (SVG links are xlink:href, which CSS cannot select)."""
    return page.locator(f"#map svg .layer_1_marks").locator(
        f"xpath=.//*[local-name()='a' and @*[local-name()='href']='locations/{record_id}.html']/*")


def test_the_map_places_every_matched_location_by_coordinates_or_by_county(person, built, base):
    page = person.page()
    page.goto(base + "index.html")
    matched = matched_ids(built.records)
    markers = page.locator(MARKERS)
    assert markers.count() == len(matched) == 110  # 138 fixture locations: 30 in no reference table, 2 of them
    # placed by their page's coordinates
    hrefs = markers.evaluate_all("links => links.map(a => a.getAttribute('xlink:href'))")
    assert sorted(hrefs) == sorted(f"locations/{record_id}.html" for record_id in matched)
    # A county placed by its county: a dark diamond, visible, named, and a link to its page.
    county = marker(page, "rt2-gutenberg-cuyahoga-county-oh")
    assert matched["rt2-gutenberg-cuyahoga-county-oh"] == "county"
    expect(county).to_be_visible()
    assert county.get_attribute("aria-label") == "Cuyahoga County, OH"
    assert county.get_attribute("fill") == "#1b1b1b" and county.get_attribute("d").startswith("M-2.7,0L0,-2.7")
    located = marker(page, "waterbury-ct")
    assert matched["waterbury-ct"] == "coordinates" and located.get_attribute("d").startswith("M2.7,0A")
    legend = page.locator("#map svg .role-legend").last.text_content()
    assert all(label in legend for label in ("Page coordinates", "GeoNames coordinates", "County (no coordinates)"))
    by_county = sum(1 for how in matched.values() if how == "county")
    caption = page.locator("#map figcaption").inner_text()
    assert (f"{len(matched)} of {len(built.records)} locations placed: {len(matched) - by_county} by coordinates, "
            f"{by_county} at their county") in caption
    county.click()
    assert page.get_by_role("heading", level=1).inner_text() == "Cuyahoga County, OH"


def test_screenshots_of_the_overview_a_location_and_a_run(browser, built):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    base = built.site.as_uri() + "/"
    with visit(browser, base) as seen:
        page = seen.page()
        page.goto(base + "index.html")
        assert page.locator("#map svg a").count() > 10
        page.screenshot(path=SCREENSHOTS / "overview.png", full_page=True)
        page.locator("#map").screenshot(path=SCREENSHOTS / "map.png")
        page.goto(base + "locations/waterbury-ct.html")
        page.screenshot(path=SCREENSHOTS / "location-waterbury-ct.png", full_page=True)
        page.goto(base + "runs/index.html")
        page.locator("table.runs tbody tr").first.get_by_role("link").click()
        assert page.locator(".alarms").inner_text().startswith("discovery-drop")
        page.screenshot(path=SCREENSHOTS / "run-alarm.png", full_page=True)
    assert_clean(seen)
    for name in ("overview", "map", "location-waterbury-ct", "run-alarm"):
        assert (SCREENSHOTS / f"{name}.png").stat().st_size > 10_000


def test_without_javascript_every_page_reads_and_the_table_shows_every_row(browser, built):
    base = built.site.as_uri() + "/"
    with visit(browser, base, java_script_enabled=False) as seen:
        page = seen.page()
        page.goto(base + "locations.html")
        assert page.locator("#locations tbody tr:visible").count() == len(built.records)
        assert not page.locator("#filters").is_visible()
        page.locator('a[href="locations/waterbury-ct.html"]').click()
        assert page.locator("#sources li.citation").count() == 16
    assert_clean(seen)


def test_print_drops_the_navigation_and_spells_out_source_links(browser, built):
    base = built.site.as_uri() + "/"
    with visit(browser, base) as seen:
        page = seen.page()
        page.goto(base + "locations/waterbury-ct.html")
        page.emulate_media(media="print")
        assert not page.locator("header.site nav").is_visible()
        after = page.eval_on_selector(
            'a[rel="external"]', "a => getComputedStyle(a, '::after').content"
        )
        assert "demand-forum.org/site/waterbury-ct" in after
        assert len(page.pdf()) > 10_000
    assert_clean(seen)
