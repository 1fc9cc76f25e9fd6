"""A local mirror of demand-forum.org for tests and benchmarks (see tests/mirror/site.py).

    with running_mirror(pages=200, seed=1, faults="429:0.05:2") as mirror:
        crawl(CrawlSettings(base_url=mirror.base_url, ...), archive)
        mirror.requests            # what the server saw
        mirror.expected_records()  # what the parser should make of every profile

From a shell: ``python -m tests.mirror --port 8000 --pages 3000`` (serve),
``python -m tests.mirror.pages --out DIR --pages N`` (write generated pages and expected records),
``python -m tests.mirror.loadtest`` (requests/s the mirror sustains).
"""

from __future__ import annotations

import importlib
from typing import Any

# Imported on first use, so that `python -m tests.mirror.pages` does not import itself twice.
_EXPORTS = {
    "Fault": "tests.mirror.faults",
    "GeneratedPage": "tests.mirror.pages",
    "generate_page": "tests.mirror.pages",
    "iter_generated": "tests.mirror.pages",
    "running_mirror": "tests.mirror.server",
    "LoggedRequest": "tests.mirror.site",
    "Mirror": "tests.mirror.site",
    "Response": "tests.mirror.site",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_EXPORTS[name]), name)
