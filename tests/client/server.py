"""A real HTTP/1.1 server on 127.0.0.1 for the client tests, scripted per test.

Each test sets ``server.handler`` to a function that receives the :class:`Received` request and returns
a :class:`Reply`: a status, headers and a body, optionally after a delay, as chunks (server-sent events),
or a connection reset instead of any answer. Every request is recorded with its arrival time, so a test
can count attempts and measure the waits between them.

``LocalServer(tls=context)`` serves HTTPS (the handshake runs in the connection's thread and is counted);
a body whose client hangs up before its end is recorded in ``broken`` with the bytes written until then.
"""

from __future__ import annotations

import itertools
import json
import socket
import ssl
import struct
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit


@dataclass(frozen=True)
class Received:
    method: str
    path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]
    body: bytes
    at: float
    """time.monotonic() when the request line arrived."""
    peer: tuple[str, int] = ("", 0)
    """The client's address and port: requests on one kept-alive connection share it."""

    def json(self) -> Any:
        return json.loads(self.body)

    def query_dict(self) -> dict[str, list[str]]:
        result: dict[str, list[str]] = {}
        for key, value in self.query:
            result.setdefault(key, []).append(value)
        return result


@dataclass
class Reply:
    status: int = 200
    body: bytes | str | Any = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    """Seconds to wait before answering."""
    reset: bool = False
    """Reset the connection (TCP RST) instead of answering."""
    chunks: Iterable[bytes] | None = None
    """Send these, one by one, as a chunked body (for server-sent events; may be endless)."""
    chunk_delay: float = 0.0
    body_delay: float = 0.0
    """Seconds between the headers and the body."""

    @staticmethod
    def json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Reply:
        return Reply(status, json.dumps(data).encode(), {"Content-Type": "application/json", **(headers or {})})

    @staticmethod
    def text(text: str, status: int, headers: dict[str, str] | None = None) -> Reply:
        return Reply(status, text.encode(), {"Content-Type": "text/plain; charset=utf-8", **(headers or {})})


Handler = Callable[[Received], Reply]


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def setup(self) -> None:
        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        owner = self.server.owner
        if owner.tls is not None:
            with owner.lock:
                owner.handshakes += 1
            self.request.settimeout(5)
            self.request = owner.tls.wrap_socket(self.request, server_side=True)  # a failed handshake ends here
            self.request.settimeout(None)
        super().setup()

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            if self.server.owner.tls is not None:
                self.request.close()  # the TLS socket: socketserver closes only the plain one it accepted

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _handle(self) -> None:
        arrived = time.monotonic()
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        parts = urlsplit(self.path)
        received = Received(
            self.command,
            parts.path,
            parse_qsl(parts.query, keep_blank_values=True),
            dict(self.headers.items()),
            body,
            arrived,
            tuple(self.client_address[:2]),
        )
        owner = self.server.owner
        with owner.lock:
            owner.requests.append(received)
        reply = owner.handler(received)
        if reply.delay:
            time.sleep(reply.delay)
        if reply.reset:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
            return
        self.send_response(reply.status)
        for key, value in reply.headers.items():
            self.send_header(key, value)
        written = 0
        try:
            if reply.chunks is not None:
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                self._pause(reply.body_delay)
                for chunk in reply.chunks:
                    self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                    self.wfile.flush()
                    written += len(chunk)
                    if reply.chunk_delay:
                        time.sleep(reply.chunk_delay)
                self.wfile.write(b"0\r\n\r\n")
                return
            payload = reply.body if isinstance(reply.body, bytes) else str(reply.body).encode()
            if "content-length" not in {key.lower() for key in reply.headers}:
                self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self._pause(reply.body_delay)
            self.wfile.write(payload)
            self.wfile.flush()
        except OSError:
            with owner.lock:
                owner.broken.append(written)
            self.close_connection = True

    def _pause(self, seconds: float) -> None:
        if seconds:
            self.wfile.flush()
            time.sleep(seconds)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    owner: LocalServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that gave up (a timeout test) leaves a broken pipe behind: expected


class LocalServer:
    """The server, its recorded requests, and the handler the current test installed."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.lock = threading.Lock()
        self.tls = tls
        self.handshakes = 0
        """TLS handshakes begun (successful or not)."""
        self.broken: list[int] = []
        """For each body the client stopped reading: the body bytes written before the connection broke."""
        self.requests: list[Received] = []
        self.handler: Handler = lambda request: Reply.json({})
        self._server = _Server(("127.0.0.1", 0), _RequestHandler)
        self._server.owner = self
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"{'https' if self.tls else 'http'}://{host!s}:{port}"

    def start(self) -> LocalServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def reset(self, handler: Handler | None = None) -> None:
        with self.lock:
            self.requests.clear()
            self.broken.clear()
            self.handshakes = 0
        self.handler = handler or (lambda request: Reply.json({}))

    def script(self, *replies: Reply) -> None:
        """Answers the n-th request with the n-th reply (the last one repeats)."""
        queue = list(replies)

        def handler(request: Received) -> Reply:
            with self.lock:
                return queue.pop(0) if len(queue) > 1 else queue[0]

        self.reset(handler)

    def gaps(self) -> list[float]:
        """Seconds between consecutive requests: the client's waits (plus its own small overhead)."""
        times = [r.at for r in self.requests]
        return [later - earlier for earlier, later in itertools.pairwise(times)]


def serve(tls: ssl.SSLContext | None = None) -> Iterator[LocalServer]:
    server = LocalServer(tls).start()
    try:
        yield server
    finally:
        server.stop()
