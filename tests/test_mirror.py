"""The mirror's own behaviour, checked with a bare httpx client."""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from parsers import parse_profile
from parsers.vocabulary import TACTICS, US_STATES
from tests.mirror import Mirror, generate_page, iter_generated, running_mirror
from tests.mirror.faults import HOSTILE_SLUGS, gzip_bomb, parse_spec
from tests.mirror.names import place_for
from tests.mirror.pages import main as pages_main

SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
PAGES = 150


@pytest.fixture(scope="module")
def mirror() -> Iterator[Mirror]:
    # Every fixture profile (120 after red-team round 8) and some generated pages beside them.
    with running_mirror(pages=PAGES, seed=7, sitemap_page_size=50) as served:
        yield served


@pytest.fixture
def client(mirror: Mirror) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=mirror.base_url, timeout=10) as bare:
        yield bare


def _locs(document: bytes) -> list[str]:
    return [loc.text or "" for loc in ET.fromstring(document).iterfind(".//sm:loc", SITEMAP_NS)]


def _document(client: httpx.Client, url: str) -> bytes:
    response = client.get(url)
    assert response.status_code == 200
    return gzip.decompress(response.content) if url.endswith(".gz") else response.content


def _sitemap_urls(client: httpx.Client, index_path: str = "/wp-sitemap.xml") -> list[str]:
    urls = []
    for child in _locs(_document(client, index_path)):
        locs = _locs(_document(client, child))
        assert len(locs) <= 50 + 1  # page size, plus the robots-disallowed page on page 1
        urls.extend(locs)
    return urls


def test_robots_names_the_sitemap_and_disallows_a_listed_path(client: httpx.Client, mirror: Mirror) -> None:
    robots = client.get("/robots.txt").text
    assert "User-agent: *" in robots
    assert "Disallow: /wp-admin/" in robots
    assert "Disallow: /site/private-test-xx/" in robots
    assert f"Sitemap: {mirror.base_url}/wp-sitemap.xml" in robots
    listing = client.get("/tactic/auto-seizure/").text
    assert "/site/private-test-xx/" in listing


def test_sitemaps_list_every_profile_once(client: httpx.Client, mirror: Mirror) -> None:
    urls = _sitemap_urls(client)
    profiles = [u for u in urls if "/site/" in u and "private-test" not in u]
    assert sorted(profiles) == mirror.profile_urls()
    assert len(profiles) == len(set(profiles)) == PAGES
    assert any("/tactic/" in u for u in urls)  # the taxonomy sitemap: not profiles
    assert "<lastmod>" in client.get("/wp-sitemap-posts-site-1.xml").text


def test_sitemap_pages_hold_at_most_2000_urls() -> None:
    site = Mirror("http://127.0.0.1:1", pages=4_100, fixtures_dir=None)
    children = _locs(site.respond("GET", "/wp-sitemap.xml", {}).body)
    profile_sitemaps = [c for c in children if "posts-site" in c]
    assert len(profile_sitemaps) == 3
    listed = []
    for child in profile_sitemaps:
        locs = _locs(site.respond("GET", child.removeprefix(site.base_url), {}).body)
        assert len(locs) <= 2_001  # the robots-disallowed page rides on page 1
        listed += [loc for loc in locs if "private-test" not in loc]
    assert sorted(listed) == site.profile_urls() and len(listed) == 4_100
    assert site.respond("GET", "/wp-sitemap-posts-site-4.xml", {}).status == 404


def test_gzipped_sitemaps_and_crawl_delay() -> None:
    with running_mirror(pages=30, sitemap_gzip=True, crawl_delay=2, fixtures_dir=None) as served, \
            httpx.Client(base_url=served.base_url) as client:
        robots = client.get("/robots.txt").text
        assert "Crawl-delay: 2" in robots
        assert f"Sitemap: {served.base_url}/wp-sitemap.xml.gz" in robots
        index = gzip.decompress(client.get("/wp-sitemap.xml.gz").content)
        assert all(loc.endswith(".xml.gz") for loc in _locs(index))
        urls = _sitemap_urls(client, "/wp-sitemap.xml.gz")
        assert sorted(u for u in urls if "/site/" in u and "private" not in u) == served.profile_urls()


def test_without_sitemaps_every_profile_is_in_a_tactic_archive() -> None:
    with running_mirror(pages=60, seed=3, sitemap=False) as served, \
            httpx.Client(base_url=served.base_url, follow_redirects=True) as client:
        assert "Sitemap:" not in client.get("/robots.txt").text
        assert client.get("/wp-sitemap.xml").status_code == 404
        browse = client.get("/browse-locations/").text
        found: set[str] = set()
        for tactic in TACTICS:
            assert f"/tactic/{tactic}/" in browse
            path: str | None = f"/tactic/{tactic}/"
            while path:
                page = client.get(path)
                assert page.status_code == 200
                for href in re.findall(r'<h2 class="entry-title"><a href="([^"]+)"', page.text):
                    landed = client.get(href)
                    if landed.status_code == 200 and "private-test" not in str(landed.url):
                        found.add(str(landed.url).split("?")[0].split("#")[0])
                following = re.search(r'class="next page-numbers" href="([^"]+)"', page.text)
                path = following.group(1) if following else None
        assert found == set(served.profile_urls())


def test_aliases_redirect_to_the_canonical_profile(client: httpx.Client, mirror: Mirror) -> None:
    # A page that prints its short link (generated pages do; not every fixture does).
    url, post_id = next((url, found) for url in mirror.profile_urls()
                        if (found := re.search(r'rel="shortlink" href="[^"]*\?p=(\d+)"', client.get(url).text)))
    slug = url.rstrip("/").rsplit("/", 1)[1]
    no_slash = client.get(url.rstrip("/"))
    assert no_slash.status_code == 301
    assert no_slash.headers["location"] == url
    short = client.get(f"/?p={post_id.group(1)}")
    assert short.status_code == 301
    assert short.headers["location"] == url
    assert client.get(f"/site/{slug}/?utm_source=x").status_code == 200
    missing = client.get("/site/no-such-place-zz/")
    assert missing.status_code == 404
    assert "can&rsquo;t be found" in missing.text


def test_conditional_requests_answer_304_without_a_body(client: httpx.Client, mirror: Mirror) -> None:
    url = mirror.profile_urls()[5]
    first = client.get(url)
    assert first.status_code == 200
    etag, last_modified = first.headers["etag"], first.headers["last-modified"]
    by_etag = client.get(url, headers={"If-None-Match": etag})
    assert by_etag.status_code == 304
    assert by_etag.content == b""
    by_date = client.get(url, headers={"If-Modified-Since": last_modified})
    assert by_date.status_code == 304
    assert client.get(url, headers={"If-None-Match": '"other"'}).status_code == 200
    assert mirror.requests[-2].status == 304
    assert mirror.requests[-2].bytes_sent == 0
    assert mirror.requests[-3].headers["if-none-match"] == etag


def test_a_changed_page_has_new_validators_and_a_new_record() -> None:
    with running_mirror(pages=10, fixtures_dir=None) as served, httpx.Client() as client:
        slug = served.slugs()[0]
        url = served.profile_url(slug)
        before = client.get(url)
        record_before = served.expected_record(slug)
        served.change_page(slug)
        after = client.get(url, headers={"If-None-Match": before.headers["etag"],
                                         "If-Modified-Since": before.headers["last-modified"]})
        assert after.status_code == 200
        assert after.headers["etag"] != before.headers["etag"]
        assert after.content != before.content
        record_after = served.expected_record(slug)
        assert record_after["population"] != record_before["population"]
        assert {k: v for k, v in record_after.items() if k not in {"population", "content_sha256"}} == \
            {k: v for k, v in record_before.items() if k not in {"population", "content_sha256"}}
        assert f"{record_after['population']:,}" in after.text or str(record_after["population"]) in after.text


def test_added_removed_broken_and_restored_pages() -> None:
    with running_mirror(pages=20, fixtures_dir=None, listing_page_size=500) as served, \
            httpx.Client(base_url=served.base_url) as client:
        [added] = served.add_pages(1)
        assert served.profile_url(added) in client.get("/wp-sitemap-posts-site-1.xml").text
        gone = served.slugs()[0]
        served.remove_page(gone)
        assert client.get(f"/site/{gone}/").status_code == 404
        assert f"/site/{gone}/" not in client.get("/wp-sitemap-posts-site-1.xml").text
        assert all(f"/site/{gone}/" not in client.get(f"/tactic/{t}/").text for t in TACTICS)
        assert served.profile_url(gone) not in served.profile_urls()
        broken = served.slugs()[1]
        served.break_page(broken, "500")
        assert [client.get(f"/site/{broken}/").status_code for _ in range(3)] == [500, 500, 500]
        served.break_page(broken, "soft-404")
        soft = client.get(f"/site/{broken}/")
        assert soft.status_code == 200 and "can&rsquo;t be found" in soft.text
        served.restore_page(broken)
        served.restore_page(gone)
        assert client.get(f"/site/{broken}/").status_code == 200
        assert client.get(f"/site/{gone}/").status_code == 200
        assert len(served.profile_urls()) == 21


def test_spec_faults_fire_the_stated_number_of_times() -> None:
    with running_mirror(pages=60, seed=11, faults="503:0.2:2,429=3:0.1:1", fixtures_dir=None) as served, \
            httpx.Client(base_url=served.base_url) as client:
        failing = served.faulted_paths("503")
        throttled = served.faulted_paths("429")
        assert failing and throttled
        for path in failing:
            statuses = [client.get(path).status_code for _ in range(3)]
            assert statuses[:2] == [503, 503]
        first = client.get(throttled[0])
        if throttled[0] not in failing:
            assert first.status_code == 429
            assert first.headers["retry-after"] == "3"
            assert client.get(throttled[0]).status_code == 200
        healthy = sorted(set(served.profile_urls()) - {served.base_url + p for p in failing + throttled})
        assert all(client.get(url).status_code == 200 for url in healthy[:10])
        assert all(served.fired()[("503", path)] == 2 for path in failing)


def test_faults_are_chosen_from_the_seed() -> None:
    def paths(seed: int) -> list[str]:
        return Mirror("http://127.0.0.1:1", pages=200, seed=seed, faults="500:0.1", fixtures_dir=None).faulted_paths()

    assert paths(1) == paths(1)
    assert paths(1) != paths(2)
    assert 5 < len(paths(1)) < 40
    with pytest.raises(ValueError):
        parse_spec("teapot:0.1")


def test_injected_faults(client: httpx.Client, mirror: Mirror) -> None:
    path = mirror.profile_urls()[7].removeprefix(mirror.base_url)
    mirror.inject(path, "429-date", times=1)
    mirror.inject(path, "offsite", times=1)
    throttled = client.get(path)
    assert throttled.status_code == 429
    assert throttled.headers["retry-after"].endswith("GMT")
    redirected = client.get(path)
    assert redirected.status_code == 302
    assert redirected.headers["location"].startswith("http://evil.example/")
    mirror.inject(path, "503=7", times=1)
    unavailable = client.get(path)
    assert (unavailable.status_code, unavailable.headers["retry-after"]) == (503, "7")
    mirror.inject(path, "non-html", times=1)
    assert client.get(path).headers["content-type"] == "application/pdf"
    mirror.inject(path, "redirect-loop", times=1)
    hop = client.get(path).headers["location"]
    for _ in range(3):
        hop = client.get(hop).headers["location"]
    assert hop.endswith("/loop/4/")
    assert client.get(path).status_code == 200


@pytest.mark.parametrize("kind", ["drop", "drop-body", "truncate"])
def test_broken_connections(mirror: Mirror, kind: str) -> None:
    path = mirror.profile_urls()[9].removeprefix(mirror.base_url)
    mirror.inject(path, kind, times=1)
    with httpx.Client(base_url=mirror.base_url) as fresh:
        with pytest.raises(httpx.TransportError):
            fresh.get(path)
        assert fresh.get(path).status_code == 200


def test_slow_and_endless_answers(mirror: Mirror) -> None:
    path = mirror.profile_urls()[10].removeprefix(mirror.base_url)
    mirror.inject(path, "slow=1", times=1)
    with httpx.Client(base_url=mirror.base_url, timeout=0.05) as impatient:
        with pytest.raises(httpx.ReadTimeout):
            impatient.get(path)
    mirror.inject(path, "endless", times=1)
    with httpx.Client(base_url=mirror.base_url) as client, client.stream("GET", path) as response:
        assert response.headers["transfer-encoding"] == "chunked"
        received = 0
        for piece in response.iter_bytes():
            received += len(piece)
            if received > 3 * 2**20:
                break
        assert received > 3 * 2**20


def test_redirects_off_the_site(client: httpx.Client, mirror: Mirror) -> None:
    path = mirror.profile_urls()[11].removeprefix(mirror.base_url)
    port = mirror.base_url.rsplit(":", 1)[1]
    targets = {"offsite-ip": f"http://127.0.0.2:{port}{path}", "offsite-private": f"http://10.0.0.1{path}",
               "offsite-scheme": f"https://127.0.0.1:{port}{path}",
               "offsite-port": f"http://127.0.0.1:{int(port) + 1}{path}"}
    for kind, target in targets.items():
        mirror.inject(path, kind)
        answer = client.get(path)
        assert (answer.status_code, answer.headers["location"]) == (302, target)


def test_huge_body_is_streamed_with_its_length(client: httpx.Client, mirror: Mirror) -> None:
    mirror.inject("/site/huge-test/", "huge=3000000", times=1)
    with client.stream("GET", "/site/huge-test/") as response:
        assert response.headers["content-length"] == "3000000"
        assert sum(len(piece) for piece in response.iter_bytes()) == 3_000_000


def test_document_faults(client: httpx.Client, mirror: Mirror) -> None:
    mirror.inject("/wp-sitemap-posts-page-1.xml", "offsite-links", times=None)
    assert "file:///etc/passwd" in client.get("/wp-sitemap-posts-page-1.xml").text
    mirror.inject("/tactic/cameras/", "endless-pagination", times=None)
    far = client.get("/tactic/cameras/page/500/")
    assert far.status_code == 200 and "/tactic/cameras/page/501/" in far.text
    mirror.inject("/wp-sitemap-bomb.xml.gz", "gzip-bomb=50000000", times=1)
    bomb = client.get("/wp-sitemap-bomb.xml.gz").content
    assert len(bomb) < 100_000
    assert len(gzip.decompress(bomb)) == 50_000_000
    for kind, marker in (("billion-laughs", "&lol9;"), ("xxe", "file:///etc/passwd")):
        mirror.inject("/wp-sitemap-evil.xml", kind, times=1)
        assert marker in client.get("/wp-sitemap-evil.xml").text


def test_encoding_and_label_transforms(client: httpx.Client, mirror: Mirror) -> None:
    slug = next(s for s in mirror.slugs() if s not in mirror.fixture_slugs
                and all(part in client.get(f"/site/{s}/").text for part in ("Tactics Used", ">Population<", "’")))
    path = f"/site/{slug}/"
    plain_bytes = client.get(path).content
    plain = plain_bytes.decode("utf-8")
    mirror.inject(path, "cp1252")
    legacy = client.get(path)
    assert legacy.headers["content-type"] == "text/html; charset=windows-1252"
    assert 'charset="windows-1252"' in legacy.content.decode("cp1252")
    assert "’" in plain and "’" in legacy.content.decode("cp1252")
    mirror.inject(path, "bom")
    assert client.get(path).content == b"\xef\xbb\xbf" + plain_bytes
    mirror.inject(path, "charset-mismatch")
    assert client.get(path).headers["content-type"] == "text/html; charset=ISO-8859-1"
    mirror.inject(path, "mojibake")
    assert "â€™" in client.get(path).content.decode("utf-8")
    mirror.inject(path, "relabeled")
    relabeled = client.get(path).text
    assert "Tactics Used" not in relabeled and ">Population<" not in relabeled
    assert ">Approaches<" in relabeled and ">Residents<" in relabeled
    assert client.get(path).content.decode("utf-8") == plain


def test_hostile_slugs_are_listed_and_served() -> None:
    with running_mirror(pages=10, fixtures_dir=None) as served, \
            httpx.Client(base_url=served.base_url) as client:
        served.inject("/wp-sitemap-posts-site-1.xml", "hostile-slugs")
        served.inject("/tactic/letters/", "hostile-slugs")
        listed = _locs(client.get("/wp-sitemap-posts-site-1.xml").content)
        for slug in HOSTILE_SLUGS:
            url = f"{served.base_url}/site/{slug}/"
            assert url in listed
            assert f'href="{url}"' in client.get("/tactic/letters/").text
            page = client.send(client.build_request("GET", httpx.URL(url)))
            assert page.status_code == 200
            assert f'<link rel="canonical" href="{url}">' in page.text
        assert client.get("/site/not-hostile-zz/").status_code == 404


def test_compressed_pages_and_the_encoding_bomb() -> None:
    with running_mirror(pages=5, fixtures_dir=None, compress=True) as served, \
            httpx.Client(base_url=served.base_url) as client:
        path = served.profile_urls()[0].removeprefix(served.base_url)
        page = client.get(path)
        assert page.headers["content-encoding"] == "gzip"
        assert int(page.headers["content-length"]) < len(page.content)
        assert hashlib.sha256(page.content).hexdigest() == served.expected_record(path.split("/")[2])["content_sha256"]
        served.inject(path, "encoding-bomb=20000000")
        with client.stream("GET", path) as bomb:
            assert bomb.headers["content-encoding"] == "gzip"
            assert int(bomb.headers["content-length"]) < 50_000
            inflated = 0
            for piece in bomb.iter_bytes():
                inflated += len(piece)
        assert inflated == 20_000_000


def test_gzip_bomb_is_a_valid_gzip_member() -> None:
    assert gzip.decompress(gzip_bomb(3 * 2**20 + 17)) == bytes(3 * 2**20 + 17)


def test_request_log_is_in_arrival_order(mirror: Mirror) -> None:
    slow, quick = mirror.profile_urls()[12], mirror.profile_urls()[13]
    mirror.inject(slow.removeprefix(mirror.base_url), "slow=0.5")
    mirror.clear_requests()
    with httpx.Client() as first, httpx.Client() as second:
        waiting = threading.Thread(target=first.get, args=(slow,))
        waiting.start()
        while not mirror.fired()[("slow", slow.removeprefix(mirror.base_url))]:
            time.sleep(0.01)
        second.get(quick)
        waiting.join()
    paths = [slow.removeprefix(mirror.base_url), quick.removeprefix(mirror.base_url)]
    assert [r.path for r in mirror.requests if r.path in paths] == paths


def test_request_log_keeps_user_agent_and_times(client: httpx.Client, mirror: Mirror) -> None:
    mirror.clear_requests()
    client.get("/robots.txt", headers={"User-Agent": "demandforum-test/1"})
    client.get("/nowhere/")
    first, second = [r for r in mirror.requests if r.path in {"/robots.txt", "/nowhere/"}]
    assert first.path == "/robots.txt" and first.headers["user-agent"] == "demandforum-test/1"
    assert first.status == 200 and first.bytes_sent > 0
    assert second.status == 404 and second.time >= first.time


def test_generation_is_deterministic_and_lazy() -> None:
    assert generate_page(5, 42, "http://x").html == generate_page(5, 42, "http://x").html
    assert generate_page(5, 42, "http://x").html != generate_page(6, 42, "http://x").html
    stream = iter_generated(5, 10**9, "http://x")
    assert next(stream).slug == generate_page(5, 0, "http://x").slug  # a billion pages: never built
    slugs = {place_for(5, index).slug for index in range(30_000)}
    assert len(slugs) == 30_000


def _no_generation(*args: object, **kwargs: object) -> None:
    raise AssertionError("a page was generated")


def test_a_large_mirror_lists_pages_without_generating_them(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("tests.mirror.site.generate_page", _no_generation)
    site = Mirror("http://127.0.0.1:1", pages=12_000, fixtures_dir=None)
    assert len(site.profile_urls()) == 12_000
    assert site.respond("GET", "/wp-sitemap-posts-site-6.xml", {}).status == 200
    assert site.respond("GET", "/tactic/letters/page/3/", {}).status == 200


def test_preloaded_pages_are_served_without_generating_them(monkeypatch: pytest.MonkeyPatch) -> None:
    with running_mirror(pages=6, fixtures_dir=None, page_cache=6) as served, httpx.Client() as client:
        served.preload()
        monkeypatch.setattr("tests.mirror.site.generate_page", _no_generation)
        assert {client.get(url).status_code for url in served.profile_urls()} == {200}


def test_generated_pages_cover_the_three_layouts_at_realistic_sizes() -> None:
    markers = {"list": "<h4 class=\"wp-block-heading\">Tactics Used", "table": "tactics-table",
               "older": "<strong>Tactics used:</strong>"}
    seen = {layout: 0 for layout in markers}
    for page in iter_generated(1, 60, "http://x"):
        html = page.html.decode()
        assert 15_000 < len(page.html) < 70_000
        assert f'<link rel="canonical" href="http://x/site/{page.slug}/">' in html
        assert "Comments are closed." in html
        assert sum(marker in html for marker in markers.values()) == 1
        for layout, marker in markers.items():
            seen[layout] += marker in html
    assert all(count >= 5 for count in seen.values())


def test_expected_records_are_self_consistent() -> None:
    forms = set()
    for page in iter_generated(2, 150, "http://x"):
        record = page.expected
        assert record["id"] == page.slug
        assert record["name"] == f"{record['place']}, {record['state_code']}"
        assert US_STATES[record["state_code"]] == record["state"]
        assert record["tactics"] and set(record["tactics"]) <= set(TACTICS)
        assert len(record["tactics"]) == len(set(record["tactics"]))
        assert 1 <= len(record["narrative"]) <= 5
        assert len(record["citations"]) <= 12
        html = page.html.decode()
        assert record["name"].replace("’", "’") in html
        for citation in record["citations"]:
            assert citation["category"] is None or citation["category"] in record["source_categories"]
            assert (citation["date"] is None) == (citation["date_precision"] is None)
            forms.add((citation["headline"] is None, citation["outlet"] is None, citation["date_precision"]))
        if record["population"] is not None:
            assert str(record["population"]) in html or f"{record['population']:,}" in html
    assert len(forms) >= 6


def test_fixtures_are_served_and_only_profiles_are_listed(tmp_path: Path) -> None:
    pages, expected = tmp_path / "pages", tmp_path / "expected"
    pages.mkdir()
    expected.mkdir()
    canonical = '<link rel="canonical" href="https://demand-forum.org/site/{}/">'
    record = {"id": "profile-ct", "url": "https://demand-forum.org/site/profile-ct/", "name": "Profile, CT",
              "tactics": ["letters"], "content_sha256": "0" * 64}
    (pages / "profile-ct.html").write_text(canonical.format("profile-ct") + "<h1>Profile, CT</h1>")
    (expected / "profile-ct.json").write_text(json.dumps(record))
    (pages / "refused.html").write_text("<h1>Not found</h1>")
    (expected / "refused.json").write_text(json.dumps({"refused": "error-page"}))
    (pages / "pending.html").write_text("<h1>No record yet</h1>")
    with running_mirror(pages=5, fixtures_dir=tmp_path) as served, httpx.Client(base_url=served.base_url) as client:
        assert "profile-ct" in served.slugs() and len(served.slugs()) == 5
        assert not {"refused", "pending"} & set(served.slugs())
        served_page = client.get("/site/profile-ct/")
        assert served_page.text.startswith(canonical.format("profile-ct").replace("https://demand-forum.org",
                                                                                   served.base_url))
        fixture_record = served.expected_record("profile-ct")
        assert fixture_record["url"] == served.profile_url("profile-ct")
        assert fixture_record["content_sha256"] == hashlib.sha256(served_page.content).hexdigest()
        served.change_page("profile-ct")
        edited = client.get("/site/profile-ct/")
        assert edited.headers["etag"] != served_page.headers["etag"]
        assert served.expected_record("profile-ct")["content_sha256"] == hashlib.sha256(edited.content).hexdigest()
        assert client.get("/site/refused/").status_code == client.get("/site/pending/").status_code == 200
        assert "/site/profile-ct/" in client.get("/tactic/letters/").text
        records = list(served.expected_records())
        assert sorted(r["url"] for r in records) == served.profile_urls()


def test_generated_pages_parse_to_their_expected_records() -> None:
    """The cross-check that keeps the generator honest: the parser reads what was put in."""
    for page in iter_generated(4, 24, "http://x"):
        record = json.loads(parse_profile(page.html, url=f"http://x/site/{page.slug}/").to_json_line())
        assert {field: record[field] for field in page.expected} == page.expected


def test_pages_cli_writes_pages_and_expected_records(tmp_path: Path) -> None:
    pages_main(["--out", str(tmp_path), "--pages", "4", "--seed", "9"])
    html = sorted((tmp_path / "pages").glob("*.html"))
    expected = sorted((tmp_path / "expected").glob("*.json"))
    assert [p.stem for p in html] == [p.stem for p in expected] and len(html) == 4
    record = json.loads(expected[0].read_text(encoding="utf-8"))
    assert record["id"] == expected[0].stem
