import pytest

from scraper.fetch.urls import canonicalize, is_profile_url, profile_slug, short_link_id

BASE = "https://demand-forum.org"
CANONICAL = "https://demand-forum.org/site/waterbury-ct/"


@pytest.mark.parametrize(
    "alias",
    [
        "https://demand-forum.org/site/waterbury-ct/",
        "https://demand-forum.org/site/waterbury-ct",
        "http://demand-forum.org/site/waterbury-ct/",
        "https://www.demand-forum.org/site/waterbury-ct/",
        "HTTPS://WWW.Demand-Forum.ORG/site/waterbury-ct",
        "https://demand-forum.org/site/waterbury-ct/#comments",
        "https://demand-forum.org/site/waterbury-ct/?utm_source=x&utm_medium=y",
        "https://demand-forum.org/site/waterbury-ct/?fbclid=abc",
        "https://demand-forum.org:443/site/waterbury-ct/",
        "/site/waterbury-ct",
        "site/waterbury-ct/",
        "  https://demand-forum.org/site/./waterbury-ct/  ",
        "https://demand-forum.org/site/%77aterbury-ct/",
        "https://demand-forum.org./site/waterbury-ct/",
    ],
)
def test_every_alias_of_a_profile_is_one_url(alias):
    assert canonicalize(alias, BASE) == CANONICAL


@pytest.mark.parametrize(
    "foreign",
    [
        "https://evil.example/site/waterbury-ct/",
        "https://demand-forum.org.evil.example/site/x/",
        "https://demand-forum.org@evil.example/site/x/",
        "https://user:pw@demand-forum.org/site/x/",
        "http://10.0.0.1/site/x/",
        "http://[::1]/site/x/",
        "https://demand-forum.org:8443/site/x/",
        "https://demandforum.net/site/x/",
        "file:///etc/passwd",
        "data:text/html,<p>hi</p>",
        "javascript:alert(1)",
        "mailto:someone@demand-forum.org",
        "ftp://demand-forum.org/site/x/",
        "https://demand-forum.org:99999/",
        "//evil.example/site/x/",
        "http://[::1/site/x/",
        "https://demand-forum.org:port/",
    ],
)
def test_urls_off_the_site_have_no_canonical_form(foreign):
    assert canonicalize(foreign, BASE) is None


def test_a_site_on_an_ip_and_port_allows_only_that_exact_server():
    base = "http://127.0.0.1:8123"
    assert canonicalize("/site/a-b/", base) == "http://127.0.0.1:8123/site/a-b/"
    assert canonicalize("http://127.0.0.1:8123/site/a-b", base) == "http://127.0.0.1:8123/site/a-b/"
    assert canonicalize("http://127.0.0.1:8124/site/a-b/", base) is None
    assert canonicalize("http://127.0.0.1/site/a-b/", base) is None
    assert canonicalize("https://127.0.0.1:8123/site/a-b/", base) is None
    assert canonicalize("http://demand-forum.org:80/site/x/", BASE) is None
    assert canonicalize("http://127.0.0.2:8123/site/a-b/", base) is None
    assert canonicalize("http://www.127.0.0.1:8123/site/a-b/", base) is None


def test_non_profile_urls_keep_meaningful_queries_and_files_get_no_slash():
    assert canonicalize("/?p=123&utm_campaign=z", BASE) == "https://demand-forum.org/?p=123"
    assert canonicalize("/wp-sitemap.xml", BASE) == "https://demand-forum.org/wp-sitemap.xml"
    assert canonicalize("/tactic/auto-seizure/page/2", BASE) == (
        "https://demand-forum.org/tactic/auto-seizure/page/2/"
    )


def test_profile_queries_are_dropped_and_dot_segments_cannot_climb_out():
    assert canonicalize("/site/x/?replytocom=5", BASE) == "https://demand-forum.org/site/x/"
    assert canonicalize("/../../etc/passwd", BASE) == "https://demand-forum.org/etc/passwd/"
    assert canonicalize("/site//x//", BASE) == "https://demand-forum.org/site/x/"
    assert canonicalize("//site/x/", BASE) is None  # a protocol-relative URL to host "site"


def test_encoded_slashes_stay_inside_the_slug():
    url = canonicalize("/site/a%2Fb/", BASE)
    assert url == "https://demand-forum.org/site/a%2Fb/"
    assert profile_slug(url) == "a%2Fb"


def test_profile_slug():
    assert profile_slug(CANONICAL) == "waterbury-ct"
    assert profile_slug("https://demand-forum.org/site/birmingham-al-2") == "birmingham-al-2"
    assert profile_slug("https://demand-forum.org/site/") is None
    assert profile_slug("https://demand-forum.org/site/a/b/") is None
    assert profile_slug("https://demand-forum.org/site/../") is None
    assert profile_slug("https://demand-forum.org/site/%2E%2E/") is None
    assert profile_slug("https://demand-forum.org/tactic/auto-seizure/") is None
    assert is_profile_url(CANONICAL)
    assert not is_profile_url("https://demand-forum.org/browse-locations/")


def test_short_links():
    assert short_link_id("https://demand-forum.org/?p=4521") == "4521"
    assert short_link_id("https://demand-forum.org?p=4521") == "4521"
    assert short_link_id("https://demand-forum.org/?p=abc") is None
    assert short_link_id("https://demand-forum.org/site/x/?p=1") is None
    assert short_link_id("https://demand-forum.org/?s=term") is None
