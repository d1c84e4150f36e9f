"""A ``304 Not Modified`` that an operation lists is its answer to a conditional request, not a redirect: the
call returns None (its return type allows it), the raw response is at hand, and an operation that does not
list 304 still reports one as a redirect it could not follow."""

from __future__ import annotations

import asyncio
import inspect
from pathlib import Path

import httpx
import pytest

from tests.support import generated_from, mock_client

SPEC = """
openapi: 3.0.3
info: {title: Files, version: "1"}
paths:
  /files/{path}:
    parameters: [{name: path, in: path, required: true, schema: {type: string}}]
    get:
      operationId: getFile
      tags: [files]
      parameters: [{name: If-None-Match, in: header, schema: {type: string}}]
      responses:
        "200":
          description: the file's details
          content: {application/json: {schema: {$ref: "#/components/schemas/FileInfo"}}}
        "304": {description: not modified}
  /files/{path}/content:
    parameters: [{name: path, in: path, required: true, schema: {type: string}}]
    get:
      operationId: getFileContent
      tags: [files]
      responses:
        "200":
          description: the file's bytes
          content: {text/plain: {schema: {type: string}}}
        "304": {description: not modified}
  /files:
    get:
      operationId: listFiles
      tags: [files]
      parameters: [{name: starting_after, in: query, schema: {type: string}}]
      responses:
        "200":
          description: a page of files
          content:
            application/json:
              schema:
                type: object
                required: [objects]
                properties: {objects: {type: array, items: {$ref: "#/components/schemas/FileInfo"}}}
        "304": {description: not modified}
  /folders/{path}:
    parameters: [{name: path, in: path, required: true, schema: {type: string}}]
    get:
      operationId: getFolder
      tags: [folders]
      responses:
        "200":
          description: the folder
          content: {application/json: {schema: {$ref: "#/components/schemas/FileInfo"}}}
components:
  schemas:
    FileInfo:
      type: object
      required: [name, size]
      properties: {id: {type: string}, name: {type: string}, size: {type: integer}}
"""


def _answer(request: httpx.Request) -> httpx.Response:
    if request.headers.get("if-none-match") == '"v1"' or request.url.path.endswith("/content"):
        return httpx.Response(304, headers={"ETag": '"v1"'})
    return httpx.Response(200, json={"name": "a.txt", "size": 3}, headers={"ETag": '"v1"'})


def test_a_listed_304_answers_none(tmp_path: Path) -> None:
    with generated_from(tmp_path, SPEC, "files_client", "Files") as package:
        client = mock_client(package.Files, _answer)
        assert client.files.retrieve("a.txt").size == 3
        assert client.files.retrieve("a.txt", if_none_match='"v1"') is None
        assert client.files.content("a.txt") is None
        raw = client.with_raw_response.files.retrieve("a.txt", if_none_match='"v1"')
        assert (raw.status_code, raw.headers["etag"], raw.parse()) == (304, '"v1"', None)
        method = package.Files(api_key="k").files.retrieve
        assert "None" in str(inspect.signature(method).return_annotation)
        assert "304 Not Modified" in (method.__doc__ or "")

        async def call() -> object:
            http = httpx.AsyncClient(transport=httpx.MockTransport(_answer))
            async with package.AsyncFiles(api_key="k", base_url="http://api.test", http_client=http) as client:
                return await client.files.retrieve("a.txt", if_none_match='"v1"')

        assert asyncio.run(call()) is None


def test_a_listed_304_answers_an_empty_page_of_a_list(tmp_path: Path) -> None:
    with generated_from(tmp_path, SPEC, "files_client", "Files") as package:
        client = mock_client(package.Files, lambda request: httpx.Response(304, headers={"ETag": '"v1"'}))
        page = client.files.list(extra_headers={"If-None-Match": '"v1"'})
        assert (page.items, page.response.status_code, page.has_next_page(), list(page)) == ([], 304, False, [])
        raw = client.with_raw_response.files.list()
        assert (raw.status_code, raw.parse().items) == (304, [])
        assert "the page is empty" in (package.Files(api_key="k").files.list.__doc__ or "")


def test_a_304_the_operation_does_not_list_is_still_an_error(tmp_path: Path) -> None:
    with generated_from(tmp_path, SPEC, "files_client", "Files") as package:
        client = mock_client(package.Files, lambda request: httpx.Response(304))
        with pytest.raises(package.RedirectError):
            client.folders.retrieve("docs")
