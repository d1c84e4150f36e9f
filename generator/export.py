"""The normalized document: the resolved spec rewritten as plain OpenAPI 3.1 (``oapigen normalize``).

Tools that read the spec by the letter of its version (Prism, validators) cannot see what the spec
means where it bends the rules: Prism fails to compile a schema with ``nullable`` beside an enum that
lists null, or ``nullable`` without a type, and then accepts any body. This writes every schema the
way 3.1 says it, with the reading of DESIGN §2 that the generator applies:

- R1/R3: ``nullable: true``, or an enum that lists null, becomes ``"null"`` in a type list (and exactly
  one ``null`` in the enum, which JSON Schema needs to accept it); a typeless ``nullable`` is dropped,
  since a schema without a type already accepts null.
- R4: ``$ref`` (or a union or ``allOf``) beside ``nullable: true`` becomes ``anyOf: [it, {type: null}]``.
- R10: 3.0's boolean ``exclusiveMinimum``/``exclusiveMaximum`` become 3.1's numeric bounds.
- What references name in other files is copied into the root's components, each into the section of
  its kind (``schemas``, ``parameters``, ``responses``, ``requestBodies``, ``headers``, ``pathItems``...),
  and the references rewritten, so the result is one self-contained document.
"""

from __future__ import annotations

import copy
import json
import math
import re
from pathlib import Path
from typing import Any

from .config import HTTP_METHODS
from .diagnostics import join_pointer, last_token
from .json_values import json_key
from .normalize.names import numbered
from .normalize.shapes import ANNOTATION_KEYS
from .resolve import Located, Location, ResolvedSpec, child_role

_SCHEMA_MAPS = frozenset({"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"})
_SCHEMA_VALUES = frozenset(
    {
        "items",
        "additionalProperties",
        "not",
        "contains",
        "propertyNames",
        "if",
        "then",
        "else",
        "unevaluatedItems",
        "unevaluatedProperties",
        "additionalItems",
    }
)
_SCHEMA_LISTS = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})


def schema_31(node: Any) -> Any:
    """One schema, rewritten to 3.1 (see the module's docstring); the input is not changed."""
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "nullable":
            continue
        if key in _SCHEMA_MAPS and isinstance(value, dict):
            out[key] = {name: schema_31(child) for name, child in value.items()}
        elif key in _SCHEMA_VALUES and isinstance(value, dict):
            out[key] = schema_31(value)
        elif key in _SCHEMA_LISTS and isinstance(value, list):
            out[key] = [schema_31(child) for child in value]
        elif key in ("exclusiveMinimum", "exclusiveMaximum") and isinstance(value, bool):
            continue
        else:
            out[key] = copy.deepcopy(value)
    for exclusive, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        if node.get(exclusive) is True and bound in node:
            out[exclusive] = out.pop(bound)
    enum = out.get("enum")
    nullable = node.get("nullable") is True or (isinstance(enum, list) and None in enum)
    return _with_null(out) if nullable else out


def _with_null(schema: dict[str, Any]) -> dict[str, Any]:
    enum = schema.get("enum")
    if isinstance(enum, list):
        schema["enum"] = [value for value in _unique(enum) if value is not None] + [None]
    declared = schema.get("type")
    if isinstance(declared, str):
        schema["type"] = [declared] if declared == "null" else [declared, "null"]
        return schema
    if isinstance(declared, list):
        schema["type"] = [t for t in _unique(declared) if t != "null"] + ["null"]
        return schema
    structure = {key for key in schema if key not in ANNOTATION_KEYS and not key.startswith("x-")}
    if not structure or structure == {"enum"}:
        return schema  # no type: null is accepted already (an enum keeps its one null)
    for union in ("anyOf", "oneOf"):
        if structure == {union}:
            if not any(isinstance(v, dict) and v.get("type") in ("null", ["null"]) for v in schema[union]):
                schema[union] = [*schema[union], {"type": "null"}]
            return schema
    annotations = {key: value for key, value in schema.items() if key not in structure}
    rest = {key: value for key, value in schema.items() if key in structure}
    return {**annotations, "anyOf": [rest, {"type": "null"}]}


def _unique(values: list[Any]) -> list[Any]:
    """``values`` without repeats, as JSON Schema's ``enum`` requires (1 and 1.0 are one value)."""
    return list({json_key(value): value for value in reversed(values)}.values())[::-1]


_SECTION_OF_KEY = {
    "schema": "schemas",
    "schemas": "schemas",
    "parameters": "parameters",
    "requestBody": "requestBodies",
    "requestBodies": "requestBodies",
    "responses": "responses",
    "headers": "headers",
    "links": "links",
    "callbacks": "callbacks",
    "paths": "pathItems",
    "webhooks": "pathItems",
    "pathItems": "pathItems",
    "securitySchemes": "securitySchemes",
}
"""The components section of what stands under a key (its value, each item of a list, or each value of a
map of names): a parameter in another file goes to ``components/parameters``, a path item to
``components/pathItems``. Any other key keeps the section of the object it is in (a schema's
subschemas are schemas)."""


_NOT_IN_COMPONENT_NAMES = re.compile(r"[^A-Za-z0-9._-]+")


def _component_name(text: str) -> str:
    """``text`` as OpenAPI allows a component's name (letters, digits, ``.``, ``-``, ``_``): a path item
    moved from another file's ``paths`` (``/pets/{id}``) is named ``pets_id``."""
    return _NOT_IN_COMPONENT_NAMES.sub("_", text).strip("_")


class _Bundler:
    """Rewrites references so that the document stands alone: what they name in other files moves into the
    root's components, each into the section of its kind (a schema, a parameter, a response, ...)."""

    def __init__(self, spec: ResolvedSpec) -> None:
        self.spec = spec
        self.root_file = str(spec.root.path)
        self.names: dict[Location, tuple[str, str]] = {}
        self.pending: list[Location] = []
        components = spec.root.data.get("components")
        sections = components if isinstance(components, dict) else {}
        self.taken: dict[str, set[str]] = {
            section: set(names) for section, names in sections.items() if isinstance(names, dict)
        }

    def rewrite(self, node: Any, file: str, among_names: bool = False, section: str = "schemas") -> Any:
        """A copy of ``node`` whose references all point into the root document (``among_names``: the keys
        of ``node`` are names of the spec's choosing, see :func:`~generator.resolve.child_role`;
        ``section``: the components section that a reference here names an object of)."""
        if isinstance(node, list):
            return [self.rewrite(item, file, section=section) for item in node]
        if not isinstance(node, dict):
            return node
        out = {}
        for key, value in node.items():
            role = child_role(key, among_names)
            if role == "data":
                out[key] = value
                continue
            # a callback's entries (runtime expressions) are path items; a name keeps its map's section
            inner = "pathItems" if section == "callbacks" and not among_names else section
            inner = inner if among_names else _SECTION_OF_KEY.get(key, inner)
            out[key] = self.rewrite(value, file, role == "names", inner)
        ref = node.get("$ref")
        if isinstance(ref, str) and not among_names:
            out["$ref"] = self._reference(ref, file, section)
        mapping = out.get("discriminator", {}).get("mapping") if isinstance(out.get("discriminator"), dict) else None
        if isinstance(mapping, dict) and not among_names and section == "schemas":
            # a value with a `#` is a reference (a bare one is a schema's name), relative to this file
            out["discriminator"] = {
                **out["discriminator"],
                "mapping": {
                    tag: self._reference(value, file, "schemas") if isinstance(value, str) and "#" in value else value
                    for tag, value in mapping.items()
                },
            }
        return out

    def _reference(self, ref: str, file: str, section: str) -> str:
        """``ref`` (written in ``file``) as a reference within the root document: to what it names in the
        root, or to the copy of what it names elsewhere among the root's components."""
        target = self.spec.target_of(Located({"$ref": ref}, Location(file, "#")))
        if target is None:
            return ref
        if target.file == self.root_file:
            return target.pointer  # written in another file as `../openapi.yaml#/...`: now it is local
        kind, name = self._name_for(target, section)
        return f"#/components/{kind}/{name}"  # a component name (letters, digits, ._-) needs no escaping

    def _name_for(self, target: Location, section: str) -> tuple[str, str]:
        """The section and name the target takes among the root's components (the section of the first
        reference to it)."""
        known = self.names.get(target)
        if known is None:
            taken = self.taken.setdefault(section, set())
            wanted = _component_name(last_token(target.pointer) or "") or _component_name(Path(target.file).stem)
            name = numbered(wanted or "Component", taken, separator="")
            taken.add(name)
            known = self.names[target] = (section, name)
            self.pending.append(target)
        return known


class ShapeError(Exception):
    """Parts of the document that are not what OpenAPI says they are: (pointer, message) pairs, in the
    root document (what generate never reads, such as unused components, it does not check)."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        super().__init__(f"{len(problems)} part(s) of the document have the wrong shape")
        self.problems = problems


class _Shapes:
    """Reads a section of the document as the object or list OpenAPI says it is, noting where it is not."""

    def __init__(self) -> None:
        self.problems: list[tuple[str, str]] = []

    def mapping(self, holder: dict[str, Any], key: str, pointer: str) -> dict[str, Any]:
        value = holder.get(key)
        if isinstance(value, dict):
            return value
        self._note(value, key, pointer, "an object")
        return {}

    def sequence(self, holder: dict[str, Any], key: str, pointer: str) -> list[Any]:
        value = holder.get(key)
        if isinstance(value, list):
            return value
        self._note(value, key, pointer, "a list")
        return []

    def _note(self, value: object, key: str, pointer: str, wanted: str) -> None:
        if value is not None:
            self.problems.append((join_pointer(pointer, key), f"`{key}` must be {wanted}, not {type(value).__name__}"))


def normalized_document(spec: ResolvedSpec) -> dict[str, Any]:
    """The whole document as OpenAPI 3.1, self-contained, every schema rewritten by :func:`schema_31`;
    raises :class:`ShapeError` where a section it rewrites has the wrong shape."""
    bundler = _Bundler(spec)
    shapes = _Shapes()
    document: dict[str, Any] = bundler.rewrite(spec.root.data, bundler.root_file)
    document["openapi"] = "3.1.0"
    components = shapes.mapping(document, "components", "#")
    document.setdefault("components", components)
    schemas = shapes.mapping(components, "schemas", "#/components")
    components["schemas"] = schemas
    for name in list(schemas):
        schemas[name] = schema_31(schemas[name])
    while bundler.pending:
        target = bundler.pending.pop(0)
        section, name = bundler.names[target]
        moved = bundler.rewrite(spec.get(target), target.file, section=section)
        if section == "schemas":
            schemas[name] = schema_31(moved)
        else:  # rewritten below, with the section's own objects
            existing = components.setdefault(section, {})
            if isinstance(existing, dict):  # else the section's wrong shape is reported below
                existing[name] = moved
    for section in ("parameters", "headers"):
        for item in shapes.mapping(components, section, "#/components").values():
            _rewrite_parameter(item)
    for body in shapes.mapping(components, "requestBodies", "#/components").values():
        _rewrite_content(body)
    for name, response in shapes.mapping(components, "responses", "#/components").items():
        _rewrite_response(response, join_pointer("#/components/responses", name), shapes)
    for path, item in shapes.mapping(document, "paths", "#").items():
        _rewrite_path_item(item, join_pointer("#/paths", path), shapes)
    for name, item in shapes.mapping(components, "pathItems", "#/components").items():
        _rewrite_path_item(item, join_pointer("#/components/pathItems", name), shapes)
    if shapes.problems:
        raise ShapeError(shapes.problems)
    return document


def _rewrite_path_item(item: Any, at_path: str, shapes: _Shapes) -> None:
    if not isinstance(item, dict):
        return
    for parameter in shapes.sequence(item, "parameters", at_path):
        _rewrite_parameter(parameter)
    for method in HTTP_METHODS:
        operation = item.get(method)
        if not isinstance(operation, dict):
            continue
        at_operation = join_pointer(at_path, method)
        for parameter in shapes.sequence(operation, "parameters", at_operation):
            _rewrite_parameter(parameter)
        _rewrite_content(operation.get("requestBody"))
        for status, response in shapes.mapping(operation, "responses", at_operation).items():
            _rewrite_response(response, join_pointer(at_operation, "responses", status), shapes)


def _rewrite_parameter(parameter: Any) -> None:
    if isinstance(parameter, dict):
        if isinstance(parameter.get("schema"), dict):
            parameter["schema"] = schema_31(parameter["schema"])
        _rewrite_content(parameter)


def _rewrite_content(holder: Any) -> None:
    if not isinstance(holder, dict) or not isinstance(holder.get("content"), dict):
        return
    for media in holder["content"].values():
        if isinstance(media, dict) and isinstance(media.get("schema"), dict):
            media["schema"] = schema_31(media["schema"])


def _rewrite_response(response: Any, pointer: str, shapes: _Shapes) -> None:
    if not isinstance(response, dict):
        return
    _rewrite_content(response)
    for header in shapes.mapping(response, "headers", pointer).values():
        _rewrite_parameter(header)


def non_finite_number(spec: ResolvedSpec) -> tuple[str, str] | None:
    """The file and JSON pointer of the first NaN or infinity in the spec's documents (YAML can write
    them, JSON cannot), or None."""
    for document in sorted(spec.documents.values(), key=lambda d: d.display):
        pending: list[tuple[Any, str]] = [(document.data, "#")]
        while pending:
            node, pointer = pending.pop()
            if isinstance(node, float) and not math.isfinite(node):
                return document.display, pointer
            items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
            pending.extend((value, join_pointer(pointer, key)) for key, value in reversed(list(items)))
    return None


def dumps(document: dict[str, Any]) -> str:
    """Stable JSON text: the document's own key order, two-space indent, UTF-8."""
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
