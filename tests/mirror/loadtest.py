"""How many requests per second the mirror sustains against a bare httpx client.

    python -m tests.mirror.loadtest [--pages 3000] [--concurrency 8] [--in-process] [--preload]

Serves the mirror in its own process (or, with --in-process, in a thread of this one), then
fetches every profile with `concurrency` threads sharing one httpx.Client: once in full (200s),
once conditionally (304s). Prints requests/s for both passes and, for a mirror in its own
process, the share of one core it used: below 100 % the client, not the mirror, set the pace.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import httpx
import psutil

from tests.mirror.server import running_mirror
from tests.mirror.site import PAGE_CACHE_SIZE

ROOT = Path(__file__).resolve().parents[2]


@contextmanager
def _mirror_process(pages: int, seed: int, preload: bool) -> Iterator[tuple[str, psutil.Process | None]]:
    command = [sys.executable, "-m", "tests.mirror", "--port", "0", "--pages", str(pages), "--seed", str(seed)]
    process = subprocess.Popen(
        command + (["--preload"] if preload else []),
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert process.stdout is not None
        banner = process.stdout.readline()
        match = re.search(r"at (http://127\.0\.0\.1:\d+)/", banner)
        if not match:
            raise RuntimeError(f"the mirror did not start: {banner!r}")
        yield match.group(1), psutil.Process(process.pid)
    finally:
        process.terminate()
        process.wait(timeout=10)


@contextmanager
def _mirror_thread(pages: int, seed: int, preload: bool) -> Iterator[tuple[str, psutil.Process | None]]:
    with running_mirror(pages=pages, seed=seed, page_cache=pages if preload else PAGE_CACHE_SIZE) as mirror:
        if preload:
            mirror.preload()
        yield mirror.base_url, None


def _profile_urls(client: httpx.Client) -> list[str]:
    index = client.get("/wp-sitemap.xml").text
    urls = []
    for sitemap in re.findall(r"<loc>([^<]*posts-site[^<]*)</loc>", index):
        urls += [u for u in re.findall(r"<loc>([^<]+)</loc>", client.get(sitemap).text) if "private" not in u]
    return urls


def _cpu_seconds(process: psutil.Process | None) -> float:
    if process is None:
        return 0.0
    times = process.cpu_times()
    return times.user + times.system


def _fetch_all(client: httpx.Client, urls: list[str], concurrency: int,
               validators: dict[str, str] | None) -> tuple[float, dict[str, str], int]:
    def fetch(url: str) -> tuple[str, str, int, int]:
        headers = {"If-None-Match": validators[url]} if validators else {}
        response = client.get(url, headers=headers)
        return url, response.headers.get("etag", ""), response.status_code, len(response.content)

    started = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        results = list(pool.map(fetch, urls))
    elapsed = time.perf_counter() - started
    statuses = {status for _, _, status, _ in results}
    if statuses - {200, 304}:
        raise RuntimeError(f"unexpected statuses {statuses}")
    return elapsed, {url: etag for url, etag, _, _ in results}, sum(size for *_, size in results)


def measure(pages: int, concurrency: int, in_process: bool, preload: bool, seed: int = 0) -> dict[str, float]:
    serve = _mirror_thread if in_process else _mirror_process
    with serve(pages, seed, preload) as (base_url, server_process):
        limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
        with httpx.Client(base_url=base_url, limits=limits, timeout=30) as client:
            urls = _profile_urls(client)
            cpu_before = _cpu_seconds(server_process)
            full, validators, size = _fetch_all(client, urls, concurrency, None)
            cpu_full = _cpu_seconds(server_process)
            conditional, _, conditional_size = _fetch_all(client, urls, concurrency, validators)
            cpu_conditional = _cpu_seconds(server_process)
    return {"pages": len(urls), "full_rps": len(urls) / full, "full_mb": size / 2**20,
            "full_server_busy": (cpu_full - cpu_before) / full,
            "conditional_rps": len(urls) / conditional, "conditional_bytes": conditional_size,
            "conditional_server_busy": (cpu_conditional - cpu_full) / conditional}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.mirror.loadtest", description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=3000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--in-process", action="store_true")
    parser.add_argument("--preload", action="store_true", help="generate every page before measuring")
    args = parser.parse_args(argv)
    result = measure(args.pages, args.concurrency, args.in_process, args.preload)
    where = "in-process thread" if args.in_process else "own process"
    print(f"mirror ({where}), {result['pages']:.0f} profiles, concurrency {args.concurrency}:")
    busy = "" if args.in_process else " mirror CPU busy {:.0%} of one core (capacity ~{:.0f}/s)"
    print(f"  full GETs:        {result['full_rps']:8.0f} requests/s ({result['full_mb']:.0f} MB)"
          + busy.format(result["full_server_busy"], result["full_rps"] / max(result["full_server_busy"], 1e-9)))
    print(f"  conditional GETs: {result['conditional_rps']:8.0f} requests/s "
          f"({result['conditional_bytes']:.0f} body bytes)"
          + busy.format(result["conditional_server_busy"],
                        result["conditional_rps"] / max(result["conditional_server_busy"], 1e-9)))


if __name__ == "__main__":
    main()
