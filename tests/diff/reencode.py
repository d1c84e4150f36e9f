"""Rewrites a document between the 3.1 and the 3.0 encodings of the same API, for the encoding tests.

3.1 says null with type lists (``type: [string, "null"]``), ``const``, numeric ``exclusiveMinimum`` and
``anyOf: [{$ref}, {type: "null"}]``; 3.0 says ``nullable: true``, one-value ``enum``, boolean
``exclusiveMinimum`` beside ``minimum``, and ``allOf: [{$ref}]`` with ``nullable``. Only schema nodes
are rewritten (they are found by the keywords that hold schemas), never examples or enum values.
"""

from __future__ import annotations

import copy
from typing import Any

_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_VALUES = ("items", "not", "additionalProperties", "contains", "propertyNames", "if", "then", "else")
_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions")
_STRUCTURE = {"$ref", "type", "properties", "items", "enum", "allOf", "anyOf", "oneOf", "additionalProperties"}


def to_30(document: dict[str, Any]) -> dict[str, Any]:
    result = copy.deepcopy(document)
    result["openapi"] = "3.0.3"
    _walk_document(result, _schema_to_30)
    return result


def to_31(document: dict[str, Any]) -> dict[str, Any]:
    result = copy.deepcopy(document)
    result["openapi"] = "3.1.0"
    _walk_document(result, _schema_to_31)
    return result


def _schema_to_30(schema: dict[str, Any]) -> None:
    types = schema.get("type")
    if isinstance(types, list) and "null" in types and len(types) > 1:
        rest = [t for t in types if t != "null"]
        schema["type"] = rest[0] if len(rest) == 1 else rest
        schema["nullable"] = True
    if "const" in schema:
        schema["enum"] = [schema.pop("const")]
    for bound, exclusive in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
        value = schema.get(exclusive)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            schema[bound] = value
            schema[exclusive] = True
    for key in ("anyOf", "oneOf"):
        variants = schema.get(key)
        if isinstance(variants, list) and len(variants) == 2 and {"type": "null"} in variants:
            other = next(v for v in variants if v != {"type": "null"})
            if isinstance(other, dict) and set(other) == {"$ref"} and set(schema) == {key}:
                del schema[key]
                schema["allOf"] = [other]
                schema["nullable"] = True


def _schema_to_31(schema: dict[str, Any]) -> None:
    nullable = schema.pop("nullable", None) is True
    # 3.0 specs put `nullable` in an annotation-only allOf member beside a $ref: it is the parent's.
    members = schema.get("allOf") or []
    for member in members:
        if isinstance(member, dict) and member.get("nullable") is True and not set(member) & _STRUCTURE:
            del member["nullable"]
            nullable = True
            # the member's annotations (description) move up with it, where 3.1 writes them
            for key in list(member):
                schema.setdefault(key, member.pop(key))
    if nullable and members:
        schema["allOf"] = [m for m in members if m]
    for bound, exclusive in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
        if schema.get(exclusive) is True and bound in schema:
            schema[exclusive] = schema.pop(bound)
        elif schema.get(exclusive) is False:
            del schema[exclusive]
    if not nullable:
        return
    types = schema.get("type")
    if isinstance(types, str):
        schema["type"] = [types, "null"]
        if isinstance(schema.get("enum"), list) and None not in schema["enum"]:
            schema["enum"] = [*schema["enum"], None]
    elif isinstance(types, list):
        if "null" not in types:
            schema["type"] = [*types, "null"]
    elif "$ref" in schema or "allOf" in schema:
        refs = [{"$ref": schema.pop("$ref")}] if "$ref" in schema else schema.pop("allOf")
        inner = refs[0] if len(refs) == 1 else {"allOf": refs}
        schema["anyOf"] = [inner, {"type": "null"}]
    elif "anyOf" in schema or "oneOf" in schema:
        key = "anyOf" if "anyOf" in schema else "oneOf"
        schema[key] = [*schema[key], {"type": "null"}]
    elif "enum" in schema and None not in schema["enum"]:
        schema["enum"] = [*schema["enum"], None]
    # a bare `nullable: true` with no type already allows any value, null included


def _walk_document(document: dict[str, Any], rewrite: Any) -> None:
    components = document.get("components") or {}
    for schema in (components.get("schemas") or {}).values():
        _walk_schema(schema, rewrite)
    for parameter in (components.get("parameters") or {}).values():
        _walk_holder(parameter, rewrite)
    for holder in list((components.get("requestBodies") or {}).values()) + list(
        (components.get("responses") or {}).values()
    ):
        _walk_content(holder, rewrite)
    for item in (document.get("paths") or {}).values():
        if not isinstance(item, dict):
            continue
        for parameter in item.get("parameters") or []:
            _walk_holder(parameter, rewrite)
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            for parameter in operation.get("parameters") or []:
                _walk_holder(parameter, rewrite)
            _walk_content(operation.get("requestBody"), rewrite)
            for response in (operation.get("responses") or {}).values():
                _walk_content(response, rewrite)


def _walk_holder(holder: Any, rewrite: Any) -> None:
    if isinstance(holder, dict) and isinstance(holder.get("schema"), dict):
        _walk_schema(holder["schema"], rewrite)


def _walk_content(holder: Any, rewrite: Any) -> None:
    if isinstance(holder, dict):
        for media in (holder.get("content") or {}).values():
            _walk_holder(media, rewrite)


def _walk_schema(schema: Any, rewrite: Any) -> None:
    if not isinstance(schema, dict):
        return
    rewrite(schema)  # the parent first: it may take a mark from a member (see _schema_to_31)
    for key in _SCHEMA_LISTS:
        for member in schema.get(key) or []:
            _walk_schema(member, rewrite)
    for key in _SCHEMA_VALUES:
        _walk_schema(schema.get(key), rewrite)
    for key in _SCHEMA_MAPS:
        for member in (schema.get(key) or {}).values():
            _walk_schema(member, rewrite)
