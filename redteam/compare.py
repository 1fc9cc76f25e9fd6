"""Parse each redteam/<round>/<slug>.html with the CLI and compare it field by field to <slug>.expected.json.

usage: python redteam/compare.py redteam/round8 [slug ...]   (warnings and provenance are ignored)"""
import json
import subprocess
import sys
from pathlib import Path

FIELDS = ["name", "place", "state_code", "state", "type", "population", "location", "tactics",
          "narrative", "key_partners", "source_categories", "citations"]
CLI = Path(__file__).resolve().parent.parent / ".venv/bin/demandforum"


def parse(page: Path):
    run = subprocess.run([str(CLI), "parse", str(page), "-o", "-", "-j", "1", "--reference-date", "2026-11-28"],
                         capture_output=True, text=True)
    lines = [line for line in run.stdout.splitlines() if line.strip()]
    return (json.loads(lines[0]) if lines else None), run.stderr.strip()


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
                out.append(f"  {field}[{i}]: want {w!r}\n  {' ' * len(field)}    got  {g!r}")
    return out


def compare(page: Path) -> list[str]:
    want = json.loads(page.with_suffix("").with_suffix(".expected.json").read_text())
    got, err = parse(page)
    if got is None:
        return [f"  no record: {err}"]
    out = []
    for field in FIELDS:
        w, g = want.get(field), got.get(field)
        if w == g:
            continue
        if isinstance(w, list) and isinstance(g, list):
            out += diff_list(field, w, g)
        else:
            out.append(f"  {field}: want {w!r} got {g!r}")
    codes = [x["code"] for x in got.get("warnings", [])]
    if out and codes:
        out.append(f"  (warnings: {', '.join(codes)})")
    return out


def main(folder, slugs):
    pages = sorted(Path(folder).glob("*.html"))
    if slugs:
        pages = [p for p in pages if p.stem in slugs]
    bad = 0
    for page in pages:
        problems = compare(page)
        bad += bool(problems)
        print(f"{page.stem}: {'OK' if not problems else f'{len(problems)} difference(s)'}")
        print("\n".join(problems))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
