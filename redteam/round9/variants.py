"""Probes that narrow down each round-9 failure: one change to a page, parsed again, key fields printed.

Usage: python3 redteam/round9/variants.py   (from the repository root; writes to a temp dir)"""
import json
import re
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).parent
TMP = Path(tempfile.mkdtemp(prefix="rt9v-"))


def run(slug, name, html):
    page = TMP / f"{slug}.html"
    page.write_text(html, encoding="utf-8")
    out = subprocess.run([".venv/bin/demandforum", "parse", str(page), "-o", "-", "--reference-date", "2026-11-28"],
                         capture_output=True, text=True).stdout
    r = json.loads(out.splitlines()[0])
    print(f"== {slug}: {name}")
    print("   tactics", r["tactics"], "| state", r["state"], "| narrative", [n["text"][:28] for n in r["narrative"]])
    print("   partners", [(k["name"][:32], k["units"]) for k in r["key_partners"]], "| categories", r["source_categories"])
    print("   citations", [(c["category"], c["outlet"], c["date"]) for c in r["citations"]])


def src(slug):
    return (HERE / f"{slug}.html").read_text(encoding="utf-8")


def main():
    s = src("silver-prairie-ks")
    run("silver-prairie-ks", "<noscript> unwrapped to <div>", s.replace("<noscript>", "<div>").replace("</noscript>", "</div>"))
    s = src("lantern-hill-oh")
    run("lantern-hill-oh", "pullquote removed", re.sub(r'<figure class="wp-block-pullquote">.*?</figure>', "", s))
    aside = re.search(r'<aside id="secondary".*?</aside>', s, re.S).group(0)
    run("lantern-hill-oh", "facts sidebar moved after #primary", s.replace(aside, "").replace("</main>\n</div>\n</div>", "</main>\n</div>\n" + aside + "\n</div>"))
    s = src("cedar-bluff-county-ky")
    run("cedar-bluff-county-ky", "footnote back-links removed", re.sub(r' <a href="#[^"]*-link"[^>]*>↩︎</a>', "", s))
    run("cedar-bluff-county-ky", "back-link ↩ without variation selector", s.replace("↩︎", "↩"))
    s = src("bellmont-ga")
    run("bellmont-ga", "✘ instead of ☐ for unmarked", s.replace("☐", "✘"))
    run("bellmont-ga", "unmarked items removed", re.sub(r"<li>☐ [^<]*</li>", "", s))
    s = src("sawtooth-falls-id")
    run("sawtooth-falls-id", "last tab titled 'Details'", s.replace("Profile Facts", "Details"))
    s = src("north-tamarack-mn")
    run("north-tamarack-mn", "table without <thead>", re.sub(r"<thead>.*?</thead>", "", s))
    narr = re.search(r"(<p>North Tamarack is.*?resigned\.</p>)", s).group(1)
    moved = s.replace(narr, "").replace('<div class="qubely-column-inner"><div class="wp-block-qubely-heading qubely-block-a7c1e2">',
                                        '<div class="qubely-column-inner">' + narr + '<div class="wp-block-qubely-heading qubely-block-a7c1e2">', 1)
    run("north-tamarack-mn", "narrative column moved before Tactics Used", moved)


if __name__ == "__main__":
    main()
