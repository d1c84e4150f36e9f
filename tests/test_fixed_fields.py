"""A required field that allows one value (``const``, a one-value enum: most often a union's tag) is filled
in: ``Circle(radius=2)`` needs no ``kind="circle"``, a method leaves it out of its signature's required
arguments, and it is sent all the same, since the server requires it. A response still reads what it says."""

from __future__ import annotations

import inspect
import json
from pathlib import Path

import httpx
import pydantic
import pytest

from tests.support import generated_from, mock_client

SPEC = """
openapi: 3.1.0
info: {title: Drawing, version: "1"}
paths:
  /shapes:
    post:
      operationId: createShape
      tags: [shapes]
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [version, shape, unit, scale, drawn_by]
              properties:
                version: {const: v1}
                shape: {$ref: "#/components/schemas/Shape"}
                unit: {$ref: "#/components/schemas/Unit"}
                scale: {type: number, enum: [1.5]}
                drawn_by: {const: server, readOnly: true}
      responses:
        "200":
          description: the shape drawn
          content: {application/json: {schema: {$ref: "#/components/schemas/Shape"}}}
components:
  schemas:
    Unit: {type: string, enum: [cm]}
    Shape:
      oneOf: [{$ref: "#/components/schemas/Circle"}, {$ref: "#/components/schemas/Square"}]
      discriminator: {propertyName: kind}
    Circle:
      type: object
      required: [kind, radius]
      properties: {kind: {const: circle}, radius: {type: number}}
    Square:
      type: object
      required: [kind, side]
      properties: {kind: {type: string, enum: [square]}, side: {type: number}}
"""


def test_a_fixed_field_is_filled_in_and_sent(tmp_path: Path) -> None:
    sent: list[httpx.Request] = []
    with generated_from(tmp_path, SPEC, "drawing_client", "Drawing") as package:
        circle = package.models.Circle(radius=2)
        assert circle.kind == "circle"
        assert json.loads(circle.to_json()) == {"kind": "circle", "radius": 2}
        assert package.models.Square(side=1).kind == "square"
        with pytest.raises(pydantic.ValidationError):
            package.models.Circle(kind="square", radius=2)

        client = mock_client(
            package.Drawing, lambda request: httpx.Response(200, json={"kind": "square", "side": 3}), sent
        )
        drawn = client.shapes.create(shape=circle)
        assert isinstance(drawn, package.models.Square) and drawn.side == 3
        fixed = {"version": "v1", "unit": "cm", "scale": 1.5}  # a readOnly one is not sent (drawn_by)
        assert json.loads(sent[0].content) == {**fixed, "shape": {"kind": "circle", "radius": 2}}
        client.shapes.create(shape={"kind": "square", "side": 4})
        assert json.loads(sent[1].content) == {**fixed, "shape": {"kind": "square", "side": 4}}

        parameters = inspect.signature(package.Drawing(api_key="k").shapes.create).parameters
        assert all(parameters[name].default is not inspect.Parameter.empty for name in fixed)
        assert "drawn_by" not in parameters
