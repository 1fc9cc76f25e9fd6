"""The site's template as data beside the archive (`site-template.json`): learned by `parse --archive`
and by a refresh that finds none, used by every later parse of archived pages."""

from __future__ import annotations

import json
from pathlib import Path

from collections.abc import Callable, Iterable

from parsers.template import MIN_PAGES, MIN_SHARE, SiteTemplate, learn_template, template_candidates
from scraper.storage.atomic import write_atomically

TEMPLATE_NAME = "site-template.json"


def load_template(cache_dir: Path) -> SiteTemplate | None:
    """None when no template was learned yet; an unreadable file counts as none (it is relearned)."""
    try:
        data = json.loads((cache_dir / TEMPLATE_NAME).read_text(encoding="utf-8"))
        return SiteTemplate(frozenset(str(line) for line in data["lines"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def save_template(cache_dir: Path, template: SiteTemplate) -> None:
    document = {
        "about": f"lines found on at least {MIN_SHARE:.0%} of the archive's profile pages (at least "
                 f"{MIN_PAGES} pages): the site's template, dropped from records as chrome",
        "digest": template.digest,
        "lines": sorted(template.lines),
    }
    write_atomically(cache_dir / TEMPLATE_NAME, json.dumps(document, indent=2, ensure_ascii=False).encode() + b"\n")


def stored_or_learned(cache_dir: Path, bodies: Callable[[], Iterable[bytes]]) -> SiteTemplate:
    """The template beside the archive; learned from `bodies()` and stored when there is none yet."""
    template = load_template(cache_dir)
    if template is None:
        template = learn_template(template_candidates(body) for body in bodies())
        save_template(cache_dir, template)
    return template
