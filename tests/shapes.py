"""Profile pages grown along one dimension (depth, width, length, links, list items, table rows):
what the shape benchmark times and the hostile-shape tests parse."""

from __future__ import annotations

from collections.abc import Callable

from tests.pagekit import META, NARRATIVE, article

URL = "https://demand-forum.org/site/springfield-il/"
_TACTICS = "<h2>Tactics Used</h2><ul><li>Reverse Stings</li><li>John School</li></ul>"
_CITATION = '<li><a href="https://news.example.org/{n}">Police run sting number {n}</a>, The Daily, March 3, 2010</li>'
_ROW = "<tr><td>March 3, 2010</td><td>The Daily</td><td>Police run sting number {n}</td></tr>"


def _profile(inside: str = "", *, sources: str = "") -> bytes:
    return article(f"{NARRATIVE}{inside}{_TACTICS}{META}<h2>Key Sources</h2>{sources or '<p>News</p>'}")


def depth(n: int) -> bytes:
    """The whole profile inside `n` nested blocks (a broken page-builder export)."""
    return _profile().replace(b"<article>", b"<article>" + b"<div>" * n).replace(b"</article>", b"</div>" * n + b"</article>")


def width(n: int) -> bytes:
    return _profile("".join(f"<div><span>block {i}</span></div>" for i in range(n)))


def length(n: int) -> bytes:
    """One paragraph of `n` sentences of ten words."""
    return _profile("<p>" + "".join(f"Police in the city ran sting number {i} last year. " for i in range(n)) + "</p>")


def links(n: int) -> bytes:
    return _profile("<p>" + " ".join(f'<a href="https://example.org/{i}">link {i}</a>' for i in range(n)) + "</p>")


def list_items(n: int) -> bytes:
    return _profile(sources="<ul>" + "".join(_CITATION.format(n=i) for i in range(n)) + "</ul>")


def table_rows(n: int) -> bytes:
    header = "<tr><th>Date</th><th>Outlet</th><th>Headline</th></tr>"
    return _profile(sources="<table>" + header + "".join(_ROW.format(n=i) for i in range(n)) + "</table>")


SHAPES: dict[str, Callable[[int], bytes]] = {
    "depth": depth, "width": width, "length": length, "links": links, "list items": list_items,
    "table rows": table_rows,
}
