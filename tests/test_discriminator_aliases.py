"""A discriminator mapping that gives one schema several values (``cat`` and ``kitten`` both name ``Cat``):
only the first was a tag, so an answer tagged ``kitten`` was read as an unknown variant. Every value the
mapping gives a variant now selects it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pydantic
import pytest

from tests.support import generated_from, mock_client

SPEC = """
openapi: 3.0.3
info: {title: Pets, version: "1"}
components:
  schemas:
    Cat: {type: object, required: [petType], properties: {petType: {type: string}, meow: {type: boolean}}}
    Dog: {type: object, required: [petType], properties: {petType: {type: string}, bark: {type: boolean}}}
    Pet:
      oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]
      discriminator:
        propertyName: petType
        mapping: {cat: '#/components/schemas/Cat', kitten: '#/components/schemas/Cat', dog: '#/components/schemas/Dog'}
paths:
  /pets/{id}:
    get:
      operationId: getPet
      tags: [Pets]
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}
"""


@pytest.fixture(scope="module")
def pets(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with generated_from(tmp_path_factory.mktemp("pets"), SPEC, "pets_client", "Pets") as module:
        yield module


@pytest.mark.parametrize(
    ("tag", "variant"), [("cat", "Cat"), ("kitten", "Cat"), ("dog", "Dog"), ("emu", "UnknownVariant")]
)
def test_every_value_of_the_mapping_selects_its_variant(pets: Any, tag: str, variant: str) -> None:
    answer = httpx.Response(200, json={"petType": tag, "meow": True})
    pet = mock_client(pets.Pets, lambda request: answer).pets.retrieve("p1")
    assert type(pet).__name__ == variant
    assert pet.to_dict()["petType"] == tag  # the value as the server sent it


EXPRESSIONS = """
openapi: 3.0.3
info: {title: Calc, version: "1"}
components:
  schemas:
    Literal: {type: object, required: [op, value], properties: {op: {enum: [lit]}, value: {type: number}}}
    BinOp:
      type: object
      required: [op, left, right]
      properties:
        op: {type: string, enum: [add, mul]}
        left: {$ref: '#/components/schemas/Expr'}
        right: {$ref: '#/components/schemas/Expr'}
    Expr:
      oneOf: [{$ref: '#/components/schemas/Literal'}, {$ref: '#/components/schemas/BinOp'}]
      discriminator: {propertyName: op}
paths:
  /eval:
    post:
      operationId: evaluate
      requestBody: {required: true, content: {application/json: {schema: {$ref: '#/components/schemas/Expr'}}}}
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Expr'}}}}
"""


@pytest.fixture(scope="module")
def calc(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with generated_from(tmp_path_factory.mktemp("calc"), EXPRESSIONS, "calc_client", "Calc") as module:
        yield module


@pytest.mark.parametrize("op", ["add", "mul"])
def test_a_variant_without_a_mapping_is_tagged_by_the_values_it_lists_not_by_its_name(calc: Any, op: str) -> None:
    """No mapping, so OpenAPI implies BinOp's name as its value; but its `op` takes only add and mul, and
    those are what a server sends. They were read as unknown variants, and a BinOp built with op="mul" could
    not be sent (the union refused it for its tag)."""
    tree = {"op": op, "left": {"op": "lit", "value": 1}, "right": {"op": "lit", "value": 2}}
    sent: list[httpx.Request] = []
    client = mock_client(calc.Calc, lambda request: httpx.Response(200, json=tree), sent)
    expression = calc.models.BinOp(op=op, left=calc.models.LiteralModel(op="lit", value=1), right=tree["right"])
    answer = client.eval.create(body=expression)
    assert json.loads(sent[0].content) == tree
    assert type(answer).__name__ == "BinOp" and answer.op == op
    assert type(answer.left).__name__ == "LiteralModel"


def test_a_request_with_a_wrong_tag_is_refused_naming_the_tag_field(pets: Any) -> None:
    """pydantic's message names the discriminator by its function: it said ``found using tag()``."""
    adapter = pydantic.TypeAdapter(pets.models.Pet)
    with pytest.raises(pydantic.ValidationError) as refused:
        adapter.validate_python({"petType": "cow"}, context={})
    assert "Input tag 'cow' found using petType() does not match any of the expected tags" in str(refused.value)
    with pytest.raises(pydantic.ValidationError) as untagged:
        adapter.validate_python({"meow": True})
    assert "Unable to extract tag using discriminator petType()" in str(untagged.value)
