"""``idempotency-header`` (Stripe's ``Idempotency-Key``): each call of a method that HTTP does not make
idempotent (POST, PATCH) sends a new key, and every retry of the call sends the same one, so that a call
retried after a lost answer is acted on once. A key the caller gives (an argument, ``extra_headers``,
``default_headers``) is kept; GET and the other idempotent methods send none; without the setting, no call
sends one."""

from __future__ import annotations

import asyncio
import dataclasses
import importlib
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.config import Config, load_config
from generator.diagnostics import Diagnostics
from tests.support import generate, imported, write_spec

SPEC = """
openapi: 3.0.3
info: {title: Pay, version: "1"}
paths:
  /charges:
    post:
      operationId: createCharge
      tags: [Charges]
      parameters: [{name: Idempotency-Key, in: header, schema: {type: string}}]
      requestBody:
        content: {application/json: {schema: {type: object, properties: {amount: {type: integer}}}}}
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Charge"}}}}
  /charges/{id}:
    parameters: [{name: id, in: path, required: true, schema: {type: string}}]
    get:
      operationId: getCharge
      tags: [Charges]
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Charge"}}}}
    patch:
      operationId: updateCharge
      tags: [Charges]
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Charge"}}}}
    delete:
      operationId: deleteCharge
      tags: [Charges]
      responses:
        "204": {description: gone}
components:
  schemas:
    Charge: {type: object, properties: {id: {type: string}}}
"""

HEADER = "idempotency-key"


def _package(folder: Path, header: str | None, name: str = "pay_client") -> Path:
    config = Config(package_name=name, client_name="Pay", idempotency_header=header)
    return generate(write_spec(folder, SPEC), folder / "out", dataclasses.replace(config))


@pytest.fixture(scope="module")
def pay(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with imported(_package(tmp_path_factory.mktemp("keys"), "Idempotency-Key"), "pay_client") as module:
        importlib.import_module("pay_client._base_client").INITIAL_RETRY_DELAY = 0.001
        yield module


class _FlakyServer:
    """Answers 500 to the first attempt of every call (so each call is retried once), then 200."""

    def __init__(self) -> None:
        self.sent: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        if len(self.sent) % 2 == 1:
            return httpx.Response(500, json={"error": "lost"})
        return httpx.Response(204) if request.method == "DELETE" else httpx.Response(200, json={"id": "ch_1"})

    def keys(self) -> list[str | None]:
        return [request.headers.get(HEADER) for request in self.sent]


def _client(pay: Any, server: _FlakyServer, **options: Any) -> Any:
    http = httpx.Client(transport=httpx.MockTransport(server))
    return pay.Pay(api_key="k", base_url="http://api.test", max_retries=1, http_client=http, **options)


def test_every_retry_of_a_call_sends_its_key_and_each_call_a_new_one(pay: Any) -> None:
    server = _FlakyServer()
    client = _client(pay, server)
    client.charges.create(amount=5)
    client.charges.create(amount=5)
    first, retried, second, retried_second = server.keys()
    assert first is not None and second is not None
    assert uuid.UUID(first) and (first, second) == (retried, retried_second) and first != second
    client.charges.update("ch_1")  # PATCH: not idempotent by HTTP either
    assert server.keys()[4] is not None and server.keys()[4] == server.keys()[5]


def test_methods_that_http_makes_idempotent_send_no_key(pay: Any) -> None:
    server = _FlakyServer()
    client = _client(pay, server)
    client.charges.retrieve("ch_1")
    client.charges.delete("ch_1")
    assert server.keys() == [None] * 4


def test_a_key_the_caller_gives_is_the_one_sent(pay: Any) -> None:
    server = _FlakyServer()
    _client(pay, server).charges.create(amount=5, idempotency_key="mine")
    _client(pay, server).charges.create(amount=5, extra_headers={"IDEMPOTENCY-KEY": "extra"})
    _client(pay, server, default_headers={"Idempotency-Key": "client"}).charges.create(amount=5)
    assert server.keys() == ["mine", "mine", "extra", "extra", "client", "client"]


def test_an_asynchronous_call_sends_one_key_through_its_retries(pay: Any) -> None:
    server = _FlakyServer()

    async def call() -> None:
        http = httpx.AsyncClient(transport=httpx.MockTransport(server))
        async with pay.AsyncPay(api_key="k", base_url="http://api.test", max_retries=1, http_client=http) as client:
            await client.charges.create(amount=5)

    asyncio.run(call())
    first, retried = server.keys()
    assert first is not None and first == retried


def test_without_the_setting_no_call_sends_a_key(tmp_path: Path) -> None:
    out = _package(tmp_path, None, "plain_pay_client")
    assert "uuid" not in (out / "plain_pay_client" / "_base_client.py").read_text(encoding="utf-8")
    with imported(out, "plain_pay_client") as plain:
        importlib.import_module("plain_pay_client._base_client").INITIAL_RETRY_DELAY = 0.001
        server = _FlakyServer()
        _client(plain, server).charges.create(amount=5)
    assert server.keys() == [None, None]


def test_the_setting_must_be_a_header_name(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.oapigen]\nidempotency-header = "Idempotency Key"\n', encoding="utf-8"
    )
    diagnostics = Diagnostics()
    load_config(tmp_path / "pyproject.toml", diagnostics)
    assert [d.message for d in diagnostics.items] == ["'Idempotency Key' is not an HTTP header name"]
