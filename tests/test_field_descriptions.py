"""A property's description reaches its field wherever the spec writes it: beside the property, in an
annotating allOf member, or inside the one variant of a union with null."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from generator.config import Config
from generator.diagnostics import Diagnostics
from generator.ir import ModelDecl
from generator.pipeline import build_api

SPEC = """
openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Target: {type: object, description: The target model, properties: {id: {type: string}}}
    Holder:
      type: object
      properties:
        beside: {$ref: '#/components/schemas/Target', description: Written beside the reference}
        in_all_of:
          allOf:
            - $ref: '#/components/schemas/Target'
            - description: Written in an allOf member
        nullable_all_of:
          anyOf:
            - allOf:
                - $ref: '#/components/schemas/Target'
                - description: Written in the variant's allOf
            - type: 'null'
        nullable_ref:
          oneOf:
            - {$ref: '#/components/schemas/Target', description: Written beside the variant's reference}
            - type: 'null'
        outer_wins:
          description: Written on the property
          anyOf:
            - {$ref: '#/components/schemas/Target', description: Written in the variant}
            - type: 'null'
        two_variants:
          anyOf:
            - {$ref: '#/components/schemas/Target', description: One variant}
            - {type: string, description: Another variant}
        plain_ref: {$ref: '#/components/schemas/Target'}
"""

EXPECTED = {
    "beside": "Written beside the reference",
    "in_all_of": "Written in an allOf member",
    "nullable_all_of": "Written in the variant's allOf",
    "nullable_ref": "Written beside the variant's reference",
    "outer_wins": "Written on the property",
    "two_variants": None,  # no one variant speaks for the property
    "plain_ref": None,  # the model's own description documents the model, not this field
}


@pytest.fixture(scope="module")
def holder(tmp_path_factory: pytest.TempPathFactory) -> ModelDecl:
    spec = Path(tmp_path_factory.mktemp("spec")) / "openapi.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    api = build_api(dataclasses.replace(Config(), spec=spec), Diagnostics())
    (model,) = [d for d in api.declarations if isinstance(d, ModelDecl) and d.symbol.name == "Holder"]
    return model


@pytest.mark.parametrize(("wire_name", "description"), EXPECTED.items())
def test_field_description(holder: ModelDecl, wire_name: str, description: str | None) -> None:
    (field,) = [f for f in holder.fields if f.wire_name == wire_name]
    assert field.description == description
