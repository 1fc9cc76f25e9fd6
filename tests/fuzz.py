"""Hostile mutations of the fixture pages, the parser's promise about them, and the long fuzz run.

The promise (issue 6): whatever bytes `parse_profile` is handed, it returns a valid `Profile` or
raises `NotAProfilePage` with a known code and a one-line reason; never any other exception.

A mutation is a plain tuple `(kind, a, b)` of a kind name and two non-negative integers that pick
where and how much; the same tuples drive the hypothesis tests (which shrink the integers) and the
long run below (which draws them from a seeded random generator), so a failure from either one is
replayed by `mutate(page, mutations)`.

    python -m tests.fuzz --minutes 10 [--seed N]

prints how many inputs were tried and the failures found, saves every failing input with its
mutations and traceback under output/fuzz/, and exits 1 when anything failed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import signal
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser, LexborNode

from parsers import NotAProfilePage, parse_profile
from parsers.models import Profile

ROOT = Path(__file__).resolve().parent.parent
PAGES_DIR = ROOT / "fixtures" / "pages"
FAILURES_DIR = ROOT / "output" / "fuzz"
PAGE_URL = "https://demand-forum.org/site/{}/"

Mutation = tuple[str, int, int]

# Text an attacker (or a broken theme) might put anywhere: labels out of place, markup fragments,
# control characters, odd Unicode, numbers and dates at the edges of what the parsers accept.
JUNK = (
    "Tactics Used", "Key Sources:", "Key Partners", "State", "Type", "Population", "Location",
    "State: Nowhere", "Population 12,34,5", "Population 99999999999999999999999999", "Type: ?",
    "Categories:", "Tactics Used: Reverse Stings, Shaming", "Springfield, ZZ", ", XX", "Buyer Arrests",
    "\x00", "\x01\x02\x03\x1b[31m", "\x7f\x80\x9f", "\u200b\u200e\u202e\ufeff", "\ufffd\ufffd",
    "\ud7ff\ue000\U0010ffff", "𝕿𝖆𝖈𝖙𝖎𝖈𝖘 𝖀𝖘𝖊𝖉", "ＴＡＣＴＩＣＳ　ＵＳＥＤ", "e\u0301\u0301\u0301\u0301",
    "“Headline,” Outlet, June 31 2007.", "“,” , .", "“Unclosed headline, Outlet, 1991",
    "Outlet: “”. February 30, 0000.", "Story (99999)", "(1899)", "https://[::1]:99999/x (2016)",
    "http://", "javascript:alert(1)", "•", "• • •", "- ", "✓", "✔ ✗ ☐",
    "<", ">", "&", "&#0;", "&#xD800;", "&#1114112;", "&nbsp;&nbsp;", "&lol;", "]]>", "<!--", "-->",
    "<![CDATA[x]]>", "<script>while(1){}</script>", "<style>*{display:none}</style>",
    "<div", "</li></ul></div></article>", "<table><tr><td>", "<h1>Other Place, ST</h1>",
    "<h2>Key Sources</h2>", "<p>Population</p><p>-5</p>", "<p>Location</p><div data-lat='91' data-lng='-181'></div>",
    "<div class='acf-map' data-lat='NaN' data-lng='inf'></div>", "<div data-lat='1e309' data-lng='1'></div>",
    "<meta charset='utf-16'>", "<meta charset='x-unknown'>", "<base href='javascript:x'>",
    "<link rel='canonical' href='https://demand-forum.org/site/../../etc/passwd/'>",
    "<link rel='canonical' href='https://demand-forum.org/site/%00%2F..%2F/'>",
    "<link rel='canonical' href='https://[demand-forum.org/site/x/'>", "<link rel='canonical' href='https://evil.example/site/x/'>",
    "<link rel='canonical' href='http://demand-forum.org:99999/site/x/'>",
    "<svg><foreignObject><p>Tactics Used</p></foreignObject></svg>", "<math><mi>Key Sources</mi></math>",
    "<template><p>State Ohio</p></template>", "<noscript><p>Type City</p></noscript>",
    "<select><option>Auto Seizure</option></select>", "<textarea>Key Sources</textarea>",
    "<?php echo $title; ?>", "<?xml-stylesheet href='x'?>", "<plaintext>", "<xmp>Tactics Used</xmp>", "<frameset>", "<iframe srcdoc='<p>x</p>'></iframe>",
)
WRAPPERS = ("div", "span", "section", "ul", "ol", "li", "table", "tr", "td", "b", "strong", "p",
            "h2", "h3", "dl", "dt", "dd", "blockquote", "a", "font", "center", "nav", "aside", "footer",
            "header", "main", "article", "form", "details", "template", "noscript", "svg", "pre")
CHROME_MARKS = (' class="menu"', ' class="sidebar widget"', " hidden", ' style="display:none"',
                ' role="navigation"', ' id="footer"', ' class="entry-content"', ' class="post hentry"',
                ' class="comments-closed"', ' aria-hidden="true"')
ITEM_TEXTS = ("“Headline {n},” Outlet {n}, June {d} 2007.", "Reverse Stings", "Auto seizure",
              "Outlet: “Story {n}”. August {d}, 1991.", "https://news.example.com/{n}.html ({y})",
              "Bare source {n}", "Sheriff’s Office {n}", "State", "{n}", "", "Category {n}:")
ENCODINGS = ("utf-8-sig", "windows-1252", "latin-1", "utf-16", "utf-16-le", "utf-32", "cp437",
             "shift_jis", "koi8-r", "mac-roman")
# Pieces a random line is built from: what the date, citation, population and title patterns look at.
TEXT_PIECES = ("“", "”", "’", "'", '"', ",", ", ", ".", ":", ";", "(", ")", "-", "–", "/", " ", "\u00a0",
               "\t", "\n", "0", "1", "7", "19", "2007", "1899", "99999", "1,234", "June", "Feb.", "Sept",
               "31", "3rd", "the", "Outlet", "CBS/WFSB-TV 3", "https://", "www.", "example.com", "(2016)",
               "State", "Population", "Type", "City", "County", "Tactics Used", "Key Sources", "Shaming",
               "Reverse Stings", "CT", "ZZ", "é", "ß", "İ", "ﬁ", "٣", "〇", "\u0301", "\u200b", "\ufeff",
               "\x00", "\x0b", "\x1f", "\x85", "\u2028", "🙂", "\U000e0041", "[", "]", "%", "%2F", "&", "<",
               ">", "http://", "https://[", "demand-forum.org", "/site/", "..", "@", "#", "?p=", "-", "1e309", "NaN")
# Attributes the parsers read: links, the head's title and charset, map widgets, chrome markers.
ATTRIBUTES = ("href", "content", "charset", "rel", "property", "data-lat", "data-lng", "data-coords", "data-markers",
              "data-settings", "src", "class", "id", "role", "style", "hidden", "alt", "title", "aria-label")
MAX_DEEP = 5000
MAX_ITEMS = 5000
MAX_TEXT_PIECES = 60
TREE_KINDS = ("delete", "duplicate", "move", "wrap", "unwrap", "chrome", "junk-node", "text", "attribute", "deep",
              "items")
BYTE_KINDS = ("truncate", "junk-text", "bytes", "encode", "mojibake")
KINDS = TREE_KINDS + BYTE_KINDS


def profile_pages() -> list[Path]:
    return sorted(PAGES_DIR.glob("*.html"))


# ---- mutations ---------------------------------------------------------------------------------


def mutate(raw: bytes, mutations: list[Mutation]) -> bytes:
    """Apply `mutations` in order; each is deterministic in its integers."""
    for kind, a, b in mutations:
        raw = (_tree_mutation if kind in TREE_KINDS else _byte_mutation)(raw, kind, a, b)
    return raw


def _elements(tree: LexborHTMLParser) -> list[LexborNode]:
    return [node for node in tree.root.traverse() if node.is_element_node and node.tag not in ("html",)]


def _fragment(html: str) -> LexborNode | None:
    body = LexborHTMLParser(f"<html><body>{html}</body></html>").body
    return body.child if body is not None else None


def _contains(outer: LexborNode, inner: LexborNode) -> bool:
    node: LexborNode | None = inner
    while node is not None:
        if node.mem_id == outer.mem_id:
            return True
        node = node.parent
    return False


def random_text(seed: int) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(TEXT_PIECES) for _ in range(rng.randrange(MAX_TEXT_PIECES)))


def _tree_mutation(raw: bytes, kind: str, a: int, b: int) -> bytes:
    tree = LexborHTMLParser(raw.decode("utf-8", errors="replace"))
    if kind == "text":
        texts = [node for node in tree.root.traverse(include_text=True) if node.is_text_node]
        if texts:
            texts[a % len(texts)].replace_with(random_text(b))
        return _serialized(tree)
    nodes = _elements(tree)
    if not nodes:
        return raw
    target = nodes[a % len(nodes)]
    other = nodes[b % len(nodes)]
    structural = target.tag not in ("head", "body")
    if kind == "delete" and structural:
        target.decompose()
    elif kind == "duplicate" and structural:
        target.insert_after(target.clone())
    elif kind == "move" and structural and not _contains(target, other):
        (other.insert_child if b % 2 else other.insert_before)(target, move=True)
    elif kind == "wrap" and structural:
        wrapper = WRAPPERS[b % len(WRAPPERS)]
        fragment = _fragment(f"<{wrapper}></{wrapper}>")
        if fragment is not None:
            fragment.insert_child(target.clone())
            target.insert_before(fragment)
            target.decompose()
    elif kind == "unwrap" and structural:
        target.unwrap()
    elif kind == "chrome" and structural:
        text = target.html or ""
        mark = CHROME_MARKS[b % len(CHROME_MARKS)]
        replacement = _fragment(text.replace(f"<{target.tag}", f"<{target.tag}{mark}", 1))
        if replacement is not None:
            target.insert_before(replacement)
            target.decompose()
    elif kind == "attribute":
        target.attrs[ATTRIBUTES[b % len(ATTRIBUTES)]] = random_text(b)
    elif kind == "junk-node":
        fragment = _fragment(JUNK[b % len(JUNK)])
        if fragment is not None:
            target.insert_child(fragment)
        else:
            target.insert_child(JUNK[b % len(JUNK)])
    elif kind == "deep":
        depth = 1 + b % MAX_DEEP
        wrapper = WRAPPERS[b % len(WRAPPERS)]
        fragment = _fragment(f"<{wrapper}>" * depth + (target.html or "") + f"</{wrapper}>" * depth)
        if fragment is not None and structural:
            target.insert_before(fragment)
            target.decompose()
    elif kind == "items":
        count = 1 + b % MAX_ITEMS
        template = ITEM_TEXTS[b % len(ITEM_TEXTS)]
        items = "".join(f"<li>{template.format(n=n, d=1 + n % 31, y=1890 + n % 150)}</li>" for n in range(count))
        fragment = _fragment(f"<ul>{items}</ul>")
        if fragment is not None:
            (target.insert_after if structural else target.insert_child)(fragment)
    return _serialized(tree)


def _serialized(tree: LexborHTMLParser) -> bytes:
    html = tree.html
    return html.encode() if html else b""


def _byte_mutation(raw: bytes, kind: str, a: int, b: int) -> bytes:
    at = a % (len(raw) + 1)
    if kind == "truncate":
        return raw[:at]
    if kind == "junk-text":
        return raw[:at] + JUNK[b % len(JUNK)].encode() + raw[at:]
    if kind == "bytes":
        junk = bytes((b * 131 + i * 29) % 256 for i in range(1 + b % 16))
        return raw[:at] + junk + raw[at + b % 4:]
    if kind == "encode":
        text = raw.decode("utf-8", errors="replace")
        return text.encode(ENCODINGS[b % len(ENCODINGS)], errors="replace")
    if kind == "mojibake":  # UTF-8 read as windows-1252 and saved as UTF-8 again
        return raw.decode("windows-1252", errors="replace").encode("utf-8")
    raise ValueError(f"unknown mutation kind {kind!r}")


# ---- the promise -------------------------------------------------------------------------------


def broken_promise(raw: bytes, slug: str = "fuzz-xx") -> str | None:
    """None when `parse_profile(raw)` keeps the promise; otherwise what went wrong, with a traceback."""
    return verdict(raw, slug)[1]


def verdict(raw: bytes, slug: str = "fuzz-xx") -> tuple[str, str | None]:
    """('record' or 'refused:<code>' or 'crash', the broken promise or None)."""
    try:
        record = parse_profile(raw, url=PAGE_URL.format(slug))
    except NotAProfilePage as refusal:
        if refusal.code not in NotAProfilePage.CODES:
            return "refused:?", f"unknown refusal code {refusal.code!r}"
        if not str(refusal) or "\n" in str(refusal) or "\r" in str(refusal):
            return f"refused:{refusal.code}", f"refusal reason is not one line: {str(refusal)!r}"
        return f"refused:{refusal.code}", None
    except Exception:  # noqa: BLE001 (the promise is exactly that nothing else escapes)
        return "crash", traceback.format_exc()
    return "record", _invalid_record(record)


def _invalid_record(record: Profile) -> str | None:
    line = record.to_json_line()
    if "\n" in line:
        return "the JSON line contains a newline"
    try:
        again = Profile.model_validate_json(line)
    except ValueError as error:
        return f"the record does not validate after a JSON round trip: {error}"
    if again != record:
        return "the record changes in a JSON round trip"
    if not record.id or "/" in record.id or ".." in record.id or "\x00" in record.id:
        return f"unsafe id {record.id!r}"
    return None


# ---- the long run ------------------------------------------------------------------------------


class _Hang(BaseException):
    """Raised by the alarm; a BaseException so that the promise check does not take it for a crash."""


def _on_alarm(signum, frame):  # the signal handler signature
    raise _Hang()


def random_mutations(rng: random.Random) -> list[Mutation]:
    count = rng.choice((1, 1, 2, 2, 3, 4, 6))
    kinds = [rng.choice(KINDS) for _ in range(count)]
    # Big inputs are slow to mutate again: keep at most one deep/items mutation, and put it last.
    heavy = [k for k in kinds if k in ("deep", "items")][:1]
    kinds = [k for k in kinds if k not in ("deep", "items")] + heavy
    return [(kind, rng.randrange(2**20), rng.randrange(2**20)) for kind in kinds]


def run(minutes: float, seed: int, hang_seconds: int = 60) -> int:
    pages = {path.stem: path.read_bytes() for path in profile_pages()}
    rng = random.Random(seed)
    deadline = time.monotonic() + minutes * 60
    tried, failures, kinds, outcomes = 0, 0, Counter(), Counter()
    slowest = (0.0, "")
    previous_handler = signal.signal(signal.SIGALRM, _on_alarm)
    try:
        while time.monotonic() < deadline:
            slug = rng.choice(sorted(pages))
            mutations = random_mutations(rng)
            raw = mutate(pages[slug], mutations)
            started = time.monotonic()
            signal.alarm(hang_seconds)
            try:
                outcome, problem = verdict(raw, slug)
            except _Hang:
                outcome, problem = "hang", f"no answer within {hang_seconds} s"
            finally:
                signal.alarm(0)
            elapsed = time.monotonic() - started
            slowest = max(slowest, (elapsed, f"{slug} {mutations}"))
            tried += 1
            kinds.update(kind for kind, _, _ in mutations)
            outcomes[outcome] += 1
            if problem is not None:
                failures += 1
                saved = _save_failure(raw, slug, mutations, problem)
                print(f"FAILURE {failures}: {slug} {mutations}: {problem.strip().splitlines()[-1]} -> {saved}", flush=True)
            if tried % 500 == 0:
                print(f"... {tried} inputs, {failures} failures", flush=True)
    finally:
        signal.signal(signal.SIGALRM, previous_handler)
    print(f"tried {tried} inputs in {minutes:g} min (seed {seed}); failures found: {failures}")
    print("outcomes: " + ", ".join(f"{outcome} {count}" for outcome, count in sorted(outcomes.items())))
    print("mutations applied: " + ", ".join(f"{kind} {count}" for kind, count in sorted(kinds.items())))
    print(f"slowest input: {slowest[0]:.2f} s ({slowest[1]})")
    return 1 if failures else 0


def _save_failure(raw: bytes, slug: str, mutations: list[Mutation], problem: str) -> Path:
    FAILURES_DIR.mkdir(parents=True, exist_ok=True)
    name = hashlib.sha256(raw).hexdigest()[:16]
    (FAILURES_DIR / f"{name}.html").write_bytes(raw)
    report = {"fixture": slug, "mutations": mutations, "problem": problem}
    (FAILURES_DIR / f"{name}.json").write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    return FAILURES_DIR / f"{name}.html"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.fuzz", description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0, help="how long to run (default 10)")
    parser.add_argument("--seed", type=int, default=None, help="random seed (default: from the clock)")
    options = parser.parse_args(argv)
    seed = options.seed if options.seed is not None else time.time_ns() % 2**32
    return run(options.minutes, seed)


if __name__ == "__main__":
    sys.exit(main())
