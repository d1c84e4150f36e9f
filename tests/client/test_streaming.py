"""Function invocation with ``stream=True`` yields typed server-sent events, sync and async.

The spec does not declare the stream: ``[tool.oapigen.streaming.postFunctionIdInvoke]`` in pyproject.toml
points at specs/invoke-events.yaml, and the generated method has typed overloads on ``stream``.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.client.conftest import API_KEY, call_with
from tests.client.server import LocalServer, Received, Reply

KINDS = ["sync", "async"]

PROGRESS = {
    "id": "call-1",
    "object_type": "tool",
    "origin": {"object_type": "function", "object_id": "f2", "_xact_id": "9"},
    "format": "code",
    "output_type": "any",
    "name": "calculator",
    "event": "text_delta",
    "data": '"4"',
}
STREAM = (
    "event: start\ndata: \n\n"
    ": a comment line, ignored\n"
    'event: text_delta\ndata: "Hel"\n\n'
    'event: text_delta\r\ndata: "lo, \\"world\\"\\n"\r\n\r\n'
    'event: json_delta\ndata: {"answer": \n\n'
    "event: json_delta\ndata: 42}\n\n"
    f"event: progress\nid: 7\ndata: {json.dumps(PROGRESS)}\n\n"
    'event: console\ndata: {"stream": "stdout", "message": "computing"}\n\n'
    'event: brand_new_event\ndata: {"x": 1}\n\n'
    'event: reasoning_delta\ndata: "thinking"\n\n'
    'event: error\ndata: "tool failed"\n\n'
    "event: done\ndata: \n\n"
)


def _chunks(text: str, size: int = 7) -> list[bytes]:
    """The stream cut at arbitrary places, in the middle of lines and of multi-byte characters."""
    data = text.encode()
    return [data[i : i + size] for i in range(0, len(data), size)]


def _sse_handler(request: Received) -> Reply:
    assert request.method == "POST" and request.path == "/v1/function/f1/invoke"
    if request.json().get("stream") is True:
        return Reply(200, headers={"Content-Type": "text/event-stream; charset=utf-8"}, chunks=_chunks(STREAM))
    return Reply.json({"result": "not streamed"})


def _collect(kind: str) -> Any:
    def call(client: Any) -> Any:
        if kind == "sync":
            return list(client.functions.invoke("f1", input={"q": "2+2"}, stream=True))

        async def main() -> list[Any]:
            stream = await client.functions.invoke("f1", input={"q": "2+2"}, stream=True)
            return [event async for event in stream]

        return main()

    return call


@pytest.mark.parametrize("kind", KINDS)
def test_stream_true_yields_typed_events(bt: ModuleType, server: LocalServer, kind: str) -> None:
    server.reset(_sse_handler)
    events = call_with(bt, kind, server.url, _collect(kind))
    models = bt.models
    assert [type(e).__name__ for e in events] == [
        "StartEvent",
        "TextDeltaEvent",
        "TextDeltaEvent",
        "JsonDeltaEvent",
        "JsonDeltaEvent",
        "ProgressEvent",
        "ConsoleEvent",
        "ReasoningDeltaEvent",
        "ErrorEvent",
        "DoneEvent",
    ]  # brand_new_event, unknown to the API description, is skipped
    start, hel, lo, json1, json2, progress, console, reasoning, error, done = events
    assert start.event == "start" and start.data == ""
    assert hel.data + lo.data == 'Hello, "world"\n'  # text_delta data is a JSON string
    # json_delta data is text, passed on exactly (spaces included), to be concatenated
    assert (json1.data, json2.data) == ('{"answer": ', "42}")
    assert json.loads(json1.data + json2.data) == {"answer": 42}
    assert isinstance(progress.data, models.ProgressEventData)
    assert progress.id == "7"
    assert progress.data.name == "calculator" and progress.data.object_type == "tool"
    assert progress.data.origin.object_id == "f2" and progress.data.origin.xact_id == "9"
    assert isinstance(console.data, models.ConsoleEventData) and console.data.message == "computing"
    assert reasoning.data == "thinking"
    assert error.data == "tool failed"
    assert done.event == "done"
    (request,) = server.requests
    assert request.json() == {"input": {"q": "2+2"}, "stream": True}
    assert request.headers["Authorization"] == f"Bearer {API_KEY}"


@pytest.mark.parametrize("kind", KINDS)
def test_without_stream_the_method_returns_the_json_answer(bt: ModuleType, server: LocalServer, kind: str) -> None:
    server.reset(_sse_handler)
    for arguments in ({}, {"stream": False}, {"stream": None}):
        result = call_with(bt, kind, server.url, lambda c, a=arguments: c.functions.invoke("f1", input=1, **a))
        assert result == {"result": "not streamed"}
    assert [r.json().get("stream", "omitted") for r in server.requests] == ["omitted", False, None]


@pytest.mark.parametrize("kind", KINDS)
def test_the_streams_media_type_is_read_whatever_its_case(bt: ModuleType, server: LocalServer, kind: str) -> None:
    server.reset(lambda request: Reply(200, headers={"Content-Type": "Text/Event-Stream"}, chunks=_chunks(STREAM)))

    def events(client: Any) -> Any:
        stream = client.functions.invoke("f1", stream=True)
        if kind == "sync":
            return [event.event for event in stream]

        async def collect() -> list[str]:
            return [event.event async for event in await stream]

        return collect()

    assert call_with(bt, kind, server.url, events)[0] == "start"


def test_a_stream_can_be_left_early_and_closes_its_connection(bt: ModuleType, server: LocalServer) -> None:
    server.reset(lambda request: Reply(200, headers={"Content-Type": "text/event-stream"}, chunks=_chunks(STREAM, 200)))
    with bt.Braintrust(api_key=API_KEY, base_url=server.url) as client:
        with client.functions.invoke("f1", stream=True) as stream:
            first = next(stream)
            assert first.event == "start"
            assert stream.response.status_code == 200
        assert stream.response.is_closed


def test_async_stream_context_manager(bt: ModuleType, server: LocalServer) -> None:
    server.reset(_sse_handler)

    async def main() -> tuple[str, bool]:
        async with bt.AsyncBraintrust(api_key=API_KEY, base_url=server.url) as client:
            stream = await client.functions.invoke("f1", stream=True)
            async with stream:
                first = await stream.__anext__()
            return first.event, stream.response.is_closed

    assert asyncio.run(main()) == ("start", True)


@pytest.mark.parametrize("kind", KINDS)
def test_an_error_status_on_a_stream_raises_before_any_event(bt: ModuleType, server: LocalServer, kind: str) -> None:
    server.script(Reply.json({"error": "function not found"}, 404))
    with pytest.raises(bt.NotFoundError) as caught:
        call_with(bt, kind, server.url, lambda c: c.functions.invoke("f1", stream=True))
    assert caught.value.body == {"error": "function not found"}


@pytest.mark.parametrize("kind", KINDS)
def test_a_stream_request_is_retried_before_the_stream_starts(bt: ModuleType, server: LocalServer, kind: str) -> None:
    replies = [Reply.json({}, 503), Reply(200, headers={"Content-Type": "text/event-stream"}, chunks=_chunks(STREAM))]
    server.script(*replies)
    events = call_with(bt, kind, server.url, _collect(kind))
    assert len(events) == 10 and len(server.requests) == 2


def test_an_answer_that_is_not_an_event_stream_is_a_validation_error(bt: ModuleType, server: LocalServer) -> None:
    server.script(Reply.json({"result": 1}))
    with bt.Braintrust(api_key=API_KEY, base_url=server.url) as client:
        stream = client.functions.invoke("f1", stream=True)
        with pytest.raises(bt.APIResponseValidationError, match="text/event-stream") as caught:
            list(stream)
    assert caught.value.body == {"result": 1}
    assert stream.response.is_closed


@pytest.mark.parametrize("kind", KINDS)
def test_what_came_instead_of_a_stream_is_shown(bt: ModuleType, server: LocalServer, kind: str) -> None:
    """A proxy's page instead of the stream: the error named only the content type, and the body was lost."""
    page = "<html><body>Access denied by corporate proxy: ask IT</body></html>" + " " * 10_000
    server.script(Reply(200, page.encode(), {"Content-Type": "text/html"}))

    def read(client: Any) -> Any:
        if kind == "sync":
            return list(client.functions.invoke("f1", stream=True))

        async def main() -> list[Any]:
            return [event async for event in await client.functions.invoke("f1", stream=True)]

        return main()

    with pytest.raises(bt.APIResponseValidationError) as caught:
        call_with(bt, kind, server.url, read)
    assert "got 'text/html'; the body starts '<html><body>Access denied by corporate proxy" in str(caught.value)
    assert isinstance(caught.value.body, str) and caught.value.body.startswith("<html>")


def test_a_known_event_with_bad_data_is_a_validation_error(bt: ModuleType, server: LocalServer) -> None:
    bad = 'event: console\ndata: {"stream": "stdout"}\n\n'  # `message` is required
    server.script(Reply(200, headers={"Content-Type": "text/event-stream"}, chunks=[bad.encode()]))
    with (
        bt.Braintrust(api_key=API_KEY, base_url=server.url) as client,
        pytest.raises(bt.APIResponseValidationError, match="console"),
    ):
        list(client.functions.invoke("f1", stream=True))


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("ending", "last"),
    [
        ("event: done\ndata: \n", "done"),  # whole lines, no empty line after them: delivered
        ("event: done\ndata: \r", "done"),
        ('event: text_delta\ndata: "Hel', "start"),  # cut in the middle of a line: dropped
        ('event: text_delta\ndata: "Hel"', "start"),  # its last line has no line break: cut as well
    ],
)
def test_the_event_left_open_at_the_end_of_a_stream(
    bt: ModuleType, server: LocalServer, kind: str, ending: str, last: str
) -> None:
    """An event whose lines all arrived is delivered without the empty line that should end it (some
    servers leave it out); one cut off in the middle of a line is dropped, not delivered with cut data."""
    text = "event: start\ndata: \n\n" + ending
    server.script(Reply(200, headers={"Content-Type": "text/event-stream"}, chunks=_chunks(text, 5)))
    events = call_with(bt, kind, server.url, _collect(kind))
    assert [event.event for event in events][-1] == last
    assert len(events) == (2 if last == "done" else 1)


def test_raw_response_of_a_stream(bt: ModuleType, server: LocalServer) -> None:
    server.reset(_sse_handler)
    with bt.Braintrust(api_key=API_KEY, base_url=server.url) as client:
        raw = client.with_raw_response.functions.invoke("f1", stream=True)
        assert raw.status_code == 200
        assert raw.headers["content-type"].startswith("text/event-stream")
        events = list(raw.parse())
    assert [e.event for e in events][:2] == ["start", "text_delta"]


@pytest.mark.parametrize("kind", KINDS)
def test_the_raw_body_of_a_stream_can_be_read_first(bt: ModuleType, server: LocalServer, kind: str) -> None:
    server.reset(_sse_handler)

    def read_then_parse(client: Any) -> Any:
        if kind == "sync":
            with client.with_raw_response.functions.invoke("f1", stream=True) as raw:
                body = raw.read()
                return body, raw.content, [event.event for event in raw.parse()]

        async def main() -> Any:
            async with await client.with_raw_response.functions.invoke("f1", stream=True) as raw:
                body = await raw.aread()
                return body, raw.content, [event.event async for event in raw.parse()]

        return main()

    body, content, events = call_with(bt, kind, server.url, read_then_parse)
    assert body == content == STREAM.encode()
    assert events[:2] == ["start", "text_delta"] and events[-1] == "done"


def test_sse_decoder_follows_the_event_stream_rules(bt: ModuleType) -> None:
    streaming = __import__("braintrust_client._streaming", fromlist=["_"])
    decoder = streaming.SSEDecoder()
    lines = ["data: first", "data:second", "id: 3", "retry: 1500", ": comment", "", "", "data: plain", ""]
    lines += ["data:  two spaces, one kept ", "data:\ttab ", ""]
    events = [e for e in map(decoder.feed, lines) if e is not None]
    assert events == [
        streaming.ServerSentEvent("message", "first\nsecond", "3", 1500),
        streaming.ServerSentEvent("message", "plain", "3", None),
        # only the one space after the colon goes (WHATWG); the rest of the value is data
        streaming.ServerSentEvent("message", " two spaces, one kept \n\ttab ", "3", None),
    ]


def _slow_stream(request: Received) -> Reply:
    return Reply(200, headers={"Content-Type": "text/event-stream"}, chunks=_chunks(STREAM, 200), chunk_delay=0.05)


def test_streams_dropped_unread_give_their_connections_back(bt: ModuleType, server: LocalServer) -> None:
    """A stream created and dropped without being read or closed kept its connection checked out until the
    client closed: with two connections in the pool, the third call waited for one and timed out."""
    server.reset(_slow_stream)
    http = httpx.Client(limits=httpx.Limits(max_connections=2), timeout=httpx.Timeout(5.0, pool=1.0))
    with http, bt.Braintrust(api_key=API_KEY, base_url=server.url, http_client=http, max_retries=0) as client:
        responses = []
        for _ in range(4):
            stream = client.functions.invoke("f1", stream=True)
            responses.append(stream.response)
            del stream  # never read, never closed
        assert all(response.is_closed for response in responses)
        assert next(iter(client.functions.invoke("f1", stream=True))).event == "start"


def test_an_async_stream_dropped_unread_is_closed_on_its_loop(bt: ModuleType, server: LocalServer) -> None:
    server.reset(_slow_stream)

    async def main() -> list[bool]:
        async with bt.AsyncBraintrust(api_key=API_KEY, base_url=server.url) as client:
            stream = await client.functions.invoke("f1", stream=True)
            response = stream.response
            del stream
            await asyncio.sleep(0.1)  # the close scheduled on this loop runs
            return [response.is_closed]

    assert asyncio.run(main()) == [True]


@pytest.mark.parametrize("kind", KINDS)
def test_a_stream_closed_before_it_is_read_has_no_events(bt: ModuleType, server: LocalServer, kind: str) -> None:
    server.reset(_slow_stream)

    def closed_then_read(client: Any) -> Any:
        if kind == "sync":
            stream = client.functions.invoke("f1", stream=True)
            stream.close()
            return list(stream)

        async def main() -> list[Any]:
            stream = await client.functions.invoke("f1", stream=True)
            await stream.close()
            return [event async for event in stream]

        return main()

    assert call_with(bt, kind, server.url, closed_then_read) == []


@pytest.mark.parametrize("kind", KINDS)
def test_a_response_that_holds_its_whole_body_still_streams(bt: ModuleType, kind: str) -> None:
    """A mock transport's ``httpx.Response(content=...)``, as tests of an application write it: httpx reads
    the body at once and marks the response closed."""

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Type": "text/event-stream"}, content=STREAM.encode())

    transport = httpx.MockTransport(answer)

    def events(kind: str) -> list[str]:
        if kind == "sync":
            http = httpx.Client(transport=transport)
            client = bt.Braintrust(api_key=API_KEY, base_url="http://api.test", http_client=http)
            with client, client.functions.invoke("f1", stream=True) as stream:
                return [event.event for event in stream]

        async def main() -> list[str]:
            http = httpx.AsyncClient(transport=transport)
            client = bt.AsyncBraintrust(api_key=API_KEY, base_url="http://api.test", http_client=http)
            async with client, await client.functions.invoke("f1", stream=True) as stream:
                return [event.event async for event in stream]

        return asyncio.run(main())

    assert events(kind) == [
        "start", "text_delta", "text_delta", "json_delta", "json_delta", "progress", "console", "reasoning_delta",
        "error", "done",
    ]  # fmt: skip


def test_the_raw_response_of_a_stream_closes_its_connection(bt: ModuleType, server: LocalServer) -> None:
    server.reset(_slow_stream)
    with bt.Braintrust(api_key=API_KEY, base_url=server.url) as client:
        with client.with_raw_response.functions.invoke("f1", stream=True) as raw:
            assert raw.status_code == 200
        assert raw.http_response.is_closed

    async def main() -> bool:
        async with bt.AsyncBraintrust(api_key=API_KEY, base_url=server.url) as client:
            async with await client.with_raw_response.functions.invoke("f1", stream=True) as raw:
                assert raw.status_code == 200
            return bool(raw.http_response.is_closed)

    assert asyncio.run(main())


@pytest.mark.parametrize("kind", KINDS)
def test_events_of_an_unknown_type_are_skipped_and_logged_once_per_type(
    bt: ModuleType, server: LocalServer, kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    """A server that adds an event type may send thousands of them in one stream: one warning says so,
    not one per event (printed to standard error where logging is not set up)."""
    newcomers = 'event: brand_new_event\ndata: {"x": 1}\n\n' * 50 + "event: other_new\ndata: 1\n\n" * 3
    text = "event: start\ndata: \n\n" + newcomers + "event: done\ndata: \n\n"
    server.reset(lambda request: Reply(200, headers={"Content-Type": "text/event-stream"}, chunks=_chunks(text, 64)))
    with caplog.at_level(logging.WARNING, logger="braintrust_client"):
        events = call_with(bt, kind, server.url, _collect(kind))
    assert [event.event for event in events] == ["start", "done"]
    skipped = [record.getMessage() for record in caplog.records if "unknown type" in record.getMessage()]
    assert skipped == [
        "skipping server-sent events of unknown type 'brand_new_event'",
        "skipping server-sent events of unknown type 'other_new'",
    ]


def _dripping_stream(request: Received) -> Reply:
    return Reply(200, headers={"Content-Type": "text/event-stream"}, chunks=_chunks(STREAM, 40), chunk_delay=0.05)


def test_closing_a_stream_inside_its_loop_ends_the_loop_without_an_error(bt: ModuleType, server: LocalServer) -> None:
    server.reset(_dripping_stream)
    with bt.Braintrust(api_key=API_KEY, base_url=server.url, max_retries=0) as client:
        received = []
        with client.functions.invoke("f1", stream=True) as stream:
            for event in stream:
                received.append(event.event)
                if len(received) == 2:
                    stream.close()
        assert received == ["start", "text_delta"]
        assert stream.response.is_closed


def test_closing_a_stream_from_another_thread_ends_the_reading_loop(bt: ModuleType, server: LocalServer) -> None:
    """A "stop" button: the reading loop ends as if the stream were over; a network failure would raise."""
    server.reset(_dripping_stream)
    with bt.Braintrust(api_key=API_KEY, base_url=server.url, max_retries=0) as client:
        stream = client.functions.invoke("f1", stream=True)
        closer = threading.Timer(0.12, stream.close)
        closer.start()
        received = [event.event for event in stream]
        closer.join()
        assert 0 < len(received) < STREAM.count("\n\n")


def test_closing_an_async_stream_from_another_task_ends_the_reading_loop(bt: ModuleType, server: LocalServer) -> None:
    server.reset(_dripping_stream)

    async def main() -> int:
        async with bt.AsyncBraintrust(api_key=API_KEY, base_url=server.url, max_retries=0) as client:
            stream = await client.functions.invoke("f1", stream=True)

            async def read() -> int:
                return len([event async for event in stream])

            reader = asyncio.create_task(read())
            await asyncio.sleep(0.12)
            await stream.close()
            return await reader

    assert 0 < asyncio.run(main()) < STREAM.count("\n\n")


@pytest.mark.parametrize("kind", KINDS)
def test_an_eval_launched_with_stream_gives_its_events_as_they_arrive(
    bt: ModuleType, server: LocalServer, kind: str
) -> None:
    """evals.create(stream=True) was refused as an answer that is not JSON; its events are not in the spec,
    so they come as ServerSentEvent (event name, data text, id)."""
    events = 'event: start\ndata: {"experiment_id": "e1"}\n\nevent: summary\ndata: {"scores": {}}\n\n'
    server.script(Reply(200, headers={"Content-Type": "text/event-stream"}, chunks=_chunks(events)))
    arguments = {"project_id": "p1", "data": {"dataset_id": "d1"}, "task": {"function_id": "f"}, "scores": []}

    def read(client: Any) -> Any:
        if kind == "sync":
            return list(client.evals.create(**arguments, stream=True))

        async def main() -> list[Any]:
            return [event async for event in await client.evals.create(**arguments, stream=True)]

        return main()

    received = call_with(bt, kind, server.url, read)
    assert [type(event) for event in received] == [bt.ServerSentEvent, bt.ServerSentEvent]
    assert [(event.event, json.loads(event.data)) for event in received] == [
        ("start", {"experiment_id": "e1"}),
        ("summary", {"scores": {}}),
    ]
    assert server.requests[0].json()["stream"] is True


OPENAI_CHUNKS = [
    {"id": "c1", "object": "chat.completion.chunk", "choices": [{"index": 0, "delta": {"content": "Hel"}}]},
    {"id": "c1", "object": "chat.completion.chunk", "choices": [{"index": 0, "delta": {"content": "lo"}}]},
]
OPENAI_STREAM = (
    "".join(f"data: {json.dumps(chunk)}\n\n" for chunk in OPENAI_CHUNKS)
    + "data: [DONE]\n\n"
    + 'data: {"after": "the end"}\n\n'  # not read: the stream ended at [DONE]
)


def _proxy_handler(request: Received) -> Reply:
    sent = request.json()
    if isinstance(sent, dict) and sent.get("stream") is True:
        return Reply(200, headers={"Content-Type": "text/event-stream"}, chunks=_chunks(OPENAI_STREAM))
    return Reply.json({"id": "c1", "object": "chat.completion", "choices": []})


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("method", "path", "arguments"),
    [
        ("chat_completions", "/v1/proxy/chat/completions", {}),
        ("completions", "/v1/proxy/completions", {}),
        ("auto", "/v1/proxy/auto", {}),
        ("forward", "/v1/proxy/responses", {"path": ["responses"]}),
    ],
)
def test_a_proxy_call_with_stream_in_its_free_form_body_gives_openais_events(
    bt: ModuleType, server: LocalServer, kind: str, method: str, path: str, arguments: dict[str, Any]
) -> None:
    """The proxy's bodies are free-form, so the stream flag is a key of the body, not an argument; the
    answer is read as events, not refused as an answer that is not JSON."""
    server.reset(_proxy_handler)
    body = {"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}], "stream": True}

    def read(client: Any) -> Any:
        call = getattr(client.proxy, method)
        if kind == "sync":
            return list(call(**arguments, body=body))

        async def main() -> list[Any]:
            return [event async for event in await call(**arguments, body=body)]

        return main()

    received = call_with(bt, kind, server.url, read)
    # the [DONE] that ends OpenAI's streams (pyproject.toml: end-data) is not given: event.json() would fail on it
    assert [type(event) for event in received] == [bt.ServerSentEvent] * 2
    assert [event.json() for event in received] == OPENAI_CHUNKS
    (request,) = server.requests
    assert request.path == path and request.json() == body
    assert request.headers["Accept"] == "text/event-stream"


@pytest.mark.parametrize("kind", KINDS)
def test_a_proxy_call_streams_exactly_when_the_sent_body_asks(bt: ModuleType, server: LocalServer, kind: str) -> None:
    """extra_body is merged over the body, so it decides; anything but true, or no mapping, is one JSON answer."""
    server.reset(_proxy_handler)
    answer = {"id": "c1", "object": "chat.completion", "choices": []}
    unstreamed: list[dict[str, Any]] = [
        {"body": {"model": "m"}},
        {"body": {"model": "m", "stream": False}},
        {"body": {"model": "m", "stream": "true"}},
        {"body": {"model": "m", "stream": True}, "extra_body": {"stream": False}},
        {"body": [{"stream": True}]},
        {"body": None},
    ]
    for call in unstreamed:
        assert call_with(bt, kind, server.url, lambda c, a=call: c.proxy.chat_completions(**a)) == answer
    streamed = call_with(
        bt,
        kind,
        server.url,
        lambda c: c.proxy.chat_completions(body={"model": "m"}, extra_body={"stream": True}),
    )
    assert isinstance(streamed, bt.AsyncStream if kind == "async" else bt.Stream)
    assert [request.headers["Accept"] for request in server.requests] == ["application/json"] * 6 + [
        "text/event-stream"
    ]


def test_closing_a_stream_that_waits_for_the_server_ends_the_reading_loop_at_once(
    bt: ModuleType, server: LocalServer
) -> None:
    """The reading thread waits in the socket (the server sends nothing more): closing the response alone
    left it there until the read timeout, 30 s here."""
    release = threading.Event()

    def stalled() -> Any:
        yield b"event: start\ndata: \n\n"
        release.wait(20)

    server.reset(lambda request: Reply(200, headers={"Content-Type": "text/event-stream"}, chunks=stalled()))
    received: list[str] = []
    try:
        with bt.Braintrust(api_key=API_KEY, base_url=server.url, max_retries=0, timeout=30.0) as client:
            stream = client.functions.invoke("f1", stream=True)
            reader = threading.Thread(target=lambda: received.extend(event.event for event in stream))
            reader.start()
            deadline = time.monotonic() + 5
            while not received and time.monotonic() < deadline:
                time.sleep(0.01)
            time.sleep(0.1)  # the reader is back in the socket, waiting
            started = time.monotonic()
            stream.close()
            reader.join(5)
            assert not reader.is_alive()
            assert time.monotonic() - started < 2
    finally:
        release.set()
    assert received == ["start"]


def test_raw_streaming_responses_dropped_unread_give_their_connections_back(
    bt: ModuleType, server: LocalServer
) -> None:
    """Looking at a raw stream's headers and dropping it kept its connection checked out (a plain Stream
    was closed when dropped): the third call then waited for the pool and timed out."""
    server.reset(_slow_stream)
    http = httpx.Client(limits=httpx.Limits(max_connections=2), timeout=httpx.Timeout(5.0, pool=1.0))
    with http, bt.Braintrust(api_key=API_KEY, base_url=server.url, http_client=http, max_retries=0) as client:
        responses = []
        for _ in range(4):
            raw = client.with_raw_response.functions.invoke("f1", stream=True)
            assert raw.status_code == 200
            responses.append(raw.http_response)
            del raw
        assert all(response.is_closed for response in responses)

    async def main() -> bool:
        async with bt.AsyncBraintrust(api_key=API_KEY, base_url=server.url) as client:
            raw = await client.with_raw_response.functions.invoke("f1", stream=True)
            response = raw.http_response
            del raw
            await asyncio.sleep(0.1)  # the close scheduled on this loop runs
            return bool(response.is_closed)

    assert asyncio.run(main())


@pytest.mark.parametrize("kind", KINDS)
def test_reading_a_raw_stream_whole_is_bounded_by_max_response_size(
    bt: ModuleType, server: LocalServer, kind: str
) -> None:
    """raw.read() read a streaming body without limit (an endless stream exhausts memory)."""
    server.reset(lambda request: Reply(200, headers={"Content-Type": "text/event-stream"}, chunks=_chunks(STREAM * 50)))

    def read(client: Any) -> Any:
        bounded = client.with_options(max_response_size=1000)
        if kind == "sync":
            return bounded.with_raw_response.functions.invoke("f1", stream=True).read()

        async def main() -> Any:
            return await (await bounded.with_raw_response.functions.invoke("f1", stream=True)).aread()

        return main()

    with pytest.raises(bt.ResponseTooLargeError):
        call_with(bt, kind, server.url, read)
    unbounded = call_with(bt, kind, server.url, lambda c: _read_raw(c.with_options(max_response_size=None), kind))
    assert unbounded == (STREAM * 50).encode()


def _read_raw(client: Any, kind: str) -> Any:
    if kind == "sync":
        return client.with_raw_response.functions.invoke("f1", stream=True).read()

    async def main() -> Any:
        return await (await client.with_raw_response.functions.invoke("f1", stream=True)).aread()

    return main()


@pytest.mark.parametrize("kind", KINDS)
def test_a_stream_flag_sent_through_extra_body_streams(bt: ModuleType, server: LocalServer, kind: str) -> None:
    """The method chose from the argument as passed, not from the body sent: extra_body={"stream": True} sent
    it, then the events were read as one JSON answer and refused."""
    server.reset(_sse_handler)

    def call(client: Any) -> Any:
        if kind == "sync":
            return [event.event for event in client.functions.invoke("f1", input=1, extra_body={"stream": True})]

        async def main() -> list[str]:
            stream = await client.functions.invoke("f1", input=1, extra_body={"stream": True})
            return [event.event async for event in stream]

        return main()

    assert call_with(bt, kind, server.url, call)[:2] == ["start", "text_delta"]
    assert server.requests[0].headers["Accept"] == "text/event-stream"


def test_a_retry_field_with_other_digits_than_ascii_is_ignored(bt: ModuleType) -> None:
    """ "retry: ²" passed str.isdigit() and then made int() raise a bare ValueError out of the stream."""
    decoder = bt._streaming.SSEDecoder()
    for line in ("retry: ²", "retry: 1500", "data: x"):
        assert decoder.feed(line) is None
    event = decoder.feed("")
    assert event is not None and event.retry == 1500 and event.data == "x"
    decoder.feed("retry: ٣")
    decoder.feed("data: y")
    assert decoder.feed("").retry is None


@pytest.mark.parametrize("kind", KINDS)
def test_parsing_a_raw_stream_without_keeping_the_raw_response_gives_its_events(
    bt: ModuleType, server: LocalServer, kind: str
) -> None:
    """The raw response, dropped once parsed, closed the connection its stream was reading: no events."""
    server.reset(_sse_handler)

    def read(client: Any) -> Any:
        if kind == "sync":
            return [event.event for event in client.with_raw_response.functions.invoke("f1", stream=True).parse()]

        async def main() -> list[str]:
            stream = (await client.with_raw_response.functions.invoke("f1", stream=True)).parse()
            await asyncio.sleep(0.05)  # a close scheduled on the loop would run here
            return [event.event async for event in stream]

        return main()

    assert call_with(bt, kind, server.url, read)[:2] == ["start", "text_delta"]
