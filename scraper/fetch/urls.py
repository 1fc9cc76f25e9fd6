"""URL canonicalization: one location is one URL, and only the site's own host is ever allowed.

A URL belongs to the site when its host is the base URL's host or that host's `www.` twin, and it
would reach the same server: the same port, or (for a site on default ports) the http/https twin.
Anything else (other hosts, IP literals, other ports, non-http schemes, credentials in the URL) is
not the site's, and `canonicalize` answers None for it.
"""

from __future__ import annotations

import ipaddress
import posixpath
import re
from functools import lru_cache
from urllib.parse import SplitResult, parse_qsl, quote, unquote, urlencode, urljoin, urlsplit, urlunsplit

_DEFAULT_PORTS = {"http": 80, "https": 443}
_TRACKING_PARAMS = frozenset(
    {"fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid", "_ga", "_gl"}
)
_TRACKING_PREFIXES = ("utm_",)
# RFC 3986 sub-delims and ':' '@' may stay literal in a path segment.
_SEGMENT_SAFE = "!$&'()*+,;=:@-._~"
_PROFILE_PATH = re.compile(r"^/site/([^/]+)/?$")
_SHORT_LINK_ID = re.compile(r"^[0-9]{1,12}$")


@lru_cache(maxsize=65536)  # every URL is checked at discovery, before its request, and at each hop
def canonicalize(url: str, base_url: str) -> str | None:
    """The canonical form of `url` (resolved against `base_url`), or None if it is not the site's."""
    base = urlsplit(base_url)
    try:
        parts = urlsplit(urljoin(base_url, url.strip()))
        port = parts.port
    except ValueError:  # malformed netloc or port
        return None
    if parts.scheme not in _DEFAULT_PORTS or parts.username is not None or parts.password is not None:
        return None
    host = (parts.hostname or "").rstrip(".")
    if not _same_site_host(host, base.hostname or "") or not _same_server_port(parts.scheme, port, base):
        return None
    path = _normalize_path(parts.path)
    query = "" if _PROFILE_PATH.match(path) else _strip_tracking(parts.query)
    return urlunsplit((base.scheme, base.netloc.lower(), path, query, ""))


def profile_slug(url: str) -> str | None:
    """'…/site/<slug>/' -> '<slug>' (the path segment as it appears in the URL); else None."""
    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    match = _PROFILE_PATH.match(path)
    if match is None or unquote(match.group(1)) in {".", ".."}:
        return None
    return match.group(1)


def is_profile_url(url: str) -> bool:
    return profile_slug(url) is not None


def short_link_id(url: str) -> str | None:
    """The post id of a WordPress short link '/?p=<id>', which must be resolved by its redirect."""
    parts = urlsplit(url)
    if parts.path not in {"", "/"}:
        return None
    values = [value for key, value in parse_qsl(parts.query) if key == "p"]
    if len(values) != 1 or not _SHORT_LINK_ID.match(values[0]):
        return None
    return values[0]


def _same_site_host(host: str, base_host: str) -> bool:
    host, base_host = host.lower(), base_host.lower().rstrip(".")
    if not host:
        return False
    if host == base_host:
        return True
    if _is_ip_literal(base_host):
        return False
    return _strip_www(host) == _strip_www(base_host)


def _same_server_port(scheme: str, port: int | None, base: SplitResult) -> bool:
    if scheme != base.scheme:
        return port is None and base.port is None  # the http/https twin of a site on default ports
    return (port or _DEFAULT_PORTS[scheme]) == (base.port or _DEFAULT_PORTS.get(base.scheme))


def _is_ip_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def _strip_www(host: str) -> str:
    return host[4:] if host.startswith("www.") else host


def _normalize_path(raw_path: str) -> str:
    segments = [quote(unquote(segment), safe=_SEGMENT_SAFE) for segment in raw_path.split("/")]
    path = "/".join(segments) or "/"
    trailing = path.endswith("/")
    path = posixpath.normpath(path)
    path = "/" + path.lstrip("/")  # normpath keeps a leading '//', which would read as a host
    if path != "/" and (trailing or "." not in path.rsplit("/", 1)[-1]):
        path += "/"  # WordPress permalinks end in a slash; files (sitemap.xml) do not
    return path


def _strip_tracking(query: str) -> str:
    pairs = [
        (key, value)
        for key, value in parse_qsl(query, keep_blank_values=True)
        if key.lower() not in _TRACKING_PARAMS and not key.lower().startswith(_TRACKING_PREFIXES)
    ]
    return urlencode(pairs)
