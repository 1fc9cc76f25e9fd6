"""Parse every round-9 page with the CLI and compare to <slug>.expected.json, field by field.

Usage: python3 redteam/round9/compare.py [SLUG...]   (from the repository root)
Ignores warnings and provenance (fetched_at, content_sha256, parser_version, stale)."""
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
CLI = Path(".venv/bin/demandforum")
IGNORED = {"warnings", "fetched_at", "content_sha256", "parser_version", "stale"}


def parse(page):
    out = subprocess.run([str(CLI), "parse", str(page), "-o", "-", "--reference-date", "2026-11-28"],
                         capture_output=True, text=True)
    lines = [line for line in out.stdout.splitlines() if line.strip()]
    return (json.loads(lines[0]) if lines else None), out.stderr.strip()


def diff_list(field, want, got):
    out = []
    for i in range(max(len(want), len(got))):
        w = want[i] if i < len(want) else "<missing>"
        g = got[i] if i < len(got) else "<missing>"
        if w != g:
            if isinstance(w, dict) and isinstance(g, dict):
                keys = [k for k in w if w.get(k) != g.get(k)]
                out.append(f"  {field}[{i}]: " + "; ".join(f"{k}: want {w.get(k)!r} got {g.get(k)!r}" for k in keys))
            else:
                out.append(f"  {field}[{i}]: want {w!r}\n  {' ' * len(field)}     got {g!r}")
    return out


def compare(slug):
    want = json.loads((HERE / f"{slug}.expected.json").read_text())
    got, err = parse(HERE / f"{slug}.html")
    if got is None:
        return [f"  no record: {err}"]
    problems = []
    for field, w in want.items():
        if field in IGNORED:
            continue
        g = got.get(field)
        if w == g:
            continue
        if isinstance(w, list) and isinstance(g, list):
            problems.append(f"  {field}: {len(w)} wanted, {len(g)} got")
            problems += diff_list(field, w, g)
        else:
            problems.append(f"  {field}: want {w!r} got {g!r}")
    codes = [f"{x['section']}/{x['code']}" for x in got.get("warnings", [])]
    if codes:
        problems.append(f"  (warnings: {', '.join(codes)})")
    return problems


def main():
    slugs = sys.argv[1:] or sorted(p.name[:-len(".expected.json")] for p in HERE.glob("*.expected.json"))
    bad = 0
    for slug in slugs:
        problems = compare(slug)
        real = [p for p in problems if not p.startswith("  (warnings")]
        bad += bool(real)
        print(("FAIL " if real else "ok   ") + slug)
        print("\n".join(problems)) if problems else None
    print(f"{bad} of {len(slugs)} pages differ")


if __name__ == "__main__":
    main()
