"""Faults from a real HTTP server on 127.0.0.1: each asserts the error class, the parsed body, the number
of attempts and that the client's waits stay within the backoff bounds (issue 4, acceptance 2).

The waits are measured on the server, between the arrivals of consecutive attempts: a gap is the client's
sleep plus a little transport time, so it is never below the sleep; the upper bounds allow ``SLACK`` for a
busy machine.
"""

from __future__ import annotations

import asyncio
import email.utils
import importlib
import json
import pickle
import threading
import time
from types import ModuleType

import pytest
import trio

from tests.client.conftest import API_KEY, call_with
from tests.client.server import LocalServer, Reply

KINDS = ["sync", "async"]
SLACK = 0.6
"""Seconds a gap may exceed the client's sleep: transport, thread scheduling, a noisy shared machine."""
TOLERANCE = 0.005
"""Clock granularity below a lower bound."""
PROJECT = {"id": "p1", "org_id": "o1", "name": "demo"}


def _base_client(bt: ModuleType) -> ModuleType:
    return importlib.import_module(f"{bt.__name__}._base_client")


def _set_backoff(bt: ModuleType, monkeypatch: pytest.MonkeyPatch, initial: float, maximum: float = 5.0) -> None:
    monkeypatch.setattr(_base_client(bt), "INITIAL_RETRY_DELAY", initial)
    monkeypatch.setattr(_base_client(bt), "MAX_RETRY_DELAY", maximum)


def _assert_backoff_gaps(server: LocalServer, initial: float, maximum: float = 5.0, extra: float = 0.0) -> None:
    """Gap n is at least the smallest backoff of retry n (full delay less 25% jitter), at most the full delay."""
    for attempt, gap in enumerate(server.gaps()):
        full = min(initial * 2**attempt, maximum)
        assert full * 0.75 + extra - TOLERANCE <= gap <= full + extra + SLACK, (attempt, gap, server.gaps())


# --- 429 and Retry-After --------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_429_retry_after_seconds_is_honoured(bt: ModuleType, server: LocalServer, kind: str) -> None:
    server.script(Reply.json({"error": "slow down"}, 429, {"Retry-After": "1"}), Reply.json(PROJECT))
    project = call_with(bt, kind, server.url, lambda c: c.projects.retrieve("p1"))
    assert isinstance(project, bt.models.Project) and project.name == "demo"
    assert len(server.requests) == 2
    (gap,) = server.gaps()
    assert 1.0 - TOLERANCE <= gap <= 1.0 + SLACK


@pytest.mark.parametrize("kind", KINDS)
def test_429_retry_after_http_date_is_honoured(bt: ModuleType, server: LocalServer, kind: str) -> None:
    def handler_factory() -> object:
        state = {"count": 0}

        def handler(request: object) -> Reply:
            state["count"] += 1
            if state["count"] == 1:
                # HTTP dates have whole seconds: "now + 2 s", truncated, is between 1 and 2 s away.
                when = email.utils.formatdate(time.time() + 2, usegmt=True)
                return Reply.json({"error": "later"}, 429, {"Retry-After": when})
            return Reply.json(PROJECT)

        return handler

    server.reset(handler_factory())  # type: ignore[arg-type]
    project = call_with(bt, kind, server.url, lambda c: c.projects.retrieve("p1"))
    assert project.id == "p1"
    assert len(server.requests) == 2
    (gap,) = server.gaps()
    assert 1.0 - 0.05 <= gap <= 2.0 + SLACK


@pytest.mark.parametrize("kind", KINDS)
def test_429_exhausts_retries_with_a_typed_error(bt: ModuleType, server: LocalServer, kind: str) -> None:
    server.script(Reply.json({"error": {"message": "rate limited"}}, 429, {"Retry-After": "0.1"}))
    with pytest.raises(bt.RateLimitError) as caught:
        call_with(bt, kind, server.url, lambda c: c.projects.retrieve("p1"), max_retries=2)
    error = caught.value
    assert error.status_code == 429
    assert error.body == {"error": {"message": "rate limited"}}
    assert error.response.headers["retry-after"] == "0.1"
    assert isinstance(error, bt.APIStatusError) and isinstance(error, bt.BraintrustError)
    assert len(server.requests) == 3
    assert all(0.1 - TOLERANCE <= gap <= 0.1 + SLACK for gap in server.gaps())


@pytest.mark.parametrize("kind", KINDS)
def test_a_longer_retry_after_than_the_cap_is_not_retried(
    bt: ModuleType, server: LocalServer, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Waiting out an hour, or the cap of a minute per retry, would block the caller for nothing."""
    monkeypatch.setattr(_base_client(bt), "MAX_RETRY_AFTER", 0.3)
    server.script(Reply.json({}, 429, {"Retry-After": "3600"}), Reply.json(PROJECT))
    started = time.monotonic()
    with pytest.raises(bt.RateLimitError) as caught:
        call_with(bt, kind, server.url, lambda c: c.projects.retrieve("p1"))
    assert time.monotonic() - started < 0.3
    assert caught.value.response.headers["retry-after"] == "3600"
    assert len(server.requests) == 1


@pytest.mark.parametrize("kind", KINDS)
def test_a_retry_after_up_to_the_cap_is_waited_out(
    bt: ModuleType, server: LocalServer, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_base_client(bt), "MAX_RETRY_AFTER", 0.3)
    server.script(Reply.json({}, 429, {"Retry-After": "0.3"}), Reply.json(PROJECT))
    call_with(bt, kind, server.url, lambda c: c.projects.retrieve("p1"))
    (gap,) = server.gaps()
    assert 0.3 - TOLERANCE <= gap <= 0.3 + SLACK


# --- 5xx -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_500_then_200_succeeds_after_one_backoff(
    bt: ModuleType, server: LocalServer, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _set_backoff(bt, monkeypatch, 0.1)
    server.script(Reply.json({"error": "boom"}, 500), Reply.json(PROJECT))
    project = call_with(bt, kind, server.url, lambda c: c.projects.retrieve("p1"))
    assert project.name == "demo"
    assert len(server.requests) == 2
    _assert_backoff_gaps(server, 0.1)


@pytest.mark.parametrize("kind", KINDS)
def test_5xx_exhausts_retries_with_exponential_backoff(
    bt: ModuleType, server: LocalServer, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _set_backoff(bt, monkeypatch, 0.1, maximum=0.3)
    server.script(Reply.json({"error": "still down"}, 503))
    with pytest.raises(bt.InternalServerError) as caught:
        call_with(bt, kind, server.url, lambda c: c.projects.retrieve("p1"), max_retries=3)
    assert caught.value.status_code == 503
    assert caught.value.body == {"error": "still down"}
    assert len(server.requests) == 4
    _assert_backoff_gaps(server, 0.1, maximum=0.3)  # 0.1, 0.2, then capped at 0.3


@pytest.mark.parametrize("kind", KINDS)
def test_max_retries_per_call_overrides_the_client(bt: ModuleType, server: LocalServer, kind: str) -> None:
    server.script(Reply.json({"error": "boom"}, 502))
    with pytest.raises(bt.InternalServerError):
        call_with(bt, kind, server.url, lambda c: c.projects.retrieve("p1", max_retries=0), max_retries=5)
    assert len(server.requests) == 1
    server.reset(lambda request: Reply.json({"error": "boom"}, 502))
    with pytest.raises(bt.InternalServerError):
        call_with(bt, kind, server.url, lambda c: c.with_options(max_retries=1).projects.retrieve("p1"), max_retries=5)
    assert len(server.requests) == 2


# --- connection problems ----------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_reset_connection_is_retried(
    bt: ModuleType, server: LocalServer, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _set_backoff(bt, monkeypatch, 0.1)
    server.script(Reply(reset=True), Reply.json(PROJECT))
    project = call_with(bt, kind, server.url, lambda c: c.projects.retrieve("p1"))
    assert project.id == "p1"
    assert len(server.requests) == 2
    _assert_backoff_gaps(server, 0.1)


@pytest.mark.parametrize("kind", KINDS)
def test_a_request_that_cannot_be_sent_is_not_retried(
    bt: ModuleType, server: LocalServer, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _set_backoff(bt, monkeypatch, 5.0)  # a retry would show as a long wait
    server.script(Reply.json(PROJECT))
    started = time.monotonic()
    with pytest.raises(bt.APIConnectionError, match=r"the request cannot be sent: .*header") as caught:
        call_with(bt, kind, server.url, lambda c: c.projects.retrieve("p1", extra_headers={"X-Note": "a\nb"}))
    assert time.monotonic() - started < 2.0
    assert server.requests == []
    assert "a\nb" not in str(caught.value.request.url)


@pytest.mark.parametrize("kind", KINDS)
def test_reset_connection_every_time_gives_a_connection_error(
    bt: ModuleType, server: LocalServer, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _set_backoff(bt, monkeypatch, 0.05)
    server.script(Reply(reset=True))
    with pytest.raises(bt.APIConnectionError) as caught:
        call_with(bt, kind, server.url, lambda c: c.projects.retrieve("p1"), max_retries=2)
    assert not isinstance(caught.value, bt.APITimeoutError)
    assert caught.value.body is None
    assert caught.value.request.url.path == "/v1/project/p1"
    assert len(server.requests) == 3
    _assert_backoff_gaps(server, 0.05)


@pytest.mark.parametrize("kind", KINDS)
def test_a_response_slower_than_the_timeout(
    bt: ModuleType, server: LocalServer, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _set_backoff(bt, monkeypatch, 0.05)
    server.script(Reply(200, b"{}", {"Content-Type": "application/json"}, delay=0.6))
    with pytest.raises(bt.APITimeoutError) as caught:
        call_with(bt, kind, server.url, lambda c: c.projects.retrieve("p1", timeout=0.2), max_retries=1)
    assert isinstance(caught.value, bt.APIConnectionError)
    assert caught.value.body is None
    assert len(server.requests) == 2
    # The gap is the timeout that expired (0.2 s) plus one backoff.
    _assert_backoff_gaps(server, 0.05, extra=0.2)


@pytest.mark.parametrize("kind", KINDS)
def test_a_timeout_is_retried(bt: ModuleType, server: LocalServer, kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    _set_backoff(bt, monkeypatch, 0.05)
    server.script(Reply(200, b"{}", delay=0.6), Reply.json(PROJECT))
    project = call_with(bt, kind, server.url, lambda c: c.projects.retrieve("p1"), timeout=0.2)
    assert project.name == "demo"
    assert len(server.requests) == 2


# --- bodies the client cannot read as it expects ------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_malformed_json_in_a_success(bt: ModuleType, server: LocalServer, kind: str) -> None:
    server.script(Reply(200, b'{"id": "p1", "name": ', {"Content-Type": "application/json"}))
    with pytest.raises(bt.APIResponseValidationError) as caught:
        call_with(bt, kind, server.url, lambda c: c.projects.retrieve("p1"))
    assert caught.value.status_code == 200
    assert caught.value.body == '{"id": "p1", "name": '
    assert "not valid JSON" in str(caught.value)
    assert len(server.requests) == 1


@pytest.mark.parametrize("kind", KINDS)
def test_malformed_json_in_an_error_still_gives_the_typed_error(bt: ModuleType, server: LocalServer, kind: str) -> None:
    server.script(Reply(400, b'{"error": "missing', {"Content-Type": "application/json"}))
    with pytest.raises(bt.BadRequestError) as caught:
        call_with(bt, kind, server.url, lambda c: c.projects.retrieve("p1"))
    assert caught.value.status_code == 400
    assert caught.value.body == '{"error": "missing'
    assert len(server.requests) == 1


@pytest.mark.parametrize("kind", KINDS)
def test_undecodable_error_body_still_gives_the_typed_error(bt: ModuleType, server: LocalServer, kind: str) -> None:
    server.script(Reply(403, b"\xff\xfe\x00garbage\x80", {"Content-Type": "application/json; charset=utf-8"}))
    with pytest.raises(bt.PermissionDeniedError) as caught:
        call_with(bt, kind, server.url, lambda c: c.projects.retrieve("p1"))
    assert isinstance(caught.value.body, str)
    assert "garbage" in caught.value.body


@pytest.mark.parametrize("kind", KINDS)
def test_success_that_does_not_match_the_model(bt: ModuleType, server: LocalServer, kind: str) -> None:
    server.script(Reply.json({"id": 5, "name": ["not", "a", "string"]}))
    with pytest.raises(bt.APIResponseValidationError) as caught:
        call_with(bt, kind, server.url, lambda c: c.projects.retrieve("p1"))
    assert caught.value.body == {"id": 5, "name": ["not", "a", "string"]}


@pytest.mark.parametrize("kind", KINDS)
def test_text_plain_error_body(bt: ModuleType, server: LocalServer, kind: str) -> None:
    server.script(Reply.text("Project p1 does not exist", 404))
    with pytest.raises(bt.NotFoundError) as caught:
        call_with(bt, kind, server.url, lambda c: c.projects.retrieve("p1"))
    assert caught.value.status_code == 404
    assert caught.value.body == "Project p1 does not exist"
    assert str(caught.value) == "Error code: 404 - Project p1 does not exist"
    assert len(server.requests) == 1


@pytest.mark.parametrize("kind", KINDS)
def test_text_plain_5xx_is_retried_and_keeps_its_text(
    bt: ModuleType, server: LocalServer, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _set_backoff(bt, monkeypatch, 0.05)
    server.script(Reply.text("upstream connect error", 503))
    with pytest.raises(bt.InternalServerError) as caught:
        call_with(bt, kind, server.url, lambda c: c.projects.retrieve("p1"))
    assert caught.value.body == "upstream connect error"
    assert len(server.requests) == 3
    _assert_backoff_gaps(server, 0.05)


@pytest.mark.parametrize(
    ("status", "error", "attempts"),
    [
        (400, "BadRequestError", 1),
        (401, "AuthenticationError", 1),
        (403, "PermissionDeniedError", 1),
        (404, "NotFoundError", 1),
        (408, "APIStatusError", 3),
        (409, "ConflictError", 3),
        (422, "UnprocessableEntityError", 1),
        (429, "RateLimitError", 3),
        (500, "InternalServerError", 3),
        (504, "InternalServerError", 3),
        (418, "APIStatusError", 1),
    ],
)
def test_status_to_error_class_and_retry_policy(
    bt: ModuleType, server: LocalServer, status: int, error: str, attempts: int
) -> None:
    server.script(Reply.json({"status": status}, status))
    with pytest.raises(bt.APIStatusError) as caught:
        call_with(bt, "sync", server.url, lambda c: c.projects.retrieve("p1"))
    assert type(caught.value).__name__ == error
    assert caught.value.body == {"status": status}
    assert len(server.requests) == attempts


def test_the_server_can_forbid_or_ask_for_a_retry(bt: ModuleType, server: LocalServer) -> None:
    server.script(Reply.json({}, 500, {"x-should-retry": "false"}))
    with pytest.raises(bt.InternalServerError):
        call_with(bt, "sync", server.url, lambda c: c.projects.retrieve("p1"))
    assert len(server.requests) == 1
    server.script(Reply.json({}, 400, {"x-should-retry": "true"}), Reply.json(PROJECT))
    assert call_with(bt, "sync", server.url, lambda c: c.projects.retrieve("p1")).id == "p1"
    assert len(server.requests) == 2


def test_nothing_listens(bt: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    _set_backoff(bt, monkeypatch, 0.01)
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(bt.APIConnectionError):
        call_with(bt, "sync", f"http://127.0.0.1:{port}", lambda c: c.projects.retrieve("p1"), max_retries=1)


def test_errors_survive_pickling_as_they_cross_process_pools(bt: ModuleType, server: LocalServer) -> None:
    server.script(Reply.json({"error": "no such project"}, status=404))
    with (
        bt.Braintrust(api_key=API_KEY, base_url=server.url, max_retries=0) as client,
        pytest.raises(bt.NotFoundError) as raised,
    ):
        client.projects.retrieve("p1")
    copy = pickle.loads(pickle.dumps(raised.value))
    assert type(copy) is bt.NotFoundError and str(copy) == str(raised.value)
    assert copy.status_code == 404 and copy.body == {"error": "no such project"}
    assert copy.request.url == raised.value.request.url
    timeout = pickle.loads(pickle.dumps(bt.APITimeoutError(copy.request)))
    assert type(timeout) is bt.APITimeoutError and timeout.message == "Request timed out."
    # stored or sent elsewhere (a task queue's results), a pickled error carries no credentials
    pickled = pickle.dumps(raised.value)
    assert API_KEY.encode() not in pickled
    assert copy.request.headers["Authorization"] == copy.response.request.headers["Authorization"] == "<redacted>"
    assert raised.value.request.headers["Authorization"] == f"Bearer {API_KEY}"  # the raised error is unchanged


# --- a client closed while a call is under way ------------------------------------------------------------


async def _retrieve_while_closing(bt: ModuleType, url: str) -> None:
    """A call on an async client that is closed 0.2 s after the call starts."""
    client = bt.AsyncBraintrust(api_key=API_KEY, base_url=url, max_retries=2)
    call = asyncio.ensure_future(client.projects.retrieve("p1"))
    await asyncio.sleep(0.2)
    await client.close()
    await call


@pytest.mark.parametrize("kind", KINDS)
def test_a_client_closed_during_a_retry_wait_ends_the_call_with_its_own_error(
    bt: ModuleType, server: LocalServer, kind: str
) -> None:
    """The call waiting out a Retry-After ends when the client closes, with a connection error of the
    package (it retried on the closed client, and httpx's RuntimeError reached the caller)."""
    server.script(Reply.json({}, 429, {"Retry-After": "1"}), Reply.json(PROJECT))
    started = time.monotonic()
    if kind == "sync":
        client = bt.Braintrust(api_key=API_KEY, base_url=server.url, max_retries=2)
        closer = threading.Timer(0.2, client.close)
        closer.start()
        with pytest.raises(bt.APIConnectionError, match="the client was closed while the call waited to retry"):
            client.projects.retrieve("p1")
        closer.join()
    else:
        with pytest.raises(bt.APIConnectionError, match="the client was closed while the call waited to retry"):
            asyncio.run(_retrieve_while_closing(bt, server.url))
    assert time.monotonic() - started < 1 + SLACK
    assert len(server.requests) == 1


def test_a_call_in_flight_when_the_client_closes_is_not_retried(bt: ModuleType, server: LocalServer) -> None:
    server.script(Reply(200, json.dumps(PROJECT).encode(), {"Content-Type": "application/json"}, delay=1.0))

    with pytest.raises(bt.BraintrustError) as caught:
        asyncio.run(_retrieve_while_closing(bt, server.url))
    assert isinstance(caught.value, bt.APIConnectionError)
    assert len(server.requests) == 1


@pytest.mark.parametrize("kind", KINDS)
def test_a_retry_after_a_small_error_body_reuses_the_connection(
    bt: ModuleType, server: LocalServer, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The retried answer's body was closed unread, so its connection was dropped: a rate-limited client
    connected (and shook hands, over TLS) again for every retry."""
    _set_backoff(bt, monkeypatch, 0.05)
    server.script(Reply.json({"error": "slow down"}, 429), Reply.json({"error": "busy"}, 503), Reply.json(PROJECT))
    assert call_with(bt, kind, server.url, lambda c: c.projects.retrieve("p1")).name == "demo"
    assert len(server.requests) == 3
    assert len({request.peer for request in server.requests}) == 1


def test_an_async_client_serves_one_asyncio_run_after_another(bt: ModuleType, server: LocalServer) -> None:
    """Its pooled connection belonged to the first run's loop, closed with it: every other call of a client
    kept between runs (a script's, a test's) failed with a bare "Event loop is closed" RuntimeError."""
    server.reset(lambda request: Reply.json(PROJECT))
    client = bt.AsyncBraintrust(api_key=API_KEY, base_url=server.url, max_retries=0)

    async def call() -> str:
        return str((await client.projects.retrieve("p1")).name)

    assert [asyncio.run(call()) for _ in range(4)] == ["demo"] * 4

    async def closed() -> None:
        await client.close()
        with pytest.raises(RuntimeError, match="has been closed"):  # as in one loop: it stays closed
            await client.projects.retrieve("p1")

    asyncio.run(closed())
    asyncio.run(closed())


def test_an_async_client_retries_under_trio(bt: ModuleType, server: LocalServer) -> None:
    """httpx runs on trio too; the client waited between attempts with asyncio.sleep, which raised
    "no running event loop" there at the first retry (a bare RuntimeError, not a BraintrustError)."""
    server.script(Reply.json({"error": "busy"}, 503), Reply.json(PROJECT))

    async def main() -> str:
        async with bt.AsyncBraintrust(api_key=API_KEY, base_url=server.url) as client:
            project = await client.projects.retrieve("p1")
            return str(project.name)

    assert trio.run(main) == "demo"
    assert len(server.requests) == 2


@pytest.mark.parametrize("kind", KINDS)
def test_an_error_names_the_servers_request_id_where_it_sent_one(
    bt: ModuleType, server: LocalServer, kind: str
) -> None:
    server.script(
        Reply.json({"error": "no such project"}, 404, {"X-Request-Id": "req_123"}),
        Reply.json({"error": "no such project"}, 404, {"Request-Id": "req_456"}),
        Reply.json({"error": "no such project"}, 404),
    )
    errors = []
    for _ in range(3):
        with pytest.raises(bt.NotFoundError) as caught:
            call_with(bt, kind, server.url, lambda c: c.projects.retrieve("p1"))
        errors.append(caught.value)
    assert [error.request_id for error in errors] == ["req_123", "req_456", None]
    assert pickle.loads(pickle.dumps(errors[0])).request_id == "req_123"
