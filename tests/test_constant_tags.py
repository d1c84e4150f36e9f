"""An optional property that holds a constant and defaults to it, as a union's tag often is
(``type: {const: square, default: square}``): a model built without it sent no tag, since only the fields
that were set are sent, and the server could not tell the variants apart. Such fields are now always sent."""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.support import generated_from, mock_client

SPEC = """
openapi: 3.1.0
info: {title: Canvas, version: "1"}
components:
  schemas:
    Circle:
      type: object
      required: [r]
      properties:
        type: {type: string, enum: [circle], default: circle}
        r: {type: number}
        label: {type: string, default: round}
    Square:
      type: object
      required: [w]
      properties:
        type: {const: square, default: square}
        w: {type: number}
        flag: {const: true, default: 1}
    Shape:
      oneOf: [{$ref: '#/components/schemas/Circle'}, {$ref: '#/components/schemas/Square'}]
      discriminator: {propertyName: type}
paths:
  /shapes:
    post:
      operationId: createShapes
      tags: [Shapes]
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [shapes]
              properties:
                shapes: {type: array, items: {$ref: '#/components/schemas/Shape'}}
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {$ref: '#/components/schemas/Shape'}}}
"""


@pytest.fixture(scope="module")
def canvas(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with generated_from(tmp_path_factory.mktemp("canvas"), SPEC, "canvas_client", "Canvas") as module:
        yield module


def test_the_tag_of_each_variant_is_sent_though_it_was_not_set(canvas: Any) -> None:
    sent: list[httpx.Request] = []
    client = mock_client(canvas.Canvas, lambda request: httpx.Response(200, json={"type": "square", "w": 1}), sent)
    models = canvas.models
    client.shapes.create(shapes=[models.Circle(r=1), models.Square(w=2)])
    assert json.loads(sent[0].content) == {"shapes": [{"type": "circle", "r": 1}, {"type": "square", "w": 2}]}


def test_only_constants_are_always_sent(canvas: Any) -> None:
    models = canvas.models
    assert models.Circle(r=1).to_dict() == {"type": "circle", "r": 1}  # label's default is the server's to apply
    # true and 1 are two JSON values: a default that is not the constant is not sent for it
    assert models.Square(w=2).to_dict() == {"type": "square", "w": 2}


def test_a_response_is_read_as_before(canvas: Any) -> None:
    client = mock_client(canvas.Canvas, lambda request: httpx.Response(200, json={"type": "square", "w": 1}))
    shape = client.shapes.create(shapes=[])
    assert type(shape).__name__ == "Square" and shape.w == 1


def test_a_response_without_the_constant_is_kept_as_the_server_sent_it(canvas: Any) -> None:
    """A response round-trips: it is kept with the fields the server sent, no field added."""
    parse_response = importlib.import_module("canvas_client._models").parse_response
    square = parse_response(canvas.models.Square, {"w": 1})
    assert square.type_ == "square" and square.model_fields_set == {"w"}
    assert square.to_dict() == {"w": 1}
    assert canvas.models.Square.model_validate({"w": 1}).to_dict() == {"type": "square", "w": 1}  # built to send
