"""What the Braintrust spec does not exercise, from a small inline spec generated into a temporary package:
query styles (form exploded or not, pipeDelimited, deepObject), header and cookie parameters, an empty
answer, a binary answer, a stream configured on a query parameter with a plain (untagged) event type,
and a query parameter named ``body`` beside a whole request body.
"""

from __future__ import annotations

import asyncio
import datetime
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.config import Config, StreamingRule
from generator.diagnostics import SpecError
from tests.client.server import LocalServer, Received, Reply
from tests.support import generate, imported, mypy_strict, write_spec

SPEC = """
openapi: 3.0.3
info: {title: Inline, version: "1"}
servers: [{url: "http://localhost:1"}]
paths:
  /items:
    get:
      operationId: listItems
      parameters:
        - {name: tags, in: query, schema: {type: array, items: {type: string}}}
        - {name: ids, in: query, explode: false, schema: {type: array, items: {type: integer}}}
        - {name: pipes, in: query, style: pipeDelimited, explode: false, schema: {type: array, items: {type: string}}}
        - name: filter
          in: query
          style: deepObject
          explode: true
          schema: {type: object, properties: {name: {type: string}, size: {type: integer}}}
        - {name: since, in: query, schema: {type: string, format: date-time}}
        - {name: expand, in: query, style: deepObject, explode: true, schema: {type: array, items: {type: string}}}
        - name: lines
          in: query
          style: deepObject
          explode: true
          schema:
            type: array
            items: {type: object, properties: {price: {type: string}, qty: {type: integer}}}
        - name: customer
          in: query
          style: deepObject
          explode: true
          schema:
            type: object
            properties: {address: {type: object, properties: {country: {type: string}, line2: {type: string, nullable: true}}}}
        - {name: X-Request-Id, in: header, schema: {type: string}}
        - {name: session, in: cookie, schema: {type: string}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {ok: {type: boolean}}}
  /items/{item_id}:
    delete:
      operationId: deleteItem
      parameters: [{name: item_id, in: path, required: true, schema: {type: string}}]
      responses: {"204": {description: gone}}
  /files/{file_id}:
    get:
      operationId: getFile
      parameters: [{name: file_id, in: path, required: true, schema: {type: string}}]
      responses:
        "200":
          description: the bytes
          content: {application/octet-stream: {schema: {type: string, format: binary}}}
  /chat:
    get:
      operationId: chat
      parameters:
        - {name: q, in: query, required: true, schema: {type: string}}
        - {name: stream, in: query, schema: {type: boolean}}
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {$ref: "#/components/schemas/Answer"}}}
  /notes:
    post:
      operationId: addNotes
      parameters: [{name: body, in: query, schema: {type: string}}]
      requestBody:
        required: true
        content: {application/json: {schema: {type: array, items: {type: string}}}}
      responses: {"204": {description: added}}
  /blobs:
    put:
      operationId: putBlob
      parameters: [{name: body, in: query, schema: {type: string}}]
      requestBody:
        content: {application/octet-stream: {schema: {type: string, format: binary}}}
      responses: {"204": {description: stored}}
components:
  schemas:
    Answer:
      type: object
      properties: {text: {type: string}}
    Chunk:
      type: object
      required: [event, data]
      properties:
        event: {type: string}
        data:
          type: object
          properties: {delta: {type: string}}
"""


@pytest.fixture(scope="module")
def inline_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("inline")
    spec = write_spec(folder, SPEC)
    config = Config(
        package_name="inline_client",
        client_name="Inline",
        streaming={"chat": StreamingRule(param="stream", event_schema="#/components/schemas/Chunk")},
    )
    return generate(spec, folder / "out", config)


@pytest.fixture(scope="module")
def inline(inline_root: Path) -> Iterator[ModuleType]:
    with imported(inline_root, "inline_client") as package:
        yield package


def test_the_inline_package_passes_mypy_strict(inline_root: Path) -> None:
    result = mypy_strict(inline_root / "inline_client")
    assert result.returncode == 0, result.stdout[-3000:]


def test_query_styles_headers_and_cookies(inline: ModuleType, local_server: LocalServer) -> None:
    local_server.reset(lambda request: Reply.json({"ok": True}))
    with inline.Inline(base_url=local_server.url) as client:
        answer = client.items.list(
            tags=["a", "b"],
            ids=[1, 2, 3],
            pipes=["x", "y"],
            filter={"name": "n", "size": 2},
            since=datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.UTC),
            x_request_id="req-7",
            session="s p",
        )
    assert answer.ok is True
    (request,) = local_server.requests
    assert request.query == [
        ("tags", "a"),
        ("tags", "b"),
        ("ids", "1,2,3"),
        ("pipes", "x|y"),
        ("filter[name]", "n"),
        ("filter[size]", "2"),
        ("since", "2024-01-02T03:04:05Z"),
    ]
    assert request.headers["X-Request-Id"] == "req-7"
    assert request.headers["Cookie"] == "session=s%20p"


def test_empty_and_binary_answers(inline: ModuleType, local_server: LocalServer) -> None:
    def handler(request: Received) -> Reply:
        if request.method == "DELETE":
            return Reply(204)
        return Reply(200, b"\x00\x01binary", {"Content-Type": "application/octet-stream"})

    local_server.reset(handler)
    with inline.Inline(base_url=local_server.url) as client:
        assert client.items.delete("i1") is None
        assert client.files.retrieve("f1") == b"\x00\x01binary"
    assert local_server.requests[1].headers["Accept"] == "application/octet-stream"


def test_deep_object_query_values_are_in_bracket_notation_however_deep(
    inline: ModuleType, local_server: LocalServer
) -> None:
    """Stripe's ``expand[0]=...``, ``subscription_items[0][price]=...``, ``customer_details[address][country]=...``:
    an array under deepObject repeated its bare key, and a value nested deeper went out as JSON text."""
    local_server.reset(lambda request: Reply.json({"ok": True}))
    with inline.Inline(base_url=local_server.url) as client:
        client.items.list(
            expand=["cards", "tax"],
            lines=[{"price": "p1", "qty": 2}],
            customer={"address": {"country": "US", "line2": None}},
        )
    assert local_server.requests[0].query == [
        ("expand[0]", "cards"),
        ("expand[1]", "tax"),
        ("lines[0][price]", "p1"),
        ("lines[0][qty]", "2"),
        ("customer[address][country]", "US"),
    ]


def test_raw_responses_of_calls_without_a_body(inline: ModuleType, local_server: LocalServer) -> None:
    """A call that answers with no body (204) still hands back its raw response: its status and headers
    (a Location, an ETag) are all the answer there is."""
    local_server.reset(lambda request: Reply(204, headers={"ETag": '"v2"'}))
    with inline.Inline(base_url=local_server.url) as client:
        raw = client.with_raw_response.items.delete("i1")
    assert isinstance(raw, inline.APIResponse)
    assert (raw.status_code, raw.headers["etag"]) == (204, '"v2"')
    assert raw.parse() is None

    async def delete_async() -> Any:
        async with inline.AsyncInline(base_url=local_server.url) as client:
            return await client.with_raw_response.items.delete("i1")

    raw_async = asyncio.run(delete_async())
    assert isinstance(raw_async, inline.AsyncAPIResponse)
    assert (raw_async.status_code, raw_async.headers["etag"]) == (204, '"v2"')


def test_a_parameter_named_body_leaves_the_request_body_its_own(inline: ModuleType, local_server: LocalServer) -> None:
    local_server.reset(lambda request: Reply(204))
    with inline.Inline(base_url=local_server.url) as client:
        client.notes.create(body_body=["a note"], body="from the query")
        client.blobs.replace(body_body=b"\x00bytes", body="q")
        client.blobs.replace(body="q")
    notes, blob, no_blob = local_server.requests
    assert (notes.json(), notes.query) == (["a note"], [("body", "from the query")])
    assert (blob.body, blob.query) == (b"\x00bytes", [("body", "q")])
    assert (no_blob.body, no_blob.query) == (b"", [("body", "q")])


def _chat_handler(request: Received) -> Reply:
    if dict(request.query).get("stream") == "true":
        body = 'event: chunk\ndata: {"delta": "he"}\n\nevent: chunk\ndata: {"delta": "y"}\n\n'
        return Reply(200, headers={"Content-Type": "text/event-stream"}, chunks=[body.encode()])
    return Reply.json({"text": "hey"})


def test_a_stream_configured_on_a_query_parameter(inline: ModuleType, local_server: LocalServer) -> None:
    local_server.reset(_chat_handler)
    with inline.Inline(base_url=local_server.url) as client:
        chunks = [chunk.data.delta for chunk in client.chat.retrieve(q="hi", stream=True)]
        answer = client.chat.retrieve(q="hi")
    assert chunks == ["he", "y"]
    assert answer.text == "hey"
    assert [dict(r.query) for r in local_server.requests] == [{"q": "hi", "stream": "true"}, {"q": "hi"}]

    async def main() -> list[Any]:
        async with inline.AsyncInline(base_url=local_server.url) as client:
            return [chunk.event async for chunk in await client.chat.retrieve(q="hi", stream=True)]

    assert asyncio.run(main()) == ["chunk", "chunk"]


def test_streaming_configuration_errors_are_reported(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, SPEC)
    missing_param = Config(package_name="bad", client_name="Bad", streaming={"chat": StreamingRule(param="nope")})
    with pytest.raises(SpecError, match="no argument 'nope'"):
        generate(spec, tmp_path / "out1", missing_param)
    missing_schema = Config(
        package_name="bad",
        client_name="Bad",
        streaming={"chat": StreamingRule(event_schema="#/components/schemas/None")},
    )
    with pytest.raises(SpecError, match="does not resolve"):
        generate(spec, tmp_path / "out2", missing_schema)
