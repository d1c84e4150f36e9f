"""The API key appears in no log line, repr or error message (DESIGN §4), with logging at debug level."""

from __future__ import annotations

import asyncio
import importlib
import json
import logging
import os
import pickle
import subprocess
import sys
import textwrap
import traceback
from types import ModuleType
from typing import Any

import pytest

from tests.client.conftest import API_KEY
from tests.client.server import LocalServer, Received, Reply
from tests.support import REPO

PROJECT = {"id": "p1", "org_id": "o1", "name": "demo"}


def _echo_authorization(request: Received) -> Reply:
    """A careless server that repeats the credentials it received in its error body."""
    return Reply.text(f"bad credentials: {request.headers.get('Authorization')}", 401)


def _everything_shown(bt: ModuleType, server: LocalServer, caplog: pytest.LogCaptureFixture) -> list[str]:
    """Drives the client through success, retry, error, timeout and connection failure; returns every text
    that a log, a repr or an error shows."""
    shown: list[str] = []
    caplog.set_level(logging.DEBUG)  # the root logger: ours, httpx's and httpcore's records
    base_client = importlib.import_module("braintrust_client._base_client")

    with bt.Braintrust(api_key=API_KEY, base_url=server.url, max_retries=1) as client:
        shown += [repr(client), repr(client.with_options(timeout=3)), repr(client.projects), str(vars(client.projects))]
        server.script(Reply.json({}, 429, {"Retry-After": "0"}), Reply.json({"objects": [PROJECT]}))
        page = client.projects.list(limit=1)
        shown += [repr(page), repr(page._options), repr(page.response), repr(page.response.request)]
        server.script(Reply.json(PROJECT))
        raw = client.with_raw_response.projects.retrieve("p1")
        shown += [repr(raw), repr(raw.http_response.request.headers)]
        shown.append(
            repr(
                base_client.RequestOptions(
                    "get", "/x", headers={"Authorization": f"Bearer {API_KEY}"}, extra_headers={"x-api-key": API_KEY}
                )
            )
        )
        server.reset(_echo_authorization)
        errors: list[BaseException] = []
        try:
            client.projects.retrieve("p1")
        except bt.AuthenticationError as error:
            errors.append(error)
        server.script(Reply(200, b"{}", delay=0.5))
        try:
            client.projects.retrieve("p1", timeout=0.05, max_retries=0)
        except bt.APITimeoutError as error:
            errors.append(error)
        for error in errors:
            shown += [str(error), repr(error), repr(error.args), repr(error.request), repr(error.request.headers)]
            shown += traceback.format_exception(error)
    with bt.Braintrust(api_key=API_KEY, base_url="http://127.0.0.1:9", max_retries=0) as client:
        try:
            client.projects.retrieve("p1")
        except bt.APIConnectionError as error:
            shown += [str(error), repr(error), *traceback.format_exception(error)]

    async def async_calls() -> None:
        async with bt.AsyncBraintrust(api_key=API_KEY, base_url=server.url, max_retries=0) as client:
            shown.append(repr(client))
            server.reset(_echo_authorization)
            try:
                await client.projects.retrieve("p1")
            except bt.AuthenticationError as error:
                shown.extend([str(error), repr(error), *traceback.format_exception(error)])

    asyncio.run(async_calls())
    for record in caplog.records:
        shown += [record.getMessage(), repr(record.args), repr(record.__dict__)]
    return shown


def test_the_key_appears_in_no_log_repr_or_message(
    bt: ModuleType, server: LocalServer, caplog: pytest.LogCaptureFixture
) -> None:
    shown = _everything_shown(bt, server, caplog)
    leaks = [text for text in shown if API_KEY in text]
    assert not leaks, leaks[:3]
    # The checks above looked at real output: requests were logged, and the careless server's echo is redacted.
    messages = [r.getMessage() for r in caplog.records if r.name == "braintrust_client"]
    assert any(m.startswith("Request: GET") for m in messages)
    assert any("Retrying GET" in m for m in messages)
    assert any("<redacted>" in m for m in messages)  # the Authorization header, logged at debug
    assert any("bad credentials: Bearer <redacted>" in text for text in shown)


def test_a_key_echoed_in_a_response_header_is_not_logged(
    bt: ModuleType, server: LocalServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="braintrust_client")
    echoed = {"Content-Type": "application/json", "X-Echo": str(None)}

    def handler(request: Received) -> Reply:
        echoed["X-Echo"] = f"you sent {request.headers.get('Authorization')}"
        return Reply(200, b'{"id": "p1", "org_id": "o1", "name": "demo"}', dict(echoed))

    server.reset(handler)
    with bt.Braintrust(api_key=API_KEY, base_url=server.url) as client:
        client.projects.retrieve("p1")
    logged = [record.getMessage() for record in caplog.records if record.name == "braintrust_client"]
    assert any("'x-echo': 'you sent Bearer <redacted>'" in message for message in logged), logged
    assert not [message for message in logged if API_KEY in message]


def test_the_error_keeps_the_servers_body_as_sent(bt: ModuleType, server: LocalServer) -> None:
    """Only what the client itself prints is redacted; the body is the server's, unchanged, for debugging."""
    server.reset(_echo_authorization)
    with bt.Braintrust(api_key=API_KEY, base_url=server.url) as client, pytest.raises(bt.AuthenticationError) as caught:
        client.projects.retrieve("p1")
    assert caught.value.body == f"bad credentials: Bearer {API_KEY}"
    assert API_KEY not in str(caught.value)


@pytest.mark.parametrize(
    ("key", "echo", "shown"),
    [
        ("test", "latest test: Bearer test", "latest <redacted>: Bearer <redacted>"),  # a short key: words kept
        ("k", "bad key k", "bad key <redacted>"),
        (API_KEY, f"glued{API_KEY}glued", "glued<redacted>glued"),  # a long key: wherever it appears
    ],
)
def test_a_short_key_is_redacted_where_it_stands_alone(
    bt: ModuleType, server: LocalServer, key: str, echo: str, shown: str
) -> None:
    server.reset(lambda request: Reply(401, echo.encode(), {"Content-Type": "text/plain"}))
    with bt.Braintrust(api_key=key, base_url=server.url) as client, pytest.raises(bt.AuthenticationError) as caught:
        client.projects.retrieve("p1")
    assert shown in str(caught.value)


def test_debug_logging_from_the_environment_never_prints_the_key(server: LocalServer) -> None:
    server.script(Reply.json({}, 503), Reply.json(PROJECT))
    script = textwrap.dedent(
        f"""
        import braintrust_client._base_client as base
        from braintrust_client import Braintrust
        base.INITIAL_RETRY_DELAY = 0.01
        with Braintrust(api_key={API_KEY!r}, base_url={server.url!r}) as client:
            print(client)
            client.projects.retrieve("p1")
        """
    )
    environment = {**os.environ, "BRAINTRUST_LOG": "debug", "PYTHONPATH": str(REPO / "generated")}
    environment.pop("BRAINTRUST_API_KEY", None)
    completed = subprocess.run(
        [sys.executable, "-c", script], env=environment, capture_output=True, text=True, timeout=120, check=False
    )
    assert completed.returncode == 0, completed.stderr
    output = completed.stdout + completed.stderr
    assert "Request: GET http://127.0.0.1" in completed.stderr
    assert "Retrying GET" in completed.stderr and '"200 OK"' in completed.stderr
    assert API_KEY not in output


def test_reprs_of_clients_show_no_key(bt: ModuleType) -> None:
    for client_class in (bt.Braintrust, bt.AsyncBraintrust):
        client: Any = client_class(api_key=API_KEY, base_url="http://127.0.0.1:9")
        assert API_KEY not in repr(client)
        assert API_KEY not in str(client)
        assert "http://127.0.0.1:9" in repr(client)


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_key_read_with_its_line_break_is_sent_without_it(bt: ModuleType, server: LocalServer, kind: str) -> None:
    """A key read from a file or `$(cat key)` ends in a line break: sent as it is, httpx refused the header
    and its error printed the header, key included."""
    server.script(Reply.json(PROJECT))
    if kind == "sync":
        with bt.Braintrust(api_key=f" {API_KEY}\n", base_url=server.url) as client:
            client.projects.retrieve("p1")
    else:

        async def call() -> None:
            async with bt.AsyncBraintrust(api_key=f"{API_KEY}\r\n", base_url=server.url) as client:
                await client.projects.retrieve("p1")

        asyncio.run(call())
    assert server.requests[-1].headers["Authorization"] == f"Bearer {API_KEY}"


@pytest.mark.parametrize("key", [f"{API_KEY[:4]}\n{API_KEY[4:]}", f"{API_KEY}\x00", f"{API_KEY}é"])
def test_a_key_no_header_can_carry_is_refused_without_showing_it(bt: ModuleType, key: str) -> None:
    with pytest.raises(ValueError, match="api_key holds a character a header cannot carry") as refused:
        bt.Braintrust(api_key=key)
    shown = "".join(traceback.format_exception(refused.value))
    assert API_KEY[4:] not in shown and API_KEY not in shown


def _pieces(secret: str, size: int = 8) -> set[str]:
    return {secret[start : start + size] for start in range(len(secret) - size + 1)}


def _padded(width: int) -> str:
    """Text that puts the key across the place where a message cuts a long value short."""
    return "x" * (width - len(API_KEY) // 2)


_STREAM = {"Content-Type": "text/event-stream"}

_CARELESS_SERVERS: dict[str, tuple[Reply, Any]] = {
    "a response that does not validate": (
        Reply.json({"id": "p1", "name": _padded(60) + API_KEY}),
        lambda client: client.projects.retrieve("p1"),
    ),
    "a page that does not validate": (
        Reply.json({"objects": [{"id": "p1", "name": _padded(60) + API_KEY}]}),
        lambda client: list(client.projects.list()),
    ),
    "a long error body": (Reply.text(_padded(500) + API_KEY, 400), lambda client: client.projects.retrieve("p1")),
    "a success that is not JSON": (
        Reply(200, (_padded(200) + API_KEY).encode(), {"Content-Type": "text/html"}),
        lambda client: client.projects.retrieve("p1"),
    ),
    "an event that does not validate": (
        Reply(
            200, f'event: console\ndata: {{"stream": "stdout", "note": "{_padded(60)}{API_KEY}"}}\n\n'.encode(), _STREAM
        ),
        lambda client: list(client.functions.invoke("f1", stream=True)),
    ),
    "a stream line that is not UTF-8": (
        Reply(200, f"data: {_padded(100)}{API_KEY}".encode() + b"\xff\n\n", _STREAM),
        lambda client: list(client.functions.invoke("f1", stream=True)),
    ),
}


@pytest.mark.parametrize("case", list(_CARELESS_SERVERS))
def test_no_part_of_an_echoed_key_is_shown_where_a_message_quotes_the_response(
    bt: ModuleType, server: LocalServer, case: str
) -> None:
    """pydantic and the error messages cut long values short; a key the cut went through must not leave
    its start (or its end) behind."""
    reply, call = _CARELESS_SERVERS[case]
    server.reset(lambda request: reply)
    with (
        bt.Braintrust(api_key=API_KEY, base_url=server.url, max_retries=0) as client,
        pytest.raises(bt.APIError) as caught,
    ):
        call(client)
    shown = "\n".join([str(caught.value), repr(caught.value), *traceback.format_exception(caught.value)])
    assert not [piece for piece in _pieces(API_KEY) if piece in shown], shown
    assert "<redact" in shown or "does not match the API description" in shown  # the response was quoted, or described
    if case != "a stream line that is not UTF-8":  # that error carries no body: the line is not text
        assert API_KEY in json.dumps(caught.value.body)  # the server's body itself is kept as it was sent


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_pickled_error_carries_no_key_the_server_echoed(bt: ModuleType, server: LocalServer, kind: str) -> None:
    """A pickled error leaves the process (a task queue's results): its body and its response's body lose
    the key; in this process the body stays as the server sent it (see the test above)."""
    server.script(Reply.json({"error": f"Invalid API key {API_KEY}"}, 401))

    def failing() -> Any:
        if kind == "sync":
            with bt.Braintrust(api_key=API_KEY, base_url=server.url, max_retries=0) as client:
                return client.projects.retrieve("p1")

        async def call() -> Any:
            async with bt.AsyncBraintrust(api_key=API_KEY, base_url=server.url, max_retries=0) as client:
                return await client.projects.retrieve("p1")

        return asyncio.run(call())

    with pytest.raises(bt.AuthenticationError) as caught:
        failing()
    assert caught.value.body == {"error": f"Invalid API key {API_KEY}"}
    blob = pickle.dumps(caught.value)
    assert API_KEY.encode() not in blob
    restored = pickle.loads(blob)
    assert restored.body == {"error": "Invalid API key <redacted>"}
    assert restored.response.json() == {"error": "Invalid API key <redacted>"}
    assert restored.status_code == 401 and str(restored) == str(caught.value)


def test_a_request_that_cannot_be_sent_keeps_no_cause_that_quotes_the_key(bt: ModuleType, server: LocalServer) -> None:
    """httpx's own error quotes the header it refused; as the cause of the client's error, a logged
    traceback (logger.exception, an error tracker) would print the key."""
    headers = {"X-Org-Key": f"{API_KEY}\n"}  # read from a file, line break and all
    client = bt.Braintrust(api_key=API_KEY, base_url=server.url, max_retries=0, default_headers=headers)
    with client, pytest.raises(bt.APIConnectionError) as caught:
        client.projects.retrieve("p1")
    shown = "".join(traceback.format_exception(caught.value))
    assert "cannot be sent" in shown and API_KEY not in shown
