"""What the simulated month relies on from nginx: gzip with weak ETags that still revalidate, HEAD,
and paths that answer 503 until the config is reloaded without them."""

from __future__ import annotations

import httpx

from tests.nginx_site import running_nginx_site


def test_gzipped_pages_revalidate_by_weak_etag_and_failures_come_and_go(tmp_path):
    with running_nginx_site(tmp_path, gzip=True, pages=3, seed=2, fixtures_dir=None) as site:
        first_slug, second_slug = site.mirror.slugs()[:2]
        path = f"/site/{first_slug}/"
        with httpx.Client(base_url=site.base_url) as client:
            page = client.get(path)
            again = client.get(path, headers={"If-None-Match": page.headers["etag"]})
            head = client.head(path)
        # A reload leaves open keep-alive connections to the old worker for a moment: like each
        # night's run, a new client meets the new config.
        site.fail([path, f"/site/{second_slug}/"], 503)
        with httpx.Client(base_url=site.base_url) as client:
            failing = [client.get(path).status_code, client.get(f"/site/{second_slug}/").status_code]
        site.unfail()
        with httpx.Client(base_url=site.base_url) as client:
            back = client.get(path)
    assert page.headers["content-encoding"] == "gzip" and page.headers["etag"].startswith('W/"')
    assert page.content == site.mirror.respond("GET", path, {}).body  # httpx inflated it
    assert again.status_code == 304
    assert head.status_code == 200 and head.content == b"" and head.headers["etag"] == page.headers["etag"]
    assert failing == [503, 503]
    assert back.status_code == 200 and back.content == page.content
