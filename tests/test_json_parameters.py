"""A parameter described by JSON ``content`` instead of ``schema`` (OpenAPI: "the value's representation"
in that media type) is sent as its value's JSON text, in the query, a header or a cookie. It used to be
typed as any value and sent in the default style, so ``filter={"name": "a"}`` went out as ``name=a``."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote

import httpx
import pytest

from generator.config import Config
from generator.diagnostics import Diagnostics
from generator.pipeline import build_api
from tests.support import generated_from, mock_client, write_spec

SPEC = """
openapi: 3.1.0
info: {title: Things, version: "1"}
paths:
  /things:
    get:
      operationId: listThings
      tags: [Things]
      parameters:
        - name: filter
          in: query
          content:
            application/json:
              schema:
                type: object
                properties: {name: {type: string}, tags: {type: array, items: {type: string}}}
        - name: ids
          in: query
          content: {application/json: {schema: {type: array, items: {type: integer}}}}
        - name: X-Context
          in: header
          content: {application/json: {schema: {type: object, additionalProperties: {type: string}}}}
        - name: prefs
          in: cookie
          content: {application/json: {schema: {type: object, additionalProperties: {type: boolean}}}}
      responses:
        "200": {description: ok, content: {application/json: {schema: {type: array, items: {type: string}}}}}
"""


@pytest.fixture(scope="module")
def things(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with generated_from(tmp_path_factory.mktemp("things"), SPEC, "things_client", "Things") as module:
        yield module


def test_each_is_sent_as_its_values_json_text(things: Any) -> None:
    sent: list[httpx.Request] = []
    client = mock_client(things.Things, lambda request: httpx.Response(200, json=[]), sent)
    client.things.list(filter={"name": "a b", "tags": ["x"]}, ids=[], x_context={"trace": "t1"}, prefs={"dark": True})
    (request,) = sent
    query = dict(parse_qsl(request.url.query.decode()))
    assert json.loads(query["filter"]) == {"name": "a b", "tags": ["x"]}
    assert query["ids"] == "[]"  # an empty list is a value of its own here, not "no filter"
    assert json.loads(request.headers["X-Context"]) == {"trace": "t1"}
    assert request.headers["Cookie"].startswith("prefs=") and json.loads(unquote(request.headers["Cookie"][6:])) == {
        "dark": True
    }


def test_the_value_is_checked_against_the_contents_schema(things: Any) -> None:
    client = mock_client(things.Things, lambda request: httpx.Response(200, json=[]))
    with pytest.raises(ValueError, match="ids"):
        client.things.list(ids=["not a number"])


def test_json_content_is_no_longer_reported_as_unsupported(tmp_path: Path) -> None:
    diagnostics = Diagnostics()
    build_api(dataclasses.replace(Config(), spec=write_spec(tmp_path, SPEC)), diagnostics)
    assert [item.code for item in diagnostics.warnings] == []


def test_a_header_carries_other_characters_escaped(things: Any) -> None:
    """A header holds ASCII only: the JSON text escapes the rest (the query sends them percent-encoded)."""
    sent: list[httpx.Request] = []
    client = mock_client(things.Things, lambda request: httpx.Response(200, json=[]), sent)
    client.things.list(filter={"name": "café"}, x_context={"city": "Zürich"})
    (request,) = sent
    assert request.headers["X-Context"] == '{"city":"Z\\u00fcrich"}'
    assert json.loads(request.headers["X-Context"]) == {"city": "Zürich"}
    assert json.loads(dict(parse_qsl(request.url.query.decode()))["filter"]) == {"name": "café"}


NULLABLE = """
openapi: 3.1.0
info: {title: Scopes, version: "1"}
paths:
  /things/{shape}:
    get:
      operationId: listThings
      tags: [Things]
      parameters:
        - name: shape
          in: path
          required: true
          content: {application/json: {schema: {type: object}}}
        - name: parent
          in: query
          required: true
          content: {Application/JSON: {schema: {oneOf: [{type: object}, {type: "null"}]}}}
        - name: X-Scope
          in: header
          required: true
          content: {application/json: {schema: {type: [string, "null"]}}}
        - name: box
          in: query
          content: {application/json: {schema: {type: array, items: {type: number}}}}
      responses:
        "200": {description: ok}
"""


def test_null_is_sent_as_json_null_and_the_media_type_is_read_case_blind(tmp_path: Path) -> None:
    """JSON text can say null, unlike the form style, which leaves a null value out; `Application/JSON` is
    JSON too. A NaN is refused with the parameter's name."""
    sent: list[httpx.Request] = []
    with generated_from(tmp_path, NULLABLE, "scopes_client", "Scopes") as scopes:
        client = mock_client(scopes.Scopes, lambda request: httpx.Response(200), sent)
        client.things.retrieve("s", parent=None, x_scope=None)
        (request,) = sent
        assert dict(parse_qsl(request.url.query.decode())) == {"parent": "null"}
        assert request.headers["X-Scope"] == "null"
        with pytest.raises(ValueError, match="parameter 'box' cannot be sent as JSON"):
            client.things.retrieve("s", parent=None, x_scope="a", box=[float("nan")])


def test_a_path_parameter_with_content_is_reported_as_such(tmp_path: Path) -> None:
    diagnostics = Diagnostics()
    build_api(dataclasses.replace(Config(), spec=write_spec(tmp_path, NULLABLE)), diagnostics)
    assert [item.message for item in diagnostics.warnings] == [
        "a path parameter described by `content` is not supported; typed as any value"
    ]
