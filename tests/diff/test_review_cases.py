"""Edits that change the generated client but that no fixture pair of test_kinds.py covers: each was once
reported as "no API changes" (or as breaking where readers see no difference), so a release pipeline
would have shipped changed code under an unchanged version (or bumped major for nothing)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.config import Config
from generator.diff.run import diff_files

CONFIG = Config(package_name="pets_client", client_name="Pets")

BASE: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Pets", "version": "1.0"},
    "paths": {
        "/pets/{id}": {
            "get": {
                "operationId": "getPet",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}},
                    {"name": "X-Trace-Id", "in": "header", "schema": {"type": "string"}},
                    {"name": "ids", "in": "query", "schema": {"type": "array", "items": {"type": "integer"}}},
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}},
                    }
                },
            }
        },
        "/pets": {
            "post": {
                "operationId": "createPet",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}},
                },
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}},
                    }
                },
            }
        },
    },
    "components": {
        "schemas": {
            "Pet": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string"},
                    "weight": {"type": "number", "enum": [0.5, 1.5, 2.5]},
                    "animal": {
                        "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
                        "discriminator": {"propertyName": "kind", "mapping": {"cat": "Cat", "dog": "Dog"}},
                    },
                },
            },
            "Cat": {"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string"}}},
            "Dog": {"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string"}}},
        }
    },
}


def _pet(document: dict[str, Any]) -> dict[str, Any]:
    properties: dict[str, Any] = document["components"]["schemas"]["Pet"]["properties"]
    return properties


def _parameter(document: dict[str, Any], name: str) -> dict[str, Any]:
    parameters = document["paths"]["/pets/{id}"]["get"]["parameters"]
    found: dict[str, Any] = next(p for p in parameters if p["name"] == name)
    return found


def _kinds(
    tmp_path: Path, edit: Callable[[dict[str, Any]], object], old_edit: Callable[[dict[str, Any]], object] | None = None
) -> list[tuple[str, str]]:
    old, new = copy.deepcopy(BASE), copy.deepcopy(BASE)
    if old_edit is not None:
        old_edit(old)
    edit(new)
    tmp_path.mkdir(parents=True, exist_ok=True)
    for name, document in (("old.yaml", old), ("new.yaml", new)):
        (tmp_path / name).write_text(yaml.safe_dump(document, sort_keys=False))
    report = diff_files(CONFIG, tmp_path / "old.yaml", tmp_path / "new.yaml")
    return sorted({(change.kind.code, change.message) for change in report.changes})


def test_a_body_field_made_read_only_is_an_argument_removed(tmp_path: Path) -> None:
    kinds = _kinds(tmp_path, lambda d: _pet(d)["name"].__setitem__("readOnly", True))
    assert kinds == [("request-field-removed", "pets.create(name=): became read-only: no longer an argument")]


def test_a_discriminator_value_renamed_is_breaking(tmp_path: Path) -> None:
    kinds = _kinds(
        tmp_path, lambda d: _pet(d)["animal"]["discriminator"].__setitem__("mapping", {"feline": "Cat", "dog": "Dog"})
    )
    assert kinds == [("discriminator-changed", "pets.create() body.animal: variant Cat tagged 'feline', was 'cat'")]


def test_numbers_an_enum_no_longer_lists_are_refused_in_requests(tmp_path: Path) -> None:
    kinds = _kinds(tmp_path, lambda d: _pet(d)["weight"].__setitem__("enum", [0.5]))
    assert ("request-enum-value-removed", "pets.create() body.weight: no longer accepts the value 1.5") in kinds
    assert ("response-enum-value-removed", "pets.create() body.weight: no longer lists the value 2.5") in kinds
    assert {kind for kind, _ in kinds} == {"request-enum-value-removed", "response-enum-value-removed"}


def test_an_optional_response_field_made_nullable_is_a_patch_and_a_required_one_breaks(tmp_path: Path) -> None:
    optional = _kinds(tmp_path, lambda d: _pet(d)["weight"].__setitem__("nullable", True))
    assert ("response-optional-became-nullable", "pets.create() body.weight: may now be null") in optional
    assert ("request-became-nullable", "pets.create() body.weight: may now be null") in optional
    assert not any(kind == "response-became-nullable" for kind, _ in optional)
    required = _kinds(tmp_path, lambda d: _pet(d)["name"].__setitem__("nullable", True))
    assert ("response-became-nullable", "pets.create() body.name: may now be null") in required


def test_a_header_whose_name_changes_case_only_is_the_same_parameter(tmp_path: Path) -> None:
    kinds = _kinds(tmp_path, lambda d: _parameter(d, "X-Trace-Id").__setitem__("name", "x-trace-id"))
    assert not any(kind.startswith("parameter-") for kind, _ in kinds), kinds


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(lambda d: _parameter(d, "ids").__setitem__("explode", False), id="explode"),
        pytest.param(lambda d: _pet(d)["weight"]["enum"].reverse(), id="enum-order"),
    ],
)
def test_a_change_of_the_client_that_no_kind_describes_still_moves_the_version(
    tmp_path: Path, edit: Callable[[dict[str, Any]], object]
) -> None:
    assert _kinds(tmp_path, edit) == [
        ("unclassified-change", "API: the client built from the spec changes in a way the comparison does not classify")
    ]


def test_the_same_document_under_another_name_is_no_change(tmp_path: Path) -> None:
    assert _kinds(tmp_path, lambda d: None) == []


def test_a_required_field_made_write_only_may_be_missing_from_responses(tmp_path: Path) -> None:
    """The model that reads responses no longer requires it; requests still must send it (the method
    still asks for it, and the server still requires it), so for them nothing changed."""
    assert _kinds(tmp_path, lambda d: _pet(d)["name"].__setitem__("writeOnly", True)) == [
        ("response-field-became-optional", "pets.create() body.name: became optional (write-only)"),
    ]


def test_a_required_write_only_field_is_required_of_requests(tmp_path: Path) -> None:
    """A method asks for a required writeOnly field (the model, which also reads responses, does not):
    adding one, or requiring one, breaks every call made without it."""

    def added(document: dict[str, Any]) -> None:
        _pet(document)["secret"] = {"type": "string", "writeOnly": True}
        document["components"]["schemas"]["Pet"]["required"].append("secret")

    assert ("request-field-added-required", "pets.create() body.secret: new required field") in _kinds(tmp_path, added)

    def required(document: dict[str, Any]) -> None:
        _pet(document)["weight"]["writeOnly"] = True
        document["components"]["schemas"]["Pet"]["required"].append("weight")

    def optional(document: dict[str, Any]) -> None:
        _pet(document)["weight"]["writeOnly"] = True

    assert ("request-field-became-required", "pets.create() body.weight: became required") in _kinds(
        tmp_path / "required", required, optional
    )


def test_inline_variants_listed_in_another_order_are_still_the_same_models(tmp_path: Path) -> None:
    """Inline variants are known by their names (from their tags), not by their place in the list: paired by
    place, reordering them read as models renamed into each other, with their fields removed and added."""

    def variant(kind: str, field: str) -> dict[str, Any]:
        return {
            "type": "object",
            "required": ["type", field],
            "properties": {"type": {"type": "string", "enum": [kind]}, field: {"type": "string"}},
        }

    def tagged(document: dict[str, Any]) -> None:
        _pet(document)["block"] = {"oneOf": [variant("chat", "messages"), variant("completion", "content")]}

    def reordered(document: dict[str, Any]) -> None:
        tagged(document)
        _pet(document)["block"]["oneOf"].reverse()

    old = copy.deepcopy(BASE)
    tagged(old)
    new = copy.deepcopy(BASE)
    reordered(new)
    for name, document in (("old.yaml", old), ("new.yaml", new)):
        (tmp_path / name).write_text(yaml.safe_dump(document, sort_keys=False))
    report = diff_files(CONFIG, tmp_path / "old.yaml", tmp_path / "new.yaml")
    assert {change.kind.code for change in report.changes} <= {"unclassified-change"}, report.changes


def test_a_component_merged_through_all_of_is_used_as_what_merges_it(tmp_path: Path) -> None:
    """A component that only allOf reaches was compared in both directions, so a change that is fine for
    what the client sends (a bound relaxed) read also as breaking for what it reads."""

    def with_base(document: dict[str, Any], max_length: int) -> None:
        schemas = document["components"]["schemas"]
        schemas["Base"] = {"type": "object", "properties": {"owner": {"type": "string", "maxLength": max_length}}}
        schemas["NewPet"] = {"allOf": [{"$ref": "#/components/schemas/Base"}, {"type": "object"}]}
        body = document["paths"]["/pets"]["post"]["requestBody"]["content"]["application/json"]
        body["schema"] = {"$ref": "#/components/schemas/NewPet"}

    old = copy.deepcopy(BASE)
    with_base(old, 10)
    new = copy.deepcopy(BASE)
    with_base(new, 20)
    for name, document in (("old.yaml", old), ("new.yaml", new)):
        (tmp_path / name).write_text(yaml.safe_dump(document, sort_keys=False))
    report = diff_files(CONFIG, tmp_path / "old.yaml", tmp_path / "new.yaml")
    assert {(change.kind.code, change.direction) for change in report.changes} == {
        ("request-constraint-relaxed", "request")
    }
    assert not report.breaking


def test_a_nullable_reference_spelled_as_31_spells_it_is_no_change(tmp_path: Path) -> None:
    """`nullable: true` beside a reference, then `type: [object, "null"]` (or an enum that adds null) in its
    place: the same nullable reference. It was read as two breaking changes (an inline copy that refused null)."""
    old, new = copy.deepcopy(BASE), copy.deepcopy(BASE)
    cat, kinds = {"$ref": "#/components/schemas/Cat"}, {"type": "string", "enum": ["cat", "dog"]}
    old["components"]["schemas"]["Kind"] = new["components"]["schemas"]["Kind"] = kinds
    _pet(old).update(friend={**cat, "nullable": True}, kind={"$ref": "#/components/schemas/Kind", "nullable": True})
    _pet(new).update(
        friend={**cat, "type": ["object", "null"]},
        kind={"$ref": "#/components/schemas/Kind", "enum": ["cat", "dog", None]},
    )
    for name, document in (("old.yaml", old), ("new.yaml", new)):
        (tmp_path / name).write_text(yaml.safe_dump(document, sort_keys=False))
    assert not diff_files(CONFIG, tmp_path / "old.yaml", tmp_path / "new.yaml").changes
    _pet(new)["friend"]["type"] = "object"  # the same reference, no longer nullable: a change it reports
    (tmp_path / "new.yaml").write_text(yaml.safe_dump(new, sort_keys=False))
    assert diff_files(CONFIG, tmp_path / "old.yaml", tmp_path / "new.yaml").changes


@pytest.mark.parametrize(
    ("schema", "kind"),
    [
        ({"type": "object", "properties": {"color": {"type": "string"}}}, "type-changed"),
        ({"type": "array", "items": {"$ref": "#/components/schemas/Cat"}}, "type-changed"),
        ({"type": "string", "format": "date-time"}, "type-changed"),
        ({"type": "string"}, "response-type-narrowed"),
        ({"type": "object", "additionalProperties": {"type": "array", "items": {"type": "integer"}}}, "response-type-narrowed"),
        ({"oneOf": [{"type": "string"}, {"type": "integer"}]}, "response-type-narrowed"),
    ],
)  # fmt: skip
def test_a_value_of_any_type_given_a_schema_breaks_readers_where_it_reads_as_other_objects(
    tmp_path: Path, schema: dict[str, Any], kind: str
) -> None:
    """A value of any type was read as plain JSON (``pet.meta["color"]``); as a model, a date or a list of
    models it is another object, and the reader's code fails, though the server sends the same JSON."""

    def old(document: dict[str, Any]) -> None:
        _pet(document)["meta"] = {}

    def new(document: dict[str, Any]) -> None:
        _pet(document)["meta"] = schema

    kinds = {code for code, message in _kinds(tmp_path, new, old) if "body.meta:" in message}
    assert kind in kinds
    assert kinds - {kind} <= {"response-became-non-nullable", "request-type-narrowed", "request-became-non-nullable"}


def test_the_client_sending_its_key_by_another_scheme_is_breaking(tmp_path: Path) -> None:
    """Both schemes declared on both sides, only the requirement moves: deployed clients keep sending a
    bearer token where the API now wants X-API-Key."""

    def schemes(document: dict[str, Any], used: str) -> None:
        document["components"]["securitySchemes"] = {
            "bearerAuth": {"type": "http", "scheme": "bearer"},
            "apiKeyAuth": {"type": "apiKey", "in": "header", "name": "X-API-Key"},
        }
        document["security"] = [{used: []}]

    kinds = _kinds(tmp_path, lambda d: schemes(d, "apiKeyAuth"), lambda d: schemes(d, "bearerAuth"))
    assert kinds == [
        (
            "security-scheme-changed",
            "API: the client sends its key by 'apiKeyAuth', api_key (header X-API-Key), no longer by 'bearerAuth',"
            " bearer (header)",
        )
    ]

    def renamed_header(document: dict[str, Any]) -> None:
        schemes(document, "apiKeyAuth")
        document["components"]["securitySchemes"]["apiKeyAuth"]["name"] = "X-Key"

    kinds = _kinds(tmp_path / "header", renamed_header, lambda d: schemes(d, "apiKeyAuth"))
    assert [code for code, _ in kinds] == ["security-scheme-changed"]  # once, for the scheme itself


ENUM = {"type": "string", "enum": ["available", "sold"]}


@pytest.mark.parametrize(
    ("old_schema", "new_schema", "expected"),
    [
        (ENUM, {"anyOf": [ENUM, {"type": "string"}]}, {"response-enum-dropped", "request-variant-added"}),
        ({"type": "string"}, {"anyOf": [ENUM, {"type": "string"}]}, {"unclassified-change"}),
        ({"type": "string"}, {"anyOf": [{"type": "string"}, {"type": "string", "format": "uuid"}]}, set()),  # str either way
        ({"anyOf": [ENUM, {"type": "string"}]}, {"type": "string"}, {"response-enum-dropped"}),
        ({"type": "string"}, {"anyOf": [{"type": "string"}, {"type": "integer"}]}, {"response-variant-added", "request-variant-added"}),
        ({"type": "string", "enum": ["a"]}, {"anyOf": [{"type": "string", "enum": ["a"]}, {"type": "integer"}]}, {"response-variant-added", "request-variant-added"}),
    ],
)  # fmt: skip
def test_a_variant_every_value_of_which_was_read_already_is_not_new(
    tmp_path: Path, old_schema: dict[str, Any], new_schema: dict[str, Any], expected: set[str]
) -> None:
    """The usual way to open an enum (anyOf [enum, string]) was called a new variant (breaking), and
    taking it back a variant removed from requests (breaking); the old models read, and the new ones
    take, the very same values."""

    def old(document: dict[str, Any]) -> None:
        _pet(document)["status"] = old_schema

    def new(document: dict[str, Any]) -> None:
        _pet(document)["status"] = new_schema

    kinds = {
        code for code, message in _kinds(tmp_path, new, old) if "body.status:" in message or message.startswith("API:")
    }
    assert kinds == expected


def test_a_body_made_an_inline_copy_of_its_model_is_the_same_call(tmp_path: Path) -> None:
    """The body's fields are the method's keyword arguments; callers never name its class, so a $ref
    replaced by an identical inline schema changes no call (it was type-changed, breaking). A field the
    copy adds is still reported as one."""

    def inline(document: dict[str, Any], extra: bool = False) -> None:
        schema = copy.deepcopy(document["components"]["schemas"]["Pet"])
        if extra:
            schema["properties"]["owner"] = {"type": "string"}
            schema["required"] = [*schema["required"], "owner"]
        body = document["paths"]["/pets"]["post"]["requestBody"]["content"]["application/json"]
        body["schema"] = schema

    assert [code for code, _ in _kinds(tmp_path, inline)] == ["unclassified-change"]
    assert _kinds(tmp_path / "extra", lambda d: inline(d, extra=True)) == [
        ("request-field-added-required", "pets.create() body.owner: new required field")
    ]

    def described(document: dict[str, Any]) -> None:
        inline(document)
        body = document["paths"]["/pets"]["post"]["requestBody"]["content"]["application/json"]["schema"]
        body["properties"]["name"]["description"] = "What the pet answers to."

    assert ("description-changed", "pets.create() body.name: description changed") in _kinds(
        tmp_path / "described", described
    )


def test_an_operation_that_accepts_only_another_scheme_is_breaking(tmp_path: Path) -> None:
    """oapigen generate warns that the server will likely refuse the call; diff said nothing changed."""

    def schemes(document: dict[str, Any], own: str | None) -> None:
        document["components"]["securitySchemes"] = {
            "bearerAuth": {"type": "http", "scheme": "bearer"},
            "apiKeyAuth": {"type": "apiKey", "in": "header", "name": "X-API-Key"},
        }
        document["security"] = [{"bearerAuth": []}]
        if own is not None:
            document["paths"]["/pets/{id}"]["get"]["security"] = [{own: []}]

    kinds = _kinds(tmp_path, lambda d: schemes(d, "apiKeyAuth"), lambda d: schemes(d, None))
    assert kinds == [
        (
            "security-scheme-changed",
            "pets.retrieve(): accepts only 'apiKeyAuth', and the client sends its key by 'bearerAuth'",
        )
    ]
    assert _kinds(tmp_path / "back", lambda d: schemes(d, "bearerAuth"), lambda d: schemes(d, "apiKeyAuth")) == []


def test_a_stream_lost_with_its_operation_id_is_breaking(tmp_path: Path) -> None:
    """Streams are configured by operationId: renamed, the method answers a stream=True call by trying to
    read the events as JSON."""
    from generator.config import StreamingRule

    old, new = copy.deepcopy(BASE), copy.deepcopy(BASE)
    for document in (old, new):
        _pet(document)["stream"] = {"type": "boolean"}
    new["paths"]["/pets"]["post"]["operationId"] = "addPet"
    for name, document in (("old.yaml", old), ("new.yaml", new)):
        (tmp_path / name).write_text(yaml.safe_dump(document, sort_keys=False))
    config = Config(package_name="pets_client", client_name="Pets", streaming={"createPet": StreamingRule()})
    report = diff_files(config, tmp_path / "old.yaml", tmp_path / "new.yaml")
    lost = [c for c in report.changes if c.kind.code == "response-kind-changed"]
    assert [c.message for c in lost] == [
        "pets.create() response: no longer answers with server-sent events when stream asks for them"
    ]
    assert report.bump.name == "MAJOR"


def test_a_model_variant_where_a_value_of_any_type_was_is_new_to_readers(tmp_path: Path) -> None:
    """The old client read the value as plain JSON (a union with any value is any value); the new one
    reads a model: breaking for readers."""

    def old(document: dict[str, Any]) -> None:
        _pet(document)["status"] = {"anyOf": [{"type": "string"}, {}]}

    def new(document: dict[str, Any]) -> None:
        _pet(document)["status"] = {"anyOf": [{"type": "string"}, {"$ref": "#/components/schemas/Cat"}]}

    assert "type-changed" in {code for code, _ in _kinds(tmp_path, new, old)}


@pytest.mark.parametrize(
    ("old_schema", "new_schema"),
    [
        ({"anyOf": [{"type": "string", "enum": ["abc"]}, {"type": "integer"}]}, {"anyOf": [{"type": "string", "maxLength": 2}, {"type": "integer"}]}),
        ({"anyOf": [{"type": "integer", "enum": [500]}, {"type": "boolean"}]}, {"anyOf": [{"type": "integer", "maximum": 100}, {"type": "boolean"}]}),
    ],
)  # fmt: skip
def test_a_constrained_variant_does_not_cover_the_values_it_may_refuse(
    tmp_path: Path, old_schema: dict[str, Any], new_schema: dict[str, Any]
) -> None:
    """ "abc" no longer fits a string of at most 2 characters: a request variant removed, breaking."""

    def old(document: dict[str, Any]) -> None:
        _pet(document)["status"] = old_schema

    def new(document: dict[str, Any]) -> None:
        _pet(document)["status"] = new_schema

    assert "request-variant-removed" in {code for code, _ in _kinds(tmp_path, new, old)}


def _with_accepted_answer(document: dict[str, Any]) -> None:
    """createPet may also answer 202 with a Receipt, a model no other answer or argument uses."""
    responses = document["paths"]["/pets"]["post"]["responses"]
    responses["202"] = {
        "description": "accepted",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Receipt"}}},
    }
    document["components"]["schemas"]["Receipt"] = {
        "type": "object",
        "required": ["ticket"],
        "properties": {"ticket": {"type": "string"}},
    }


def test_a_model_only_another_success_answer_uses_is_compared_for_its_operation(tmp_path: Path) -> None:
    """A change to it reached no operation (the diff's walk of what a call reads left out the other answers)."""

    def number_ticket(document: dict[str, Any]) -> None:
        _with_accepted_answer(document)
        document["components"]["schemas"]["Receipt"]["properties"]["ticket"] = {"type": "integer"}

    old, new = copy.deepcopy(BASE), copy.deepcopy(BASE)
    _with_accepted_answer(old)
    number_ticket(new)
    for name, document in (("old.yaml", old), ("new.yaml", new)):
        (tmp_path / name).write_text(yaml.safe_dump(document, sort_keys=False))
    (change,) = diff_files(CONFIG, tmp_path / "old.yaml", tmp_path / "new.yaml").changes
    assert (change.kind.code, change.message) == ("type-changed", "Receipt.ticket: type changed from str to int")
    assert [(ref.method, ref.path) for ref in change.operations] == [("POST", "/pets")]


def test_a_component_only_parameters_use_is_sent_not_read(tmp_path: Path) -> None:
    """An argument typed by a primitive's alias is typed as the primitive itself, so the component looked
    unused, was read both ways, and widening it was a breaking response change (a major bump)."""

    def limit(document: dict[str, Any], json_type: str) -> None:
        document["components"]["schemas"]["Limit"] = {"type": json_type}
        parameters = document["paths"]["/pets/{id}"]["get"]["parameters"]
        parameters.append({"name": "limit", "in": "query", "schema": {"$ref": "#/components/schemas/Limit"}})

    old, new = copy.deepcopy(BASE), copy.deepcopy(BASE)
    limit(old, "integer")
    limit(new, "number")
    for name, document in (("old.yaml", old), ("new.yaml", new)):
        (tmp_path / name).write_text(yaml.safe_dump(document, sort_keys=False))
    report = diff_files(CONFIG, tmp_path / "old.yaml", tmp_path / "new.yaml")
    assert {(c.kind.code, c.direction) for c in report.changes} == {("request-type-widened", "request")}
    on_component = [c for c in report.changes if c.pointer == "#/components/schemas/Limit"]
    assert [[o.operation_id for o in c.operations] for c in on_component] == [["getPet"]]
    assert report.bump.label == "minor"


def test_an_enum_alias_opened_into_its_primitive_is_no_variant_removed(tmp_path: Path) -> None:
    """``Kind | Sequence[Kind]`` (Kind an enum's alias) became ``str | Sequence[str]``, strictly wider, yet
    the alias met no partner among the new variants: a breaking "no longer accepts the variant"."""

    def kind(document: dict[str, Any], schema: dict[str, Any]) -> None:
        document["components"]["schemas"]["Kind"] = schema
        reference = {"$ref": "#/components/schemas/Kind"}
        parameter = {"anyOf": [reference, {"type": "array", "items": reference}]}
        document["paths"]["/pets/{id}"]["get"]["parameters"].append(
            {"name": "kind", "in": "query", "schema": parameter}
        )

    old, new = copy.deepcopy(BASE), copy.deepcopy(BASE)
    kind(old, {"type": "string", "enum": ["cat", "dog"]})
    kind(new, {"type": "string"})
    for name, document in (("old.yaml", old), ("new.yaml", new)):
        (tmp_path / name).write_text(yaml.safe_dump(document, sort_keys=False))
    report = diff_files(CONFIG, tmp_path / "old.yaml", tmp_path / "new.yaml")
    assert report.changes and not report.breaking, [(c.kind.code, c.message) for c in report.changes]


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(lambda d: d["paths"]["/pets"]["post"]["requestBody"].__setitem__("required", False), id="body"),
    ],
)
def test_an_edit_that_leaves_the_client_as_it_was_is_no_change(
    tmp_path: Path, edit: Callable[[dict[str, Any]], object]
) -> None:
    """createPet's body is sent whole (its fields are keyword arguments) whether or not it is required:
    that was a breaking change (a major bump)."""
    assert _kinds(tmp_path, edit) == []


def test_a_change_of_either_direction_names_every_operation_that_uses_the_model(tmp_path: Path) -> None:
    """A pet's Owner is sent by createPet and read by both operations; a description or a deprecation is
    reported once, and named only the operations of the direction met first (createPet alone)."""

    def owner(document: dict[str, Any], deprecated: bool) -> None:
        name = {"type": "string", "deprecated": True} if deprecated else {"type": "string"}
        document["components"]["schemas"]["Owner"] = {"type": "object", "properties": {"name": name}}
        _pet(document)["owner"] = {"$ref": "#/components/schemas/Owner"}

    for name, deprecated in (("old.yaml", False), ("new.yaml", True)):
        document = copy.deepcopy(BASE)
        owner(document, deprecated)
        (tmp_path / name).write_text(yaml.safe_dump(document, sort_keys=False))
    report = diff_files(CONFIG, tmp_path / "old.yaml", tmp_path / "new.yaml")
    assert [(c.kind.code, sorted(o.operation_id for o in c.operations)) for c in report.changes] == [
        ("deprecated", ["createPet", "getPet"])
    ]
