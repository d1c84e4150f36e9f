"""Polymorphism by inheritance (generator.normalize.inheritance): a base schema names a discriminator and
others extend it with ``allOf``. A reference to the base stands for any subtype: an answer tagged ``cat``
used to be read as the base, and ``Cat``'s own fields were lost to the base's extras. Each subtype is now
read as its class, and a tag the spec does not list as the base, which it still is."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.config import Config
from generator.diagnostics import Diagnostics
from generator.pipeline import build_api
from tests.support import generated_from, mock_client, write_spec

PETS = """
openapi: 3.0.3
info: {title: Pets, version: "1"}
components:
  schemas:
    Pet:
      type: object
      required: [petType, name]
      properties:
        petType: {type: string}
        name: {type: string}
      discriminator:
        propertyName: petType
        mapping: {cat: '#/components/schemas/Cat', dog: '#/components/schemas/Dog'}
    Cat:
      allOf:
        - $ref: '#/components/schemas/Pet'
        - {type: object, properties: {meows: {type: boolean}}}
    Dog:
      allOf:
        - $ref: '#/components/schemas/Pet'
        - {type: object, properties: {barks: {type: boolean}}}
    Bird:
      allOf: [{$ref: '#/components/schemas/Pet'}]
    Owner:
      type: object
      properties:
        pets: {type: array, items: {$ref: '#/components/schemas/Pet'}}
        favourite: {allOf: [{$ref: '#/components/schemas/Pet'}], description: The one they like best.}
paths:
  /pets/{id}:
    get:
      operationId: getPet
      tags: [Pets]
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}
  /pets:
    post:
      operationId: createPet
      tags: [Pets]
      requestBody: {required: true, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}
  /owners/{id}:
    get:
      operationId: getOwner
      tags: [Owners]
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Owner'}}}}
"""


@pytest.fixture(scope="module")
def pets(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with generated_from(tmp_path_factory.mktemp("pets"), PETS, "pets_client", "Pets") as module:
        yield module


def _answering(pets: Any, body: Any, sent: list[httpx.Request] | None = None) -> Any:
    return mock_client(pets.Pets, lambda request: httpx.Response(200, json=body), sent)


@pytest.mark.parametrize(
    ("tag", "variant"), [("cat", "Cat"), ("dog", "Dog"), ("Bird", "Bird"), ("Pet", "Pet"), ("emu", "Pet")]
)
def test_an_answer_is_read_as_the_subtype_its_tag_names(pets: Any, tag: str, variant: str) -> None:
    answer = {"petType": tag, "name": "Rex", "meows": True}
    pet = _answering(pets, answer).pets.retrieve("p1")
    assert type(pet).__name__ in (variant, "Pet") and type(pet) is getattr(pets.models, variant)
    assert pet.to_dict() == answer  # a subtype's own fields, or a base's extras, as sent


def test_a_cat_keeps_its_own_fields(pets: Any) -> None:
    cat = _answering(pets, {"petType": "cat", "name": "Tom", "meows": True}).pets.retrieve("p1")
    assert isinstance(cat, pets.models.Cat) and cat.meows is True


def test_properties_and_list_items_of_the_base_are_polymorphic_too(pets: Any) -> None:
    answer = {"pets": [{"petType": "dog", "name": "Rex", "barks": True}], "favourite": {"petType": "cat", "name": "T"}}
    owner = _answering(pets, answer).owners.retrieve("o1")
    assert isinstance(owner.pets[0], pets.models.Dog) and owner.pets[0].barks is True
    assert isinstance(owner.favourite, pets.models.Cat)


def test_a_body_of_the_base_takes_any_subtype(pets: Any) -> None:
    sent: list[httpx.Request] = []
    client = _answering(pets, {"petType": "dog", "name": "Rex"}, sent)
    client.pets.create(body=pets.models.Cat(pet_type="cat", name="Tom", meows=True))
    client.pets.create(body=pets.models.Pet(pet_type="emu", name="Emma"))
    assert [json.loads(request.content) for request in sent] == [
        {"petType": "cat", "name": "Tom", "meows": True},
        {"petType": "emu", "name": "Emma"},
    ]


def _warnings(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    diagnostics = Diagnostics()
    config = dataclasses.replace(Config(), spec=write_spec(tmp_path, text))
    build_api(config, diagnostics)
    return [(item.pointer, item.code) for item in diagnostics.warnings]


def test_without_a_mapping_each_subtype_is_tagged_by_its_name(tmp_path: Path) -> None:
    unmapped = PETS.replace("        mapping: {cat: '#/components/schemas/Cat', dog: '#/components/schemas/Dog'}\n", "")
    assert unmapped != PETS
    with generated_from(tmp_path, unmapped, "unmapped_client", "Pets") as module:
        assert type(_answering(module, {"petType": "Cat", "name": "T"}).pets.retrieve("p")) is module.models.Cat
        assert type(_answering(module, {"petType": "cat", "name": "T"}).pets.retrieve("p")) is module.models.Pet


def test_a_discriminator_that_nothing_extends_is_reported(tmp_path: Path) -> None:
    alone = """
openapi: 3.0.3
info: {title: Pets, version: "1"}
components:
  schemas:
    Pet:
      type: object
      properties: {petType: {type: string}}
      discriminator: {propertyName: petType}
paths:
  /pets/{id}:
    get:
      operationId: getPet
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}
"""
    assert _warnings(tmp_path, alone) == [("#/components/schemas/Pet/discriminator", "schema.discriminator-unused")]
    assert _warnings(tmp_path, PETS) == []
