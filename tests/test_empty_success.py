"""An operation whose JSON success has a sibling success without a body (``200`` with a model, ``204``
without): the method returns the model or None. The empty answer failed as a response that does not
match the API description."""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.support import generated_from, mock_client

SPEC = """
openapi: 3.0.3
info: {title: Things, version: "1"}
paths:
  /things/{id}:
    delete:
      operationId: deleteThing
      tags: [Things]
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        "200": {description: deleted, content: {application/json: {schema: {$ref: "#/components/schemas/Thing"}}}}
        "204": {description: already gone}
    get:
      operationId: getThing
      tags: [Things]
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Thing"}}}}
components:
  schemas:
    Thing: {type: object, properties: {id: {type: string}}}
"""


@pytest.fixture(scope="module")
def things(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with generated_from(tmp_path_factory.mktemp("things"), SPEC, "things_client", "T") as module:
        yield module


def _client(things: Any, reply: httpx.Response) -> Any:
    return mock_client(things.T, lambda request: reply)


def test_an_empty_answer_where_the_spec_declares_one_is_none(things: Any) -> None:
    assert _client(things, httpx.Response(204)).things.delete("t1") is None
    deleted = _client(things, httpx.Response(200, json={"id": "t1"})).things.delete("t1")
    assert deleted.id == "t1"
    resource = type(_client(things, httpx.Response(204)).things)
    assert inspect.signature(resource.delete).return_annotation == "Thing | None"


def test_without_a_declared_empty_answer_the_model_is_required(things: Any) -> None:
    assert inspect.signature(type(_client(things, httpx.Response(204)).things).retrieve).return_annotation == "Thing"
    with pytest.raises(things.APIResponseValidationError):
        _client(things, httpx.Response(200)).things.retrieve("t1")
