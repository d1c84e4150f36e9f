"""A property's default reaches its field wherever the spec writes it: beside the property, beside a
reference to an enum, or on the schema the property refers to; a default that is no value of the type is
left out with a warning, wherever it stands."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from generator.config import Config
from generator.diagnostics import Diagnostics
from generator.ir import ModelDecl
from generator.pipeline import build_api

SPEC = """
openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Priority: {type: integer, enum: [1, 2, 3], default: 2}
    Role: {type: string, enum: [member, admin], default: member}
    Plain: {type: string, enum: [a, b]}
    Holder:
      type: object
      properties:
        inline: {type: integer, enum: [1, 2, 3], default: 3}
        referenced: {$ref: '#/components/schemas/Priority'}
        beside_all_of:
          allOf: [{$ref: '#/components/schemas/Priority'}]
          default: 1
        all_of_target:
          allOf: [{$ref: '#/components/schemas/Role'}]
          description: The role
        own_wins:
          allOf: [{$ref: '#/components/schemas/Role'}]
          default: admin
        no_default: {$ref: '#/components/schemas/Plain'}
        misfit:
          allOf: [{$ref: '#/components/schemas/Plain'}]
          default: c
"""

EXPECTED: dict[str, Any] = {
    "inline": 3,
    "referenced": 2,
    "beside_all_of": 1,
    "all_of_target": "member",
    "own_wins": "admin",
    "no_default": None,
    "misfit": None,
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[ModelDecl, Diagnostics]:
    spec = Path(tmp_path_factory.mktemp("spec")) / "openapi.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    diagnostics = Diagnostics()
    api = build_api(dataclasses.replace(Config(), spec=spec), diagnostics)
    (model,) = [d for d in api.declarations if isinstance(d, ModelDecl) and d.symbol.name == "Holder"]
    return model, diagnostics


@pytest.mark.parametrize(("wire_name", "default"), EXPECTED.items())
def test_field_default(built: tuple[ModelDecl, Diagnostics], wire_name: str, default: Any) -> None:
    (field,) = [f for f in built[0].fields if f.wire_name == wire_name]
    assert (field.has_default, field.default) == (default is not None, default)


def test_a_default_that_is_no_value_of_a_referenced_enum_is_reported(built: tuple[ModelDecl, Diagnostics]) -> None:
    warnings = [(d.pointer, d.message) for d in built[1].warnings]
    assert warnings == [
        (
            "#/components/schemas/Holder/properties/misfit",
            'the default, "c", is not a value of the property\'s type; it is not used',
        )
    ]
