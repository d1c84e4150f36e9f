"""Writes the fixture pairs of tests/diff/fixtures/: one folder per kind of change, ``old.yaml`` and ``new.yaml``.

Each pair is a small base API with one edit (or, for a reverse kind, the edit on the old side). Run
``python tests/diff/make_fixtures.py`` after changing this file; test_fixtures_are_current fails when the
committed files and this script disagree.
"""

from __future__ import annotations

import copy
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

FIXTURES = Path(__file__).parent / "fixtures"

Doc = dict[str, Any]


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


PET = {"$ref": "#/components/schemas/Pet"}

BASE: Doc = {
    "openapi": "3.0.3",
    "info": {"title": "Pets", "version": "1.0"},
    "servers": [{"url": "https://api.example.com"}],
    "components": {
        "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}},
        "schemas": {
            "Pet": {
                "type": "object",
                "required": ["id", "name", "status"],
                "properties": {
                    "id": {"type": "string"},
                    "name": {"type": "string", "description": "The pet's name."},
                    "petName": {"type": "string"},
                    "status": {"type": "string", "enum": ["available", "sold"]},
                    "age": {"type": "integer", "nullable": True},
                    "tags": {"type": "array", "items": {"type": "string"}},
                    "metadata": {},
                    "rating": {"type": "integer", "minimum": 1, "maximum": 5},
                    "toy": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
                    "owner": {
                        "oneOf": [
                            {"$ref": "#/components/schemas/Person"},
                            {"$ref": "#/components/schemas/Shelter"},
                        ]
                    },
                },
            },
            "Person": {
                "type": "object",
                "required": ["type", "name"],
                "properties": {"type": {"type": "string", "enum": ["person"]}, "name": {"type": "string"}},
            },
            "Shelter": {
                "type": "object",
                "required": ["type", "address"],
                "properties": {"type": {"type": "string", "enum": ["shelter"]}, "address": {"type": "string"}},
            },
            "CreatePet": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string", "maxLength": 50},
                    "kind": {"type": "string", "enum": ["cat", "dog"], "default": "cat"},
                    "weight": {"type": "integer", "minimum": 0},
                    "note": {"type": "string"},
                    "nickname": {"type": "string", "nullable": True},
                    "toy": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
                },
            },
            "Error": {"type": "object", "properties": {"message": {"type": "string"}}},
        },
    },
    "paths": {
        "/v1/pet": {
            "get": {
                "operationId": "listPets",
                "tags": ["Pets"],
                "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer"}}],
                "responses": {"200": {"description": "ok", **_json({"type": "array", "items": PET})}},
            },
            "post": {
                "operationId": "createPet",
                "tags": ["Pets"],
                "requestBody": {"required": True, **_json({"$ref": "#/components/schemas/CreatePet"})},
                "responses": {"200": {"description": "ok", **_json(PET)}},
            },
        },
        "/v1/pet/{pet_id}": {
            "get": {
                "operationId": "getPet",
                "tags": ["Pets"],
                "parameters": [{"name": "pet_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": {"description": "ok", **_json(PET)}},
            }
        },
        "/v1/pet/{pet_id}/feed": {
            "post": {
                "operationId": "feedPet",
                "tags": ["Pets"],
                "parameters": [{"name": "pet_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"204": {"description": "fed"}},
            }
        },
    },
}


def schema(doc: Doc, name: str) -> dict[str, Any]:
    result: dict[str, Any] = doc["components"]["schemas"][name]
    return result


def prop(doc: Doc, model: str, name: str) -> dict[str, Any]:
    result: dict[str, Any] = schema(doc, model)["properties"][name]
    return result


def op(doc: Doc, path: str, method: str) -> dict[str, Any]:
    result: dict[str, Any] = doc["paths"][path][method]
    return result


LIST, ITEM, FEED = "/v1/pet", "/v1/pet/{pet_id}", "/v1/pet/{pet_id}/feed"
FOOD_BODY = _json({"type": "object", "properties": {"food": {"type": "string"}}})


def _list_of_foods(required: bool) -> Callable[[Doc], None]:
    """feedPet takes a body that is one argument (an array), required or not. (A body whose fields are
    keyword arguments is sent whole either way: its ``required`` changes nothing for callers.)"""
    body = {"required": required, **_json({"type": "array", "items": {"type": "string"}})}
    return lambda d: op(d, FEED, "post").__setitem__("requestBody", copy.deepcopy(body))


def paged(doc: Doc, cursor: str = "starting_after", items: str = "objects") -> None:
    """The list operation answers with one page of pets."""
    operation = op(doc, LIST, "get")
    operation["parameters"].append({"name": cursor, "in": "query", "schema": {"type": "string"}})
    properties: dict[str, Any] = {items: {"type": "array", "items": PET}}
    if cursor == "cursor":
        properties["cursor"] = {"type": "string"}
    operation["responses"]["200"] = {"description": "ok", **_json({"type": "object", "properties": properties})}


def listed(doc: Doc) -> None:
    """The list operation answers with an object holding the pets, without a cursor parameter."""
    op(doc, LIST, "get")["responses"]["200"] = {
        "description": "ok",
        **_json({"type": "object", "properties": {"objects": {"type": "array", "items": PET}}}),
    }


def _del(mapping: dict[str, Any], key: str) -> None:
    del mapping[key]


Edit = Callable[[Doc], None]


# kind -> (edit to the old document, edit to the new document)
def queued(doc: Doc) -> None:
    """pets.create answers 202 with a job of its own, beside 200 with the pet."""
    job = {"type": "object", "required": ["job_id"], "properties": {"job_id": {"type": "string"}}}
    op(doc, LIST, "post")["responses"]["202"] = {"description": "queued", **_json(job)}


PAIRS: dict[str, tuple[Edit | None, Edit]] = {
    "operation-added": (
        None,
        lambda d: d["paths"].__setitem__(
            "/v1/owner",
            {"get": {"operationId": "listOwners", "tags": ["Owners"], "responses": {"204": {"description": "ok"}}}},
        ),
    ),
    "operation-removed": (None, lambda d: _del(d["paths"], ITEM)),
    "operation-path-changed": (None, lambda d: d["paths"].__setitem__("/v1/pets/{pet_id}", d["paths"].pop(ITEM))),
    "method-renamed": (None, lambda d: op(d, ITEM, "get").__setitem__("tags", ["Pet"])),
    "operation-id-changed": (None, lambda d: op(d, ITEM, "get").__setitem__("operationId", "fetchPet")),
    "security-requirement-added": (None, lambda d: d.__setitem__("security", [{"bearerAuth": []}])),
    "security-requirement-removed": (lambda d: d.__setitem__("security", [{"bearerAuth": []}]), lambda d: None),
    "deprecated": (None, lambda d: op(d, ITEM, "get").__setitem__("deprecated", True)),
    "deprecation-removed": (lambda d: op(d, ITEM, "get").__setitem__("deprecated", True), lambda d: None),
    "description-changed": (None, lambda d: op(d, ITEM, "get").__setitem__("description", "Finds one pet.")),
    "pagination-added": (listed, paged),
    "pagination-removed": (paged, listed),
    "pagination-changed": (paged, lambda d: paged(d, "cursor", "events")),
    "parameter-added-required": (
        None,
        lambda d: op(d, LIST, "get")["parameters"].append(
            {"name": "owner", "in": "query", "required": True, "schema": {"type": "string"}}
        ),
    ),
    "parameter-added": (
        None,
        lambda d: op(d, LIST, "get")["parameters"].append(
            {"name": "offset", "in": "query", "schema": {"type": "integer"}}
        ),
    ),
    "parameter-removed": (None, lambda d: op(d, LIST, "get").__setitem__("parameters", [])),
    "parameter-became-required": (None, lambda d: op(d, LIST, "get")["parameters"][0].__setitem__("required", True)),
    "parameter-became-optional": (
        lambda d: op(d, LIST, "get")["parameters"][0].__setitem__("required", True),
        lambda d: None,
    ),
    "parameter-location-changed": (None, lambda d: op(d, LIST, "get")["parameters"][0].__setitem__("in", "header")),
    "argument-renamed": (
        None,
        lambda d: (
            d["paths"].__setitem__("/v1/pet/{id}", d["paths"].pop(ITEM)),
            op(d, "/v1/pet/{id}", "get")["parameters"][0].__setitem__("name", "id"),
        ),
    ),
    "default-changed": (None, lambda d: prop(d, "CreatePet", "kind").__setitem__("default", "dog")),
    "request-body-added-required": (
        None,
        lambda d: op(d, FEED, "post").__setitem__("requestBody", {"required": True, **FOOD_BODY}),
    ),
    "request-body-added": (None, lambda d: op(d, FEED, "post").__setitem__("requestBody", dict(FOOD_BODY))),
    "request-body-removed": (lambda d: op(d, FEED, "post").__setitem__("requestBody", dict(FOOD_BODY)), lambda d: None),
    "request-body-became-required": (_list_of_foods(required=False), _list_of_foods(required=True)),
    "request-body-became-optional": (_list_of_foods(required=True), _list_of_foods(required=False)),
    "request-content-type-changed": (
        None,
        lambda d: op(d, LIST, "post")["requestBody"].__setitem__(
            "content",
            {"application/merge-patch+json": op(d, LIST, "post")["requestBody"]["content"]["application/json"]},
        ),
    ),
    "response-kind-changed": (
        None,
        lambda d: op(d, ITEM, "get")["responses"].__setitem__(
            "200", {"description": "ok", "content": {"text/plain": {"schema": {"type": "string"}}}}
        ),
    ),
    "response-status-changed": (
        None,
        lambda d: op(d, LIST, "post")["responses"].__setitem__("201", op(d, LIST, "post")["responses"].pop("200")),
    ),
    "model-added": (
        None,
        lambda d: d["components"]["schemas"].__setitem__(
            "Owner", {"type": "object", "properties": {"name": {"type": "string"}}}
        ),
    ),
    "model-removed": (None, lambda d: _del(d["components"]["schemas"], "Error")),
    "model-renamed": (
        None,
        lambda d: (
            d["components"]["schemas"].__setitem__("Animal", d["components"]["schemas"].pop("Pet")),
            _retarget(d, "#/components/schemas/Pet", "#/components/schemas/Animal"),
        ),
    ),
    "field-renamed": (None, lambda d: schema(d, "Pet")["properties"].__setitem__("pet_name", {"type": "string"})),
    "request-field-added-required": (
        None,
        lambda d: (
            schema(d, "CreatePet")["properties"].__setitem__("owner", {"type": "string"}),
            schema(d, "CreatePet")["required"].append("owner"),
        ),
    ),
    "request-field-added": (
        None,
        lambda d: schema(d, "CreatePet")["properties"].__setitem__("color", {"type": "string"}),
    ),
    "request-field-removed": (None, lambda d: _del(schema(d, "CreatePet")["properties"], "note")),
    "request-field-became-required": (None, lambda d: schema(d, "CreatePet")["required"].append("weight")),
    "request-field-became-optional": (None, lambda d: schema(d, "CreatePet").__setitem__("required", [])),
    "response-field-added": (None, lambda d: schema(d, "Pet")["properties"].__setitem__("color", {"type": "string"})),
    "response-field-removed": (None, lambda d: _del(schema(d, "Pet")["properties"], "tags")),
    "response-field-became-optional": (None, lambda d: schema(d, "Pet")["required"].remove("status")),
    "response-field-became-required": (None, lambda d: schema(d, "Pet")["required"].append("tags")),
    "request-extra-forbidden": (None, lambda d: schema(d, "CreatePet").__setitem__("additionalProperties", False)),
    "request-extra-allowed": (
        lambda d: schema(d, "CreatePet").__setitem__("additionalProperties", False),
        lambda d: None,
    ),
    "type-changed": (None, lambda d: prop(d, "Pet", "id").__setitem__("type", "integer")),
    "request-type-narrowed": (lambda d: prop(d, "CreatePet", "weight").__setitem__("type", "number"), lambda d: None),
    "request-type-widened": (None, lambda d: prop(d, "CreatePet", "weight").__setitem__("type", "number")),
    "response-type-widened": (None, lambda d: prop(d, "Pet", "age").__setitem__("type", "number")),
    "response-type-narrowed": (None, lambda d: prop(d, "Pet", "metadata").__setitem__("type", "string")),
    "request-became-nullable": (None, lambda d: prop(d, "CreatePet", "note").__setitem__("nullable", True)),
    "request-became-non-nullable": (None, lambda d: _del(prop(d, "CreatePet", "nickname"), "nullable")),
    "response-became-nullable": (None, lambda d: prop(d, "Pet", "name").__setitem__("nullable", True)),
    "response-became-non-nullable": (None, lambda d: _del(prop(d, "Pet", "age"), "nullable")),
    "response-optional-became-nullable": (None, lambda d: prop(d, "Pet", "petName").__setitem__("nullable", True)),
    "discriminator-changed": (None, lambda d: prop(d, "Person", "type").__setitem__("enum", ["human"])),
    "union-tagging-changed": (None, lambda d: _del(prop(d, "Shelter", "type"), "enum")),
    "unclassified-change": (None, lambda d: prop(d, "Pet", "status")["enum"].reverse()),
    "request-enum-value-added": (None, lambda d: prop(d, "CreatePet", "kind")["enum"].append("bird")),
    "request-enum-value-removed": (None, lambda d: prop(d, "CreatePet", "kind")["enum"].remove("dog")),
    "response-enum-value-added": (None, lambda d: prop(d, "Pet", "status")["enum"].append("pending")),
    "response-enum-value-removed": (None, lambda d: prop(d, "Pet", "status")["enum"].remove("sold")),
    "response-enum-dropped": (None, lambda d: _del(prop(d, "Pet", "status"), "enum")),
    "request-variant-added": (None, lambda d: prop(d, "CreatePet", "toy")["oneOf"].append({"type": "boolean"})),
    "request-variant-removed": (None, lambda d: prop(d, "CreatePet", "toy")["oneOf"].pop()),
    "response-variant-added": (None, lambda d: prop(d, "Pet", "toy")["oneOf"].append({"type": "boolean"})),
    "response-variant-removed": (None, lambda d: prop(d, "Pet", "toy")["oneOf"].pop()),
    "response-tagged-variant-added": (
        None,
        lambda d: (
            d["components"]["schemas"].__setitem__(
                "Breeder",
                {
                    "type": "object",
                    "required": ["type", "kennel"],
                    "properties": {"type": {"type": "string", "enum": ["breeder"]}, "kennel": {"type": "string"}},
                },
            ),
            prop(d, "Pet", "owner")["oneOf"].append({"$ref": "#/components/schemas/Breeder"}),
        ),
    ),
    "request-constraint-tightened": (None, lambda d: prop(d, "CreatePet", "name").__setitem__("maxLength", 20)),
    "request-constraint-relaxed": (None, lambda d: prop(d, "CreatePet", "name").__setitem__("maxLength", 100)),
    "response-constraint-relaxed": (None, lambda d: prop(d, "Pet", "rating").__setitem__("maximum", 10)),
    "response-constraint-tightened": (None, lambda d: prop(d, "Pet", "rating").__setitem__("maximum", 3)),
    "format-changed": (None, lambda d: prop(d, "Pet", "id").__setitem__("format", "uuid")),
    "security-scheme-added": (
        None,
        lambda d: d["components"]["securitySchemes"].__setitem__(
            "apiKey", {"type": "apiKey", "in": "header", "name": "X-API-Key"}
        ),
    ),
    "security-scheme-removed": (None, lambda d: _del(d["components"]["securitySchemes"], "bearerAuth")),
    "security-scheme-changed": (
        None,
        lambda d: d["components"]["securitySchemes"].__setitem__(
            "bearerAuth", {"type": "apiKey", "in": "header", "name": "X-API-Key"}
        ),
    ),
    "server-changed": (None, lambda d: d["servers"][0].__setitem__("url", "https://api.example.org")),
    "operation-server-changed": (
        None,
        lambda d: op(d, LIST, "post").__setitem__("servers", [{"url": "https://uploads.example.com"}]),
    ),
    "response-alternative-added": (None, queued),
    "response-alternative-removed": (queued, lambda d: None),
    "api-version-changed": (None, lambda d: d["info"].__setitem__("version", "1.1")),
}


def _retarget(node: Any, old: str, new: str) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and value == old:
                node[key] = new
            else:
                _retarget(value, old, new)
    elif isinstance(node, list):
        for item in node:
            _retarget(item, old, new)


class _PlainDumper(yaml.SafeDumper):
    """Writes a shared node out in full each time: fixtures read plainly, without anchors and aliases."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def render(document: Doc) -> str:
    return yaml.dump(document, Dumper=_PlainDumper, sort_keys=False, width=100)


def pairs() -> dict[str, tuple[str, str]]:
    """kind -> (old.yaml text, new.yaml text)."""
    result = {}
    for kind, (old_edit, new_edit) in PAIRS.items():
        old = copy.deepcopy(BASE)
        if old_edit is not None:
            old_edit(old)
        new = copy.deepcopy(old) if old_edit is None else copy.deepcopy(BASE)
        new_edit(new)
        result[kind] = (render(old), render(new))
    return result


def main() -> int:
    for kind, (old, new) in pairs().items():
        folder = FIXTURES / kind
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "old.yaml").write_text(old)
        (folder / "new.yaml").write_text(new)
    print(f"wrote {len(PAIRS)} fixture pairs under {FIXTURES}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
