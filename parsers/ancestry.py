"""Questions about a node's ancestors, each ancestor chain walked once per page.

A page nests up to MAX_PAGE_DEPTH deep: walking the whole chain up from every label, heading or
chrome element would cost depth x nodes. These walks stop at the first node already answered.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from selectolax.lexbor import LexborNode

_TOP = ("html", "-document")


class Enclosed:
    """Whether a node is, or is inside, an element that `is_marked`, below <body>; remembered by mem_id."""

    def __init__(self, is_marked: Callable[[LexborNode], bool]) -> None:
        self._is_marked = is_marked
        self._known: dict[int, bool] = {}

    def __call__(self, node: LexborNode | None) -> bool:
        walked, answer = [], False
        while node is not None and node.tag not in ("body", *_TOP):
            known = self._known.get(node.mem_id)
            if known is not None:
                answer = known
                break
            if self._is_marked(node):
                answer = True
                break
            walked.append(node.mem_id)
            node = node.parent
        for mem_id in walked:
            self._known[mem_id] = answer
        return answer


def ancestor_ids(nodes: Iterable[LexborNode]) -> set[int]:
    """The mem_ids of the nodes and all their ancestors below <html>."""
    seen: set[int] = set()
    for node in nodes:
        while node is not None and node.tag not in _TOP and node.mem_id not in seen:
            seen.add(node.mem_id)
            node = node.parent
    return seen


def common_ancestor(nodes: list[LexborNode]) -> LexborNode | None:
    """The deepest element holding every node (a node holds itself), below <html>; None if there is none.

    The first node's chain is walked whole; every other node walks up only to the first node seen
    before, which either lies on that chain (the common ancestor may rise to it) or under it."""
    chain = _chain(nodes[0])
    place = {node.mem_id: level for level, node in enumerate(chain)}
    seen = set(place)
    common = len(chain) - 1
    for node in nodes[1:]:
        while node is not None and node.tag not in _TOP and node.mem_id not in seen:
            seen.add(node.mem_id)
            node = node.parent
        if node is None or node.tag in _TOP:
            return None
        common = min(common, place.get(node.mem_id, common))
    return chain[common] if chain else None


def _chain(node: LexborNode | None) -> list[LexborNode]:
    chain = []
    while node is not None and node.tag not in _TOP:
        chain.append(node)
        node = node.parent
    return chain[::-1]
