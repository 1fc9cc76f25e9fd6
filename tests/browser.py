"""Headless Chromium from Debian's packages, driven by Playwright, with every request that leaves the
site blocked and counted. Never `playwright install`: the browser is /usr/bin/chromium."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from playwright.sync_api import Browser, BrowserContext, Page, Route, sync_playwright

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",  # we run as root
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--no-first-run", "--disable-gpu", "--disable-quic",
]


@contextmanager
def chromium() -> Iterator[Browser]:
    assert CHROMIUM.exists(), "install Debian's chromium (.ci/run does: apt-get install chromium)"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def served(directory: Path) -> Iterator[str]:
    """The folder over HTTP on loopback; yields its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002  (the stdlib's name)
        pass


@dataclass
class Visit:
    """A browser context that may load only `base` (the site), with what it tried and said."""

    context: BrowserContext
    base: str
    blocked: list[str] = field(default_factory=list)
    loaded: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def page(self) -> Page:
        page = self.context.new_page()
        page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        return page

    def _route(self, route: Route) -> None:
        url = route.request.url
        if url.startswith(self.base):
            self.loaded.append(url)
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()


@contextmanager
def visit(browser: Browser, base: str, **context_options) -> Iterator[Visit]:
    context = browser.new_context(viewport={"width": 1200, "height": 900}, **context_options)
    seen = Visit(context, base)
    context.route("**/*", seen._route)
    try:
        yield seen
    finally:
        context.close()
