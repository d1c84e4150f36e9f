"""A discriminator mapping may point at a union's inline variants (``#/components/schemas/Pet/oneOf/0``):
such a mapping was dropped without a word, the union read by trying each variant in turn, so a dog that
happens to fit the cat's shape was read as a cat. The values now tag the inline variants they point at."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.support import generated_from, mock_client

SPEC = """
openapi: 3.1.0
info: {title: Pets, version: "1"}
components:
  schemas:
    Pet:
      oneOf:
        - {title: Cat, type: object, required: [kind], properties: {kind: {type: string}, name: {type: string}}}
        - {title: Dog, type: object, required: [kind], properties: {kind: {type: string}, name: {type: string}}}
      discriminator:
        propertyName: kind
        mapping: {cat: '#/components/schemas/Pet/oneOf/0', dog: '#/components/schemas/Pet/oneOf/1'}
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


@pytest.mark.parametrize(("tag", "variant"), [("cat", "PetCat"), ("dog", "PetDog"), ("emu", "UnknownVariant")])
def test_the_mapping_tags_the_inline_variants_it_points_at(pets: Any, tag: str, variant: str) -> None:
    answer = httpx.Response(200, json={"kind": tag, "name": "Rex"})
    pet = mock_client(pets.Pets, lambda request: answer).pets.retrieve("p1")
    assert type(pet).__name__ == variant
    assert pet.to_dict() == {"kind": tag, "name": "Rex"}
