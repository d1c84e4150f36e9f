"""Which media type of an OpenAPI ``content`` map the client uses, and how it encodes a body of it.

JSON is preferred wherever it is offered (``application/json``, any ``+json`` type, and ``*/*`` unless its
schema is bytes); a body that is not JSON is sent as a form, multipart, bytes or text, by its media type.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from ..ir import BodyEncoding

JSON_TYPES = re.compile(r"^application/(?:[\w.+-]+\+)?json$|^\*/\*$")
"""Media types read and sent as JSON (lower-cased, without parameters)."""


def json_parameter_content(parameter: dict[str, Any]) -> str | None:
    """The JSON media type of a parameter described by ``content`` rather than ``schema`` (one entry, per
    OpenAPI), whose schema says what the value's JSON text holds; None for any other."""
    content = parameter.get("content")
    if not isinstance(content, dict) or len(content) != 1:
        return None
    ((media_type, media),) = content.items()
    if not isinstance(media_type, str) or not JSON_TYPES.match(_essence(media_type)):
        return None
    if media_type.strip() == "*/*" or not isinstance(media, dict):
        return None
    return media_type if "schema" in media else None


def pick_json_media_type(content: Any) -> str | None:
    """The JSON media type the client sends or reads, where ``content`` offers several: ``application/json``,
    then the others in sorted order (``merge-patch+json`` before ``strategic-merge-patch+json``), JSON Patch
    last but for ``*/*``: its body is an array of operations (RFC 6902), which an object given for a
    Kubernetes-style PATCH is not, so that the other patch types serve the object."""
    if not isinstance(content, dict):
        return None
    offered = [str(key) for key in content if JSON_TYPES.match(_essence(str(key)))]
    return min(offered, key=_json_preference, default=None)


_FIRST_JSON_TYPE = "application/json"
_LAST_JSON_TYPES = ("application/json-patch+json", "*/*")


def _json_preference(media_type: str) -> tuple[int, str]:
    essence = _essence(media_type)
    if essence == _FIRST_JSON_TYPE:
        return 0, media_type
    if essence in _LAST_JSON_TYPES:
        return 2 + _LAST_JSON_TYPES.index(essence), media_type
    return 1, media_type


def _essence(media_type: str) -> str:
    """The media type without its parameters, lower-cased: media types are case-insensitive (RFC 9110)."""
    return media_type.split(";")[0].strip().lower()


NOT_JSON_BODIES: tuple[tuple[str, BodyEncoding], ...] = (
    ("application/x-www-form-urlencoded", "form"),
    ("multipart/form-data", "multipart"),  # which can carry files
    ("application/octet-stream", "binary"),
    ("text/plain", "text"),
)


def pick_body_media_type(content: Any) -> tuple[str | None, BodyEncoding]:
    """The request body's media type and how the client encodes it: JSON first (``*/*`` only where its
    schema is not a binary string), then, in this order, the kinds of :data:`NOT_JSON_BODIES`, then any
    other media type, sent as it is (``text/...`` as text, the rest as bytes: an image, a PDF, ``*/*``);
    (None, "json") where there is none."""
    json_type = pick_json_media_type(content)
    if json_type is not None and not (json_type == "*/*" and is_binary_string(content[json_type])):
        return json_type, "json"
    if not isinstance(content, dict) or not content:
        return None, "json"
    for media_type, encoding in NOT_JSON_BODIES:
        if media_type in content:
            return media_type, encoding
    media_type = sorted(str(key) for key in content)[0]
    return media_type, "text" if media_type.startswith("text/") else "binary"


def describes_structure(schema: object) -> bool:
    """Whether a body's schema describes a structure (an object, an array, a number) rather than text or bytes."""
    if not isinstance(schema, dict):
        return False
    declared = schema.get("type")
    return declared not in (None, "string") or any(key in schema for key in ("properties", "items", "$ref"))


def is_binary_string(media: object) -> bool:
    """Whether a media type object's schema is a string of bytes (``format: binary``)."""
    schema = media.get("schema") if isinstance(media, dict) else None
    return isinstance(schema, dict) and schema.get("type") == "string" and schema.get("format") == "binary"


FIELD_STYLES = ("form", "spaceDelimited", "pipeDelimited", "deepObject")
"""The styles ``encoding`` may give a field of a form or multipart body (OpenAPI 3.1, 4.8.15)."""


class FieldEncodings(NamedTuple):
    styles: tuple[tuple[str, str, bool], ...]
    """(wire name, style, explode) of each field ``encoding`` gives a style or explode."""
    json_parts: tuple[str, ...]
    """The fields of a multipart body that ``encoding`` sends as JSON."""
    problems: tuple[tuple[str, str], ...]
    """(field, message) for each entry that cannot be used."""
    part_types: tuple[tuple[str, str], ...] = ()
    """(wire name, media type) of each multipart field whose ``contentType`` is one media type, not JSON:
    the type of its file part where the caller gives none (``image/png``)."""
    described: frozenset[str] = frozenset()
    """The fields whose entry gives a style, ``explode`` or ``contentType``: the others are sent by default."""


def field_encodings(media: dict[str, Any], encoding: BodyEncoding) -> FieldEncodings:
    """What the ``encoding`` map of a form or multipart media type says of each field's serialization."""
    entries = media.get("encoding")
    if encoding not in ("form", "multipart") or not isinstance(entries, dict):
        return FieldEncodings((), (), ())
    styles: list[tuple[str, str, bool]] = []
    json_parts: list[str] = []
    part_types: list[tuple[str, str]] = []
    described: set[str] = set()
    problems: list[tuple[str, str]] = []
    for name, entry in sorted(entries.items()):
        if not isinstance(entry, dict):
            problems.append((name, "an encoding entry must be an object"))
            continue
        style, explode = entry.get("style"), entry.get("explode")
        if style is not None and style not in FIELD_STYLES:
            problems.append(
                (name, f"style {style!r} is none of {', '.join(FIELD_STYLES)}; the field is sent as by default")
            )
            continue
        if style is not None or explode is not None:
            style = style or "form"
            styles.append((name, style, explode if isinstance(explode, bool) else style == "form"))
            described.add(name)
        content_type = entry.get("contentType")
        if encoding == "multipart" and isinstance(content_type, str):
            described.add(name)
            if JSON_TYPES.match(content_type.split(";")[0].strip().lower()):
                json_parts.append(name)
            elif "," not in content_type and "*" not in content_type and content_type.strip():
                part_types.append((name, content_type.strip()))
    return FieldEncodings(tuple(styles), tuple(json_parts), tuple(problems), tuple(part_types), frozenset(described))
