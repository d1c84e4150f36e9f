"""3.1's ``prefixItems``: an array whose positions have types of their own. Where ``items: false`` (or
``maxItems``) bounds its length, it is a tuple (``[longitude, latitude]`` is ``tuple[float, float]``), or a
union of the few tuples its bounds allow; where further items may follow, a list of any of the types.
It was ``list[Any]``, with a warning that ``prefixItems`` is not supported and one that ``items: false``
"accepts nothing"."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pydantic
import pytest

from generator.config import Config
from generator.diagnostics import Diagnostics
from generator.pipeline import build_api
from tests.support import generated_from, mock_client, write_spec

SPEC = """
openapi: 3.1.0
info: {title: Maps, version: "1"}
paths:
  /places:
    post:
      operationId: createPlace
      tags: [places]
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [at]
              properties:
                at: {$ref: "#/components/schemas/LonLat"}
                box: {$ref: "#/components/schemas/Box"}
                labels: {$ref: "#/components/schemas/Labelled"}
      responses:
        "200":
          description: the place
          content: {application/json: {schema: {$ref: "#/components/schemas/Place"}}}
components:
  schemas:
    LonLat:
      type: array
      prefixItems: [{type: number, minimum: -180, maximum: 180}, {type: number, minimum: -90, maximum: 90}]
      items: false
      minItems: 2
    Box:
      description: two corners, and a height where known
      type: array
      prefixItems: [{$ref: "#/components/schemas/LonLat"}, {$ref: "#/components/schemas/LonLat"}, {type: number}]
      items: false
      minItems: 2
    Labelled:
      type: array
      prefixItems: [{type: integer}]
      items: {type: string}
    Place:
      type: object
      required: [at]
      properties: {at: {$ref: "#/components/schemas/LonLat"}, box: {$ref: "#/components/schemas/Box"}}
"""


def _alias(tmp_path: Path, name: str) -> str:
    """What the generated module declares the alias ``name`` as, without whitespace."""
    text = next((tmp_path / "out").glob(f"*/models/{name}.py")).read_text()
    return "".join(text[text.index("TypeAlias =") :].split())


def test_positions_keep_their_types(tmp_path: Path) -> None:
    sent: list[httpx.Request] = []
    place = {"at": [2.35, 48.85], "box": [[2.2, 48.8], [2.5, 48.9], 35.0]}
    with generated_from(tmp_path, SPEC, "maps_client", "Maps") as package:
        lon_lat = _alias(tmp_path, "lon_lat")
        assert lon_lat.startswith("TypeAlias=Annotated[tuple[Annotated[float,Field(ge=-180,le=180)")
        assert lon_lat.endswith("],OpenTuple,]")  # a response's array of another length keeps its items
        assert _alias(tmp_path, "box").startswith("TypeAlias=tuple[LonLat,LonLat]|tuple[LonLat,LonLat,float]")
        assert _alias(tmp_path, "labelled").startswith("TypeAlias=list[int|str]")

        client = mock_client(package.Maps, lambda request: httpx.Response(200, json=place), sent)
        answer = client.places.create(at=(2.35, 48.85), box=((2.2, 48.8), (2.5, 48.9)), labels=[1, "a", "b"])
        assert json.loads(sent[0].content) == {
            "at": [2.35, 48.85],
            "box": [[2.2, 48.8], [2.5, 48.9]],
            "labels": [1, "a", "b"],
        }
        assert answer.at == (2.35, 48.85)
        assert answer.box == ((2.2, 48.8), (2.5, 48.9), 35.0)
        for wrong in ((2.35,), (2.35, 48.85, 3.0), (200.0, 0.0)):
            with pytest.raises(pydantic.ValidationError):
                client.places.create(at=wrong)
        assert len(sent) == 1


def test_a_response_keeps_an_array_of_another_length(tmp_path: Path) -> None:
    """One more coordinate (GeoJSON's altitude) does not lose the whole answer; a wrong item still does."""
    with generated_from(tmp_path, SPEC, "maps_client", "Maps") as package:
        answers = iter([{"at": [2.35, 48.85, 35]}, {"at": [2.35]}, {"at": []}, {"at": ["east", 48.85]}])
        client = mock_client(package.Maps, lambda request: httpx.Response(200, json=next(answers)))
        assert client.places.create(at=(2.35, 48.85)).at == (2.35, 48.85, 35)
        assert client.places.create(at=(2.35, 48.85)).at == (2.35,)
        assert client.places.create(at=(2.35, 48.85)).at == ()  # every position missing, not only the last
        with pytest.raises(package.APIResponseValidationError):
            client.places.create(at=(2.35, 48.85))


def test_no_warning_for_a_closed_tuple(tmp_path: Path) -> None:
    diagnostics = Diagnostics()
    config = Config(package_name="p", client_name="C", spec=write_spec(tmp_path, SPEC), out=tmp_path / "out")
    build_api(config, diagnostics)
    assert [d.format() for d in diagnostics.items] == []
