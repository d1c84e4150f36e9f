"""Header parameters in OpenAPI's simple style: an array is its items joined by commas, an object its keys
and values (``k,v`` or, exploded, ``k=v``). They were sent as JSON (``["a", "b"]``), which no server
reading the spec parses."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.support import generated_from, mock_client

SPEC = """
openapi: 3.0.3
info: {title: Headers, version: "1"}
paths:
  /things:
    get:
      operationId: listThings
      tags: [Things]
      parameters:
        - {name: X-Tags, in: header, schema: {type: array, items: {type: string}}}
        - {name: X-Ids, in: header, schema: {type: array, items: {type: integer}}}
        - {name: X-Filter, in: header, schema: {$ref: "#/components/schemas/Filter"}}
        - {name: X-Exploded, in: header, explode: true, schema: {$ref: "#/components/schemas/Filter"}}
        - {name: X-Plain, in: header, schema: {type: string}}
      responses:
        "204": {description: none}
components:
  schemas:
    Filter:
      type: object
      properties:
        name: {type: string}
        age: {type: integer}
"""


@pytest.fixture(scope="module")
def headers_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with generated_from(tmp_path_factory.mktemp("headers"), SPEC, "headers_client", "H") as module:
        yield module


def test_arrays_and_objects_in_headers_are_sent_in_the_simple_style(headers_client: Any) -> None:
    sent: list[httpx.Request] = []
    with mock_client(headers_client.H, lambda request: httpx.Response(204), sent) as client:
        client.things.list(
            x_tags=["a", "b"],
            x_ids=[1, 2],
            x_filter={"name": "n", "age": 1},
            x_exploded={"name": "n", "age": 1},
            x_plain="p",
        )
    headers = sent[0].headers
    assert headers["x-tags"] == "a,b"
    assert headers["x-ids"] == "1,2"
    assert headers["x-filter"] == "name,n,age,1"
    assert headers["x-exploded"] == "name=n,age=1"
    assert headers["x-plain"] == "p"
