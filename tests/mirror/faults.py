"""Faults the mirror can inject, the SPEC grammar that spreads them over profiles, and the bombs.

SPEC grammar (``--faults SPEC`` / ``running_mirror(faults=SPEC)``)::

    SPEC  := ITEM ("," ITEM)*
    ITEM  := KIND ["=" PARAM] ":" SHARE [":" TIMES]

KIND is one of KINDS below; PARAM its number (seconds or bytes, see KINDS); SHARE the fraction of
profile paths affected (0..1), chosen deterministically from the mirror's seed; TIMES how many
requests to each affected path fail before the path recovers (omitted: forever).
Example: ``"429=2:0.05:2,503:0.02:1,slow=0.5:0.01,drop:0.01"``: 5 % of profiles answer 429 with
``Retry-After: 2`` twice then recover, 2 % answer 503 once, 1 % are slow (0.5 s) forever, 1 % have
their connection dropped mid-headers forever.

Any fault can also be put on one path with ``Mirror.inject(path, "KIND[=PARAM]", times=n)``;
the document faults (bombs, hostile links, endless pagination) only make sense that way, on a
sitemap or listing path.
"""

from __future__ import annotations

import functools
import hashlib
import re
import struct
import zlib
from dataclasses import dataclass

KINDS: dict[str, str] = {
    "429": "429 Too Many Requests with Retry-After: PARAM seconds (default 1)",
    "429-date": "429 with Retry-After as an HTTP date PARAM seconds ahead (default 1)",
    "500": "500 Internal Server Error (with Retry-After: PARAM seconds if PARAM is given)",
    "503": "503 Service Unavailable (with Retry-After: PARAM seconds if PARAM is given)",
    "slow": "answer after PARAM seconds (default 2)",
    "drop": "close the connection in the middle of the headers",
    "drop-body": "send the headers and half the body, then close",
    "truncate": "Content-Length PARAM bytes (default 1000) larger than the body sent, then close",
    "soft-404": "a themed 'page not found' page with status 200",
    "soft-error": "a themed database-error page with status 200",
    "offsite": "302 to http://evil.example/<same path>",
    "offsite-ip": "302 to http://127.0.0.2:<port>/<same path>",
    "offsite-port": "302 to the same host on another port",
    "offsite-scheme": "302 to https on the same host and port",
    "offsite-private": "302 to http://10.0.0.1/<same path>",
    "huge": "200 text/html with a body of PARAM bytes (default 50 MB), streamed lazily",
    "endless": "200 text/html, chunked, never ending (until the client leaves, 1 GB or 60 s)",
    "trickle": "the page's headers, then its body one byte every PARAM seconds (default 1); "
               "conditional requests get the whole page too",
    "no-headers": "read the request, then send nothing (until the client leaves or 60 s)",
    "stall-body": "the headers and half the body, then nothing, the connection held open "
                  "(until the client leaves or 60 s); conditional requests get the whole page too",
    "non-html": "200 application/pdf",
    "empty": "200 text/html with an empty body",
    "binary": "200 text/html whose body is binary junk",
    "gone": "410 Gone",
    "cp1252": "the page in windows-1252, declared in the header and the meta tag",
    "bom": "the page with a UTF-8 byte-order mark",
    "charset-mismatch": "a header saying ISO-8859-1 over a UTF-8 page (whose meta tag says UTF-8)",
    "mojibake": "the page's UTF-8 text once misread as windows-1252 (’ shows as â€™)",
    "relabeled": "a redesign: the page with its section and metadata labels renamed",
    "redirect-loop": "302 into an endless chain of redirects (/loop/1/ -> /loop/2/ -> ...)",
    "not-a-profile": "200 with an ordinary page (no profile) in place of the profile",
    "endless-pagination": "on a listing root: every /page/N/ exists and links to N+1",
    "gzip-bomb": "on a sitemap: a .gz that inflates to PARAM bytes (default 4 GiB)",
    "encoding-bomb": "200 text/html with Content-Encoding: gzip inflating to PARAM bytes (default 4 GiB)",
    "billion-laughs": "on a sitemap: XML with nested entity expansion",
    "xxe": "on a sitemap: XML with an external entity (file:///etc/passwd)",
    "offsite-links": "on a sitemap or listing: extra links to other hosts and schemes",
    "hostile-slugs": "on a sitemap or listing: extra profile URLs with hostile slugs (.., /, NUL, "
                     "300 characters, odd Unicode), each served as a profile page",
}

HOSTILE_LINKS = (
    "http://10.0.0.1/site/x/", "http://evil.example/site/evil-ct/", "http://127.0.0.2/site/y/",
    "http://[::1]/site/z/", "file:///etc/passwd", "javascript:alert(1)",
    "data:text/html,<h1>x</h1>", "ftp://demand-forum.org/site/ftp-ct/", "//evil.example/site/w/",
)

# As they appear in URLs (percent-encoded): none may become a file name as it is.
HOSTILE_SLUGS = (
    "..%2F..%2F..%2Fetc%2Fpasswd", "%2E%2E", "nul%00byte-ct", "a" * 300 + "-ny", "caf%C3%A9-ny",
    "%E2%80%AEevil-rtl-tx", "con", "emoji-%F0%9F%98%80-tx", "back%5Cslash-ca", "space%20name-wa",
    "UPPER-Case-NY",
)


@dataclass(frozen=True)
class Fault:
    kind: str
    param: float | None = None

    @classmethod
    def parse(cls, text: str) -> Fault:
        kind, _, param = text.strip().partition("=")
        if kind not in KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; known: {', '.join(KINDS)}")
        return cls(kind, float(param) if param else None)

    def value(self, default: float) -> float:
        return default if self.param is None else self.param


@dataclass(frozen=True)
class SpecItem:
    position: int
    fault: Fault
    share: float
    times: int | None

    def selects(self, seed: int, slug: str) -> bool:
        digest = hashlib.blake2b(f"{seed}:{self.position}:{self.fault.kind}:{slug}".encode(), digest_size=8)
        return int.from_bytes(digest.digest(), "big") / 2**64 < self.share


def parse_spec(spec: str | None) -> list[SpecItem]:
    items = []
    for position, part in enumerate(p for p in (spec or "").split(",") if p.strip()):
        fields = part.strip().split(":")
        if len(fields) not in (2, 3):
            raise ValueError(f"fault {part!r}: expected KIND[=PARAM]:SHARE[:TIMES]")
        share = float(fields[1])
        if not 0 <= share <= 1:
            raise ValueError(f"fault {part!r}: share must be within 0..1")
        times = int(fields[2]) if len(fields) == 3 else None
        items.append(SpecItem(position, Fault.parse(fields[0]), share, times))
    return items


def billion_laughs() -> bytes:
    entities = ['<!ENTITY lol "lol">']
    entities += [f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)]
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE urlset [\n' + "\n".join(entities) + "\n]>\n"
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>&lol9;</loc></url></urlset>\n'
    ).encode()


def xxe() -> bytes:
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE urlset [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>&xxe;</loc></url></urlset>\n'
    ).encode()


@functools.cache
def gzip_bomb(inflated_size: int = 4 << 30) -> bytes:
    """A valid gzip member of zeros, built without compressing them: after a full flush, deflate
    emits identical bytes for identical input, so one flushed block is repeated."""
    chunk_size = 1 << 20
    chunks, remainder = divmod(inflated_size, chunk_size)
    chunk = bytes(chunk_size)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    tail = compressor.compress(bytes(remainder)) + compressor.flush(zlib.Z_FINISH)
    crc = 0
    for _ in range(chunks):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(bytes(remainder), crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    trailer = struct.pack("<II", crc, inflated_size & 0xFFFFFFFF)
    return header + block * chunks + tail + trailer


# Body transforms: the normal page, re-encoded or relabeled.
TRANSFORMS = frozenset({"cp1252", "bom", "charset-mismatch", "mojibake", "relabeled"})
_META_UTF8 = re.compile(rb"""(charset=["']?)utf-8""", re.IGNORECASE)
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
RELABELS = {"Tactics Used": "Approaches", "Tactics used": "Approaches", "Categories": "Approaches",
            "Key Sources": "References", "Key Partners": "Collaborators", "State": "Region",
            "Type": "Kind", "Population": "Residents", "Location": "Map"}
_LABEL = re.compile(r">(\s*)(" + "|".join(sorted(RELABELS, key=len, reverse=True)) + r")(:?\s*)<")


def transform(kind: str, body: bytes) -> tuple[bytes, str]:
    """The body after the transform, and the Content-Type to send it with."""
    if kind == "cp1252":
        text = _META_UTF8.sub(rb"\1windows-1252", body).decode("utf-8")
        return text.encode("cp1252", errors="xmlcharrefreplace"), "text/html; charset=windows-1252"
    if kind == "bom":
        return b"\xef\xbb\xbf" + body, "text/html; charset=UTF-8"
    if kind == "charset-mismatch":
        return body, "text/html; charset=ISO-8859-1"
    if kind == "mojibake":
        text = body.decode("utf-8")
        misread = _NON_ASCII.sub(lambda m: m.group().encode("utf-8").decode("cp1252", errors="replace"), text)
        return misread.encode("utf-8"), "text/html; charset=UTF-8"
    if kind == "relabeled":
        text = _LABEL.sub(lambda m: f">{m.group(1)}{RELABELS[m.group(2)]}{m.group(3)}<", body.decode("utf-8"))
        return text.encode("utf-8"), "text/html; charset=UTF-8"
    raise ValueError(f"{kind!r} is not a body transform")
