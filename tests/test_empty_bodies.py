"""An optional request body whose schema allows nothing but ``{}`` (closed, without properties: Stripe gives
one to each of its GET and DELETE operations) is left out: the method takes no ``body`` argument, and the
request carries no body. A body that may hold something, or that the operation requires, is kept."""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.support import generated_from, mock_client

EMPTY = "{type: object, additionalProperties: false, properties: {}}"

SPEC = f"""
openapi: 3.0.3
info: {{title: Shop, version: "1"}}
paths:
  /customers:
    get:
      operationId: listCustomers
      tags: [Customers]
      parameters: [{{name: limit, in: query, schema: {{type: integer}}}}]
      requestBody:
        content: {{application/x-www-form-urlencoded: {{schema: {EMPTY}}}}}
      responses:
        "200": {{description: ok, content: {{application/json: {{schema: {{type: array, items: {{type: string}}}}}}}}}}
    post:
      operationId: createCustomer
      tags: [Customers]
      requestBody:
        required: true
        content: {{application/json: {{schema: {EMPTY}}}}}
      responses:
        "204": {{description: created}}
  /customers/{{id}}:
    parameters: [{{name: id, in: path, required: true, schema: {{type: string}}}}]
    delete:
      operationId: deleteCustomer
      tags: [Customers]
      requestBody:
        content: {{application/json: {{schema: {{allOf: [{EMPTY}]}}}}}}
      responses:
        "204": {{description: gone}}
    patch:
      operationId: updateCustomer
      tags: [Customers]
      requestBody:
        content:
          application/json:
            schema: {{type: object, additionalProperties: false, properties: {{name: {{type: string}}}}}}
      responses:
        "204": {{description: updated}}
  /tags:
    post:
      operationId: createTag
      tags: [Tags]
      requestBody:
        content:
          application/json:
            schema: {{type: object, additionalProperties: false, patternProperties: {{"^x-": {{type: string}}}}}}
      responses:
        "204": {{description: created}}
  /notes:
    post:
      operationId: createNote
      tags: [Notes]
      requestBody:
        content: {{application/json: {{}}}}
      responses:
        "204": {{description: created}}
"""


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with generated_from(tmp_path_factory.mktemp("empty"), SPEC, "shop_client", "Shop") as module:
        yield module


def _arguments(method: Any) -> list[str]:
    return [name for name in inspect.signature(method).parameters if not name.startswith("extra_")]


def test_an_optional_body_that_can_only_be_empty_is_no_argument_and_not_sent(shop: Any) -> None:
    sent: list[httpx.Request] = []
    client = mock_client(shop.Shop, lambda request: httpx.Response(200, json=[]), sent)
    assert _arguments(client.customers.list) == ["limit", "timeout", "max_retries"]
    assert _arguments(client.customers.delete) == ["id", "timeout", "max_retries"]
    client.customers.list(limit=2)
    assert (sent[0].content, sent[0].headers.get("content-type")) == (b"", None)


def test_a_required_empty_body_and_a_body_with_properties_are_kept(shop: Any) -> None:
    sent: list[httpx.Request] = []
    client = mock_client(shop.Shop, lambda request: httpx.Response(204), sent)
    assert "body" in _arguments(client.customers.create)
    assert "name" in _arguments(client.customers.update)
    client.customers.update("c1", name="n")
    assert sent[0].content == b'{"name":"n"}'


def test_a_body_without_a_schema_is_any_value(shop: Any) -> None:
    """The optional body of a media type without a schema (found by the fuzzer: the check for an empty
    object read a schema that was not there) takes any value."""
    sent: list[httpx.Request] = []
    client = mock_client(shop.Shop, lambda request: httpx.Response(204), sent)
    client.notes.create(body=[1, "two"])
    assert sent[0].content == b'[1,"two"]'


def test_a_closed_body_with_pattern_properties_is_kept(shop: Any) -> None:
    """``patternProperties`` (not read by the generator, which warns) admits keys: not an empty body."""
    sent: list[httpx.Request] = []
    client = mock_client(shop.Shop, lambda request: httpx.Response(204), sent)
    client.tags.create(body={"x-a": "b"})
    assert sent[0].content == b'{"x-a":"b"}'
