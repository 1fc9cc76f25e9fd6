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
    s = src("greywater-me")
    run("greywater-me", "core/post-time-to-read block ('1 minute') in the post header group",
        s.replace('<div class="wp-block-post-date has-small-font-size">', '<div class="wp-block-post-time-to-read has-small-font-size">1 minute</div><div class="wp-block-post-date has-small-font-size">'))
    s = src("oak-hollow-county-tn")
    iframe = ('<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d206213.1!2d-87.0351!3d35.6142!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1'
              '!3m3!1m2!1s0x0%3A0x0!2zT2FrIEhvbGxvdw!5e0!3m2!1sen!2sus!4v1700000000000" width="600" height="450" style="border:0;" loading="lazy"></iframe>')
    run("oak-hollow-county-tn", "Google Maps embed iframe instead of the Getwid map", re.sub(r"<div data-map=.*?</div></div>", iframe, s, flags=re.S))


if __name__ == "__main__":
    main()
