"""Bodies of media types other than JSON, forms and text: an image, a PDF, or ``*/*`` whose schema is a
binary string. The method takes the bytes and sends them as they are, under the declared media type (a
range like ``*/*`` as application/octet-stream); a ``*/*`` answer of bytes is returned as bytes. They were
sent as JSON (bytes failed to encode) and such an answer was refused as not JSON."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.support import generated_from, mock_client

SPEC = """
openapi: 3.0.3
info: {title: Files, version: "1"}
paths:
  /image:
    put:
      operationId: putImage
      tags: [Files]
      requestBody: {required: true, content: {image/png: {schema: {type: string, format: binary}}}}
      responses: {"204": {description: stored}}
  /blob:
    put:
      operationId: putBlob
      tags: [Files]
      requestBody: {required: true, content: {"*/*": {schema: {type: string, format: binary}}}}
      responses: {"204": {description: stored}}
    get:
      operationId: getBlob
      tags: [Files]
      responses: {"200": {description: the bytes, content: {"*/*": {schema: {type: string, format: binary}}}}}
  /record:
    put:
      operationId: putRecord
      tags: [Files]
      requestBody: {required: true, content: {"*/*": {schema: {type: object, properties: {a: {type: string}}}}}}
      responses: {"204": {description: stored}}
"""


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with generated_from(tmp_path_factory.mktemp("files"), SPEC, "files_client", "F") as module:
        yield module


def _answer(request: httpx.Request) -> httpx.Response:
    if request.method == "GET":
        return httpx.Response(200, content=b"\x00\xffbytes", headers={"Content-Type": "image/webp"})
    return httpx.Response(204)


def _client(files: Any, sent: list[httpx.Request]) -> Any:
    return mock_client(files.F, _answer, sent)


def test_bytes_are_sent_as_they_are_under_their_media_type(files: Any) -> None:
    sent: list[httpx.Request] = []
    client = _client(files, sent)
    client.files.replace_image(body=b"\x89PNG\r\n")
    client.files.replace_blob(body=b"\x00\x01")
    client.files.replace_record(a="x")
    assert [(r.headers["content-type"], r.content) for r in sent] == [
        ("image/png", b"\x89PNG\r\n"),
        ("application/octet-stream", b"\x00\x01"),
        ("application/json", b'{"a":"x"}'),  # `*/*` with a JSON schema stays JSON
    ]


def test_an_answer_of_any_media_type_that_is_bytes_is_returned_as_bytes(files: Any) -> None:
    sent: list[httpx.Request] = []
    assert _client(files, sent).files.blob() == b"\x00\xffbytes"
    assert sent[0].headers["accept"] == "*/*"
