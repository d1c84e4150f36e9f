"""Synthetic OpenAPI 3.0 specs of a chosen size, for measuring how generation time grows.

``python benchmarks/synthetic.py 500 out.json`` writes a spec with 500 operations and 500 named
component schemas (plus one shared error schema). The spec is a set of REST resources, five operations
and five named schemas each, shaped like the Braintrust spec: list endpoints paging with ``limit`` and
``starting_after`` that answer ``{objects: [...]}``, path parameters, request bodies, objects with
required and optional properties, ``nullable`` fields, enums (one that lists ``null``), references
between resources (some as ``allOf: [$ref]`` beside ``nullable``), maps, arrays and, on every third
resource, a ``oneOf`` union whose variants share a single-value ``type`` enum (an implied
discriminator). The output is a pure function of the size: the same size gives the same bytes.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

OPERATIONS_PER_RESOURCE = 5
_NOUNS = (
    "widget", "invoice", "ledger", "account", "project", "dataset", "experiment", "prompt", "function",
    "role", "group", "view", "score", "tag", "secret", "token", "agent", "server", "snapshot", "report",
)  # fmt: skip
_STATUS_WORDS = ("active", "archived", "pending", "failed", "deleted", "draft", "queued", "running")

Schema = dict[str, Any]


def _ref(name: str) -> Schema:
    return {"$ref": f"#/components/schemas/{name}"}


def _class_name(snake: str) -> str:
    return "".join(part.capitalize() for part in snake.split("_"))


class _Resource:
    """One REST resource: its names and the random choices that make it differ from its neighbours."""

    def __init__(self, index: int) -> None:
        self.index = index
        self.snake = f"{_NOUNS[index % len(_NOUNS)]}_{index}"
        self.model = _class_name(self.snake)
        self.rng = random.Random(index)  # one stream per resource: sizes share their common prefix
        self.has_union = index % 3 == 0
        self.extra_fields = self.rng.randint(2, 6)


def _model_schema(resource: _Resource, previous: _Resource | None) -> Schema:
    rng = resource.rng
    properties: dict[str, Schema] = {
        "id": {"type": "string", "format": "uuid", "description": f"Unique identifier for the {resource.snake}"},
        "created": {"type": "string", "format": "date-time", "nullable": True},
        "name": {"type": "string", "minLength": 1, "maxLength": 200},
        "description": {"type": "string", "nullable": True},
        "status": _ref(f"{resource.model}Status"),
        "tags": {"type": "array", "items": {"type": "string"}, "nullable": True},
        "metadata": {"type": "object", "additionalProperties": {}, "nullable": True},
        "priority": {"type": "string", "enum": ["low", "high", None], "nullable": True},
        "score": {"type": "number", "minimum": 0, "maximum": 1, "nullable": True},
        "position": {"type": "integer", "format": "int64"},
    }
    if previous is not None:
        properties["parent"] = {"allOf": [_ref(previous.model)], "nullable": True}
        properties[f"{previous.snake}_ids"] = {"type": "array", "items": {"type": "string", "format": "uuid"}}
    for number in range(resource.extra_fields):
        kind = rng.choice(("string", "integer", "boolean", "number"))
        properties[f"field_{number}"] = {"type": kind, "nullable": rng.random() < 0.5}
    if resource.has_union:
        properties["content"] = {
            "oneOf": [
                {
                    "type": "object",
                    "properties": {"type": {"type": "string", "enum": ["text"]}, "text": {"type": "string"}},
                    "required": ["type", "text"],
                },
                {
                    "type": "object",
                    "properties": {
                        "type": {"type": "string", "enum": ["image"]},
                        "url": {"type": "string", "format": "uri"},
                        "detail": {"type": "string", "enum": ["auto", "low", "high"]},
                    },
                    "required": ["type", "url"],
                },
            ]
        }
    return {
        "type": "object",
        "description": f"A {resource.snake.replace('_', ' ')}",
        "properties": properties,
        "required": ["id", "name", "status", "position"],
    }


def _create_schema(resource: _Resource) -> Schema:
    return {
        "type": "object",
        "properties": {
            "name": {"type": "string", "minLength": 1},
            "description": {"type": "string", "nullable": True},
            "status": _ref(f"{resource.model}Status"),
            "tags": {"type": "array", "items": {"type": "string"}},
            "metadata": {"type": "object", "additionalProperties": {"type": "string"}},
        },
        "required": ["name"],
        "additionalProperties": False,
    }


def _patch_schema(resource: _Resource) -> Schema:
    return {
        "type": "object",
        "properties": {
            "name": {"type": "string", "nullable": True},
            "description": {"type": "string", "nullable": True},
            "status": {"allOf": [_ref(f"{resource.model}Status")], "nullable": True},
            "tags": {"type": "array", "items": {"type": "string"}, "nullable": True},
        },
    }


def _status_schema(resource: _Resource) -> Schema:
    count = resource.rng.randint(2, len(_STATUS_WORDS))
    return {"type": "string", "enum": list(_STATUS_WORDS[:count])}


def _list_schema(resource: _Resource) -> Schema:
    return {
        "type": "object",
        "properties": {"objects": {"type": "array", "items": _ref(resource.model)}},
        "required": ["objects"],
    }


def _json_body(schema: Schema) -> Schema:
    return {"content": {"application/json": {"schema": schema}}}


def _answer(description: str, schema: Schema) -> Schema:
    return {"description": description, **_json_body(schema)}


_ERRORS = {
    "400": {"$ref": "#/components/responses/Error"},
    "404": {"$ref": "#/components/responses/Error"},
    "500": {"$ref": "#/components/responses/Error"},
}


def _paths(resource: _Resource) -> dict[str, Schema]:
    tag = [resource.model]
    plural = f"/v1/{resource.snake}s"
    id_param = {
        "name": f"{resource.snake}_id",
        "in": "path",
        "required": True,
        "schema": {"type": "string", "format": "uuid"},
        "description": f"{resource.model} id",
    }
    list_params = [
        {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 0, "nullable": True}},
        {"name": "starting_after", "in": "query", "schema": {"type": "string", "format": "uuid"}},
        {"name": "name", "in": "query", "schema": {"type": "string"}},
    ]
    return {
        plural: {
            "get": {
                "operationId": f"list{resource.model}s",
                "tags": tag,
                "summary": f"List {resource.snake}s",
                "parameters": list_params,
                "responses": {"200": _answer("A page", _ref(f"{resource.model}List")), **_ERRORS},
            },
            "post": {
                "operationId": f"create{resource.model}",
                "tags": tag,
                "summary": f"Create a {resource.snake}",
                "requestBody": {"required": True, **_json_body(_ref(f"Create{resource.model}"))},
                "responses": {"200": _answer("Created", _ref(resource.model)), **_ERRORS},
            },
        },
        f"{plural}/{{{resource.snake}_id}}": {
            "parameters": [id_param],
            "get": {
                "operationId": f"get{resource.model}",
                "tags": tag,
                "responses": {"200": _answer("Found", _ref(resource.model)), **_ERRORS},
            },
            "patch": {
                "operationId": f"update{resource.model}",
                "tags": tag,
                "requestBody": _json_body(_ref(f"Patch{resource.model}")),
                "responses": {"200": _answer("Updated", _ref(resource.model)), **_ERRORS},
            },
            "delete": {
                "operationId": f"delete{resource.model}",
                "tags": tag,
                "responses": {"200": _answer("Deleted", _ref(resource.model)), **_ERRORS},
            },
        },
    }


def build_spec(operations: int) -> dict[str, Any]:
    """A spec with ``operations`` operations and as many named schemas (rounded down to whole resources)."""
    resources = [_Resource(index) for index in range(max(1, operations // OPERATIONS_PER_RESOURCE))]
    paths: dict[str, Schema] = {}
    schemas: dict[str, Schema] = {
        "Error": {
            "type": "object",
            "properties": {"message": {"type": "string"}, "code": {"type": "string", "nullable": True}},
            "required": ["message"],
        }
    }
    previous: _Resource | None = None
    for resource in resources:
        paths.update(_paths(resource))
        schemas[resource.model] = _model_schema(resource, previous)
        schemas[f"{resource.model}Status"] = _status_schema(resource)
        schemas[f"Create{resource.model}"] = _create_schema(resource)
        schemas[f"Patch{resource.model}"] = _patch_schema(resource)
        schemas[f"{resource.model}List"] = _list_schema(resource)
        previous = resource
    return {
        "openapi": "3.0.3",
        "info": {"title": f"Synthetic API ({operations} operations)", "version": "1.0.0"},
        "servers": [{"url": "https://api.example.com"}],
        "security": [{"bearerAuth": []}],
        "paths": paths,
        "components": {
            "schemas": schemas,
            "responses": {"Error": _answer("An error", _ref("Error"))},
            "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}},
        },
    }


def write_spec(operations: int, target: Path) -> None:
    target.write_text(json.dumps(build_spec(operations), indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: synthetic.py OPERATIONS OUT.json")
    write_spec(int(sys.argv[1]), Path(sys.argv[2]))
