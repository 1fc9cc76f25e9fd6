"""The polite client against a scripted HTTP server on 127.0.0.1 (each path answers a script)."""

import asyncio
import gzip
import threading
import time
from contextlib import contextmanager
from email.utils import format_datetime
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from scraper.fetch.errors import HttpStatusError, Refused, RetriesExhausted
from scraper.fetch.http import PoliteClient
from scraper.fetch.pacing import parse_retry_after

HTML = {"Content-Type": "text/html; charset=utf-8"}
DROP = "drop"  # close the connection without answering


class ScriptedSite:
    """path -> list of answers (status, headers, body) or DROP; the last answer repeats."""

    def __init__(self) -> None:
        self.scripts: dict[str, list] = {}
        self.log: list[tuple[float, str, dict[str, str]]] = []
        self.lock = threading.Lock()

    def answer(self, path: str):
        with self.lock:
            script = self.scripts.get(path, [(404, HTML, b"<html>not found</html>")])
            return script.pop(0) if len(script) > 1 else script[0]


@contextmanager
def scripted_site():
    site = ScriptedSite()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self):
            with site.lock:
                site.log.append((time.monotonic(), self.path, dict(self.headers)))
            answer = site.answer(self.path)
            if answer == DROP:
                self.close_connection = True
                return
            status, headers, body = answer
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            if "Content-Length" not in headers:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    site.base_url = f"http://127.0.0.1:{server.server_port}"
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def site():
    with scripted_site() as running:
        yield running


def client_for(site, **overrides) -> PoliteClient:
    options = dict(base_url=site.base_url, user_agent="demandforum/test (+https://example.org)",
                   rate=1000.0, concurrency=4, timeout=2.0, max_body_bytes=10_000, retry_budget=20,
                   backoff=0.01, max_retry_wait=0.5)
    options.update(overrides)
    return PoliteClient(**options)


def run(coroutine_function, site, **overrides):
    async def main():
        async with client_for(site, **overrides) as client:
            return await coroutine_function(client), client

    return asyncio.run(main())


def test_a_page_is_fetched_with_the_user_agent_and_conditional_headers(site):
    site.scripts["/site/a/"] = [(200, {**HTML, "ETag": '"v1"'}, b"<html>a</html>")]
    response, client = run(lambda c: c.get("/site/a/", headers={"If-None-Match": '"v0"'}), site)
    assert (response.status, response.body, response.etag) == (200, b"<html>a</html>", '"v1"')
    _, path, headers = site.log[0]
    assert headers["User-Agent"] == "demandforum/test (+https://example.org)"
    assert headers["If-None-Match"] == '"v0"'
    assert client.requests == 1 and client.bytes_downloaded == len(b"<html>a</html>")


def test_transient_failures_are_retried_until_they_clear(site):
    site.scripts["/site/a/"] = [(503, HTML, b""), DROP, (500, HTML, b""), (200, HTML, b"<html>ok</html>")]
    response, client = run(lambda c: c.get("/site/a/"), site)
    assert response.body == b"<html>ok</html>"
    assert client.requests == 4 and client.retry_budget.spent == 3


def test_retry_after_is_honoured_in_seconds_and_as_a_date(site):
    site.scripts["/a/"] = [(429, {"Retry-After": "1"}, b""), (200, HTML, b"<html></html>")]
    run(lambda c: c.get("/a/"), site, max_retry_wait=5.0)
    (first, *_), (second, *_) = site.log
    assert second - first >= 0.9
    assert parse_retry_after("120") == 120.0
    now = datetime(2026, 1, 1, tzinfo=UTC)
    assert parse_retry_after(format_datetime(now + timedelta(seconds=30), usegmt=True), now=now) == 30.0
    assert parse_retry_after(format_datetime(now - timedelta(seconds=30), usegmt=True), now=now) == 0.0
    assert parse_retry_after("soon") is None


def test_a_long_retry_after_is_capped(site):
    site.scripts["/a/"] = [(503, {"Retry-After": "3600"}, b""), (200, HTML, b"<html></html>")]
    started = time.monotonic()
    response, _ = run(lambda c: c.get("/a/"), site, max_retry_wait=0.3)
    assert response.status == 200 and time.monotonic() - started < 30


def test_a_failure_that_persists_gives_up_with_a_reason(site):
    site.scripts["/a/"] = [(503, HTML, b"")]
    with pytest.raises(RetriesExhausted, match=r"HTTP 503 \(gave up after 4 attempts\)"):
        run(lambda c: c.get("/a/"), site)


def test_the_retry_budget_is_shared_by_the_whole_run(site):
    site.scripts["/a/"] = [(503, HTML, b"")]

    async def fetch_twice(client):
        for _ in range(2):
            with pytest.raises(RetriesExhausted):
                await client.get("/a/")
        return client.retry_budget.spent

    spent, client = run(fetch_twice, site, retry_budget=4)
    assert spent == 4 and client.requests == 6  # 1 + 3 retries, then 1 + the last retry
    assert "retry budget spent" in str(pytest.raises(RetriesExhausted, run, lambda c: c.get("/a/"),
                                                     site, retry_budget=0).value)


def test_redirects_are_followed_only_on_the_site(site):
    site.scripts["/old/"] = [(301, {"Location": "/site/new/"}, b"")]
    site.scripts["/site/new/"] = [(200, HTML, b"<html>new</html>")]
    site.scripts["/away/"] = [(302, {"Location": "http://evil.example/site/x/"}, b"")]
    site.scripts["/port/"] = [(302, {"Location": site.base_url.rsplit(":", 1)[0] + ":1/x/"}, b"")]
    site.scripts["/ip/"] = [(302, {"Location": site.base_url.replace("127.0.0.1", "127.0.0.2")}, b"")]
    site.scripts["/file/"] = [(302, {"Location": "file:///etc/passwd"}, b"")]
    response, _ = run(lambda c: c.get("/old/"), site)
    assert response.final_url == site.base_url + "/site/new/" and response.body == b"<html>new</html>"
    for path in ["/away/", "/port/", "/ip/", "/file/"]:
        with pytest.raises(Refused, match="redirect off the site"):
            run(lambda c: c.get(path), site)
    assert {path for _, path, _ in site.log} == {"/old/", "/site/new/", "/away/", "/port/", "/ip/", "/file/"}


def test_redirect_loops_and_endless_chains_are_refused(site):
    site.scripts["/loop-a/"] = [(301, {"Location": "/loop-b/"}, b"")]
    site.scripts["/loop-b/"] = [(301, {"Location": "/loop-a/"}, b"")]
    for n in range(20):
        site.scripts[f"/chain/{n}/"] = [(302, {"Location": f"/chain/{n + 1}/"}, b"")]
    with pytest.raises(Refused, match="redirect loop"):
        run(lambda c: c.get("/loop-a/"), site)
    with pytest.raises(Refused, match="more than 5 redirects"):
        run(lambda c: c.get("/chain/0/"), site)
    assert len([p for _, p, _ in site.log if p.startswith("/chain/")]) == 6


def test_off_site_urls_are_never_requested(site):
    async def try_all(client):
        for url in ["http://evil.example/", "file:///etc/passwd", "javascript:alert(1)",
                    "data:text/html,x", "http://10.0.0.1/site/x/"]:
            with pytest.raises(Refused, match="off the site"):
                await client.get(url)
        return client.refusals

    refusals, client = run(try_all, site)
    assert client.requests == 0 and len(refusals) == 5 and site.log == []


def test_oversized_and_non_html_bodies_are_refused(site):
    site.scripts["/declared/"] = [(200, HTML, b"x" * 20_000)]
    site.scripts["/pdf/"] = [(200, {"Content-Type": "application/pdf"}, b"%PDF")]
    site.scripts["/untyped/"] = [(200, {}, b"<html></html>")]
    with pytest.raises(Refused, match="body too large: Content-Length 20000 > 10000"):
        run(lambda c: c.get("/declared/"), site)
    with pytest.raises(Refused, match="content type application/pdf"):
        run(lambda c: c.get("/pdf/"), site)
    with pytest.raises(Refused, match="content type missing"):
        run(lambda c: c.get("/untyped/"), site)
    huge = gzip.compress(b"<html>" + b" " * 100_000)
    site.scripts["/bomb/"] = [(200, {**HTML, "Content-Encoding": "gzip"}, huge)]
    with pytest.raises(Refused, match="body too large: over 10000 bytes"):
        run(lambda c: c.get("/bomb/"), site)


def test_a_truncated_body_is_retried(site):
    site.scripts["/a/"] = [(200, {**HTML, "Content-Length": "100", "Connection": "close"}, b"<html>short"),
                           (200, HTML, b"<html>whole</html>")]
    response, client = run(lambda c: c.get("/a/"), site)
    assert response.body == b"<html>whole</html>" and client.requests == 2


def test_client_errors_are_not_retried(site):
    with pytest.raises(HttpStatusError, match="HTTP 404"):
        run(lambda c: c.get("/missing/"), site)
    assert len(site.log) == 1


def test_robots_rules_and_crawl_delay_are_obeyed(site):
    site.scripts["/robots.txt"] = [(200, {"Content-Type": "text/plain"},
                                    b"User-agent: *\nDisallow: /private/\nCrawl-delay: 0.2\n"
                                    b"Sitemap: /wp-sitemap.xml\n")]
    site.scripts["/a/"] = [(200, HTML, b"<html></html>")]

    async def crawl_some(client):
        robots = await client.load_robots()
        with pytest.raises(Refused, match="disallowed by robots.txt"):
            await client.get("/private/page/")
        for _ in range(3):
            await client.get("/a/")
        return robots

    robots, client = run(crawl_some, site)
    assert robots.sitemaps == ["/wp-sitemap.xml"] and client.request_interval == 0.2
    starts = [t for t, path, _ in site.log if path == "/a/"]
    assert_spaced(starts, 0.2)
    assert "/private/page/" not in {path for _, path, _ in site.log}


def test_a_missing_robots_txt_allows_everything_but_a_failing_one_stops_the_run(site):
    robots, _ = run(lambda c: c.load_robots(), site)
    assert robots.allows(site.base_url + "/anything/")
    site.scripts["/robots.txt"] = [(500, HTML, b"")]
    with pytest.raises(RetriesExhausted):
        run(lambda c: c.load_robots(), site)


def test_the_rate_limit_spaces_request_starts_even_when_concurrent(site):
    site.scripts.update({f"/p{n}/": [(200, HTML, b"<html></html>")] for n in range(5)})

    async def fetch_all(client):
        return await asyncio.gather(*(client.get(f"/p{n}/") for n in range(5)))

    run(fetch_all, site, rate=4.0, concurrency=4)
    starts = sorted(t for t, _, _ in site.log)
    assert len(starts) == 5
    assert_spaced(starts, 0.25)


def assert_spaced(times: list[float], interval: float, jitter: float = 0.1) -> None:
    """Request starts, as the server saw them, are paced: the whole run spans its intervals and
    most gaps are near one interval. A busy machine makes the server log some requests late, which
    can shorten one gap, never all of them; unpaced concurrent requests land within milliseconds.
    (Lower bounds only: a slow machine can only widen the spacing.)"""
    gaps = sorted(later - earlier for earlier, later in zip(times, times[1:]))
    assert times[-1] - times[0] >= len(gaps) * interval - max(jitter, 0.25 * len(gaps) * interval), gaps
    assert gaps[len(gaps) // 2] >= interval - jitter, gaps


def test_resolve_follows_short_links_without_reading_the_destination(site):
    site.scripts["/?p=12"] = [(301, {"Location": "/site/x"}, b"")]
    final, client = run(lambda c: c.resolve("/?p=12", is_destination=lambda u: "/site/" in u), site)
    assert final == site.base_url + "/site/x"
    assert [path for _, path, _ in site.log] == ["/?p=12"]
