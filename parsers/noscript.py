"""A profile only inside <noscript>: the fallback that a lazy-loading theme prints for readers without
JavaScript. A fetcher runs no script, so that markup is what the page holds; it is read when the visible
page shows no profile, once (a <noscript> nested inside it stays skipped)."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from parsers.ancestry import Enclosed, ancestor_ids
from parsers.text import normalize_label
from parsers.vocabulary import FULL_LABELS

Label = tuple[LexborNode, bool]  # the element holding a label, and whether it names a section


def labels_to_read(body: LexborNode, labels: list[Label]) -> tuple[list[Label], frozenset[int]]:
    """The labels a reader is shown, and the <noscript> elements to read as markup (none unless the
    visible labels make no profile and those inside a <noscript> do)."""
    in_noscript = Enclosed(lambda node: node.tag == "noscript")
    visible = [label for label in labels if not in_noscript(label[0])]
    if len(visible) == len(labels) or _make_a_profile(visible):
        return visible, frozenset()
    hidden = [label for label in labels if in_noscript(label[0])]
    if not _make_a_profile(hidden):
        return visible, frozenset()
    holding = ancestor_ids(node for node, _ in hidden)
    outermost = [node for node in body.css("noscript")
                 if node.mem_id in holding and not in_noscript(node.parent)]
    opened = frozenset(node.mem_id for node in outermost)
    nested = Enclosed(lambda node: node.tag == "noscript" and node.mem_id not in opened)
    return visible + [label for label in hidden if not nested(label[0])], opened


def _make_a_profile(labels: list[Label]) -> bool:
    """A full section label ('Tactics Used', 'Key Sources') or two metadata labels, as a profile shows."""
    return (any(is_section and normalize_label(node.text()) in FULL_LABELS for node, is_section in labels)
            or sum(not is_section for _, is_section in labels) >= 2)
