"""Bytes to text: BOM, declared charset, UTF-8, then windows-1252, refusing what is not HTML text."""

from __future__ import annotations

import codecs
import re

from parsers.errors import NotAProfilePage
from parsers.models import ParseWarning

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# UTF-8 read as windows-1252 and saved again: the signature of a double-encoded page.
_MOJIBAKE = re.compile("â€[™œ\u009d“”˜¦]|Ã[©¨¢±³¼]")
_SNIFF_BYTES = 4096
# The encodings a web page may declare (WHATWG). Python knows other codecs (punycode, unicode_escape,
# utf-7...) that no page uses and some decode hostile bytes in quadratic time: a declared one of
# those, like UTF-16 in a page readable as ASCII, is ignored.
_WEB_ENCODINGS = frozenset(codecs.lookup(label).name for label in (
    "utf-8", "ibm866", "iso-8859-1", "iso-8859-2", "iso-8859-3", "iso-8859-4", "iso-8859-5", "iso-8859-6",
    "iso-8859-7", "iso-8859-8", "iso-8859-10", "iso-8859-13", "iso-8859-14", "iso-8859-15", "iso-8859-16",
    "koi8-r", "koi8-u", "mac-roman", "mac-cyrillic", "cp874", "windows-1250", "windows-1251",
    "windows-1252", "windows-1253", "windows-1254", "windows-1255", "windows-1256", "windows-1257",
    "windows-1258", "gbk", "gb18030", "big5", "euc-jp", "iso-2022-jp", "shift_jis", "euc-kr", "ascii",
))
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]{1,3}")
# Invisible in a browser, so never part of the record's text (\x1c-\x1f would even split words).
_INVISIBLE_CONTROLS = re.compile(r"[\x01-\x08\x0b\x0e-\x1f\x7f]+")
_INVISIBLE_CONTROL_BYTES = bytes([*range(0x01, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])


def decode_html(raw: bytes) -> tuple[str, list[ParseWarning]]:
    """Decode a page's bytes, or raise NotAProfilePage for empty, binary or undecodable input."""
    text, warnings = _decode(raw)
    # Looking at the bytes first is cheap; the substitution on the text costs as much as decoding.
    if len(raw.translate(None, _INVISIBLE_CONTROL_BYTES)) != len(raw):
        text = _INVISIBLE_CONTROLS.sub("", text)
    return text, warnings


def _decode(raw: bytes) -> tuple[str, list[ParseWarning]]:
    if not raw.strip():
        raise NotAProfilePage("empty", "the file has no content")
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return _checked(raw[len(bom):].decode(encoding, errors="replace"), [])
    head = raw[:_SNIFF_BYTES]
    if b"\x00" in head:
        if head[1::2].count(0) > len(head) // 3 or head[0::2].count(0) > len(head) // 3:
            raise NotAProfilePage("undecodable", "UTF-16 text without a byte-order mark")
        raise NotAProfilePage("binary", "NUL bytes: binary data, not an HTML page")
    declared = _declared_charset(raw)
    warnings: list[ParseWarning] = []
    # Valid UTF-8 with non-ASCII bytes is almost never text in another encoding: it beats the meta.
    for encoding in dict.fromkeys(filter(None, ("utf-8", declared))):
        try:
            text = raw.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            if encoding == (declared or "utf-8"):
                warnings.append(_warning("charset-mismatch", f"the bytes are not valid {encoding}"))
            continue
        if declared not in (None, encoding) and not raw.isascii():
            warnings.append(_warning("charset-mismatch", f"the page declares {declared} but its bytes are UTF-8"))
        return _checked(text, warnings)
    mostly_utf8 = _mostly_utf8(raw)
    if mostly_utf8 is not None:
        warnings.append(_warning("invalid-utf8-bytes", "a few bytes are not UTF-8; each shows as U+FFFD"))
        return _checked(mostly_utf8, warnings)
    text = raw.decode("windows-1252", errors="replace")
    warnings.append(_warning("decoded-as-windows-1252", "fell back to windows-1252"))
    return _checked(text, warnings)


def _mostly_utf8(raw: bytes) -> str | None:
    """UTF-8 text with a stray invalid byte or two: keep it UTF-8 rather than turn every quote into
    mojibake by reading it all as windows-1252."""
    if _UTF8_SEQUENCE.search(raw) is None:
        return None
    text = raw.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd") - raw.count("\ufffd".encode())
    return text if invalid <= max(3, len(raw) // 5000) else None


def _declared_charset(raw: bytes) -> str | None:
    match = _META_CHARSET.search(raw[:_SNIFF_BYTES])
    if not match:
        return None
    name = match.group(1).decode("ascii", errors="ignore").lower()
    try:
        encoding = codecs.lookup(name).name
    except LookupError:
        return None
    if encoding not in _WEB_ENCODINGS:
        return None
    return "cp1252" if encoding in ("ascii", "iso8859-1") else encoding  # as browsers read those labels


def _checked(text: str, warnings: list[ParseWarning]) -> tuple[str, list[ParseWarning]]:
    sample = text[:_SNIFF_BYTES]
    if "<" not in sample:
        raise NotAProfilePage("undecodable", "no HTML markup in the decoded text")
    if len(_CONTROL_CHARACTERS.findall(sample)) > len(sample) // 50:
        raise NotAProfilePage("binary", "the text is mostly control characters")
    if "\ufffd" in text and text.count("\ufffd") > max(10, len(text) // 200):
        raise NotAProfilePage("undecodable", "too many undecodable bytes for the declared encoding")
    # The literal checks skip a regex scan of the whole page (a fifth of the parse) on clean pages.
    if ("â€" in text or "Ã" in text) and _MOJIBAKE.search(text):
        warnings.append(_warning("mojibake", "the page carries double-encoded UTF-8 (e.g. 'â€™')"))
    return text, warnings


def _warning(code: str, message: str) -> ParseWarning:
    return ParseWarning(section="encoding", code=code, message=message)
