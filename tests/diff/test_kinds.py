"""Every kind of change in generator/diff/kinds.py, backed by a fixture pair and its exact report.

Each folder of tests/diff/fixtures/ holds ``old.yaml`` and ``new.yaml`` (written by make_fixtures.py):
one edit to a small API. The expected report lists every change the pair gives, with its class,
direction, message and pointer, so a change of wording or of classification is a deliberate edit here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.config import Config
from generator.diff.kinds import KINDS
from generator.diff.run import diff_files

from . import make_fixtures

FIXTURES = Path(__file__).parent / "fixtures"
DOCS = Path(__file__).parents[2] / "docs" / "diff.md"
CONFIG = Config(package_name="pets_client", client_name="Pets")

# kind -> every change of its pair: (kind, class, direction, message, pointer)
EXPECTED: dict[str, list[tuple[str, str, str, str, str]]] = {
    "api-version-changed": [
        ("api-version-changed", "non-breaking", "none", "API: info.version '1.0' -> '1.1'", "#/info/version"),
    ],
    "argument-renamed": [
        (
            "argument-renamed",
            "breaking",
            "request",
            "pets.retrieve(id=): argument `pet_id` renamed to `id`",
            "#/paths/~1v1~1pet~1{id}/get/parameters/0",
        ),
    ],
    "default-changed": [
        (
            "default-changed",
            "non-breaking",
            "none",
            "pets.create() body.kind: default 'cat' -> 'dog'",
            "#/components/schemas/CreatePet/properties/kind",
        ),
    ],
    "deprecated": [
        ("deprecated", "non-breaking", "none", "pets.retrieve(): deprecated", "#/paths/~1v1~1pet~1{pet_id}/get"),
    ],
    "deprecation-removed": [
        (
            "deprecation-removed",
            "non-breaking",
            "none",
            "pets.retrieve(): no longer deprecated",
            "#/paths/~1v1~1pet~1{pet_id}/get",
        ),
    ],
    "description-changed": [
        (
            "description-changed",
            "non-breaking",
            "none",
            "pets.retrieve(): summary or description changed",
            "#/paths/~1v1~1pet~1{pet_id}/get",
        ),
    ],
    "discriminator-changed": [
        (
            "discriminator-changed",
            "breaking",
            "none",
            "Pet.owner: variant Person tagged 'human', was 'person'",
            "#/components/schemas/Pet/properties/owner",
        ),
        (
            "response-enum-value-added",
            "non-breaking",
            "response",
            "Person.type: may carry the new value 'human'",
            "#/components/schemas/Person/properties/type",
        ),
        (
            "response-enum-value-removed",
            "non-breaking",
            "response",
            "Person.type: no longer lists the value 'person'",
            "#/components/schemas/Person/properties/type",
        ),
    ],
    "response-optional-became-nullable": [
        (
            "response-optional-became-nullable",
            "non-breaking",
            "response",
            "Pet.petName: may now be null",
            "#/components/schemas/Pet/properties/petName",
        ),
    ],
    "unclassified-change": [
        (
            "unclassified-change",
            "non-breaking",
            "none",
            "API: the client built from the spec changes in a way the comparison does not classify",
            "#",
        ),
    ],
    "union-tagging-changed": [
        (
            "union-tagging-changed",
            "non-breaking",
            "none",
            "Pet.owner: variants no longer told apart by a property",
            "#/components/schemas/Pet/properties/owner",
        ),
        (
            "response-enum-dropped",
            "non-breaking",
            "response",
            "Shelter.type: no longer an enum (str); the client already kept unlisted values",
            "#/components/schemas/Shelter/properties/type",
        ),
    ],
    "field-renamed": [
        (
            "field-renamed",
            "breaking",
            "none",
            "Pet.petName: Python attribute `pet_name` renamed to `pet_name_`",
            "#/components/schemas/Pet/properties/petName",
        ),
        (
            "response-field-added",
            "non-breaking",
            "response",
            "Pet.pet_name: new field",
            "#/components/schemas/Pet/properties/pet_name",
        ),
    ],
    "format-changed": [
        (
            "format-changed",
            "non-breaking",
            "none",
            "Pet.id: format changed from none to uuid",
            "#/components/schemas/Pet/properties/id",
        ),
    ],
    "method-renamed": [
        (
            "method-renamed",
            "breaking",
            "none",
            "pet.retrieve(): renamed from client.pets.retrieve()",
            "#/paths/~1v1~1pet~1{pet_id}/get",
        ),
    ],
    "model-added": [
        ("model-added", "non-breaking", "none", "Owner: new model Owner", "#/components/schemas/Owner"),
    ],
    "model-removed": [
        ("model-removed", "breaking", "none", "Error: model Error removed", "#/components/schemas/Error"),
    ],
    "model-renamed": [
        ("model-renamed", "breaking", "none", "Animal: model Pet renamed to Animal", "#/components/schemas/Animal"),
    ],
    "operation-added": [
        (
            "operation-added",
            "non-breaking",
            "none",
            "owners.list(): new operation GET /v1/owner",
            "#/paths/~1v1~1owner/get",
        ),
    ],
    "operation-id-changed": [
        (
            "operation-id-changed",
            "non-breaking",
            "none",
            "pets.retrieve(): operationId 'getPet' -> 'fetchPet'",
            "#/paths/~1v1~1pet~1{pet_id}/get",
        ),
    ],
    "operation-path-changed": [
        (
            "operation-path-changed",
            "breaking",
            "none",
            "pets.retrieve(): moved from GET /v1/pet/{pet_id} to GET /v1/pets/{pet_id}",
            "#/paths/~1v1~1pets~1{pet_id}/get",
        ),
    ],
    "operation-removed": [
        (
            "operation-removed",
            "breaking",
            "none",
            "pets.retrieve(): operation GET /v1/pet/{pet_id} removed",
            "#/paths/~1v1~1pet~1{pet_id}/get",
        ),
    ],
    "pagination-added": [
        (
            "pagination-added",
            "breaking",
            "response",
            "pets.list(): now returns a page of objects",
            "#/paths/~1v1~1pet/get",
        ),
        (
            "parameter-added",
            "non-breaking",
            "request",
            "pets.list(): new optional query parameter `starting_after`",
            "#/paths/~1v1~1pet/get/parameters/1",
        ),
    ],
    "pagination-changed": [
        (
            "parameter-removed",
            "breaking",
            "request",
            "pets.list(): query parameter `starting_after` removed",
            "#/paths/~1v1~1pet/get/parameters/1",
        ),
        (
            "response-field-removed",
            "breaking",
            "response",
            "PetsListResponse.objects: field removed",
            "#/paths/~1v1~1pet/get/responses/200/content/application~1json/schema/properties/objects",
        ),
        (
            "parameter-added",
            "non-breaking",
            "request",
            "pets.list(): new optional query parameter `cursor`",
            "#/paths/~1v1~1pet/get/parameters/1",
        ),
        (
            "response-field-added",
            "non-breaking",
            "response",
            "PetsListResponse.cursor: new field",
            "#/paths/~1v1~1pet/get/responses/200/content/application~1json/schema/properties/cursor",
        ),
        (
            "response-field-added",
            "non-breaking",
            "response",
            "PetsListResponse.events: new field",
            "#/paths/~1v1~1pet/get/responses/200/content/application~1json/schema/properties/events",
        ),
        (
            "pagination-changed",
            "non-breaking",
            "response",
            "pets.list(): pages by cursor over events, was starting_after over objects",
            "#/paths/~1v1~1pet/get",
        ),
    ],
    "pagination-removed": [
        (
            "pagination-removed",
            "breaking",
            "response",
            "pets.list(): no longer returns a page",
            "#/paths/~1v1~1pet/get",
        ),
        (
            "parameter-removed",
            "breaking",
            "request",
            "pets.list(): query parameter `starting_after` removed",
            "#/paths/~1v1~1pet/get/parameters/1",
        ),
    ],
    "parameter-added": [
        (
            "parameter-added",
            "non-breaking",
            "request",
            "pets.list(): new optional query parameter `offset`",
            "#/paths/~1v1~1pet/get/parameters/1",
        ),
    ],
    "parameter-added-required": [
        (
            "parameter-added-required",
            "breaking",
            "request",
            "pets.list(): new required query parameter `owner`",
            "#/paths/~1v1~1pet/get/parameters/1",
        ),
    ],
    "parameter-became-optional": [
        (
            "parameter-became-optional",
            "non-breaking",
            "request",
            "pets.list(limit=): became optional",
            "#/paths/~1v1~1pet/get/parameters/0",
        ),
    ],
    "parameter-became-required": [
        (
            "parameter-became-required",
            "breaking",
            "request",
            "pets.list(limit=): became required",
            "#/paths/~1v1~1pet/get/parameters/0",
        ),
    ],
    "parameter-location-changed": [
        (
            "parameter-location-changed",
            "breaking",
            "request",
            "pets.list(limit=): moved from the query to the header",
            "#/paths/~1v1~1pet/get/parameters/0",
        ),
    ],
    "parameter-removed": [
        (
            "parameter-removed",
            "breaking",
            "request",
            "pets.list(): query parameter `limit` removed",
            "#/paths/~1v1~1pet/get/parameters/0",
        ),
    ],
    "request-became-non-nullable": [
        (
            "request-became-non-nullable",
            "breaking",
            "request",
            "pets.create() body.nickname: may no longer be null",
            "#/components/schemas/CreatePet/properties/nickname",
        ),
    ],
    "request-became-nullable": [
        (
            "request-became-nullable",
            "non-breaking",
            "request",
            "pets.create() body.note: may now be null",
            "#/components/schemas/CreatePet/properties/note",
        ),
    ],
    "request-body-added": [
        (
            "request-body-added",
            "non-breaking",
            "request",
            "pets.feed() body: new optional request body",
            "#/paths/~1v1~1pet~1{pet_id}~1feed/post/requestBody/content/application~1json/schema",
        ),
    ],
    "request-body-added-required": [
        (
            "request-body-added-required",
            "breaking",
            "request",
            "pets.feed() body: new required request body",
            "#/paths/~1v1~1pet~1{pet_id}~1feed/post/requestBody/content/application~1json/schema",
        ),
    ],
    "request-body-became-optional": [
        (
            "request-body-became-optional",
            "non-breaking",
            "request",
            "pets.feed() body: became optional",
            "#/paths/~1v1~1pet~1{pet_id}~1feed/post/requestBody/content/application~1json/schema",
        ),
    ],
    "request-body-became-required": [
        (
            "request-body-became-required",
            "breaking",
            "request",
            "pets.feed() body: became required",
            "#/paths/~1v1~1pet~1{pet_id}~1feed/post/requestBody/content/application~1json/schema",
        ),
    ],
    "request-body-removed": [
        (
            "request-body-removed",
            "breaking",
            "request",
            "pets.feed(): request body removed",
            "#/paths/~1v1~1pet~1{pet_id}~1feed/post/requestBody/content/application~1json/schema",
        ),
    ],
    "request-constraint-relaxed": [
        (
            "request-constraint-relaxed",
            "non-breaking",
            "request",
            "pets.create() body.name: relaxed: maxLength 50 -> 100",
            "#/components/schemas/CreatePet/properties/name",
        ),
    ],
    "request-constraint-tightened": [
        (
            "request-constraint-tightened",
            "breaking",
            "request",
            "pets.create() body.name: tightened: maxLength 50 -> 20",
            "#/components/schemas/CreatePet/properties/name",
        ),
    ],
    "request-content-type-changed": [
        (
            "request-content-type-changed",
            "breaking",
            "request",
            "pets.create() body: sent as application/merge-patch+json, was application/json",
            "#/paths/~1v1~1pet/post/requestBody/content/application~1merge-patch+json/schema",
        ),
    ],
    "request-enum-value-added": [
        (
            "request-enum-value-added",
            "non-breaking",
            "request",
            "pets.create() body.kind: accepts the new value 'bird'",
            "#/components/schemas/CreatePet/properties/kind",
        ),
    ],
    "request-enum-value-removed": [
        (
            "request-enum-value-removed",
            "breaking",
            "request",
            "pets.create() body.kind: no longer accepts the value 'dog'",
            "#/components/schemas/CreatePet/properties/kind",
        ),
    ],
    "request-extra-allowed": [
        (
            "request-extra-allowed",
            "non-breaking",
            "request",
            "pets.create() body: now accepts undeclared keys",
            "#/components/schemas/CreatePet",
        ),
    ],
    "request-extra-forbidden": [
        (
            "request-extra-forbidden",
            "breaking",
            "request",
            "pets.create() body: no longer accepts undeclared keys",
            "#/components/schemas/CreatePet",
        ),
    ],
    "request-field-added": [
        (
            "request-field-added",
            "non-breaking",
            "request",
            "pets.create() body.color: new optional field",
            "#/components/schemas/CreatePet/properties/color",
        ),
    ],
    "request-field-added-required": [
        (
            "request-field-added-required",
            "breaking",
            "request",
            "pets.create() body.owner: new required field",
            "#/components/schemas/CreatePet/properties/owner",
        ),
    ],
    "request-field-became-optional": [
        (
            "request-field-became-optional",
            "non-breaking",
            "request",
            "pets.create() body.name: became optional",
            "#/components/schemas/CreatePet/properties/name",
        ),
    ],
    "request-field-became-required": [
        (
            "request-field-became-required",
            "breaking",
            "request",
            "pets.create() body.weight: became required",
            "#/components/schemas/CreatePet/properties/weight",
        ),
    ],
    "request-field-removed": [
        (
            "request-field-removed",
            "breaking",
            "request",
            "pets.create() body.note: field removed",
            "#/components/schemas/CreatePet/properties/note",
        ),
    ],
    "request-type-narrowed": [
        (
            "request-type-narrowed",
            "breaking",
            "request",
            "pets.create() body.weight: type narrowed from float to int",
            "#/components/schemas/CreatePet/properties/weight",
        ),
    ],
    "request-type-widened": [
        (
            "request-type-widened",
            "non-breaking",
            "request",
            "pets.create() body.weight: type widened from int to float",
            "#/components/schemas/CreatePet/properties/weight",
        ),
    ],
    "request-variant-added": [
        (
            "request-variant-added",
            "non-breaking",
            "request",
            "pets.create() body.toy: accepts a new variant bool",
            "#/components/schemas/CreatePet/properties/toy",
        ),
    ],
    "request-variant-removed": [
        (
            "request-variant-removed",
            "breaking",
            "request",
            "pets.create() body.toy: no longer accepts the variant int",
            "#/components/schemas/CreatePet/properties/toy",
        ),
    ],
    "response-became-non-nullable": [
        (
            "response-became-non-nullable",
            "non-breaking",
            "response",
            "Pet.age: may no longer be null",
            "#/components/schemas/Pet/properties/age",
        ),
    ],
    "response-became-nullable": [
        (
            "response-became-nullable",
            "breaking",
            "response",
            "Pet.name: may now be null",
            "#/components/schemas/Pet/properties/name",
        ),
    ],
    "response-constraint-relaxed": [
        (
            "response-constraint-relaxed",
            "non-breaking",
            "response",
            "Pet.rating: relaxed: maximum <= 5 -> <= 10",
            "#/components/schemas/Pet/properties/rating",
        ),
    ],
    "response-constraint-tightened": [
        (
            "response-constraint-tightened",
            "non-breaking",
            "response",
            "Pet.rating: tightened: maximum <= 5 -> <= 3",
            "#/components/schemas/Pet/properties/rating",
        ),
    ],
    "response-enum-dropped": [
        (
            "response-enum-dropped",
            "non-breaking",
            "response",
            "Pet.status: no longer an enum (str); the client already kept unlisted values",
            "#/components/schemas/Pet/properties/status",
        ),
    ],
    "response-enum-value-added": [
        (
            "response-enum-value-added",
            "non-breaking",
            "response",
            "Pet.status: may carry the new value 'pending'",
            "#/components/schemas/Pet/properties/status",
        ),
    ],
    "response-enum-value-removed": [
        (
            "response-enum-value-removed",
            "non-breaking",
            "response",
            "Pet.status: no longer lists the value 'sold'",
            "#/components/schemas/Pet/properties/status",
        ),
    ],
    "response-field-added": [
        (
            "response-field-added",
            "non-breaking",
            "response",
            "Pet.color: new field",
            "#/components/schemas/Pet/properties/color",
        ),
    ],
    "response-field-became-optional": [
        (
            "response-field-became-optional",
            "breaking",
            "response",
            "Pet.status: became optional",
            "#/components/schemas/Pet/properties/status",
        ),
    ],
    "response-field-became-required": [
        (
            "response-field-became-required",
            "non-breaking",
            "response",
            "Pet.tags: became required",
            "#/components/schemas/Pet/properties/tags",
        ),
    ],
    "response-field-removed": [
        (
            "response-field-removed",
            "breaking",
            "response",
            "Pet.tags: field removed",
            "#/components/schemas/Pet/properties/tags",
        ),
    ],
    "response-kind-changed": [
        (
            "response-kind-changed",
            "breaking",
            "response",
            "pets.retrieve() response: response changed from json to text",
            "#/paths/~1v1~1pet~1{pet_id}/get/responses/200/content/text~1plain/schema",
        ),
    ],
    "response-alternative-added": [
        (
            "response-alternative-added",
            "breaking",
            "response",
            "pets.create() response: status 202 answers with a type of its own",
            "#/paths/~1v1~1pet/post/responses/202",
        ),
    ],
    "response-alternative-removed": [
        (
            "response-alternative-removed",
            "non-breaking",
            "response",
            "pets.create() response: status 202 no longer has a type of its own",
            "#/paths/~1v1~1pet/post/responses/202",
        ),
    ],
    "operation-server-changed": [
        (
            "operation-server-changed",
            "non-breaking",
            "none",
            "pets.create(): sent to https://uploads.example.com, not the client's base URL",
            "#/paths/~1v1~1pet/post/servers",
        ),
    ],
    "response-status-changed": [
        (
            "response-status-changed",
            "non-breaking",
            "response",
            "pets.create() response: success status 200 -> 201",
            "#/paths/~1v1~1pet/post/responses/201/content/application~1json/schema",
        ),
    ],
    "response-tagged-variant-added": [
        ("model-added", "non-breaking", "none", "Breeder: new model Breeder", "#/components/schemas/Breeder"),
        (
            "response-tagged-variant-added",
            "non-breaking",
            "response",
            "Pet.owner: may carry a new variant Breeder (tag 'breeder')",
            "#/components/schemas/Pet/properties/owner",
        ),
    ],
    "response-type-narrowed": [
        (
            "response-became-non-nullable",
            "non-breaking",
            "response",
            "Pet.metadata: may no longer be null",
            "#/components/schemas/Pet/properties/metadata",
        ),
        (
            "response-type-narrowed",
            "non-breaking",
            "response",
            "Pet.metadata: type narrowed from any JSON value to str",
            "#/components/schemas/Pet/properties/metadata",
        ),
    ],
    "response-type-widened": [
        (
            "response-type-widened",
            "breaking",
            "response",
            "Pet.age: type widened from int | None to float | None",
            "#/components/schemas/Pet/properties/age",
        ),
    ],
    "response-variant-added": [
        (
            "response-variant-added",
            "breaking",
            "response",
            "Pet.toy: may carry a new variant bool",
            "#/components/schemas/Pet/properties/toy",
        ),
    ],
    "response-variant-removed": [
        (
            "response-variant-removed",
            "non-breaking",
            "response",
            "Pet.toy: no longer carries the variant int",
            "#/components/schemas/Pet/properties/toy",
        ),
    ],
    "security-requirement-added": [
        (
            "security-requirement-added",
            "breaking",
            "request",
            "pets.list(): now requires credentials",
            "#/paths/~1v1~1pet/get",
        ),
        (
            "security-requirement-added",
            "breaking",
            "request",
            "pets.create(): now requires credentials",
            "#/paths/~1v1~1pet/post",
        ),
        (
            "security-requirement-added",
            "breaking",
            "request",
            "pets.retrieve(): now requires credentials",
            "#/paths/~1v1~1pet~1{pet_id}/get",
        ),
        (
            "security-requirement-added",
            "breaking",
            "request",
            "pets.feed(): now requires credentials",
            "#/paths/~1v1~1pet~1{pet_id}~1feed/post",
        ),
    ],
    "security-requirement-removed": [
        (
            "security-requirement-removed",
            "non-breaking",
            "request",
            "pets.list(): no longer requires credentials",
            "#/paths/~1v1~1pet/get",
        ),
        (
            "security-requirement-removed",
            "non-breaking",
            "request",
            "pets.create(): no longer requires credentials",
            "#/paths/~1v1~1pet/post",
        ),
        (
            "security-requirement-removed",
            "non-breaking",
            "request",
            "pets.retrieve(): no longer requires credentials",
            "#/paths/~1v1~1pet~1{pet_id}/get",
        ),
        (
            "security-requirement-removed",
            "non-breaking",
            "request",
            "pets.feed(): no longer requires credentials",
            "#/paths/~1v1~1pet~1{pet_id}~1feed/post",
        ),
    ],
    "security-scheme-added": [
        (
            "security-scheme-added",
            "non-breaking",
            "none",
            "API: new security scheme 'apiKey'",
            "#/components/securitySchemes/apiKey",
        ),
    ],
    "security-scheme-changed": [
        (
            "security-scheme-changed",
            "breaking",
            "none",
            "API: security scheme 'bearerAuth' changed from bearer (header) to api_key (header X-API-Key)",
            "#/components/securitySchemes/bearerAuth",
        ),
    ],
    "security-scheme-removed": [
        (
            "security-scheme-removed",
            "breaking",
            "none",
            "API: security scheme 'bearerAuth' removed",
            "#/components/securitySchemes/bearerAuth",
        ),
    ],
    "server-changed": [
        (
            "server-changed",
            "non-breaking",
            "none",
            "API: default base URL 'https://api.example.com' -> 'https://api.example.org'",
            "#/servers/0",
        ),
    ],
    "type-changed": [
        (
            "type-changed",
            "breaking",
            "none",
            "Pet.id: type changed from str to int",
            "#/components/schemas/Pet/properties/id",
        ),
    ],
}


@pytest.mark.parametrize("kind", sorted(EXPECTED))
def test_fixture_pair_gives_its_kind_class_and_message(kind: str) -> None:
    report = diff_files(CONFIG, FIXTURES / kind / "old.yaml", FIXTURES / kind / "new.yaml")
    got = [(c.kind.code, c.kind.classification, c.direction, c.message, c.pointer) for c in report.changes]
    assert got == EXPECTED[kind]
    assert kind in {c.kind.code for c in report.changes}
    own = next(c for c in report.changes if c.kind.code == kind)
    assert own.kind.classification == KINDS[kind].classification
    if own.direction != "none":
        assert own.operations, "a change read in a direction names the operations it reaches"


def test_every_kind_has_a_fixture_pair_and_an_expectation() -> None:
    folders = {p.name for p in FIXTURES.iterdir() if p.is_dir()}
    assert set(KINDS) == set(EXPECTED) == folders
    assert len(KINDS) >= 30


def test_fixture_files_are_what_make_fixtures_writes() -> None:
    for kind, (old, new) in make_fixtures.pairs().items():
        assert (FIXTURES / kind / "old.yaml").read_text() == old, kind
        assert (FIXTURES / kind / "new.yaml").read_text() == new, kind


def test_docs_table_lists_every_kind_with_its_class_and_fixture() -> None:
    rows = re.findall(
        r"^\| `([a-z-]+)` \| (breaking|non-breaking) \| (major|minor|patch) \| ([a-z]+) \|", DOCS.read_text(), re.M
    )
    documented = {code: (klass, bump, side) for code, klass, bump, side in rows}
    assert set(documented) == set(KINDS)
    for code, kind in KINDS.items():
        assert documented[code] == (kind.classification, kind.bump.label, kind.side), code
