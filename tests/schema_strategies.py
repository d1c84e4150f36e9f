"""Hypothesis strategies for JSON instances of a JSON Schema (the subset OpenAPI 3.1 documents use).

Written from the JSON Schema rules, independently of the generator's own reading of schemas, so the
round-trip tests compare the generated models against the schema rather than against themselves.
Values are kept small (short strings and arrays, bounded recursion) so that many examples run fast.
"""

from __future__ import annotations

import datetime
import itertools
from typing import Any

from hypothesis import strategies as st

JSON_SCALARS = (
    st.none() | st.booleans() | st.integers(-1000, 1000) | st.floats(-1e6, 1e6, allow_nan=False) | st.text(max_size=8)
)
ANY_JSON = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)
_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
_ANNOTATIONS = frozenset(
    {
        "description",
        "title",
        "default",
        "example",
        "examples",
        "deprecated",
        "readOnly",
        "writeOnly",
        "format",
        "$comment",
    }
)


class Impossible(Exception):
    """No instance satisfies the schema (an allOf whose members contradict each other)."""


class SchemaStrategies:
    def __init__(self, document: dict[str, Any], max_depth: int = 4) -> None:
        self.document = document
        self.max_depth = max_depth

    def resolve(self, schema: Any) -> Any:
        seen = set()
        while isinstance(schema, dict) and "$ref" in schema and len(schema) == 1:
            ref = schema["$ref"]
            if ref in seen:
                raise Impossible(f"reference cycle {ref}")
            seen.add(ref)
            node: Any = self.document
            for token in ref.lstrip("#/").split("/"):
                node = node[token.replace("~1", "/").replace("~0", "~")]
            schema = node
        return schema

    def for_schema(self, schema: Any, depth: int = 0) -> st.SearchStrategy[Any]:
        schema = self.resolve(schema)
        if schema is True or schema == {}:
            return ANY_JSON
        if schema is False:
            raise Impossible("false")
        if "$ref" in schema:  # a reference with siblings: both hold
            schema = {"allOf": [{"$ref": schema["$ref"]}, {k: v for k, v in schema.items() if k != "$ref"}]}
        if "allOf" in schema:
            return self._all_of(schema, depth)
        for union in ("anyOf", "oneOf"):
            if union in schema:
                rest = {k: v for k, v in schema.items() if k != union}
                options = []
                for variant in schema[union]:
                    try:
                        options.append(
                            self.for_schema(self.merge([rest, variant]) if _structural(rest) else variant, depth + 1)
                        )
                    except Impossible:
                        continue
                if not options:
                    raise Impossible(union)
                if depth >= self.max_depth:
                    options = options[:1] if not _allows_null(schema) else [st.none()]
                return st.one_of(options)
        if "const" in schema:
            return st.just(schema["const"])
        if "enum" in schema:
            return st.sampled_from(schema["enum"])
        types = schema.get("type")
        if types is None:
            if "properties" in schema or "additionalProperties" in schema:
                types = ["object"]
            elif "items" in schema:
                types = ["array"]
            else:
                return ANY_JSON
        if isinstance(types, str):
            types = [types]
        if depth >= self.max_depth and "null" in types:
            return st.none()
        return st.one_of([self._typed(schema, kind, depth) for kind in types])

    def _typed(self, schema: dict[str, Any], kind: str, depth: int) -> st.SearchStrategy[Any]:
        if kind == "null":
            return st.none()
        if kind == "boolean":
            return st.booleans()
        if kind == "integer":
            low = _bound(schema, "minimum", "exclusiveMinimum", 1)
            high = _bound(schema, "maximum", "exclusiveMaximum", -1)
            return st.integers(
                min_value=int(low) if low is not None else -10_000, max_value=int(high) if high is not None else 10_000
            )
        if kind == "number":
            return st.floats(
                min_value=schema.get("minimum", schema.get("exclusiveMinimum", -1e9)),
                max_value=schema.get("maximum", schema.get("exclusiveMaximum", 1e9)),
                exclude_min="exclusiveMinimum" in schema,
                exclude_max="exclusiveMaximum" in schema,
                allow_nan=False,
                allow_infinity=False,
            )
        if kind == "string":
            return self._string(schema)
        if kind == "array":
            items = self.for_schema(schema.get("items", {}), depth + 1)
            low = schema.get("minItems", 0)
            return st.lists(items, min_size=low, max_size=max(low, min(schema.get("maxItems", 3), 3)), unique_by=None)
        if kind == "object":
            return self._object(schema, depth)
        raise Impossible(f"type {kind}")

    def _string(self, schema: dict[str, Any]) -> st.SearchStrategy[str]:
        formatted = {
            "date-time": st.datetimes(
                min_value=datetime.datetime(1990, 1, 1),
                max_value=datetime.datetime(2100, 1, 1),
                timezones=st.just(datetime.UTC),
            ).map(lambda moment: moment.isoformat().replace("+00:00", "Z")),
            "date": st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2100, 1, 1)).map(
                datetime.date.isoformat
            ),
            "uuid": st.uuids().map(str),
            "uri": st.from_regex(r"https://[a-z]{1,8}\.example/[a-z0-9/]{0,12}", fullmatch=True),
        }.get(schema.get("format", ""))
        if formatted is not None:
            return formatted
        if "pattern" in schema:
            return st.from_regex(schema["pattern"])
        low = schema.get("minLength", 0)
        high = schema.get("maxLength", max(low, 12))
        return st.text(
            st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=low, max_size=min(high, max(low, 12))
        )

    def _object(self, schema: dict[str, Any], depth: int) -> st.SearchStrategy[dict[str, Any]]:
        properties = schema.get("properties", {})
        required = [name for name in schema.get("required", []) if name in properties]
        optional = [name for name in properties if name not in required]
        fixed = {name: self.for_schema(properties[name], depth + 1) for name in required}
        maybe = (
            {name: self.for_schema(properties[name], depth + 1) for name in optional} if depth < self.max_depth else {}
        )
        additional = schema.get("additionalProperties", True)
        extra_keys = _TEXT.filter(lambda key: key not in properties)
        if additional is False or depth >= self.max_depth:
            extras: st.SearchStrategy[dict[str, Any]] = st.just({})
        elif isinstance(additional, dict) and additional:
            extras = st.dictionaries(extra_keys, self.for_schema(additional, depth + 1), max_size=2)
        else:
            extras = st.dictionaries(extra_keys, ANY_JSON, max_size=1)
        return st.builds(_combine, st.fixed_dictionaries(fixed, optional=maybe), extras)

    def merge(self, members: list[Any]) -> dict[str, Any]:
        """allOf: properties and required united; types, enums and consts intersected."""
        merged: dict[str, Any] = {}
        for raw in members:
            member = self.resolve(raw)
            if member is True or member == {}:
                continue
            if member is False:
                raise Impossible("false")
            if "allOf" in member:
                member = {**{k: v for k, v in member.items() if k != "allOf"}, **self.merge(member["allOf"])}
            for key, value in member.items():
                if key in _ANNOTATIONS:
                    continue
                if key == "properties":
                    target = merged.setdefault("properties", {})
                    for name, sub in value.items():
                        target[name] = {"allOf": [target[name], sub]} if name in target else sub
                elif key == "required":
                    merged["required"] = sorted(set(merged.get("required", [])) | set(value))
                elif key == "type":
                    kinds = {value} if isinstance(value, str) else set(value)
                    if "type" in merged:
                        before = {merged["type"]} if isinstance(merged["type"], str) else set(merged["type"])
                        kinds = before & kinds | (
                            {"integer"}
                            if ("number" in before and "integer" in kinds)
                            or ("integer" in before and "number" in kinds)
                            else set()
                        )
                        if not kinds:
                            raise Impossible("types")
                    merged["type"] = sorted(kinds)
                elif key in ("anyOf", "oneOf"):
                    merged.setdefault("_groups", []).append(value)
                elif key == "enum" and "enum" in merged:
                    merged["enum"] = [v for v in merged["enum"] if v in value]
                    if not merged["enum"]:
                        raise Impossible("enum")
                elif key == "const" and "const" in merged and merged["const"] != value:
                    raise Impossible("const")
                else:
                    merged[key] = value
        return merged

    def _all_of(self, schema: dict[str, Any], depth: int) -> st.SearchStrategy[Any]:
        return self._from_merged(
            self.merge([{k: v for k, v in schema.items() if k != "allOf"}, *schema["allOf"]]), depth
        )

    def _from_merged(self, merged: dict[str, Any], depth: int) -> st.SearchStrategy[Any]:
        """A merged allOf whose union members are distributed: one option per possible combination."""
        groups = merged.pop("_groups", [])
        if not groups:
            return self.for_schema(merged, depth)
        if depth > self.max_depth + 4:
            raise Impossible("unions nest too deeply")
        options = []
        for combination in itertools.product(*groups):
            try:
                options.append(self._from_merged(self.merge([merged, *combination]), depth + 1))
            except Impossible:
                continue
        if not options:
            raise Impossible("allOf")
        return st.one_of(options)


def _combine(fixed: dict[str, Any], extras: dict[str, Any]) -> dict[str, Any]:
    return {**extras, **fixed}


def _structural(schema: dict[str, Any]) -> bool:
    return any(key not in _ANNOTATIONS for key in schema)


def _allows_null(schema: dict[str, Any]) -> bool:
    return any(
        isinstance(v, dict) and v.get("type") in ("null", ["null"])
        for v in schema.get("anyOf", schema.get("oneOf", []))
    )


def _bound(schema: dict[str, Any], inclusive: str, exclusive: str, step: int) -> float | None:
    if inclusive in schema:
        return float(schema[inclusive])
    if exclusive in schema:
        return float(schema[exclusive]) + step
    return None
