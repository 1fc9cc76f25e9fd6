"""HTTP/1.1 for the mirror: a threading stdlib server with keep-alive, in a thread or in the foreground."""

from __future__ import annotations

import select
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tests.mirror.site import Mirror, Response

STREAM_CHUNK = 64 * 1024
ENDLESS_LIMIT_BYTES = 2**30
ENDLESS_LIMIT_SECONDS = 60.0  # also how long a stalled or trickling answer holds its connection
REASONS = {200: "OK", 301: "Moved Permanently", 302: "Found", 304: "Not Modified", 404: "Not Found",
           410: "Gone", 429: "Too Many Requests", 500: "Internal Server Error", 503: "Service Unavailable"}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "Apache"
    sys_version = ""
    timeout = 60  # an idle keep-alive connection is closed after this
    server: MirrorServer

    def setup(self) -> None:
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (stdlib signature)
        """Silent: the mirror keeps its own request log."""

    def do_GET(self) -> None:  # noqa: N802 (stdlib naming)
        self._answer(head_only=False)

    def do_HEAD(self) -> None:  # noqa: N802
        self._answer(head_only=True)

    def _answer(self, head_only: bool) -> None:
        arrived = time.monotonic()
        mirror = self.server.mirror
        headers = {name.lower(): value for name, value in self.headers.items()}
        response = mirror.respond(self.command, self.path, headers)
        if response.delay and response.transport != "trickle":
            time.sleep(response.delay)

        def log(body_bytes: int) -> None:
            mirror.log(arrived, self.command, self.path, headers, response.status, body_bytes)

        try:
            self._send(response, head_only, log)
        except OSError:  # the client left (as fault tests make it do) or the mirror is closing
            self.close_connection = True

    def _head_bytes(self, response: Response, length: int | None, chunked: bool = False) -> bytes:
        lines = [f"HTTP/1.1 {response.status} {REASONS.get(response.status, 'Status')}",
                 f"Date: {self.date_time_string()}", "Server: Apache"]
        if response.content_type:
            lines.append(f"Content-Type: {response.content_type}")
        lines.extend(f"{name}: {value}" for name, value in response.headers.items())
        if chunked:
            lines.append("Transfer-Encoding: chunked")
        elif length is not None:
            lines.append(f"Content-Length: {length}")
        if self.close_connection:
            lines.append("Connection: close")
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")

    def _send(self, response: Response, head_only: bool, log: Callable[[int], None]) -> None:
        """Send `response` and `log` it exactly once: before the last write of a short answer, so
        a client never sees an answer the log does not have yet; after a streamed one."""
        body = response.body
        transport = response.transport
        if transport in {"stream", "endless", "trickle", "no-headers", "stall-body"}:
            sent = 0
            slow_senders = {"stream": self._stream, "endless": self._endless, "trickle": self._trickle,
                            "no-headers": self._stall, "stall-body": self._stall}
            try:
                for sent in slow_senders[transport](response, head_only):
                    pass
            finally:
                log(sent)
            return
        if transport in {"drop", "truncate", "drop-body"}:
            self.close_connection = True
        no_body = head_only or response.status in {204, 304}
        if transport == "drop":
            payload, sent = self._head_bytes(response, len(body))[:40], 0
        elif transport == "truncate":
            payload, sent = self._head_bytes(response, len(body) + response.size) + body, len(body)
        elif transport == "drop-body":
            half = body[: len(body) // 2]
            payload, sent = self._head_bytes(response, len(body)) + half, len(half)
        elif no_body:
            payload, sent = self._head_bytes(response, None if response.status == 304 else len(body)), 0
        else:
            payload, sent = self._head_bytes(response, len(body)) + body, len(body)
        log(sent)
        self.wfile.write(payload)

    def _stream(self, response: Response, head_only: bool) -> Iterator[int]:
        """Writes a body of `response.size` bytes lazily, yielding the bytes sent so far."""
        self.wfile.write(self._head_bytes(response, response.size))
        if head_only:
            return
        opening = b"<!DOCTYPE html><html><body>"
        filler = (b"<p>" + b"padding " * (STREAM_CHUNK // 8 - 1) + b"</p>")[:STREAM_CHUNK]
        self.wfile.write(opening)
        sent = len(opening)
        while sent < response.size:
            piece = filler[: response.size - sent]
            self.wfile.write(piece)
            sent += len(piece)
            yield sent

    def _trickle(self, response: Response, head_only: bool) -> Iterator[int]:
        """The headers, then the body one byte per `response.delay` seconds."""
        self.close_connection = True
        self.wfile.write(self._head_bytes(response, len(response.body)))
        if head_only:
            return
        deadline = time.monotonic() + ENDLESS_LIMIT_SECONDS
        for sent in range(len(response.body)):
            if time.monotonic() > deadline:
                return
            time.sleep(response.delay)
            self.wfile.write(response.body[sent:sent + 1])
            self.wfile.flush()
            yield sent + 1

    def _stall(self, response: Response, head_only: bool) -> Iterator[int]:
        """Nothing (no-headers), or the headers and half the body (stall-body); then silence,
        until the client leaves or ENDLESS_LIMIT_SECONDS pass."""
        self.close_connection = True
        sent = 0
        if response.transport == "stall-body":
            half = b"" if head_only else response.body[: len(response.body) // 2]
            self.wfile.write(self._head_bytes(response, len(response.body)) + half)
            self.wfile.flush()
            sent = len(half)
            yield sent
        deadline = time.monotonic() + ENDLESS_LIMIT_SECONDS
        while time.monotonic() < deadline:
            readable, _, _ = select.select([self.connection], [], [], 0.1)
            if readable and not self.connection.recv(1, socket.MSG_PEEK):
                return  # the client hung up
        yield sent

    def _endless(self, response: Response, head_only: bool) -> Iterator[int]:
        """A chunked body that ends only when the client leaves or the limits are reached."""
        self.close_connection = True
        self.wfile.write(self._head_bytes(response, None, chunked=True))
        if head_only:
            return
        chunk = b"<p>" + b"more " * (STREAM_CHUNK // 5) + b"</p>"
        framed = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
        sent = 0
        deadline = time.monotonic() + ENDLESS_LIMIT_SECONDS
        while sent < ENDLESS_LIMIT_BYTES and time.monotonic() < deadline:
            self.wfile.write(framed)
            sent += len(chunk)
            yield sent


class MirrorServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True
    request_queue_size = 256

    def __init__(self, port: int = 0) -> None:
        super().__init__(("127.0.0.1", port), _Handler)
        self.mirror: Mirror  # set by the caller before serving
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Clients that hang up mid-request are part of the tests, not errors worth a traceback."""
        if not isinstance(sys.exc_info()[1], OSError):
            super().handle_error(request, client_address)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._connections_lock:
            self._connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._connections_lock:
            self._connections.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        """End open keep-alive connections so their handler threads finish."""
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


def start(port: int = 0, **options: Any) -> tuple[MirrorServer, Mirror]:
    server = MirrorServer(port)
    server.mirror = Mirror(server.base_url, **options)
    return server, server.mirror


@contextmanager
def running_mirror(**options: Any) -> Iterator[Mirror]:
    """Serve a `Mirror(**options)` on 127.0.0.1 (free port) in a background thread."""
    server, mirror = start(0, **options)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              name="mirror", daemon=True)
    thread.start()
    try:
        yield mirror
    finally:
        server.shutdown()
        server.close_connections()
        server.server_close()
        thread.join(timeout=5)
