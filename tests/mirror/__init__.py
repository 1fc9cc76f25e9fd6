"""A local mirror of demand-forum.org for tests and benchmarks (see tests/mirror/site.py).

    with running_mirror(pages=200, seed=1, faults="429:0.05:2") as mirror:
        crawl(CrawlSettings(base_url=mirror.base_url, ...), archive)
        mirror.requests            # what the server saw
        mirror.expected_records()  # what the parser should make of every profile

From a shell: ``python -m tests.mirror --port 8000 --pages 3000``.
"""

from tests.mirror.faults import Fault
from tests.mirror.pages import GeneratedPage, generate_page, iter_generated
from tests.mirror.server import running_mirror
from tests.mirror.site import LoggedRequest, Mirror, Response

__all__ = ["Fault", "GeneratedPage", "LoggedRequest", "Mirror", "Response", "generate_page",
           "iter_generated", "running_mirror"]
