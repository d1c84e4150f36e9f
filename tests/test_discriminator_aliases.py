"""A discriminator mapping that gives one schema several values (``cat`` and ``kitten`` both name ``Cat``):
only the first was a tag, so an answer tagged ``kitten`` was read as an unknown variant. Every value the
mapping gives a variant now selects it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
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
