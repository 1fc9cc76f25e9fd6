"""Metadata laid out as two columns: the labels stacked in one, their values stacked in the next.

A builder's Columns block (Thrive Architect, Gutenberg, Elementor, Divi) reads in the DOM as every
label, then every value: 'State', 'Type', 'Population', 'Louisiana', 'County', '63,507'. A reader
sees rows. A run of bare metadata labels that fills one column, followed by as many lines that fill
the sibling column beside it, is read as label/value pairs; nothing else is paired.
"""

from __future__ import annotations

from dataclasses import replace

from selectolax.lexbor import LexborNode

from parsers.ancestry import common_ancestor
from parsers.lines import Line
from parsers.text import normalize_label
from parsers.vocabulary import METADATA_LABELS

_MAX_VALUE_CHARS = 80
_MAX_LABEL_CHARS = 24  # 'Location Type:' with its decoration


def pair_label_columns(lines: list[Line]) -> list[Line]:
    labels = [_is_label(line) for line in lines]
    if sum(labels) < 2:
        return lines  # most pages: no two bare labels, nothing to pair
    paired: list[Line] = []
    index = 0
    while index < len(lines):
        count = 0
        while index + count < len(lines) and labels[index + count]:
            count += 1
        values = lines[index + count:index + 2 * count]
        if count >= 2 and len(values) == count \
                and not any(labels[index + count:index + 2 * count]) and all(_is_value(line) for line in values) \
                and _side_by_side(lines, index, count):
            paired.extend(replace(value, text=f"{label.text} {value.text}", lead=label.text, emphasized=False)
                          for label, value in zip(lines[index:index + count], values))
            index += 2 * count
        else:
            paired.extend(lines[index:index + max(count, 1)])
            index += max(count, 1)
    return paired


def _is_label(line: Line) -> bool:
    return len(line.text) <= _MAX_LABEL_CHARS and not line.cells and normalize_label(line.text) in METADATA_LABELS


def _is_value(line: Line) -> bool:
    return not line.cells and len(line.text) <= _MAX_VALUE_CHARS


def _side_by_side(lines: list[Line], index: int, count: int) -> bool:
    """The labels fill one element and the values the next one beside it (two sibling columns),
    and neither column holds any other line."""
    labels, values = lines[index:index + count], lines[index + count:index + 2 * count]
    nodes = [line.node for line in (*labels, *values)]
    if any(node is None for node in nodes):
        return False
    holder = common_ancestor(nodes)
    if holder is None:
        return False
    label_column = _child_holding(holder, labels)
    value_column = _child_holding(holder, values)
    if label_column is None or value_column is None or label_column.mem_id == value_column.mem_id:
        return False
    before = lines[index - 1] if index > 0 else None
    after = lines[index + 2 * count] if index + 2 * count < len(lines) else None
    return not (_within(before, label_column) or _within(after, value_column))


def _child_holding(holder: LexborNode, lines: list[Line]) -> LexborNode | None:
    """The child of `holder` that holds every one of `lines`, if one does."""
    children = [_child_of(holder, line.node) for line in lines]
    if any(child is None for child in children) or len({child.mem_id for child in children}) != 1:
        return None
    return children[0]


def _child_of(holder: LexborNode, node: LexborNode | None) -> LexborNode | None:
    while node is not None and node.mem_id != holder.mem_id:
        if node.parent is not None and node.parent.mem_id == holder.mem_id:
            return node
        node = node.parent
    return None


def _within(line: Line | None, column: LexborNode) -> bool:
    node = line.node if line is not None else None
    while node is not None:
        if node.mem_id == column.mem_id:
            return True
        node = node.parent
    return False
