"""Files a refresh publishes are readable by others as the umask allows (0644 under 022), not 0600
as the temporary files they are renamed from: a web server or a colleague can serve or read them."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from scraper.refresh.job import run_refresh
from tests.mirror import running_mirror
from tests.test_refresh import settings_for


@pytest.fixture
def umask(request) -> Iterator[int]:
    previous = os.umask(request.param)
    yield request.param
    os.umask(previous)


def modes_under(folder: Path) -> dict[str, int]:
    return {
        str(path.relative_to(folder)): stat.S_IMODE(path.stat().st_mode)
        for path in folder.rglob("*") if path.is_file()
    }


@pytest.mark.parametrize("umask, expected", [(0o022, 0o644), (0o027, 0o640)], indirect=["umask"])
def test_every_published_file_and_archived_body_follows_the_umask(umask, expected, tmp_path):
    with running_mirror(pages=4, seed=3, fixtures_dir=None) as mirror:
        settings = settings_for(mirror, tmp_path)
        run_refresh(settings)
        mirror.change_page(mirror.slugs()[0])
        run_refresh(settings)  # replaces files that already exist
    published = modes_under(settings.out_dir)
    assert {"profiles.jsonl", "report.json", "state.json", "refresh.lock"} <= published.keys()
    assert len([name for name in published if name.startswith("history/")]) == 2
    bodies = modes_under(settings.cache_dir / "bodies")
    assert len(bodies) >= 5  # 4 pages and the changed one's new version (and any robots or sitemaps archived)
    assert {**published, **bodies} == dict.fromkeys({**published, **bodies}, expected)
