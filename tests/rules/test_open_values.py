"""R11 for enums of every JSON type and for tagged unions: a response may carry an integer, number or
boolean value the spec does not list, or an object whose tag it does not list, and it is kept (the
object as an UnknownVariant holding its fields); a request with one is refused before it is sent."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import Any

import pydantic
import pytest

from generator.config import Config
from tests.support import generate, imported, write_spec

SPEC = """
openapi: 3.1.0
info: {title: Levels, version: "1"}
paths: {}
components:
  schemas:
    Reading:
      type: object
      properties:
        level: {type: integer, enum: [1, 2]}
        ratio: {type: number, enum: [0.5, 1.5]}
        flag: {type: boolean, enum: [true]}
        name: {type: string, enum: [low, high]}
        shape:
          oneOf:
            - $ref: "#/components/schemas/Circle"
            - $ref: "#/components/schemas/Square"
          discriminator: {propertyName: kind}
    Circle:
      type: object
      required: [kind, radius]
      properties:
        kind: {type: string, enum: [circle]}
        radius: {type: number}
    Square:
      type: object
      required: [kind, side]
      properties:
        kind: {type: string, enum: [square]}
        side: {type: number}
"""


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    folder = tmp_path_factory.mktemp("levels")
    out = generate(write_spec(folder, SPEC), folder / "out", Config(package_name="levels_client", client_name="C"))
    with imported(out, "levels_client") as module:
        yield module


@pytest.mark.parametrize(("field", "unknown"), [("level", 3), ("ratio", 0.75), ("flag", False), ("name", "mid")])
def test_an_unlisted_value_in_a_response_is_kept(package: Any, field: str, unknown: object) -> None:
    models = importlib.import_module("levels_client._models")
    reading = models.parse_response(package.models.Reading, {field: unknown})
    assert getattr(reading, field) == unknown and type(getattr(reading, field)) is type(unknown)
    assert reading.to_dict() == {field: unknown}


@pytest.mark.parametrize(("field", "unknown"), [("level", 3), ("ratio", 0.75), ("flag", False), ("name", "mid")])
def test_an_unlisted_value_in_a_request_is_refused(package: Any, field: str, unknown: object) -> None:
    with pytest.raises(pydantic.ValidationError):
        package.models.Reading(**{field: unknown})


def test_an_object_with_an_unlisted_tag_in_a_response_is_kept_as_an_unknown_variant(package: Any) -> None:
    models = importlib.import_module("levels_client._models")
    shape = {"kind": "hexagon", "side": 2, "angles": [120]}
    reading = models.parse_response(package.models.Reading, {"shape": shape, "level": 1})
    assert type(reading.shape) is models.UnknownVariant is package.UnknownVariant  # exported, for a match's case
    assert reading.shape.kind == "hexagon" and reading.shape.model_extra == shape
    assert reading.to_dict() == {"shape": shape, "level": 1}
    known = models.parse_response(package.models.Reading, {"shape": {"kind": "circle", "radius": 1}})
    assert type(known.shape).__name__ == "Circle"


def test_an_object_with_an_unlisted_tag_in_a_request_is_refused(package: Any) -> None:
    with pytest.raises(pydantic.ValidationError):
        package.models.Reading(shape={"kind": "hexagon", "side": 2})


def test_an_unknown_variant_a_response_gave_is_sent_back_as_it_came(package: Any) -> None:
    """A model read, changed and sent back keeps what the server gave it: a new variant too."""
    models = importlib.import_module("levels_client._models")
    shape = {"kind": "hexagon", "side": 2}
    reading = models.parse_response(package.models.Reading, {"shape": shape, "level": 1})
    resent = package.models.Reading(shape=reading.shape, level=2)
    assert resent.shape is reading.shape
    assert resent.to_dict() == {"shape": shape, "level": 2}


def test_an_object_without_its_tag_is_still_an_error_in_a_response(package: Any) -> None:
    models = importlib.import_module("levels_client._models")
    with pytest.raises(pydantic.ValidationError):
        models.parse_response(package.models.Reading, {"shape": {"side": 2}})
