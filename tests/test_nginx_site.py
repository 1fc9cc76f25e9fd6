"""The nginx harness itself: a real nginx serves the mirror's files with its own validators."""

from __future__ import annotations

import httpx

from tests.nginx_site import NginxSite, nginx_site  # noqa: F401  (the fixture)


def test_serves_the_mirror_with_validators_and_304s(nginx_site: NginxSite):
    slug = nginx_site.mirror.slugs()[0]
    url = f"{nginx_site.base_url}/site/{slug}/"
    with httpx.Client() as client:
        first = client.get(url)
        again = client.get(url, headers={"If-None-Match": first.headers["etag"]})
        robots = client.get(f"{nginx_site.base_url}/robots.txt")
        sitemap = client.get(f"{nginx_site.base_url}/wp-sitemap-posts-site-1.xml")
        missing = client.get(f"{nginx_site.base_url}/site/no-such-place-xx/")
    assert first.status_code == 200 and first.headers["content-type"] == "text/html; charset=utf-8"
    assert first.content == nginx_site.mirror.respond("GET", f"/site/{slug}/", {}).body
    assert first.headers["server"] == "nginx" and "last-modified" in first.headers
    assert again.status_code == 304 and again.content == b""
    assert f"Sitemap: {nginx_site.base_url}/wp-sitemap.xml" in robots.text
    assert f"<loc>{url}</loc><lastmod>" in sitemap.text
    assert missing.status_code == 404 and b"Page not found" in missing.content
    served = nginx_site.requests()
    assert [(s.path, s.status, s.conditional) for s in served[:2]] == [
        (f"/site/{slug}/", 200, False), (f"/site/{slug}/", 304, True)]
    assert served[0].body_bytes == len(first.content) and served[1].body_bytes == 0


def test_soft_404_redirect_and_log_reset(nginx_site: NginxSite):
    broken, renamed = nginx_site.mirror.slugs()[:2]
    nginx_site.soft_404(broken)
    nginx_site.write("/site/new-name-ct/", nginx_site.mirror.respond("GET", f"/site/{renamed}/", {}).body)
    nginx_site.redirect(f"/site/{renamed}/", "/site/new-name-ct/")
    nginx_site.clear_log()
    with httpx.Client(base_url=nginx_site.base_url) as client:
        soft = client.get(f"/site/{broken}/")
        moved = client.get(f"/site/{renamed}/")
        followed = client.get(f"/site/{renamed}/", follow_redirects=True)
    assert soft.status_code == 200 and b"Page not found" in soft.content
    assert moved.status_code == 301 and moved.headers["location"] == "/site/new-name-ct/"
    assert followed.status_code == 200 and str(followed.url).endswith("/site/new-name-ct/")
    assert [s.status for s in nginx_site.requests()] == [200, 301, 301, 200]
