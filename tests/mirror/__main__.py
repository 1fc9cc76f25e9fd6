"""python -m tests.mirror --port P [--pages N] [--seed S] [--faults SPEC] [--no-sitemap] ..."""

from __future__ import annotations

import argparse

from tests.mirror.faults import KINDS
from tests.mirror.server import start
from tests.mirror.site import LASTMOD_MODES, PAGE_CACHE_SIZE


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m tests.mirror",
        description="Serve a mirror of demand-forum.org on 127.0.0.1.",
        epilog="fault kinds: " + "; ".join(f"{kind}: {text}" for kind, text in KINDS.items()),
    )
    parser.add_argument("--port", type=int, default=8000, help="0 picks a free port")
    parser.add_argument("--pages", type=int, default=100, help="profiles in total, fixtures included")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--faults", default=None, help='e.g. "429=2:0.05:2,503:0.02:1,slow:0.01,drop:0.01"')
    parser.add_argument("--no-sitemap", action="store_true", help="serve no sitemaps (discovery uses listings)")
    parser.add_argument("--sitemap-gzip", action="store_true", help="sitemaps as .xml.gz")
    parser.add_argument("--preload", action="store_true",
                        help="generate every page before serving (benchmarks: serving then costs no generation)")
    parser.add_argument("--compress", action="store_true", help="gzip HTML for clients that accept it")
    parser.add_argument("--crawl-delay", type=float, default=None, help="Crawl-delay in robots.txt")
    parser.add_argument("--sitemap-page-size", type=int, default=2000)
    parser.add_argument("--lastmod", choices=LASTMOD_MODES, default="exact",
                        help="what the sitemaps say of each profile's last change")
    parser.add_argument("--inject", action="append", default=[], metavar="PATH=KIND[=PARAM]",
                        help="a fault on one path for good, e.g. /wp-sitemap.xml=gzip-bomb (repeatable)")
    args = parser.parse_args(argv)
    server, mirror = start(
        args.port, pages=args.pages, seed=args.seed, faults=args.faults, sitemap=not args.no_sitemap,
        sitemap_gzip=args.sitemap_gzip, crawl_delay=args.crawl_delay, sitemap_page_size=args.sitemap_page_size,
        compress=args.compress, lastmod=args.lastmod, page_cache=max(args.pages, PAGE_CACHE_SIZE) if args.preload else PAGE_CACHE_SIZE,
    )
    if args.preload:
        mirror.preload()
    for injection in args.inject:
        path, _, fault = injection.partition("=")
        mirror.inject(path, fault, times=None)
    print(f"mirror of {len(mirror.slugs())} profiles at {mirror.base_url}/ (Ctrl-C stops)", flush=True)
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
