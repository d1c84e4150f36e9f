"""Servers of a path or an operation (Stripe's file uploads go to files.stripe.com): every call went to the
client's base URL. While the client uses the API's default base URL, such an operation now goes to its own
server; a base URL the caller gives (a proxy, a test server) still takes every call."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.config import Config
from generator.pipeline import build
from tests.support import generated_from, write_spec

SPEC = """
openapi: 3.0.3
info: {title: Files, version: "1"}
servers: [{url: "https://api.example.com/v1"}]
paths:
  /files:
    post:
      operationId: uploadFile
      tags: [Files]
      servers: [{url: "https://{host}.example.com/v1", variables: {host: {default: files}}}]
      responses: {"204": {description: ok}}
    get:
      operationId: listFiles
      tags: [Files]
      responses: {"204": {description: ok}}
  /exports:
    servers: [{url: "https://exports.example.com"}]
    get:
      operationId: listExports
      tags: [Exports]
      responses: {"204": {description: ok}}
  /relative:
    get:
      operationId: getRelative
      tags: [Relative]
      servers: [{url: /elsewhere}]
      responses: {"204": {description: ok}}
"""


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with generated_from(tmp_path_factory.mktemp("files"), SPEC, "files_client", "Files") as module:
        yield module


def _urls(client_class: Any, **options: Any) -> list[str]:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(204)

    client = client_class(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(answer)), **options)
    client.files.create()
    client.files.list()
    client.exports.list()
    client.relative.list()
    return [str(request.url) for request in sent]


def test_with_the_default_base_url_an_operation_goes_to_its_own_server(
    files: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FILES_BASE_URL", raising=False)
    assert _urls(files.Files) == [
        "https://files.example.com/v1/files",
        "https://api.example.com/v1/files",
        "https://exports.example.com/exports",
        "https://api.example.com/v1/relative",
    ]


def test_a_base_url_the_caller_gives_takes_every_call(files: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FILES_BASE_URL", raising=False)
    urls = _urls(files.Files, base_url="http://proxy.test/v1")
    assert urls == [f"http://proxy.test/v1/{path}" for path in ("files", "files", "exports", "relative")]


def test_a_relative_server_of_an_operation_is_reported(tmp_path: Path) -> None:
    config = Config(package_name="files_client", client_name="Files", spec=write_spec(tmp_path, SPEC))
    warnings = [w for w in build(replace(config, out=tmp_path / "out")).warnings if w.code == "operation.servers"]
    assert [w.pointer for w in warnings] == ["#/paths/~1relative/get/servers/0/url"]
