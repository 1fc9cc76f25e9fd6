"""The mirrored site as an object: its URL space, pages, mutations, faults and request log.

No sockets here: `Mirror.respond()` maps a request to a `Response`; `tests.mirror.server` speaks
HTTP. All state changes and reads of shared state hold one lock, so tests may mutate the mirror
while a crawler is fetching from it.
"""

from __future__ import annotations

import bisect
import copy
import gzip
import hashlib
import json
import re
import threading
import zlib
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from parsers.vocabulary import TACTICS
from tests.mirror import chrome, listings, sitemaps
from tests.mirror.faults import (
    HOSTILE_LINKS,
    HOSTILE_SLUGS,
    TRANSFORMS,
    Fault,
    billion_laughs,
    gzip_bomb,
    parse_spec,
    transform,
    xxe,
)
from tests.mirror.names import place_for
from tests.mirror.pages import GeneratedPage, generate_page, post_id_for, tactics_for

FIXTURES_DIR = Path(__file__).resolve().parents[2] / "fixtures"
REAL_SITE_PREFIXES = (b"https://www.demand-forum.org", b"http://www.demand-forum.org",
                      b"https://demand-forum.org", b"http://demand-forum.org")
HTML = "text/html; charset=UTF-8"
XML = "application/xml; charset=UTF-8"
LOGGED_HEADERS = ("user-agent", "if-none-match", "if-modified-since", "host", "accept-encoding",
                  "connection", "range")
GENERATED_EPOCH = datetime(2015, 1, 5, 9, 0, tzinfo=UTC)
FIXTURE_EPOCH = datetime(2023, 3, 1, 12, 0, tzinfo=UTC)
EDIT_STEP = timedelta(days=3)
# Document faults change what a route returns instead of replacing the response.
DOCUMENT_FAULTS = frozenset({"endless-pagination", "offsite-links", "hostile-slugs"})
# Faults that keep the route's answer and change how (or in which bytes) it is sent.
RESPONSE_SHAPERS = frozenset({"slow", "drop", "drop-body", "truncate", "trickle", "no-headers",
                              "stall-body"}) | TRANSFORMS
# Faults that stall a body: they answer a conditional request with the whole page, never a 304.
BODY_STALLERS = frozenset({"trickle", "stall-body"})
PAGE_CACHE_SIZE = 256
# What the sitemaps say of each profile's last change: the time (as WordPress does), the date
# only, nothing, or a lie (the first publication's time, whatever changed since).
LASTMOD_MODES = ("exact", "date", "missing", "lying")
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
_SHORTLINK = re.compile(rb"""rel=["']shortlink["'][^>]*href=["'][^"']*\?p=(\d+)""")


@dataclass
class Response:
    status: int
    body: bytes = b""
    content_type: str | None = HTML
    headers: dict[str, str] = field(default_factory=dict)
    # How the server sends it: normal | drop | drop-body | truncate | stream | endless | trickle |
    # no-headers | stall-body
    transport: str = "normal"
    delay: float = 0.0  # before answering; for a trickle, between two bytes
    size: int = 0  # streamed body size, or how much a truncated body under-delivers


@dataclass(frozen=True)
class LoggedRequest:
    time: float  # time.monotonic() when the request arrived (logged once answered)
    method: str
    path: str  # path and query as requested
    headers: dict[str, str]  # lower-case names, only LOGGED_HEADERS
    status: int
    bytes_sent: int  # body bytes actually written


@dataclass
class _Profile:
    slug: str
    post_id: int
    index: int | None  # generated page index; None for a fixture
    version: int = 0
    lastmod_version: int = 0  # the version the sitemap's <lastmod> tells of
    removed: bool = False
    broken: Fault | None = None


@dataclass
class _Injection:
    fault: Fault
    remaining: int | None  # None: forever


class _PageCache:
    """The most recently served generated pages (a page costs about half a millisecond to make)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._pages: OrderedDict[tuple[int, int], GeneratedPage] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[int, int], make: Callable[[], GeneratedPage]) -> GeneratedPage:
        with self._lock:
            page = self._pages.get(key)
            if page is not None:
                self._pages.move_to_end(key)
                return page
        page = make()
        with self._lock:
            self._pages[key] = page
            while len(self._pages) > self.size:
                self._pages.popitem(last=False)
        return page


def _http_date(moment: datetime) -> str:
    return format_datetime(moment, usegmt=True)


def _quoted_tags(header: str) -> set[str]:
    return {tag.strip().removeprefix("W/") for tag in header.split(",")}


def _conditional(response: Response, headers: dict[str, str]) -> Response:
    """A document answer with an ETag (its content's hash), or a 304 when the client has it."""
    if response.status != 200:
        return response
    etag = f'"{hashlib.sha256(response.body).hexdigest()[:20]}"'
    if etag in _quoted_tags(headers.get("if-none-match", "")):
        return Response(304, b"", None, {"ETag": etag})
    response.headers["ETag"] = etag
    return response


class Mirror:
    """demand-forum.org in miniature, served by `tests.mirror.server`.

    Options: `pages` profiles in total (the fixtures' profiles first, all of them even when
    they outnumber `pages`, then generated pages drawn from `seed`); `faults` a SPEC (see
    `tests.mirror.faults`); `sitemap=False` serves no sitemap at all; `sitemap_gzip` lists
    `.xml.gz` sitemaps; `robots` True (the default robots.txt), False (404) or the text to
    serve; `crawl_delay` adds a Crawl-delay line; `sitemap_page_size` and `listing_page_size`
    are the URLs per sitemap and teasers per archive page; `fixtures_dir=None` serves generated
    pages only; `compress` gzips HTML for clients that accept it, as the real server does;
    `page_cache` is how many generated pages are kept in memory (see `preload`); `lastmod` is
    one of LASTMOD_MODES. robots.txt and the sitemaps carry an ETag and answer 304 to it.

    Mutations (thread-safe): `change_page`, `add_pages`, `remove_page`, `break_page`,
    `restore_page`, `inject`. Observations: `requests`, `fired()`, `faulted_paths()`,
    `profile_urls()`, `slugs()`, `expected_record(slug)`, `expected_records()`.
    """

    def __init__(
        self,
        base_url: str,
        *,
        pages: int = 100,
        seed: int = 0,
        faults: str | None = None,
        sitemap: bool = True,
        sitemap_gzip: bool = False,
        robots: bool | str = True,
        crawl_delay: float | None = None,
        sitemap_page_size: int = 2000,
        listing_page_size: int = 10,
        fixtures_dir: Path | None = FIXTURES_DIR,
        compress: bool = False,
        page_cache: int = PAGE_CACHE_SIZE,
        lastmod: str = "exact",
    ) -> None:
        if lastmod not in LASTMOD_MODES:
            raise ValueError(f"lastmod must be one of {', '.join(LASTMOD_MODES)}")
        self.lastmod = lastmod
        self.base_url = base_url.rstrip("/")
        self.seed = seed
        self.sitemap = sitemap
        self.sitemap_gzip = sitemap_gzip
        self.robots = robots
        self.crawl_delay = crawl_delay
        self.sitemap_page_size = sitemap_page_size
        self.listing_page_size = listing_page_size
        self.compress = compress
        self._cache = _PageCache(page_cache)
        self.spec = parse_spec(faults)
        if any(item.fault.kind in DOCUMENT_FAULTS for item in self.spec):
            raise ValueError(f"{', '.join(sorted(DOCUMENT_FAULTS))} go on one path: use Mirror.inject")
        self._lock = threading.RLock()
        self._requests: list[LoggedRequest] = []
        self._injections: dict[str, list[_Injection]] = {}
        self._spec_hits: Counter[tuple[int, str]] = Counter()
        self._fired: Counter[tuple[str, str]] = Counter()
        self._fixture_bodies: dict[str, bytes] = {}
        self._fixture_expected: dict[str, dict] = {}
        self._profiles: dict[str, _Profile] = {}
        self._by_post_id: dict[int, str] = {}
        self._archives: dict[str, list[str]] | None = None
        self.fixture_slugs: list[str] = []  # every fixture page served, profile or not
        self._load_fixtures(fixtures_dir)
        self._next_index = 0
        self.add_pages(max(0, pages - len(self._profiles)))

    # ---- pages -------------------------------------------------------------------------

    def _load_fixtures(self, fixtures_dir: Path | None) -> None:
        if fixtures_dir is None or not (fixtures_dir / "pages").is_dir():
            return
        for position, path in enumerate(sorted((fixtures_dir / "pages").glob("*.html"))):
            slug = path.stem
            body = path.read_bytes()
            for prefix in REAL_SITE_PREFIXES:
                body = body.replace(prefix, self.base_url.encode())
            self._fixture_bodies[slug] = body
            self.fixture_slugs.append(slug)
            expected = self._fixture_record(fixtures_dir / "expected" / f"{slug}.json")
            shortlink = _SHORTLINK.search(body)
            post_id = int(shortlink.group(1)) if shortlink else 100 + 2 * position
            if post_id in self._by_post_id:
                post_id = 100 + 2 * position
            self._by_post_id[post_id] = slug
            if expected is not None:
                self._fixture_expected[slug] = expected
                self._profiles[slug] = _Profile(slug=slug, post_id=post_id, index=None)

    def _fixture_record(self, path: Path) -> dict | None:
        """The fixture's expected record, with its URL moved onto the mirror; None if not a profile."""
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(record, dict) or "id" not in record:
            return None
        if isinstance(record.get("url"), str):
            record["url"] = re.sub(r"^https?://(www\.)?demand-forum\.org", self.base_url, record["url"])
        return record

    def add_pages(self, count: int) -> list[str]:
        """Publish `count` more generated profiles; returns their slugs."""
        added = []
        with self._lock:
            while len(added) < count:
                index = self._next_index
                self._next_index += 1
                slug = place_for(self.seed, index).slug
                post_id = post_id_for(index)
                if slug in self._fixture_bodies or post_id in self._by_post_id:
                    continue  # a fixture already owns the slug or the post id
                self._profiles[slug] = _Profile(slug=slug, post_id=post_id, index=index)
                self._by_post_id[post_id] = slug
                added.append(slug)
            self._archives = None
        return added

    def _profile(self, slug: str) -> _Profile:
        try:
            return self._profiles[slug]
        except KeyError:
            raise KeyError(f"no profile {slug!r} on the mirror") from None

    def change_page(self, slug: str, *, bump_lastmod: bool = True) -> None:
        """Edit a profile: new bytes, ETag and Last-Modified. A generated page's population
        changes (see `expected_record`); a fixture only gains an HTML comment. Without
        `bump_lastmod` the sitemap's <lastmod> stays as it was."""
        with self._lock:
            profile = self._profile(slug)
            profile.version += 1
            if bump_lastmod:
                profile.lastmod_version = profile.version

    def remove_page(self, slug: str) -> None:
        with self._lock:
            self._profile(slug).removed = True
            self._archives = None

    def break_page(self, slug: str, kind: str = "500") -> None:
        """Make a profile fail until `restore_page`: any fault kind (e.g. "500", "soft-404",
        "not-a-profile", "non-html", "empty", "gone", "redirect-loop")."""
        with self._lock:
            self._profile(slug).broken = Fault.parse(kind)

    def restore_page(self, slug: str) -> None:
        with self._lock:
            profile = self._profile(slug)
            profile.broken = None
            if profile.removed:
                profile.removed = False
                self._archives = None

    def _live(self) -> list[_Profile]:
        with self._lock:
            return sorted((p for p in self._profiles.values() if not p.removed), key=lambda p: p.post_id)

    def profile_url(self, slug: str) -> str:
        return f"{self.base_url}/site/{slug}/"

    def profile_urls(self) -> list[str]:
        """Canonical URLs of every published profile (broken ones included), sorted."""
        return sorted(self.profile_url(p.slug) for p in self._live())

    def slugs(self) -> list[str]:
        return sorted(p.slug for p in self._live())

    def expected_record(self, slug: str) -> dict:
        """The record the page at `slug` parses to now (for a broken page: before it broke)."""
        with self._lock:
            profile = self._profile(slug)
            version = profile.version
        if profile.index is None:
            record = copy.deepcopy(self._fixture_expected[slug])
            if "content_sha256" in record:
                record["content_sha256"] = hashlib.sha256(self._body(profile)).hexdigest()
            return record
        return copy.deepcopy(self._generated(profile.index, version).expected)

    def expected_records(self) -> Iterator[dict]:
        """Expected records of the published, unbroken profiles, by post id; lazy (an iterator)."""
        for profile in self._live():
            if profile.broken is None:
                yield self.expected_record(profile.slug)

    def _generated(self, index: int, version: int) -> GeneratedPage:
        return self._cache.get((index, version),
                               lambda: generate_page(self.seed, index, self.base_url, version=version))

    def preload(self) -> None:
        """Generate every published page now, so that serving them costs no generation
        (benchmarks: set `page_cache` to at least the number of pages)."""
        for profile in self._live():
            if profile.index is not None:
                self._generated(profile.index, profile.version)

    def _body(self, profile: _Profile) -> bytes:
        if profile.index is None:
            body = self._fixture_bodies[profile.slug]
            return body + f"\n<!-- revision {profile.version} -->\n".encode() if profile.version else body
        return self._generated(profile.index, profile.version).html

    def _last_modified(self, profile: _Profile, version: int | None = None) -> datetime:
        if profile.index is None:
            base = FIXTURE_EPOCH + timedelta(days=self.fixture_slugs.index(profile.slug))
        else:
            spread = zlib.crc32(f"{self.seed}:{profile.index}".encode()) % (9 * 365 * 86400)
            base = GENERATED_EPOCH + timedelta(seconds=spread)
        return base + (profile.version if version is None else version) * EDIT_STEP

    def _sitemap_lastmod(self, profile: _Profile) -> datetime | date | None:
        if self.lastmod == "missing":
            return None
        moment = self._last_modified(profile, 0 if self.lastmod == "lying" else profile.lastmod_version)
        return moment.date() if self.lastmod == "date" else moment

    def _etag(self, profile: _Profile) -> str:
        site = zlib.crc32(self.base_url.encode())
        return f'"{profile.post_id:x}-{profile.version}-{self.seed:x}-{site:08x}"'

    # ---- faults ------------------------------------------------------------------------

    def inject(self, path: str, fault: str | Fault, times: int | None = 1) -> None:
        """Make the next `times` requests for `path` (exact path, no query) fail with `fault`
        (None: forever). Injections on one path queue up in order. The document faults
        (endless-pagination on a listing root, offsite-links) stay for good, whatever `times`."""
        parsed = Fault.parse(fault) if isinstance(fault, str) else fault
        with self._lock:
            self._injections.setdefault(path, []).append(_Injection(parsed, times))

    def faulted_paths(self, kind: str | None = None) -> list[str]:
        """Profile paths the fault SPEC affects (optionally only those of one kind)."""
        return sorted(
            f"/site/{p.slug}/" for p in self._live()
            if any(item.selects(self.seed, p.slug) for item in self.spec if kind in (None, item.fault.kind))
        )

    def fired(self) -> Counter[tuple[str, str]]:
        """How often each (fault kind, path) has fired so far."""
        with self._lock:
            return Counter(self._fired)

    def _take_fault(self, path: str, profile: _Profile | None) -> Fault | None:
        with self._lock:
            for injection in self._injections.get(path, ()):
                if injection.fault.kind in DOCUMENT_FAULTS:
                    continue
                if injection.remaining is None or injection.remaining > 0:
                    if injection.remaining is not None:
                        injection.remaining -= 1
                    return self._fire(injection.fault, path)
            if profile is None:
                return None
            if profile.broken is not None:
                return self._fire(profile.broken, path)
            for item in self.spec:
                if item.selects(self.seed, profile.slug):
                    key = (item.position, profile.slug)
                    if item.times is None or self._spec_hits[key] < item.times:
                        self._spec_hits[key] += 1
                        return self._fire(item.fault, path)
            return None

    def _fire(self, fault: Fault, path: str) -> Fault:
        self._fired[(fault.kind, path)] += 1
        return fault

    def _has_document_fault(self, path: str, kind: str) -> bool:
        with self._lock:
            return any(i.fault.kind == kind for i in self._injections.get(path, ()))

    def _extra_links(self, path: str) -> tuple[str, ...]:
        """Links a sitemap or listing at `path` carries because of a document fault."""
        extra: tuple[str, ...] = ()
        if self._has_document_fault(path, "offsite-links"):
            extra += HOSTILE_LINKS
        if self._has_document_fault(path, "hostile-slugs"):
            extra += tuple(f"{self.base_url}/site/{slug}/" for slug in HOSTILE_SLUGS)
        return extra

    def _fault_response(self, fault: Fault, path: str, normal: Response) -> Response:
        kind = fault.kind
        port = urlsplit(self.base_url).port
        if kind == "429":
            return Response(429, b"Too Many Requests", "text/plain", {"Retry-After": f"{fault.value(1):g}"})
        if kind == "429-date":
            until = datetime.now(UTC) + timedelta(seconds=fault.value(1))
            return Response(429, b"Too Many Requests", "text/plain", {"Retry-After": _http_date(until)})
        if kind in {"500", "503", "gone"}:
            status = 410 if kind == "gone" else int(kind)
            retry = {"Retry-After": f"{fault.param:g}"} if fault.param is not None else {}
            return Response(status, chrome.error_page(self.base_url, f"Error {status}"), HTML, retry)
        if kind == "slow":
            normal.delay = fault.value(2.0)
            return normal
        if kind in TRANSFORMS:
            if normal.status == 200 and normal.content_type == HTML:
                try:
                    normal.body, normal.content_type = transform(kind, normal.body)
                except UnicodeDecodeError:
                    pass  # a fixture that is not UTF-8 to begin with is served as it is
            return normal
        if kind in {"drop", "drop-body", "no-headers", "stall-body"}:
            normal.transport = kind
            return normal
        if kind == "trickle":
            normal.transport, normal.delay = "trickle", fault.value(1.0)
            return normal
        if kind == "truncate":
            normal.transport, normal.size = "truncate", int(fault.value(1000))
            return normal
        if kind == "soft-404":
            return Response(200, chrome.not_found_page(self.base_url))
        if kind == "soft-error":
            return Response(200, chrome.error_page(self.base_url, "Error establishing a database connection"))
        redirects = {
            "offsite": f"http://evil.example{path}",
            "offsite-ip": f"http://127.0.0.2:{port}{path}",
            "offsite-port": f"http://127.0.0.1:{(port or 80) + 1}{path}",
            "offsite-scheme": f"https://127.0.0.1:{port}{path}",
            "offsite-private": f"http://10.0.0.1{path}",
            "redirect-loop": f"{self.base_url}/loop/1/",
        }
        if kind in redirects:
            return Response(302, b"", None, {"Location": redirects[kind]})
        if kind == "huge":
            return Response(200, b"", HTML, transport="stream", size=int(fault.value(50 * 2**20)))
        if kind == "endless":
            return Response(200, b"", HTML, transport="endless")
        if kind == "non-html":
            return Response(200, PDF, "application/pdf")
        if kind == "empty":
            return Response(200, b"")
        if kind == "binary":
            return Response(200, bytes(range(256)) * 64)
        if kind == "not-a-profile":
            return Response(200, listings.about_page(self.base_url))
        if kind == "encoding-bomb":
            return Response(200, gzip_bomb(int(fault.value(4 << 30))), HTML, {"Content-Encoding": "gzip"})
        if kind == "gzip-bomb":
            return Response(200, gzip_bomb(int(fault.value(4 << 30))), "application/x-gzip")
        if kind == "billion-laughs":
            return Response(200, billion_laughs(), XML)
        if kind == "xxe":
            return Response(200, xxe(), XML)
        raise ValueError(f"fault {kind!r} cannot replace a response")

    # ---- requests ----------------------------------------------------------------------

    def log(self, arrived: float, method: str, target: str, headers: dict[str, str], status: int,
            bytes_sent: int) -> None:
        entry = LoggedRequest(arrived, method, target,
                              {k: v for k, v in headers.items() if k in LOGGED_HEADERS}, status, bytes_sent)
        with self._lock:
            bisect.insort(self._requests, entry, key=lambda logged: logged.time)

    @property
    def requests(self) -> list[LoggedRequest]:
        """A snapshot of every request answered so far, in the order they arrived."""
        with self._lock:
            return list(self._requests)

    def clear_requests(self) -> None:
        with self._lock:
            self._requests.clear()

    def respond(self, method: str, target: str, headers: dict[str, str]) -> Response:
        """The answer to `method target`; `headers` have lower-case names."""
        split = urlsplit(target)
        path, query = split.path or "/", parse_qs(split.query)
        profile = self._profile_at(path)
        fault = self._take_fault(path, profile)
        if fault is not None and fault.kind not in RESPONSE_SHAPERS:
            return self._fault_response(fault, path, Response(200))
        if fault is not None and fault.kind in BODY_STALLERS:  # a sick server ignores validators too
            headers = {k: v for k, v in headers.items() if k not in {"if-none-match", "if-modified-since"}}
        response = self._route(path, query, headers, profile)
        if fault:
            response = self._fault_response(fault, path, response)
        if self.compress and response.body and response.content_type == HTML and \
                "gzip" in headers.get("accept-encoding", ""):
            response.body = gzip.compress(response.body, compresslevel=6, mtime=0)
            response.headers.update({"Content-Encoding": "gzip", "Vary": "Accept-Encoding"})
        return response

    def _profile_at(self, path: str) -> _Profile | None:
        match = re.fullmatch(r"/site/([^/]+)/", path)
        if not match:
            return None
        with self._lock:
            profile = self._profiles.get(match.group(1))
            return profile if profile is not None and not profile.removed else None

    def _route(self, path: str, query: dict[str, list[str]], headers: dict[str, str],
               profile: _Profile | None) -> Response:
        if profile is not None:
            return self._profile_response(profile, headers)
        if path == "/":
            if "p" in query:
                return self._short_link(query["p"][0])
            return Response(200, listings.home_page(self.base_url))
        if path == "/robots.txt":
            return _conditional(self._robots(), headers)
        if path.startswith("/wp-sitemap"):
            return _conditional(self._sitemap(path), headers)
        if match := re.fullmatch(r"/site/([^/]+)/?", path):
            return self._other_site_path(match.group(1), path)
        if match := re.fullmatch(r"/tactic/([a-z-]+)(?:/page/(\d+))?(/?)", path):
            return self._listing(match.group(1), int(match.group(2) or 1), path, bool(match.group(3)))
        if match := re.fullmatch(r"/loop/(\d+)/", path):
            return Response(302, b"", None, {"Location": f"{self.base_url}/loop/{int(match.group(1)) + 1}/"})
        if path.strip("/") in TACTICS and path.endswith("/"):
            return Response(200, listings.tactic_page(self.base_url, path.strip("/")))
        static = {"/browse-locations/": listings.browse_locations_page, "/map-locations/": listings.map_locations_page,
                  "/about/": listings.about_page}
        if path in static:
            return Response(200, static[path](self.base_url))
        return self._not_found()

    def _not_found(self) -> Response:
        return Response(404, chrome.not_found_page(self.base_url))

    def _redirect(self, location: str) -> Response:
        return Response(301, b"", None, {"Location": location})

    def _profile_response(self, profile: _Profile, headers: dict[str, str]) -> Response:
        with self._lock:
            etag, last_modified = self._etag(profile), self._last_modified(profile)
        validators = {"ETag": etag, "Last-Modified": _http_date(last_modified),
                      "Link": f"<{self.base_url}/?p={profile.post_id}>; rel=shortlink"}
        if self._not_modified(headers, etag, last_modified):
            return Response(304, b"", None, validators)
        return Response(200, self._body(profile), HTML, validators)

    @staticmethod
    def _not_modified(headers: dict[str, str], etag: str, last_modified: datetime) -> bool:
        if "if-none-match" in headers:
            tags = _quoted_tags(headers["if-none-match"])
            return "*" in tags or etag in tags
        if "if-modified-since" in headers:
            try:
                since = parsedate_to_datetime(headers["if-modified-since"])
            except (TypeError, ValueError):
                return False
            return since.tzinfo is not None and last_modified <= since
        return False

    def _short_link(self, post_id: str) -> Response:
        slug = self._by_post_id.get(int(post_id)) if post_id.isdigit() else None
        if slug is None or (slug in self._profiles and self._profiles[slug].removed):
            return self._not_found()
        return self._redirect(self.profile_url(slug))

    def _other_site_path(self, slug: str, path: str) -> Response:
        known = slug in self._fixture_bodies or slug in self._profiles
        if known and not path.endswith("/"):
            removed = slug in self._profiles and self._profiles[slug].removed
            return self._not_found() if removed else self._redirect(self.profile_url(slug))
        if path == sitemaps.PRIVATE_PATH:
            return Response(200, listings.private_page(self.base_url))
        if slug in self._fixture_bodies:  # a fixture that is not a profile
            return Response(200, self._fixture_bodies[slug])
        if slug in HOSTILE_SLUGS and path.endswith("/"):
            return Response(200, self._hostile_slug_page(slug))
        return self._not_found()

    def _hostile_slug_page(self, slug: str) -> bytes:
        """A real-looking profile whose canonical URL carries the hostile slug."""
        page = self._generated(0, 0)
        return page.html.replace(f"/site/{page.slug}/".encode(), f"/site/{slug}/".encode())

    def _robots(self) -> Response:
        if self.robots is False:
            return self._not_found()
        if isinstance(self.robots, str):
            return Response(200, self.robots.encode(), "text/plain; charset=utf-8")
        sitemap_url = None
        if self.sitemap:
            sitemap_url = f"{self.base_url}/wp-sitemap.xml" + (".gz" if self.sitemap_gzip else "")
        body = sitemaps.robots_txt(self.base_url, sitemap_url=sitemap_url, crawl_delay=self.crawl_delay)
        return Response(200, body, "text/plain; charset=utf-8")

    def _sitemap(self, path: str) -> Response:
        if not self.sitemap:
            return self._not_found()
        gzipped = path.endswith(".gz")
        name = path.removesuffix(".gz")
        suffix = ".xml.gz" if self.sitemap_gzip else ".xml"
        live = self._live()
        site_pages = max(1, -(-len(live) // self.sitemap_page_size))
        extra = self._extra_links(path)
        if name == "/wp-sitemap.xml":
            names = [f"wp-sitemap-posts-site-{n}" for n in range(1, site_pages + 1)]
            names += ["wp-sitemap-posts-page-1", "wp-sitemap-taxonomies-tactic-1"]
            document = sitemaps.sitemap_index([f"{self.base_url}/{n}{suffix}" for n in names])
        elif match := re.fullmatch(r"/wp-sitemap-posts-site-(\d+)\.xml", name):
            number = int(match.group(1))
            if not 1 <= number <= site_pages:
                return self._not_found()
            chunk = live[(number - 1) * self.sitemap_page_size: number * self.sitemap_page_size]
            with self._lock:
                entries = [(self.profile_url(p.slug), self._sitemap_lastmod(p)) for p in chunk]
            if number == 1:
                entries.append((f"{self.base_url}{sitemaps.PRIVATE_PATH}", None))
            document = sitemaps.urlset(entries, extra=extra)
        elif name == "/wp-sitemap-posts-page-1.xml":
            pages = ["/", "/browse-locations/", "/map-locations/", "/about/"] + [f"/{t}/" for t in TACTICS]
            document = sitemaps.urlset([(f"{self.base_url}{p}", None) for p in pages], extra=extra)
        elif name == "/wp-sitemap-taxonomies-tactic-1.xml":
            document = sitemaps.urlset([(f"{self.base_url}/tactic/{t}/", None) for t in TACTICS], extra=extra)
        else:
            return self._not_found()
        if gzipped:
            return Response(200, sitemaps.gzipped(document), "application/x-gzip")
        return Response(200, document, XML)

    def _archive_index(self) -> dict[str, list[str]]:
        """Slugs per tactic archive, newest post first; rebuilt after pages are added or removed."""
        with self._lock:
            if self._archives is None:
                archives: dict[str, list[str]] = {tactic: [] for tactic in TACTICS}
                for profile in reversed(self._live()):
                    for tactic in self._profile_tactics(profile):
                        archives.setdefault(tactic, []).append(profile.slug)
                self._archives = archives
            return self._archives

    def _profile_tactics(self, profile: _Profile) -> list[str]:
        if profile.index is None:
            tactics = [t for t in self._fixture_expected[profile.slug].get("tactics") or [] if t in TACTICS]
            return tactics or ["buyer-arrests"]
        return tactics_for(self.seed, profile.index)

    def _teaser(self, slug: str) -> listings.Teaser:
        profile = self._profiles[slug]
        if profile.index is None:
            record = self._fixture_expected[slug]
            name = record.get("name") or slug
            return listings.Teaser(slug, profile.post_id, name, f"{name}: tactics, sources and background.")
        place = place_for(self.seed, profile.index)
        excerpt = f"{place.place} is a {place.type.lower()} in {place.state}. Tactics used there"
        return listings.Teaser(slug, profile.post_id, place.name, excerpt)

    def _listing(self, tactic: str, page: int, path: str, slashed: bool) -> Response:
        if tactic not in TACTICS:
            return self._not_found()
        root = f"/tactic/{tactic}/"
        if not slashed or (page == 1 and path != root):
            return self._redirect(self.base_url + (root if page == 1 else f"{root}page/{page}/"))
        slugs = self._archive_index()[tactic]
        size = self.listing_page_size
        endless = self._has_document_fault(root, "endless-pagination")
        page_count = max(1, -(-len(slugs) // size))
        if page > page_count and not endless:
            return self._not_found()
        start = ((page - 1) * size) % max(len(slugs), 1)
        teasers = [self._teaser(s) for s in slugs[start:start + size]]
        if page == 1 and tactic == next(iter(TACTICS)):
            teasers.insert(0, listings.Teaser("private-test-xx", 1, "Private Test, XX", "Not for robots."))
        body = listings.listing_page(self.base_url, tactic, page, teasers,
                                     has_next=endless or page < page_count, extra=self._extra_links(path))
        return Response(200, body)
