"""A real nginx (the Debian package) serving the mirror's site as static files, for tests that must
meet a real web server: its own ETags, Last-Modified, 304s, 301s and keep-alive, not ours.

    def test_something(nginx_site):              # the fixture: 12 generated profiles, seed 7
        nginx_site.base_url                      # http://127.0.0.1:PORT
        nginx_site.mirror                        # the Mirror the files came from (slugs, expected records)
        nginx_site.soft_404("some-slug")         # /site/some-slug/ becomes a 200 "Page not found" page
        nginx_site.redirect("/site/a/", "/site/b/")  # a 301 (nginx reloads its config)
        nginx_site.fail(["/site/a/", ...], 503)  # nginx's own 503 on those paths until unfail() (a reload)
        nginx_site.write("/site/new/", body)     # any file; a path ending in / is its index.html
        nginx_site.requests()                    # what nginx served, from its access log
        nginx_site.clear_log()

    with running_nginx_site(workdir, pages=40, seed=1) as site: ...   # the same, any Mirror options
    with running_nginx_site(workdir, gzip=True, ...) as site: ...     # gzip on (weak ETags for gzipped answers)

nginx runs in the foreground (`daemon off`) on a free loopback port, with its config, pid file, logs
and temp paths under `workdir`, and is stopped by its pid. Install it with `apt-get install nginx`
(`.ci/run` does); without it the harness fails with that advice rather than skipping.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import pytest

from tests.mirror import Mirror
from tests.mirror.chrome import not_found_page

START_TIMEOUT = 10.0
STOP_TIMEOUT = 5.0
PORT_ATTEMPTS = 5
# Static files keep one date, so that nginx's validators (mtime and size) only move when a test
# rewrites a file, never with the day the test runs.
DEFAULT_MTIME = 1_700_000_000  # 2023-11-14
_BARRIER_PATH = "/.nginx-site-barrier-"
_PROBE_AGENT = "nginx-site-probe"  # the harness's own readiness probes stay out of the log
_SITEMAP_LOC = re.compile(rb"<loc>([^<]+)</loc>")
_LOG_FORMAT = (
    '{"method":"$request_method","path":"$request_uri","status":$status,'
    '"body_bytes":$body_bytes_sent,"if_none_match":"$http_if_none_match",'
    '"if_modified_since":"$http_if_modified_since"}'
)


@dataclass(frozen=True)
class Served:
    """One line of nginx's access log."""

    method: str
    path: str
    status: int
    body_bytes: int  # body bytes nginx sent (0 for a 304)
    if_none_match: str
    if_modified_since: str

    @property
    def conditional(self) -> bool:
        return bool(self.if_none_match or self.if_modified_since)


class NginxSite:
    """The files under `root`, served by nginx at `base_url`; see the module docstring."""

    def __init__(self, workdir: Path, port: int, mirror: Mirror, *, gzip: bool = False) -> None:
        self.workdir = workdir
        self.gzip = gzip  # compress HTML and sitemaps for clients that accept it (weak ETags then)
        self.root = workdir / "site"
        self.port = port
        self.base_url = f"http://127.0.0.1:{port}"
        self.mirror = mirror
        self._redirects: dict[str, str] = {}
        self._failing: dict[str, int] = {}
        self._barriers = 0
        self._process: subprocess.Popen[bytes] | None = None

    # -- the files ----------------------------------------------------------------------------

    def write(self, path: str, body: bytes, *, mtime: float = DEFAULT_MTIME) -> None:
        """Serve `body` at URL path `path` (a path ending in / is served from its index.html)."""
        target = self.root / (path.lstrip("/") + ("index.html" if path.endswith("/") else ""))
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(body)
        os.utime(target, (mtime, mtime))

    def soft_404(self, slug: str) -> None:
        """The profile at /site/<slug>/ becomes a themed "Page not found" page, with status 200."""
        self.write(f"/site/{slug}/", not_found_page(self.base_url))

    def redirect(self, old_path: str, new_path: str) -> None:
        """`old_path` answers 301 to `new_path` from now on (nginx reloads its config)."""
        self._redirects[old_path] = new_path
        self._reload(old_path, 301)

    def fail(self, paths: list[str], status: int = 503) -> None:
        """Each of `paths` answers `status` (nginx's own error page) until `unfail` (a reload)."""
        self._failing = {path: status for path in paths}
        if paths:
            self._reload(paths[0], status)

    def unfail(self) -> None:
        failed = list(self._failing)
        self._failing = {}
        if failed:
            self._reload(failed[0], None)

    def _reload(self, probe_path: str, expected_status: int | None) -> None:
        """Rewrite the config and have nginx reload it; wait until `probe_path` answers as the new
        config says (None: anything but a redirect or an error)."""
        self._write_config()
        if self._process is None:
            return
        old_workers = _children(self._process.pid)
        os.kill(self._process.pid, signal.SIGHUP)

        def reloaded() -> bool:
            # Until the old worker has exited it may still accept a connection and answer with the
            # old config (a probe that reached the new worker proves nothing about the next request).
            if any(Path(f"/proc/{pid}").exists() for pid in old_workers):
                return False
            status = _status_of(self.base_url + probe_path)
            return status == expected_status if expected_status else status is not None and status < 300

        self._wait_until(reloaded, "reload")

    def export_mirror(self) -> None:
        """robots.txt, the sitemaps and every profile of `mirror`, as the mirror answers them."""
        self.write("/404.html", not_found_page(self.base_url))
        paths = ["/robots.txt", "/wp-sitemap.xml"]
        index = self.mirror.respond("GET", "/wp-sitemap.xml", {}).body
        paths += [loc.decode().removeprefix(self.base_url) for loc in _SITEMAP_LOC.findall(index)]
        paths += [f"/site/{slug}/" for slug in self.mirror.slugs()]
        for path in paths:
            response = self.mirror.respond("GET", path, {})
            if response.status == 200:
                self.write(path, response.body, mtime=_mtime_of(response.headers))

    # -- what nginx served --------------------------------------------------------------------

    def requests(self) -> list[Served]:
        """Every request nginx has answered so far, from its access log.

        nginx logs a request just after sending its last byte, so a client can see an answer before
        its line exists. One worker handles requests one event at a time: once a barrier request of
        ours is logged, every answer sent before it is logged too.
        """
        self._barriers += 1
        barrier = f"{_BARRIER_PATH}{self._barriers}"
        _status_of(self.base_url + barrier, log=True)
        self._wait_until(lambda: any(s.path == barrier for s in self._logged()), "log the barrier")
        return [s for s in self._logged() if not s.path.startswith(_BARRIER_PATH)]

    def _logged(self) -> list[Served]:
        log = self.workdir / "access.log"
        text = log.read_text() if log.exists() else ""
        return [Served(**json.loads(line)) for line in text.splitlines() if line]

    def clear_log(self) -> None:
        (self.workdir / "access.log").write_bytes(b"")

    # -- the server ---------------------------------------------------------------------------

    def start(self) -> None:
        self._write_config()
        for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"):
            (self.workdir / "temp" / name).mkdir(parents=True, exist_ok=True)
        self._process = subprocess.Popen(
            [_nginx_binary(), "-p", str(self.workdir), "-c", str(self.workdir / "nginx.conf"),
             "-e", str(self.workdir / "error.log")],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        self._wait_until(lambda: _status_of(self.base_url + "/robots.txt") is not None, "start")

    def stop(self) -> None:
        """Stop nginx by the pid in its pid file (the master, which ends its worker)."""
        if self._process is None:
            return
        pid_file = self.workdir / "nginx.pid"
        pid = int(pid_file.read_text()) if pid_file.exists() else self._process.pid
        os.kill(pid, signal.SIGQUIT)  # graceful: finish the requests in flight
        try:
            self._process.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            os.kill(pid, signal.SIGKILL)
            self._process.wait()
        self._process = None

    def _wait_until(self, ready: Any, what: str) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self._process is not None and self._process.poll() is not None:
                raise NginxFailed(f"nginx exited during {what}: {self._error_log()}")
            if ready():
                return
            time.sleep(0.05)
        raise NginxFailed(f"nginx did not {what} within {START_TIMEOUT:g} s: {self._error_log()}")

    def _error_log(self) -> str:
        log = self.workdir / "error.log"
        return log.read_text()[-2000:] if log.exists() else "(no error log)"

    def _write_config(self) -> None:
        redirects = "".join(
            f"        location = {old} {{ return 301 {new}; }}\n" for old, new in self._redirects.items()
        ) + "".join(f"        location = {path} {{ return {status}; }}\n" for path, status in self._failing.items())
        user = "user root;\n" if os.geteuid() == 0 else ""  # workers must read files under /tmp/pytest-of-root
        temp = self.workdir / "temp"
        (self.workdir / "nginx.conf").write_text(f"""{user}daemon off;
worker_processes 1;
pid {self.workdir / "nginx.pid"};
error_log {self.workdir / "error.log"} warn;
worker_shutdown_timeout 2s;
events {{ worker_connections 256; }}
http {{
    types {{ text/html html; application/xml xml; text/plain txt; application/x-gzip gz; }}
    default_type application/octet-stream;
    charset utf-8;
    charset_types text/plain application/xml;
    log_format counted escape=json '{_LOG_FORMAT}';
    map $http_user_agent $counted {{ "{_PROBE_AGENT}" 0; default 1; }}
    access_log {self.workdir / "access.log"} counted if=$counted;
    client_body_temp_path {temp / "client_body"};
    proxy_temp_path {temp / "proxy"};
    fastcgi_temp_path {temp / "fastcgi"};
    uwsgi_temp_path {temp / "uwsgi"};
    scgi_temp_path {temp / "scgi"};
    absolute_redirect off;
    gzip {"on" if self.gzip else "off"};
    gzip_types application/xml text/plain;
    server_tokens off;
    server {{
        listen 127.0.0.1:{self.port};
        root {self.root};
        index index.html;
        error_page 404 /404.html;
{redirects}    }}
}}
""")


class NginxFailed(RuntimeError):
    """nginx would not start, reload or is missing."""


@contextmanager
def running_nginx_site(workdir: Path, *, gzip: bool = False, **mirror_options: Any) -> Iterator[NginxSite]:
    """nginx serving `Mirror(**mirror_options)` as files under `workdir`, on a free loopback port
    (`gzip`: compressed for clients that accept it)."""
    for attempt in range(PORT_ATTEMPTS):
        site_dir = workdir / f"nginx-{attempt}"
        site_dir.mkdir(parents=True)
        port = _free_port()
        site = NginxSite(site_dir, port, Mirror(f"http://127.0.0.1:{port}", **mirror_options), gzip=gzip)
        site.export_mirror()
        try:
            site.start()
            break
        except NginxFailed as failure:
            site.stop()
            if "Address already in use" not in str(failure) or attempt == PORT_ATTEMPTS - 1:
                raise  # another process took the port between our probe and nginx's bind: try again
    try:
        yield site
    finally:
        site.stop()


@pytest.fixture
def nginx_site(tmp_path: Path) -> Iterator[NginxSite]:
    """nginx serving 12 generated profiles (seed 7, no fixture pages), stopped after the test."""
    with running_nginx_site(tmp_path, pages=12, seed=7, fixtures_dir=None) as site:
        yield site


def _nginx_binary() -> str:
    found = shutil.which("nginx") or next(
        (path for path in ("/usr/sbin/nginx", "/usr/local/sbin/nginx") if os.access(path, os.X_OK)), None
    )
    if found is None:
        raise NginxFailed("nginx is not installed: apt-get install -y nginx (as .ci/run does)")
    return found


def _children(pid: int) -> list[int]:
    """The processes `pid` started (nginx's master: its workers), from /proc."""
    try:
        return [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _status_of(url: str, *, log: bool = False) -> int | None:
    """The status nginx gives `url` (redirects not followed), or None if it does not answer yet;
    logged by nginx only with `log`."""

    class NoRedirects(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: Any) -> None:
            return None

    opener = urllib.request.build_opener(NoRedirects)
    try:
        headers = {} if log else {"User-Agent": _PROBE_AGENT}
        with opener.open(urllib.request.Request(url, method="HEAD", headers=headers), timeout=1) as answer:
            return answer.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return None


def _mtime_of(headers: dict[str, str]) -> float:
    stamp = headers.get("Last-Modified")
    return parsedate_to_datetime(stamp).timestamp() if stamp else DEFAULT_MTIME
