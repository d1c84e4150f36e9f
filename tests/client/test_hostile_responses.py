"""What a hostile or broken server can send back, against real servers on 127.0.0.1 (issue 6, client side).

- Size: a body over ``max_response_size`` (100 MiB unless the client or ``with_options`` says otherwise) is
  not read past the limit, whether its ``Content-Length`` says so (refused before the body), it has none
  (counted as it arrives: an endless body stops), or it is compressed (counted after decompression). A
  success raises ``ResponseTooLargeError``; an error status keeps its class, without a body. A stream is
  bounded per event.
- ``Content-Type``: a success that should be JSON and is not (an HTML page from a proxy) raises
  ``APIResponseValidationError`` showing the type and the start of the body; so do bytes that do not parse.
- UTF-8: a success that is not valid UTF-8 raises ``APIResponseValidationError``; an error body keeps its
  text with replacement characters; never a ``UnicodeDecodeError``.
- Redirects: followed on the same origin (scheme, host, port), with the key; to any other origin (another
  port, host name or scheme, https to http) not followed: ``RedirectError``, and the other server receives
  nothing, whatever the caller's ``http_client`` says.
- TLS: the default client verifies certificates (a self-signed server fails with ``APIConnectionError``, at
  once, without retrying); trusting a private CA or turning verification off takes an explicit
  ``http_client``.

The HTTPS server uses tests/client/tls/self_signed_{cert,key}.pem: a throw-away EC key and a self-signed
certificate for 127.0.0.1 and localhost, valid 2000-2100, made with ``openssl ca -selfsign`` (no Python
dependency at test time).
"""

from __future__ import annotations

import asyncio
import gzip
import importlib
import inspect
import itertools
import json
import re
import ssl
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.client.conftest import API_KEY
from tests.client.server import LocalServer, Received, Reply, serve

KINDS = ["sync", "async"]
PROJECT = {"id": "p1", "org_id": "o1", "name": "demo"}
PROJECT_BYTES = json.dumps(PROJECT).encode()
TLS_DIR = Path(__file__).parent / "tls"
CERT = TLS_DIR / "self_signed_cert.pem"
KEY = TLS_DIR / "self_signed_key.pem"
NETWORK_READ = 65_536
"""The most one network read adds past the limit (httpcore reads at most 64 KiB at a time)."""
SSE = {"Content-Type": "text/event-stream"}
HTML = (
    b"<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center>"
    + b"<hr><center>nginx</center>" * 40
    + b"</body></html>"
)


# --- fixtures and helpers ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def other_host() -> Iterator[LocalServer]:
    """A second server on another port: another origin, where nothing of the client's may arrive."""
    yield from serve()


@pytest.fixture
def other(other_host: LocalServer) -> LocalServer:
    other_host.reset(lambda request: Reply.json(PROJECT))
    return other_host


@pytest.fixture(scope="module")
def tls_host() -> Iterator[LocalServer]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(CERT, KEY)
    yield from serve(context)


@pytest.fixture
def tls_server(tls_host: LocalServer) -> LocalServer:
    tls_host.reset(lambda request: Reply.json(PROJECT))
    return tls_host


def _trusting_context() -> ssl.SSLContext:
    """Verification on, with the test certificate as the one trusted authority."""
    return ssl.create_default_context(cafile=str(CERT))


def run(
    bt: ModuleType,
    kind: str,
    url: str,
    call: Callable[[Any], Any],
    http: dict[str, Any] | None = None,
    **options: Any,
) -> Any:
    """``call(client)`` with a sync or async client; ``http`` builds the caller's own httpx client from these
    arguments (closed afterwards). An async ``call`` may return an awaitable or an async iterator (collected)."""
    options.setdefault("api_key", API_KEY)
    if kind == "sync":
        if http is None:
            with bt.Braintrust(base_url=url, **options) as client:
                return call(client)
        with (
            httpx.Client(**http) as http_client,
            bt.Braintrust(base_url=url, http_client=http_client, **options) as client,
        ):
            return call(client)

    async def main() -> Any:
        http_client = httpx.AsyncClient(**http) if http is not None else None
        try:
            async with bt.AsyncBraintrust(base_url=url, http_client=http_client, **options) as client:
                result = call(client)
                if inspect.isawaitable(result):
                    result = await result
                if hasattr(result, "__aiter__"):
                    return [item async for item in result]
                return result
        finally:
            if http_client is not None:
                await http_client.aclose()

    return asyncio.run(main())


def _stream(kind: str) -> Callable[[Any], Any]:
    """Every event of ``functions.invoke(..., stream=True)``, as a list (sync) or through ``run`` (async)."""
    if kind == "sync":
        return lambda c: list(c.functions.invoke("f1", stream=True))
    return lambda c: c.functions.invoke("f1", stream=True)


def _collecting(kind: str, seen: list[Any]) -> Callable[[Any], Any]:
    """Like ``_stream``, but each event goes into ``seen`` as it arrives: kept when the stream then fails."""
    if kind == "sync":
        return lambda client: seen.extend(client.functions.invoke("f1", stream=True))

    async def collect(client: Any) -> None:
        async for event in await client.functions.invoke("f1", stream=True):
            seen.append(event)

    return collect


def _wait_for(condition: Callable[[], bool], seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def _no_unicode_error(error: BaseException) -> None:
    """No UnicodeDecodeError is raised to the caller: the error is the package's own."""
    assert not isinstance(error, UnicodeDecodeError)
    assert type(error).__module__.startswith("braintrust_client")


# --- size ---------------------------------------------------------------------------------------------------


def test_the_default_limit_is_100_mib_and_each_client_can_change_it(bt: ModuleType) -> None:
    base_client = importlib.import_module("braintrust_client._base_client")
    assert base_client.DEFAULT_MAX_RESPONSE_SIZE == 100 * 1024 * 1024
    for client_class in (bt.Braintrust, bt.AsyncBraintrust):
        client = client_class(api_key=API_KEY, base_url="http://127.0.0.1:9")
        assert client.max_response_size == 100 * 1024 * 1024
        assert client.with_options(max_response_size=1000).max_response_size == 1000
        assert client.with_options(max_response_size=None).max_response_size is None
        assert client.with_options(timeout=5).max_response_size == 100 * 1024 * 1024  # kept by other copies
        assert client.max_response_size == 100 * 1024 * 1024  # the copies did not change the original
        assert client_class(api_key=API_KEY, max_response_size=None).max_response_size is None


@pytest.mark.parametrize("value", [0, -1, True, 1.5, "1000"])
def test_a_limit_that_is_not_a_positive_number_of_bytes_is_refused(bt: ModuleType, value: object) -> None:
    for client_class in (bt.Braintrust, bt.AsyncBraintrust):
        with pytest.raises(ValueError, match="max_response_size"):
            client_class(api_key=API_KEY, base_url="http://127.0.0.1:9", max_response_size=value)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("framing", ["content-length", "chunked"])
def test_a_body_at_the_limit_is_read_and_one_byte_more_is_not(
    bt: ModuleType, server: LocalServer, kind: str, framing: str
) -> None:
    if framing == "chunked":
        reply = Reply(
            200, headers={"Content-Type": "application/json"}, chunks=[PROJECT_BYTES[:10], PROJECT_BYTES[10:]]
        )
    else:
        reply = Reply(200, PROJECT_BYTES, {"Content-Type": "application/json"})
    server.script(reply)
    size = len(PROJECT_BYTES)
    project = run(bt, kind, server.url, lambda c: c.projects.retrieve("p1"), max_response_size=size)
    assert project.name == "demo"
    with pytest.raises(bt.ResponseTooLargeError) as caught:
        run(bt, kind, server.url, lambda c: c.projects.retrieve("p1"), max_response_size=size - 1)
    error = caught.value
    assert isinstance(error, bt.APIError) and not isinstance(error, bt.APIStatusError)
    assert error.status_code == 200 and error.limit == size - 1 and error.body is None
    assert error.response.headers["content-type"] == "application/json"
    assert f"max_response_size ({size - 1} bytes)" in str(error)
    assert len(server.requests) == 2  # not retried: the same answer would come again


@pytest.mark.parametrize("kind", KINDS)
def test_a_content_length_over_the_limit_is_refused_before_the_body_arrives(
    bt: ModuleType, server: LocalServer, kind: str
) -> None:
    server.script(Reply(200, b"x" * 10_000, {"Content-Type": "application/json"}, body_delay=3.0))
    started = time.monotonic()
    with pytest.raises(bt.ResponseTooLargeError) as caught:
        run(bt, kind, server.url, lambda c: c.projects.retrieve("p1"), max_response_size=1000)
    assert time.monotonic() - started < 2.0  # did not wait for the body, which comes 3 s after the headers
    assert caught.value.response.num_bytes_downloaded == 0
    assert caught.value.response.headers["content-length"] == "10000"


@pytest.mark.parametrize("kind", KINDS)
def test_an_endless_body_is_cut_off_at_the_limit(bt: ModuleType, server: LocalServer, kind: str) -> None:
    chunk = b"[" + b"0," * 32_767 + b"0"  # 65,536 bytes of what could be a JSON array that never ends
    total = 1024 * len(chunk)  # 64 MiB: far more than the client may read
    server.script(Reply(200, headers={"Content-Type": "application/json"}, chunks=itertools.repeat(chunk, 1024)))
    limit = 256 * 1024
    with pytest.raises(bt.ResponseTooLargeError) as caught:
        run(bt, kind, server.url, lambda c: c.projects.list(), max_response_size=limit)
    downloaded = caught.value.response.num_bytes_downloaded
    assert limit < downloaded <= limit + NETWORK_READ
    assert caught.value.response.is_closed
    assert _wait_for(lambda: len(server.broken) == 1)  # the server could not finish: the client hung up
    assert server.broken[0] < total


@pytest.mark.parametrize("kind", KINDS)
def test_a_compressed_body_counts_its_decompressed_size(bt: ModuleType, server: LocalServer, kind: str) -> None:
    big = json.dumps({**PROJECT, "description": "a" * 4_000_000}).encode()
    bomb = gzip.compress(big)
    assert len(bomb) < 20_000
    server.script(Reply(200, bomb, {"Content-Type": "application/json", "Content-Encoding": "gzip"}))
    project = run(bt, kind, server.url, lambda c: c.projects.retrieve("p1"), max_response_size=len(big))
    assert project.description == "a" * 4_000_000
    with pytest.raises(bt.ResponseTooLargeError) as caught:
        run(bt, kind, server.url, lambda c: c.projects.retrieve("p1"), max_response_size=100_000)
    assert caught.value.response.num_bytes_downloaded <= len(bomb)
    # A Content-Length over the limit on a compressed body is not refused unread: its decoded size counts.
    server.script(
        Reply(200, gzip.compress(PROJECT_BYTES), {"Content-Type": "application/json", "Content-Encoding": "gzip"})
    )
    assert (
        run(bt, kind, server.url, lambda c: c.projects.retrieve("p1"), max_response_size=len(PROJECT_BYTES)).id == "p1"
    )


@pytest.mark.parametrize("kind", KINDS)
def test_a_body_that_does_not_decompress_is_a_typed_error(bt: ModuleType, server: LocalServer, kind: str) -> None:
    server.script(
        Reply(200, b"\x1f\x8b not gzip at all", {"Content-Type": "application/json", "Content-Encoding": "gzip"})
    )
    with pytest.raises(bt.APIResponseValidationError, match="could not be decoded") as caught:
        run(bt, kind, server.url, lambda c: c.projects.retrieve("p1"))
    assert caught.value.status_code == 200
    server.script(Reply(502, b"\x1f\x8b not gzip at all", {"Content-Type": "text/html", "Content-Encoding": "gzip"}))
    with pytest.raises(bt.InternalServerError, match="could not be decoded") as status:
        run(bt, kind, server.url, lambda c: c.projects.retrieve("p1"), max_retries=0)
    assert status.value.body is None
    # without a limit the body was read by httpx alone, whose DecodingError left the call bare
    server.script(
        Reply(200, b"\x1f\x8b not gzip at all", {"Content-Type": "application/json", "Content-Encoding": "gzip"})
    )
    with pytest.raises(bt.APIResponseValidationError, match="could not be decoded"):
        run(bt, kind, server.url, lambda c: c.projects.retrieve("p1"), max_response_size=None)


@pytest.mark.parametrize("kind", KINDS)
def test_one_call_can_change_the_limit_with_options(bt: ModuleType, server: LocalServer, kind: str) -> None:
    server.script(Reply.json(PROJECT))

    def calls(client: Any) -> Any:
        strict = client.with_options(max_response_size=10)
        unlimited = strict.with_options(max_response_size=None)
        results: list[Any] = []

        def one(call: Callable[[], Any]) -> Any:
            try:
                return call()
            except bt.ResponseTooLargeError as error:
                return error

        if kind == "sync":
            return [one(lambda: strict.projects.retrieve("p1")), one(lambda: unlimited.projects.retrieve("p1"))]

        async def both() -> list[Any]:
            for target in (strict, unlimited):
                try:
                    results.append(await target.projects.retrieve("p1"))
                except bt.ResponseTooLargeError as error:
                    results.append(error)
            return results

        return both()

    too_large, project = run(bt, kind, server.url, calls, max_response_size=20)
    assert isinstance(too_large, bt.ResponseTooLargeError) and too_large.limit == 10
    assert project.name == "demo"


@pytest.mark.parametrize("kind", KINDS)
def test_an_error_body_over_the_limit_keeps_the_status_and_its_class(
    bt: ModuleType, server: LocalServer, kind: str
) -> None:
    server.script(Reply.json({"error": "x" * 5000}, 404))
    with pytest.raises(bt.NotFoundError) as caught:
        run(bt, kind, server.url, lambda c: c.projects.retrieve("p1"), max_response_size=1000)
    assert caught.value.status_code == 404 and caught.value.body is None
    assert "larger than max_response_size (1000 bytes) and was not read" in str(caught.value)
    assert caught.value.response.num_bytes_downloaded == 0
    # A retried 503 is not read at all; the last one is read up to the limit.
    server.script(
        Reply(503, headers={"Content-Type": "text/html"}, chunks=itertools.repeat(b"<p>busy</p>" * 1000, 1000))
    )
    with pytest.raises(bt.InternalServerError) as retried:
        run(bt, kind, server.url, lambda c: c.projects.retrieve("p1"), max_response_size=50_000, max_retries=1)
    assert retried.value.status_code == 503 and retried.value.body is None
    assert retried.value.response.num_bytes_downloaded <= 50_000 + NETWORK_READ
    assert len(server.requests) == 2


@pytest.mark.parametrize("kind", KINDS)
def test_a_stream_is_bounded_per_event_not_in_total(bt: ModuleType, server: LocalServer, kind: str) -> None:
    events = [b'event: text_delta\ndata: "' + b"y" * 900 + b'"\n\n'] * 50  # 46 KB in all, each event under 1 KB
    server.script(Reply(200, headers=SSE, chunks=[b"event: start\ndata: \n\n", *events, b"event: done\ndata: \n\n"]))
    received = run(bt, kind, server.url, _stream(kind), max_response_size=1000)
    assert len(received) == 52 and received[1].data == "y" * 900
    endless = itertools.chain(
        [b"event: start\ndata: \n\n", b'event: text_delta\ndata: "'], itertools.repeat(b"z" * 4096, 10_000)
    )
    server.script(Reply(200, headers=SSE, chunks=endless))
    seen: list[Any] = []
    with pytest.raises(bt.ResponseTooLargeError, match="server-sent event is larger") as caught:
        run(bt, kind, server.url, _collecting(kind, seen), max_response_size=64 * 1024)
    assert [event.event for event in seen] == ["start"]  # the events before the endless one arrived
    assert caught.value.response.is_closed
    assert _wait_for(lambda: len(server.broken) == 1)


@pytest.mark.parametrize("kind", KINDS)
def test_events_read_with_one_over_the_limit_are_delivered_before_the_error(
    bt: ModuleType, server: LocalServer, kind: str
) -> None:
    """One network read may hold complete events and then one over the limit: the complete ones were
    dropped with the error."""
    small = b'event: text_delta\ndata: "x"\n\n'
    large = b'event: text_delta\ndata: "' + b"z" * 2000 + b'"\n\n'
    server.script(Reply(200, headers=SSE, chunks=[b"event: start\ndata: \n\n" + small * 3 + large]))
    seen: list[Any] = []
    with pytest.raises(bt.ResponseTooLargeError, match="server-sent event is larger") as caught:
        run(bt, kind, server.url, _collecting(kind, seen), max_response_size=1000)
    assert [event.event for event in seen] == ["start", "text_delta", "text_delta", "text_delta"]
    assert caught.value.response.is_closed


@pytest.mark.parametrize("kind", KINDS)
def test_two_events_each_under_the_limit_are_delivered_when_one_read_holds_both(
    bt: ModuleType, server: LocalServer, kind: str
) -> None:
    """The start of the second event, read with the end of the first, was counted with the first."""
    event = b'event: text_delta\ndata: "' + b"w" * 900 + b'"\n\n'
    server.script(Reply(200, headers=SSE, chunks=[event + event[:600], event[600:]]))
    received = run(bt, kind, server.url, _stream(kind), max_response_size=1000)
    assert [len(event.data) for event in received] == [900, 900]


@pytest.mark.parametrize("kind", KINDS)
def test_a_stream_that_breaks_midway_is_a_connection_error(bt: ModuleType, server: LocalServer, kind: str) -> None:
    def breaking() -> Iterator[bytes]:
        yield b"event: start\ndata: \n\n"
        raise ConnectionAbortedError("the server goes away without ending the chunked body")

    server.script(Reply(200, headers=SSE, chunks=breaking()))
    with pytest.raises(bt.APIConnectionError, match="the stream broke") as caught:
        run(bt, kind, server.url, _stream(kind))
    assert isinstance(caught.value.__cause__, httpx.RemoteProtocolError)


# --- Content-Type -------------------------------------------------------------------------------------------

CALLS: dict[str, Callable[[Any], Any]] = {
    "retrieve": lambda c: c.projects.retrieve("p1"),
    "list": lambda c: c.projects.list(),
    "create": lambda c: c.projects.create(name="demo"),
}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("call", sorted(CALLS))
def test_html_where_json_is_expected_shows_the_type_and_the_start_of_the_body(
    bt: ModuleType, server: LocalServer, kind: str, call: str
) -> None:
    server.script(Reply(200, HTML, {"Content-Type": "text/html; charset=utf-8"}))
    with pytest.raises(bt.APIResponseValidationError) as caught:
        run(bt, kind, server.url, CALLS[call])
    error = caught.value
    message = str(error)
    assert message.startswith("Expected a JSON response, got Content-Type 'text/html; charset=utf-8' (status 200)")
    assert "the body starts '<html><head><title>502 Bad Gateway</title>" in message
    assert len(message) < 400 and "\n" not in message
    assert error.__cause__ is None  # no JSON decode traceback behind it
    assert error.status_code == 200 and error.body == HTML.decode()


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "content_type",
    ["application/json", "application/json; charset=utf-8", "Application/JSON", "application/vnd.api+json", None],
)
def test_json_media_types_and_a_missing_type_are_read_as_json(
    bt: ModuleType, server: LocalServer, kind: str, content_type: str | None
) -> None:
    server.script(Reply(200, PROJECT_BYTES, {"Content-Type": content_type} if content_type else {}))
    assert run(bt, kind, server.url, lambda c: c.projects.retrieve("p1")).name == "demo"


@pytest.mark.parametrize("kind", KINDS)
def test_json_that_pythons_parser_reads_is_read_into_the_models(bt: ModuleType, server: LocalServer, kind: str) -> None:
    """A byte-order mark (RFC 8259 lets a reader ignore it) and a lone surrogate escape (JavaScript writes
    one for a string cut in the middle of an emoji) were 'not valid JSON' to the typed reader, which
    refused the whole answer; the surrogate, no character, is read as U+FFFD."""
    cut = json.dumps({**PROJECT, "description": "cut \ud83d"}).encode()
    assert b"\\ud83d" in cut
    server.script(Reply(200, b"\xef\xbb\xbf" + PROJECT_BYTES, {"Content-Type": "application/json"}))
    assert run(bt, kind, server.url, lambda c: c.projects.retrieve("p1")).name == "demo"
    server.script(Reply(200, cut, {"Content-Type": "application/json"}))
    assert run(bt, kind, server.url, lambda c: c.projects.retrieve("p1")).description == "cut \ufffd"
    server.script(
        Reply(
            404,
            b"\xef\xbb\xbf" + json.dumps({"error": "no such project"}).encode(),
            {"Content-Type": "application/json"},
        )
    )
    with pytest.raises(bt.NotFoundError) as caught:
        run(bt, kind, server.url, lambda c: c.projects.retrieve("p1"))
    assert caught.value.body == {"error": "no such project"}


@pytest.mark.parametrize("kind", KINDS)
def test_json_nested_too_deeply_is_a_typed_error(bt: ModuleType, server: LocalServer, kind: str) -> None:
    """It escaped as a bare RecursionError from Python's parser (an answer read as any value, an error
    body, a stream's event)."""
    deep = b"[" * 100_000 + b"]" * 100_000
    server.script(Reply(200, deep, {"Content-Type": "application/json"}))
    with pytest.raises(bt.APIResponseValidationError):
        run(bt, kind, server.url, lambda c: c.projects.retrieve("p1"))
    server.script(Reply(200, deep, {"Content-Type": "application/json"}))
    with pytest.raises(bt.APIResponseValidationError):
        run(bt, kind, server.url, lambda c: c.functions.invoke("f", input=1))
    server.script(Reply(404, deep, {"Content-Type": "application/json"}))
    with pytest.raises(bt.NotFoundError) as caught:
        run(bt, kind, server.url, lambda c: c.projects.retrieve("p1"))
    assert isinstance(caught.value.body, str)  # kept as the text it is


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("content_type", ["application/json", None])
def test_bytes_that_are_not_json_are_a_typed_error_with_their_start(
    bt: ModuleType, server: LocalServer, kind: str, content_type: str | None
) -> None:
    server.script(
        Reply(200, b"<html>gateway page without a type</html>", {"Content-Type": content_type} if content_type else {})
    )
    with pytest.raises(bt.APIResponseValidationError) as caught:
        run(bt, kind, server.url, lambda c: c.projects.retrieve("p1"))
    message = str(caught.value)
    assert message.startswith("The response body is not valid JSON (")
    assert f"Content-Type {content_type!r}" in message
    assert "the body starts '<html>gateway page without a type</html>'" in message
    assert caught.value.body == "<html>gateway page without a type</html>"


def test_a_page_that_echoes_the_key_is_redacted_in_the_message(bt: ModuleType, server: LocalServer) -> None:
    server.reset(
        lambda request: Reply(200, f"<p>{request.headers['Authorization']}</p>".encode(), {"Content-Type": "text/html"})
    )
    with pytest.raises(bt.APIResponseValidationError) as caught:
        run(bt, "sync", server.url, lambda c: c.projects.retrieve("p1"))
    assert API_KEY not in str(caught.value) and "Bearer <redacted>" in str(caught.value)


# --- UTF-8 --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_a_json_success_that_is_not_utf8_is_a_typed_error(bt: ModuleType, server: LocalServer, kind: str) -> None:
    body = b'{"id": "p1", "org_id": "o1", "name": "caf\xe9"}'  # latin-1, not UTF-8
    server.script(Reply(200, body, {"Content-Type": "application/json"}))
    with pytest.raises(bt.APIResponseValidationError) as caught:
        run(bt, kind, server.url, lambda c: c.projects.retrieve("p1"))
    _no_unicode_error(caught.value)
    position = body.index(b"\xe9")
    assert str(caught.value).startswith(
        f"The response body is not valid UTF-8 (byte 0xe9 at position {position}), so it is not JSON"
    )
    assert caught.value.body == {"id": "p1", "org_id": "o1", "name": "caf\ufffd"}  # kept, with a replacement


@pytest.mark.parametrize("kind", KINDS)
def test_a_text_success_that_is_not_utf8_is_a_typed_error(bt: ModuleType, server: LocalServer, kind: str) -> None:
    server.script(Reply(200, b"Hello, W\xf6rld!", {"Content-Type": "text/plain"}))
    with pytest.raises(bt.APIResponseValidationError) as caught:
        run(bt, kind, server.url, lambda c: c.top_level.hello_world())
    _no_unicode_error(caught.value)
    assert str(caught.value).startswith("The response body is not valid utf-8 (byte 0xf6 at position 8)")
    assert caught.value.body == "Hello, W\ufffdrld!"
    # The charset it declares is honoured.
    server.script(Reply(200, b"Hello, W\xf6rld!", {"Content-Type": "text/plain; charset=iso-8859-1"}))
    assert run(bt, kind, server.url, lambda c: c.top_level.hello_world()) == "Hello, Wörld!"


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("status", "content_type", "body", "expected"),
    [
        (400, "text/plain", b"bad \xff input", "bad \ufffd input"),
        (500, "application/json", b'{"error": "caf\xe9"}', {"error": "caf\ufffd"}),
        (404, "text/plain; charset=utf-8", b"\xc3(", "\ufffd("),
    ],
)
def test_an_error_body_that_is_not_utf8_is_kept_with_replacement_characters(
    bt: ModuleType, server: LocalServer, kind: str, status: int, content_type: str, body: bytes, expected: object
) -> None:
    server.script(Reply(status, body, {"Content-Type": content_type}))
    with pytest.raises(bt.APIStatusError) as caught:
        run(bt, kind, server.url, lambda c: c.projects.retrieve("p1"), max_retries=0)
    assert caught.value.status_code == status and caught.value.body == expected


@pytest.mark.parametrize("kind", KINDS)
def test_a_stream_that_is_not_utf8_is_a_typed_error(bt: ModuleType, server: LocalServer, kind: str) -> None:
    server.script(Reply(200, headers=SSE, chunks=[b"event: start\ndata: \n\n", b'event: text_delta\ndata: "\xff"\n\n']))
    with pytest.raises(bt.APIResponseValidationError, match="The stream is not valid UTF-8 \\(byte 0xff") as caught:
        run(bt, kind, server.url, _stream(kind))
    _no_unicode_error(caught.value)


# --- redirects ----------------------------------------------------------------------------------------------

REDIRECTS = [301, 302, 303, 307, 308]


def _redirect(location: str, status: int = 302) -> Reply:
    return Reply(status, b"<p>moved</p>", {"Location": location, "Content-Type": "text/html"})


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("status", REDIRECTS)
def test_a_redirect_on_the_same_origin_is_followed_with_the_key(
    bt: ModuleType, server: LocalServer, kind: str, status: int
) -> None:
    def handler(request: Received) -> Reply:
        if request.path == "/v1/project/p1":
            return _redirect("/v1/project/p2", status)  # relative, as most servers send it
        return Reply.json({**PROJECT, "id": "p2"})

    server.reset(handler)
    assert run(bt, kind, server.url, lambda c: c.projects.retrieve("p1")).id == "p2"
    assert [r.path for r in server.requests] == ["/v1/project/p1", "/v1/project/p2"]
    assert all(r.headers["Authorization"] == f"Bearer {API_KEY}" for r in server.requests)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("status", [307, 308])
def test_a_307_or_308_on_the_same_origin_sends_the_body_again(
    bt: ModuleType, server: LocalServer, kind: str, status: int
) -> None:
    server.script(_redirect(server.url + "/v1/project-moved", status), Reply.json(PROJECT))
    run(bt, kind, server.url, lambda c: c.projects.create(name="demo"))
    first, second = server.requests
    assert (second.method, second.path, second.body) == ("POST", "/v1/project-moved", first.body)
    assert second.json() == {"name": "demo"}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("status", REDIRECTS)
def test_a_redirect_to_another_port_is_not_followed(
    bt: ModuleType, server: LocalServer, other: LocalServer, kind: str, status: int
) -> None:
    target = other.url + "/v1/project/p1?token=abc"
    server.script(_redirect(target, status))
    with pytest.raises(bt.RedirectError) as caught:
        run(bt, kind, server.url, lambda c: c.projects.create(name="demo"))
    error = caught.value
    assert isinstance(error, bt.APIStatusError) and error.status_code == status
    assert error.location == target
    assert str(error) == (
        f"Error code: {status} - redirect to {target} not followed: it leaves {server.url}, "
        "and neither the API key nor the request is sent to another host"
    )
    assert error.body == "<p>moved</p>"
    assert other.requests == []  # the other origin received nothing: neither the key nor the body
    assert len(server.requests) == 1  # and a redirect is not retried


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("where", ["localhost", "scheme-relative", "https", "ftp"])
def test_a_redirect_to_another_host_name_or_scheme_is_not_followed(
    bt: ModuleType, server: LocalServer, other: LocalServer, kind: str, where: str
) -> None:
    port = server.url.rsplit(":", 1)[1]
    location = {
        "localhost": f"http://localhost:{port}/v1/project/p1",  # the same server under another name
        "scheme-relative": f"//localhost:{other.url.rsplit(':', 1)[1]}/v1/project/p1",
        "https": f"https://127.0.0.1:{port}/v1/project/p1",
        "ftp": "ftp://127.0.0.1/v1/project/p1",
    }[where]
    server.script(_redirect(location))
    with pytest.raises(bt.RedirectError, match="not followed: it leaves") as caught:
        run(bt, kind, server.url, lambda c: c.projects.retrieve("p1"))
    assert caught.value.location is not None and caught.value.location.endswith("/v1/project/p1")
    assert len(server.requests) == 1 and other.requests == []


@pytest.mark.parametrize("kind", KINDS)
def test_a_redirect_from_https_to_http_is_not_followed(
    bt: ModuleType, tls_server: LocalServer, other: LocalServer, kind: str
) -> None:
    tls_server.script(_redirect(other.url + "/v1/project/p1"))
    with pytest.raises(bt.RedirectError, match=f"leaves {tls_server.url}") as caught:
        run(bt, kind, tls_server.url, lambda c: c.projects.retrieve("p1"), http={"verify": _trusting_context()})
    assert caught.value.location == other.url + "/v1/project/p1"
    assert len(tls_server.requests) == 1 and other.requests == []


@pytest.mark.parametrize("kind", KINDS)
def test_a_callers_http_client_that_follows_redirects_does_not_change_the_rule(
    bt: ModuleType, server: LocalServer, other: LocalServer, kind: str
) -> None:
    server.script(_redirect(other.url + "/v1/project/p1", 307))
    with pytest.raises(bt.RedirectError):
        run(bt, kind, server.url, lambda c: c.projects.retrieve("p1"), http={"follow_redirects": True})
    assert other.requests == []


def test_httpx_alone_strips_authorization_across_origins_but_forwards_the_rest(
    server: LocalServer, other: LocalServer
) -> None:
    """Why the client refuses rather than relying on httpx: following a 307 to another port, httpx drops
    ``Authorization`` (as the client would), yet sends every other header and the body to the other host."""
    server.script(_redirect(other.url + "/collect", 307))
    headers = {"Authorization": f"Bearer {API_KEY}", "X-Api-Key": API_KEY}
    with httpx.Client(follow_redirects=True) as http:
        http.post(server.url + "/v1/project", headers=headers, json={"secret": "body"})
    (forwarded,) = other.requests
    assert "authorization" not in {key.lower() for key in forwarded.headers}
    assert forwarded.headers["X-Api-Key"] == API_KEY and forwarded.json() == {"secret": "body"}


@pytest.mark.parametrize("kind", KINDS)
def test_a_redirect_loop_ends_with_a_typed_error(bt: ModuleType, server: LocalServer, kind: str) -> None:
    server.reset(lambda request: _redirect(f"/v1/project/{request.path.rsplit('/', 1)[1]}x"))
    with pytest.raises(bt.RedirectError, match="more than 10 redirects") as caught:
        run(bt, kind, server.url, lambda c: c.projects.retrieve("p"))
    assert len(server.requests) == 11
    assert caught.value.location is not None and caught.value.location.endswith("/v1/project/p" + "x" * 11)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("status", "reason"),
    [
        (300, "a redirect without a usable Location"),
        (302, "a redirect without a usable Location"),
        (304, "Not Modified, an answer the API description does not give this operation"),
    ],
)
def test_a_3xx_without_a_location_is_a_typed_error(
    bt: ModuleType, server: LocalServer, kind: str, status: int, reason: str
) -> None:
    server.script(Reply(status))
    with pytest.raises(bt.RedirectError, match=f"Error code: {status} - {reason}") as caught:
        run(bt, kind, server.url, lambda c: c.projects.retrieve("p1"))
    assert caught.value.location is None and caught.value.status_code == status


# --- TLS ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_the_default_client_verifies_certificates(bt: ModuleType, tls_server: LocalServer, kind: str) -> None:
    started = time.monotonic()
    with pytest.raises(bt.APIConnectionError) as caught:
        run(bt, kind, tls_server.url, lambda c: c.projects.retrieve("p1"))  # max_retries: the default, 2
    error = caught.value
    assert not isinstance(error, bt.APITimeoutError)
    assert re.search(r"TLS certificate did not verify \(self.signed certificate\)", str(error))
    assert isinstance(error.__cause__, httpx.ConnectError)
    assert tls_server.requests == []
    assert tls_server.handshakes == 1  # not retried: the certificate would not change
    assert time.monotonic() - started < 2.0


@pytest.mark.parametrize("kind", KINDS)
def test_a_private_authority_is_trusted_only_when_the_caller_passes_it(
    bt: ModuleType, tls_server: LocalServer, kind: str
) -> None:
    project = run(bt, kind, tls_server.url, lambda c: c.projects.retrieve("p1"), http={"verify": _trusting_context()})
    assert project.name == "demo"
    assert tls_server.requests[0].headers["Authorization"] == f"Bearer {API_KEY}"


@pytest.mark.parametrize("kind", KINDS)
def test_verification_is_off_only_when_the_caller_turns_it_off(
    bt: ModuleType, tls_server: LocalServer, kind: str
) -> None:
    assert run(bt, kind, tls_server.url, lambda c: c.projects.retrieve("p1"), http={"verify": False}).id == "p1"
    # A copy made with with_options keeps the caller's client, and its settings.
    with (
        httpx.Client(verify=_trusting_context()) as http,
        bt.Braintrust(api_key=API_KEY, base_url=tls_server.url, http_client=http) as client,
    ):
        assert client.with_options(max_retries=0).projects.retrieve("p1").id == "p1"
    with pytest.raises(bt.APIConnectionError, match="certificate"):
        run(bt, kind, tls_server.url, lambda c: c.with_options(max_retries=5).projects.retrieve("p1"), http={})


def test_stream_lines_are_cut_the_same_wherever_the_chunks_end(bt: ModuleType) -> None:
    """CR, LF and CRLF end a line, also when a chunk ends between CR and LF or inside a UTF-8 character;
    keep-alive comments do not count toward the event limit."""
    streaming = importlib.import_module("braintrust_client._streaming")
    text = "event: a\r\ndata: é1\rdata: 2\n\r\n: keep-alive\n\ndata: ünïcode\r\rdata: end"
    # the last line has no line break: it stays pending, and the event it belongs to is dropped at the end
    expected = ["event: a", "data: é1", "data: 2", "", ": keep-alive", "", "data: ünïcode", ""]
    data = text.encode()
    random = __import__("random").Random(6)
    for _ in range(300):
        cuts = sorted(random.sample(range(1, len(data)), random.randint(0, 12)))
        chunks = [data[start:end] for start, end in itertools.pairwise([0, *cuts, len(data)])]
        decoding = streaming._Decoding(httpx.Response(200), object, max_event_size=64)
        lines = [line for chunk in chunks for line in decoding._lines(chunk)]
        assert lines == expected, chunks
        decoder = streaming.SSEDecoder()
        assert decoder.feed("data: en") is None and decoding._last_event(decoder) is None
    decoding = streaming._Decoding(
        httpx.Response(200, request=httpx.Request("GET", "http://x")), object, max_event_size=64
    )
    for _ in range(100):
        assert decoding._lines(b": keep-alive, no blank line after it\n") == [": keep-alive, no blank line after it"]
    # the line over the limit is not returned; its error waits until the lines before it are delivered
    assert decoding._lines(b"data: 1\n\n" + b"data: " + b"x" * 60 + b"\n") == ["data: 1", ""]
    with pytest.raises(bt.ResponseTooLargeError):
        decoding._raise_overflow()
