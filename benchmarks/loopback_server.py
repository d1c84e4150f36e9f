"""A minimal HTTP/1.1 server on 127.0.0.1 answering two Braintrust routes with canned JSON.

Run as its own process (``python loopback_server.py``; it prints its port, then serves until its
standard input closes), so that on a two-core machine the server and the client being measured do not
share one interpreter's lock: a server thread inside the measuring process would slow both sides and
hide the client's own cost. It answers from bytes prepared at start, keeps connections alive, and parses
only what it must (request line, ``Content-Length``), so its share of each request is small and equal
for the raw baseline and the generated client.
"""

from __future__ import annotations

import asyncio
import json
import sys
from typing import Any

PAGE_SIZE = 100
FEEDBACK_PATH_SUFFIX = "/feedback"


def project(index: int) -> dict[str, Any]:
    """A project shaped like the Braintrust API's, with optional parts filled on every other item."""
    item: dict[str, Any] = {
        "id": f"00000000-0000-4000-8000-{index:012d}",
        "org_id": "11111111-1111-4111-8111-111111111111",
        "name": f"project-{index}",
        "description": f"Benchmark project number {index}" if index % 2 else None,
        "created": f"2026-07-01T12:{index % 60:02d}:00.000Z",
        "deleted_at": None,
        "user_id": "22222222-2222-4222-8222-222222222222",
    }
    if index % 2 == 0:
        item["settings"] = {
            "comparison_key": "input",
            "baseline_experiment_id": None,
            "spanFieldOrder": [{"object_type": "project", "column_id": "score", "position": "a0"}],
            "remote_eval_sources": None,
            "disable_realtime_queries": False,
        }
    return item


def _response(body: Any) -> bytes:
    payload = json.dumps(body).encode()
    head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(payload)}\r\n\r\n"
    return head.encode("latin-1") + payload


PROJECTS_PAGE = _response({"objects": [project(index) for index in range(PAGE_SIZE)]})
FEEDBACK_OK = _response({"status": "success"})
NOT_FOUND = b"HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"


def answer(method: str, target: str) -> bytes:
    path = target.split("?", 1)[0]
    if method == "GET" and path == "/v1/project":
        return PROJECTS_PAGE
    if method == "POST" and path.startswith("/v1/project_logs/") and path.endswith(FEEDBACK_PATH_SUFFIX):
        return FEEDBACK_OK
    return NOT_FOUND


class _Connection(asyncio.Protocol):
    """Reads pipelined or split requests from one kept-alive connection and answers each in order."""

    def __init__(self) -> None:
        self._buffer = b""
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        while (head_end := self._buffer.find(b"\r\n\r\n")) >= 0:
            request_line, *header_lines = self._buffer[:head_end].decode("latin-1").split("\r\n")
            length = 0
            for line in header_lines:
                name, _, value = line.partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
            end = head_end + 4 + length
            if len(self._buffer) < end:
                return  # the body has not fully arrived
            self._buffer = self._buffer[end:]
            method, target, _ = request_line.split(" ", 2)
            assert self._transport is not None
            self._transport.write(answer(method, target))


async def serve() -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(_Connection, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print(port, flush=True)
    # Serve until the parent closes our standard input (or dies): no orphan server is ever left behind.
    await loop.run_in_executor(None, sys.stdin.read)
    server.close()


if __name__ == "__main__":
    asyncio.run(serve())
