"""Rules where two parts of a spec meet: allOf members merged (R7 with R8 and R10), the 3.0 boolean
exclusiveMaximum, an implied discriminator between two candidates, constants without a type, path-level
parameters overridden by the operation's, and positional path arguments in the template's order.

Each spec is generated here and its package exercised, so the rule is checked by behaviour, not bytes.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pydantic
import pytest

from generator.config import Config
from tests.support import generate, imported, write_spec

SPEC = """
openapi: 3.0.3
info: {title: Meetings, version: "1"}
paths:
  /orgs/{org_id}/projects/{project_id}:
    parameters:
      - {name: verbose, in: query, schema: {type: string}}
    get:
      operationId: getProject
      tags: [Projects]
      parameters:
        - {name: project_id, in: path, required: true, schema: {type: string}}
        - {name: org_id, in: path, required: true, schema: {type: string}}
        - {name: verbose, in: query, schema: {type: boolean}}
      responses:
        "204": {description: none}
components:
  schemas:
    Bounded:
      type: object
      properties:
        below: {type: number, maximum: 10, exclusiveMaximum: true}
    Loose:
      type: object
      properties:
        name: {type: string, minLength: 2, maxLength: 20}
        size: {type: integer, minimum: 0, maximum: 100}
    Tight:
      type: object
      additionalProperties: false
      properties:
        name: {type: string, minLength: 5, maxLength: 8}
        size: {type: integer, minimum: 10, maximum: 50}
    Merged:
      allOf:
        - $ref: "#/components/schemas/Loose"
        - $ref: "#/components/schemas/Tight"
    Cat:
      type: object
      required: [type, kind]
      properties:
        type: {type: string, enum: [cat]}
        kind: {type: string, enum: [feline]}
    Dog:
      type: object
      required: [type, kind]
      properties:
        type: {type: string, enum: [dog]}
        kind: {type: string, enum: [canine]}
    Pet:
      type: object
      properties:
        animal:
          oneOf:
            - $ref: "#/components/schemas/Cat"
            - $ref: "#/components/schemas/Dog"
    Tagged:
      type: object
      required: [tag]
      properties:
        tag: {const: t1}
        maybe: {enum: [a, null]}
"""


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    folder = tmp_path_factory.mktemp("meetings")
    config = Config(package_name="meetings_client", client_name="Client")
    out = generate(write_spec(folder, SPEC), folder / "out", config)
    with imported(out, "meetings_client") as module:
        yield module


def test_a_boolean_exclusive_maximum_excludes_the_bound(package: Any) -> None:
    Bounded = package.models.Bounded
    assert Bounded(below=9.99).below == 9.99
    with pytest.raises(pydantic.ValidationError):
        Bounded(below=10)


def test_merged_members_keep_the_tighter_bound_of_each(package: Any) -> None:
    Merged = package.models.Merged
    assert Merged(name="abcde", size=10).to_dict() == {"name": "abcde", "size": 10}
    for bad in ({"name": "abc"}, {"name": "abcdefghi"}, {"size": 5}, {"size": 60}):
        with pytest.raises(pydantic.ValidationError):
            Merged(**bad)


def test_a_closed_member_closes_the_merged_model(package: Any) -> None:
    Merged = package.models.Merged
    assert Merged.__closed__ is True
    with pytest.raises(pydantic.ValidationError):
        Merged.model_validate({"name": "abcde", "unknown": 1})


def test_the_implied_discriminator_prefers_the_property_named_type(package: Any) -> None:
    pet = package.models.Pet.model_validate({"animal": {"type": "dog", "kind": "canine"}})
    assert type(pet.animal).__name__ == "Dog"
    # both properties pin one value per variant; the tag is read from `type`, so a dog that says it is
    # feline is a Dog with a wrong kind, not a Cat with a wrong type
    with pytest.raises(pydantic.ValidationError) as raised:
        package.models.Pet(animal={"type": "dog", "kind": "feline"})
    assert raised.value.errors()[0]["loc"][:3] == ("animal", "dog", "kind")


def test_a_constant_without_a_type_is_not_nullable_unless_it_lists_null(package: Any) -> None:
    Tagged = package.models.Tagged
    assert Tagged(tag="t1").tag == "t1"
    with pytest.raises(pydantic.ValidationError):
        Tagged(tag=None)
    assert Tagged(tag="t1", maybe=None).to_dict() == {"tag": "t1", "maybe": None}


def _client(package: Any, seen: list[httpx.Request]) -> Any:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    return package.Client(
        api_key="k", base_url="http://api.test", http_client=httpx.Client(transport=httpx.MockTransport(answer))
    )


def test_positional_path_arguments_follow_the_template_not_the_declaration_order(package: Any) -> None:
    seen: list[httpx.Request] = []
    _client(package, seen).projects.retrieve("org-1", "proj-2")
    assert seen[0].url.path == "/orgs/org-1/projects/proj-2"


def test_the_operations_parameter_overrides_the_path_levels_of_the_same_name(package: Any) -> None:
    seen: list[httpx.Request] = []
    _client(package, seen).projects.retrieve("o", "p", verbose=True)
    assert seen[0].url.params["verbose"] == "true"  # the operation's boolean, not the path level's string
    with pytest.raises(pydantic.ValidationError):
        _client(package, seen).projects.retrieve("o", "p", verbose="loud")


def test_the_fixture_spec_is_valid_for_the_generator(tmp_path: Path) -> None:
    # the module fixture would hide a spec that stopped generating behind an import error
    out = generate(write_spec(tmp_path, SPEC), tmp_path / "out", Config(package_name="m", client_name="C"))
    assert (out / "m" / "models" / "merged.py").is_file()
