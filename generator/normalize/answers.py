"""The answer of an operation's first success, read before the operation is normalized: which code comes
first, and whether it is one thing rather than a listing (which names a GET ``retrieve`` or ``list``)."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from ..resolve import Located, ResolvedSpec
from .english import is_plural
from .media_types import pick_json_media_type
from .method_names import path_segments
from .names import snake_case
from .shapes import ShapeReader

_OBJECT = frozenset({"object"})
_ONE_OBJECT = (_OBJECT, frozenset({"object", "null"}))
"""An object, or one that may be null (a nullable answer is still one object, where there is one)."""
_SCALARS = frozenset({"string", "number", "integer", "boolean", "null"})


def success_codes(responses: dict[Any, Any]) -> list[str]:
    """The success codes of ``responses``, first first (``2XX`` after the codes it covers); else ``default``."""
    codes = sorted((str(code) for code in responses if str(code).startswith("2")), key=lambda c: c.replace("X", "9"))
    return codes or (["default"] if "default" in responses else [])


def _success_content(spec: ResolvedSpec, operation: Located) -> tuple[Located, dict[Any, Any]] | None:
    """The first success code's response and its content, where it has some (silent: the response is
    checked, and reported, where the operation is normalized)."""
    responses = operation.node.get("responses")
    codes = success_codes(responses) if isinstance(responses, dict) else []
    if not codes or not isinstance(responses, dict):
        return None
    response = spec.follow(operation.child("responses", next(k for k in responses if str(k) == codes[0])))
    content = response.node.get("content") if isinstance(response.node, dict) else None
    return (response, content) if isinstance(content, dict) and content else None


def _json_schema(response: Located, content: dict[Any, Any], media_type: str) -> Located | None:
    """The schema of the response's JSON answer (under ``media_type``), where it has one."""
    if not isinstance(content[media_type], dict) or "schema" not in content[media_type]:
        return None
    return response.child("content", media_type, "schema")


def answers_one_object(
    spec: ResolvedSpec, reader: ShapeReader, operation: Located, path: str, items_fields: Collection[str]
) -> bool:
    """Whether the answer of the operation's first success is one thing, not a listing: an object with no
    array property that reads as the list (one of ``items_fields``, a pagination rule's, or any array where
    the path's last word is plural), a single JSON value (a string, a number), or text or bytes. An array,
    a union, or a JSON answer of no known shape is a listing, and so is what the operation's own id calls
    one (``listThings``)."""
    operation_id = operation.node.get("operationId")
    if isinstance(operation_id, str) and snake_case(operation_id).partition("_")[0] == "list":
        return False
    found = _success_content(spec, operation)
    if found is None:
        return False
    response, content = found
    media_type = pick_json_media_type(content)
    if media_type is None:
        return True  # text (``GET /ping``: a string) or bytes
    schema = _json_schema(response, content, media_type)
    if schema is None:
        return False
    shape = reader.read(schema)
    if not shape.groups and shape.types and shape.types <= _SCALARS:
        return True
    if shape.groups or shape.items or not (shape.types in _ONE_OBJECT or (shape.types is None and shape.properties)):
        return False
    arrays = {
        name
        for name, places in shape.properties.items()
        if any("array" in (reader.read(place).types or ()) for place in places)
    }
    words = path_segments(path)
    plural = bool(words) and is_plural(words[-1])
    return not arrays & set(items_fields) and not (arrays and plural)


def only_empty_object(reader: ShapeReader, schema: Located) -> bool:
    """Whether the only value the schema allows is the empty object: closed, without properties, and
    without a keyword the generator does not read (``patternProperties`` admits keys that ``properties``
    does not list)."""
    shape = reader.read(schema)
    return (
        shape.closed
        and not shape.properties
        and not shape.groups
        and not shape.unsupported
        and shape.types in (None, _OBJECT)
        and shape.enum is None
    )
