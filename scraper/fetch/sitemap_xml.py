"""Reading sitemap XML: gzip inflated under a cap, the <loc>/<lastmod> of each entry."""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from xml.etree.ElementTree import Element

GZIP_MAGIC = b"\x1f\x8b"


def inflate_capped(data: bytes, max_bytes: int) -> bytes:
    """Gunzip `data`, refusing (ValueError) output past `max_bytes`: a gzip bomb costs us nothing."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    output = inflater.decompress(data, max_bytes + 1)
    if len(output) > max_bytes or inflater.unconsumed_tail:
        raise ValueError(f"gzip inflates past {max_bytes} bytes")
    return output


def entries(root: Element, entry_tag: str) -> Iterable[tuple[str, str | None]]:
    for entry in root:
        if local_name(entry.tag) != entry_tag:
            continue
        values = {local_name(child.tag): (child.text or "").strip() for child in entry}
        if values.get("loc"):
            yield values["loc"], values.get("lastmod") or None


def local_name(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]
