"""A HEAD operation returns None, whatever content its response copies from the GET beside it: a HEAD
answer has no body (RFC 9110), and parsing one failed every successful call with
APIResponseValidationError. Its headers are read through ``with_raw_response``."""

from __future__ import annotations

import asyncio
import inspect
from pathlib import Path

import httpx

from tests.support import generated_from, mock_client

SPEC = """
openapi: 3.0.3
info: {title: Files, version: "1"}
paths:
  /files/{path}:
    parameters: [{name: path, in: path, required: true, schema: {type: string}}]
    head:
      operationId: statFile
      tags: [files]
      responses:
        "200":
          description: it exists
          headers: {ETag: {schema: {type: string}}}
          content: {application/json: {schema: {$ref: "#/components/schemas/FileInfo"}}}
    get:
      operationId: getFile
      tags: [files]
      responses:
        "200":
          description: the file's details
          content: {application/json: {schema: {$ref: "#/components/schemas/FileInfo"}}}
components:
  schemas:
    FileInfo:
      type: object
      required: [name, size]
      properties: {name: {type: string}, size: {type: integer}}
"""


def _answer(request: httpx.Request) -> httpx.Response:
    if request.method == "HEAD":
        return httpx.Response(200, headers={"ETag": '"v1"', "Content-Type": "application/json"})
    return httpx.Response(200, json={"name": "a.txt", "size": 3})


def test_a_head_request_returns_none_and_its_headers_are_at_hand(tmp_path: Path) -> None:
    with generated_from(tmp_path, SPEC, "files_client", "Files") as package:
        client = mock_client(package.Files, _answer)
        assert client.files.head("a.txt") is None
        assert client.with_raw_response.files.head("a.txt").headers["etag"] == '"v1"'
        assert client.files.retrieve("a.txt").size == 3
        assert inspect.signature(package.Files(api_key="k").files.head).return_annotation in (None, "None")

        async def call() -> object:
            http = httpx.AsyncClient(transport=httpx.MockTransport(_answer))
            async with package.AsyncFiles(api_key="k", base_url="http://api.test", http_client=http) as client:
                return await client.files.head("a.txt")

        assert asyncio.run(call()) is None
