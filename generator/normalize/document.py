"""The typed view of the document's structure, through openapi-pydantic, with pointer-precise errors.

openapi-pydantic validates the structural objects (info, servers, operations, parameters, bodies,
responses, security schemes). Schemas are left out of that validation on purpose: they are read by our
own shape rules, which accept what real specs write under either version (DESIGN §2).
"""

from __future__ import annotations

import re
from typing import Any, TypeVar

import pydantic
from openapi_pydantic.v3.v3_1 import (
    Info,
    MediaType,
    Operation,
    Parameter,
    RequestBody,
    Response,
    SecurityScheme,
    Server,
    Tag,
)

from ..diagnostics import Diagnostics
from ..resolve import Located, ResolvedSpec

Model = TypeVar("Model", bound=pydantic.BaseModel)

_SUPPORTED = re.compile(r"^3\.(0|1)\.\d+$")
_NEXT = re.compile(r"^3\.2\.\d+$")

# Nested parts that our own stages read (schemas, and objects validated one by one with their own pointer).
# Where the model requires such a part, an empty placeholder stands in for it (_PLACEHOLDERS).
_STRIP: dict[type[pydantic.BaseModel], frozenset[str]] = {
    Operation: frozenset({"parameters", "requestBody", "responses", "callbacks", "servers"}),
    Parameter: frozenset({"schema", "content", "example", "examples"}),
    RequestBody: frozenset({"content"}),
    Response: frozenset({"content", "headers", "links"}),
    MediaType: frozenset({"schema", "example", "examples", "encoding"}),
    Server: frozenset(),
    SecurityScheme: frozenset(),
    Info: frozenset(),
    Tag: frozenset(),
}
_PLACEHOLDERS: dict[type[pydantic.BaseModel], dict[str, Any]] = {RequestBody: {"content": {}}}
# Real specs often leave out a response's description; that costs the client nothing, so it is not an error.
_LENIENT_DEFAULTS: dict[type[pydantic.BaseModel], dict[str, Any]] = {Response: {"description": ""}}


def typed(model: type[Model], located: Located, spec: ResolvedSpec, diagnostics: Diagnostics) -> Model | None:
    """Validates one structural object; each problem becomes a diagnostic at its own pointer."""
    node = located.node
    if not isinstance(node, dict):
        diagnostics.error(
            spec.display(located.loc),
            located.loc.pointer,
            f"expected an object ({model.__name__}), found {_kind(node)}",
            "document.shape",
        )
        return None
    strip = _STRIP.get(model, frozenset())
    data = {**_LENIENT_DEFAULTS.get(model, {}), **{key: value for key, value in node.items() if key not in strip}}
    data.update(_PLACEHOLDERS.get(model, {}))
    try:
        return model.model_validate(data)
    except pydantic.ValidationError as exc:
        for error in exc.errors(include_url=False):
            loc = [str(part) for part in error["loc"] if not str(part)[:1].isupper()]
            pointer = located.loc.child(*loc).pointer if loc else located.loc.pointer
            diagnostics.error(
                spec.display(located.loc), pointer, f"{model.__name__}: {error['msg']}", "document.invalid"
            )
        return None


def _kind(node: Any) -> str:
    kinds = {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
    return kinds.get(type(node)) or ("a number" if isinstance(node, (int, float)) else type(node).__name__)


def check_version(spec: ResolvedSpec, diagnostics: Diagnostics) -> str | None:
    """The major.minor version the document declares, or None (after an error) when it is not 3.0/3.1."""
    data = spec.root.data
    display = spec.root.display
    if data is None and not any(
        line.strip() and not line.lstrip().startswith("#") for line in spec.root.text.splitlines()
    ):
        diagnostics.error(display, "#", "the document is empty", "document.empty")
        return None
    if not isinstance(data, dict):
        diagnostics.error(
            display, "#", f"an OpenAPI document must be an object, found {_kind(data)}", "document.not-object"
        )
        return None
    if "swagger" in data:
        diagnostics.error(
            display,
            "#/swagger",
            f"Swagger {data['swagger']} is not supported; convert the document to OpenAPI 3.0 or 3.1",
            "document.swagger",
        )
        return None
    version = data.get("openapi")
    if version is None:
        diagnostics.error(display, "#", "no `openapi` field: this is not an OpenAPI 3 document", "document.no-version")
        return None
    version = str(version)
    if _SUPPORTED.match(version):
        return version[:3]
    if _NEXT.match(version):
        diagnostics.warning(
            display,
            "#/openapi",
            f"OpenAPI {version} is read as 3.1; features new in 3.2 are ignored",
            "document.version-3.2",
        )
        return "3.1"
    diagnostics.error(
        display, "#/openapi", f"OpenAPI version {version!r} is not supported (3.0.x and 3.1.x are)", "document.version"
    )
    return None
