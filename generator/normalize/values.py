"""JSON values against the types the IR gives them: enum values and defaults that fit, and how a value is
shown in a message."""

from __future__ import annotations

import json
import math
from typing import Any

from ..ir import JsonValue, LiteralType, PrimitiveType, SpecText, TypeExpr
from ..json_values import json_equal
from .shapes import json_type_of


def as_json(value: Any) -> JsonValue:
    """A value read from a JSON or YAML document, as the IR holds one: its strings (keys too) are spec text,
    which a template can print only through an escaping filter."""
    if isinstance(value, str):
        return SpecText(value)
    if isinstance(value, list):
        return [as_json(item) for item in value]
    if isinstance(value, dict):
        return {SpecText(key): as_json(item) for key, item in value.items()}
    return value  # type: ignore[no-any-return]


def text(value: Any) -> SpecText | None:
    """Spec text worth printing: a string with more than blanks in it (else None)."""
    return SpecText(value) if isinstance(value, str) and value.strip() else None


def is_of_type(value: Any, json_type: str) -> bool:
    """Whether a JSON value is of a JSON Schema type (infinity, YAML's ``.inf``, is a number)."""
    if json_type == "integer":
        return (isinstance(value, int) and not isinstance(value, bool)) or (
            isinstance(value, float) and value.is_integer()
        )
    if json_type == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return json_type == json_type_of(value) or (json_type == "null" and value is None)


def shown(value: Any) -> str:
    """A value as the spec would write it, shortened for a message."""
    if isinstance(value, float) and not math.isfinite(value):
        # YAML's .inf, or a number too large for a float (1e400), which reading made infinite
        return "NaN" if math.isnan(value) else "infinity" if value > 0 else "-infinity"
    written = json.dumps(value, ensure_ascii=True)
    return written if len(written) <= 60 else written[:57] + "..."


_JSON_TYPE_OF_KIND = {
    "str": "string",
    "int": "integer",
    "float": "number",
    "bool": "boolean",
    "datetime": "string",
    "date": "string",
}
"""The JSON type of each kind of primitive whose defaults the models render or could."""


def default_misfits(default: Any, expr: TypeExpr) -> bool:
    """Whether a default can be no value of the field's type (a string for an integer, a value its
    Literal does not list); a default of a type the models do not render defaults for is not judged."""
    if isinstance(expr, LiteralType):
        return not any(json_equal(default, value) for value in expr.values)
    if isinstance(expr, PrimitiveType):
        json_type = _JSON_TYPE_OF_KIND.get(expr.kind)
        return json_type is not None and not is_of_type(default, json_type)
    return False


def default_fits(default: Any, expr: TypeExpr) -> bool:
    """Only defaults that the field's own type accepts are rendered (pydantic does not check them)."""
    if isinstance(expr, LiteralType):
        return any(json_equal(default, value) for value in expr.values)
    if isinstance(expr, PrimitiveType) and expr.kind in _RENDERED_DEFAULT_KINDS:
        # a whole float is an integer in JSON, but not in an annotation (`x: int = 1.0`)
        whole_float_for_int = expr.kind == "int" and isinstance(default, float)
        return is_of_type(default, _JSON_TYPE_OF_KIND[expr.kind]) and not whole_float_for_int
    return False


_RENDERED_DEFAULT_KINDS = frozenset({"str", "int", "float", "bool"})
