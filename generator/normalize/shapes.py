"""Shapes: what a schema node allows, read the same way under 3.0 and 3.1, with ``allOf`` merged.

A :class:`Shape` is the flat reading of one schema node after following its ``$ref`` and merging its
``allOf`` members (R7). It is where the version differences end: ``nullable: true`` (R1), type lists and
``type: 'null'`` (R2), enums that list null (R3), boolean and numeric ``exclusiveMinimum`` (R10) all
become one representation. Unions are kept as groups of variants that must each hold (R6); the schema
stage decides whether to distribute them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ..json_values import json_key
from ..resolve import Located, Location, ResolvedSpec

ANNOTATION_KEYS = frozenset(
    {
        "description", "title", "default", "example", "examples", "deprecated", "readOnly", "writeOnly",
        "nullable", "externalDocs", "xml", "$comment", "$schema", "$id", "$anchor", "format",
        "contentMediaType", "contentEncoding",
    }
)  # fmt: skip
"""Keys that describe a schema without constraining which values it accepts (format is advisory)."""

Bound = TypeVar("Bound", int, float)

JSON_TYPES = frozenset({"string", "number", "integer", "boolean", "array", "object", "null"})


def is_annotation_key(key: str) -> bool:
    return key in ANNOTATION_KEYS or key.startswith("x-")


def is_annotation_only(node: Any) -> bool:
    """True for members such as ``{description: ...}`` that only annotate, like allOf's second item."""
    return isinstance(node, dict) and all(map(is_annotation_key, node))


@dataclass
class Shape:
    """The flat reading of a schema node; ``types`` None means any JSON type, and may hold "null".

    Fewer than 30 fields: CPython shares one table of keys among the instance dicts of a class only up to
    29 keys; past that, each of the tens of thousands of shapes of a large spec carries a dict of its own,
    five times the size (Stripe's peak memory grew by 20 MB when a 30th field came)."""

    located: Located
    types: frozenset[str] | None = None
    enum: tuple[Any, ...] | None = None
    properties: dict[str, list[Located]] = field(default_factory=dict)
    required: set[str] = field(default_factory=set)
    additional: list[Located] = field(default_factory=list)
    closed: bool = False
    items: list[Located] = field(default_factory=list)
    """What each item must satisfy; beside ``prefix_items``, each item after them."""
    prefix_items: tuple[list[Located], ...] = ()
    """3.1's ``prefixItems``: what the item at each position must satisfy."""
    groups: list[list[Located]] = field(default_factory=list)
    discriminator: Located | None = None
    """The ``discriminator`` object, where the node has one."""
    format: str | None = None
    description: str | None = None
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    ge: float | None = None
    gt: float | None = None
    le: float | None = None
    lt: float | None = None
    multiple_of: float | None = None
    min_items: int | None = None
    max_items: int | None = None
    unique_items: bool = False
    unsupported: tuple[str, ...] = ()
    malformed: tuple[tuple[Location, str], ...] = ()
    """Keywords whose value is not of the kind JSON Schema says (``properties: [a, b]``, ``type: strng``),
    with what is wrong: errors where the schema is typed (read as they are, they would type it wrongly)."""
    impossible: bool = False
    """Set when merging found that no value can satisfy the members (a variant to drop)."""
    variant_path: tuple[int, ...] = ()
    """For a union variant made by merging (allOf over anyOf): which member of each group it took."""

    def copy(self) -> Shape:
        """A shallow copy, as ``dataclasses.replace`` makes, at a fraction of its cost (shapes are read
        tens of thousands of times on a large spec)."""
        clone = object.__new__(Shape)
        clone.__dict__.update(self.__dict__)
        return clone

    @property
    def nullable(self) -> bool:
        if self.enum is not None:  # the listed values decide, whether a type is given or not (R3)
            return None in self.enum or (self.types is not None and "null" in self.types)
        return self.types is None or "null" in self.types

    def concrete_types(self) -> frozenset[str] | None:
        """The non-null types, inferred from keywords where ``type`` is absent; None means any."""
        if self.types is not None:
            return self.types - {"null"}
        if self.enum is not None:
            return frozenset(json_type_of(v) for v in self.enum if v is not None)
        if self.properties or self.closed or self.additional:
            return frozenset({"object"})
        if self.items or self.prefix_items:
            return frozenset({"array"})
        return None


def json_type_of(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


_UNSUPPORTED = (
    "$dynamicRef",
    "not",
    "if",
    "then",
    "else",
    "patternProperties",
    "dependentSchemas",
    "propertyNames",
    "contains",
)
_UNSUPPORTED_KEYS = frozenset(_UNSUPPORTED)

_UNENFORCED: dict[str, Any] = {
    "unevaluatedProperties": (True, {}),
    "unevaluatedItems": (True, {}),
    "dependentRequired": ({},),
    "dependencies": ({},),
    "minProperties": (0,),
    "maxProperties": (),
    "uniqueItems": (False,),
}
"""Validation keywords the generated models do not check, each with the values that restrict nothing
(``uniqueItems: false``): any other value is reported as a constraint not enforced."""
_UNENFORCED_KEYS = frozenset(_UNENFORCED)
_APPLIES_TO = {key: "array" if key in ("uniqueItems", "unevaluatedItems") else "object" for key in _UNENFORCED}
"""The type of value each of them applies to: on a schema whose ``type`` rules it out (Kubernetes puts
``uniqueItems`` on every parameter, strings and booleans too), it restricts nothing."""

_CONSTRAINT_KEYS = frozenset(
    {
        "minLength", "maxLength", "minItems", "maxItems", "uniqueItems", "multipleOf", "minimum", "maximum",
        "exclusiveMinimum", "exclusiveMaximum",
    }
)  # fmt: skip
"""The keywords ``_read_constraints`` reads: most nodes have none, and a Shape's defaults mean none."""


MAX_ALL_OF_DEPTH = 64
"""How deep ``allOf`` members (and the references they pass through) are merged; deeper, a member adds
nothing. Real specs stay within a few levels; the typing pass bounds nesting with its own MAX_DEPTH and
reports it."""


class ShapeReader:
    """Reads nodes into shapes; the merge follows references through the resolved spec."""

    def __init__(self, spec: ResolvedSpec) -> None:
        self.spec = spec
        self._read: dict[Location, Shape] = {}
        """Shapes already read, by where the node stands: a node reached through many references (allOf
        over allOf over the same schema) is read once, so the work stays linear in the document."""
        self._reading: set[Location] = set()
        """Nodes being read: reading one again (a cycle through allOf and properties) reads nothing."""

    def read(self, located: Located, depth: int = 0) -> Shape:
        """The shape of a node: its own keywords merged with its allOf members, then R1/R3 applied."""
        known = self._read.get(located.loc)
        if known is not None:
            return known.copy()  # callers may set fields of the shape they get
        if depth > MAX_ALL_OF_DEPTH or located.loc in self._reading or len(self._reading) > MAX_ALL_OF_DEPTH:
            return Shape(located, impossible=False)
        self._reading.add(located.loc)
        try:
            shape = self._read_uncached(located, depth)
        finally:
            self._reading.discard(located.loc)
        self._read[located.loc] = shape
        return shape.copy()

    def _read_uncached(self, located: Located, depth: int) -> Shape:
        node = located.node
        if node is True or node == {}:
            return Shape(located)
        if node is False:
            return Shape(located, impossible=True)
        if not isinstance(node, dict):
            return Shape(located)
        shape = self._own(located, depth)
        all_of = node.get("allOf")
        for index in range(len(all_of) if isinstance(all_of, list) else 0):
            shape = merge(shape, self.read(located.child("allOf", index), depth + 1), self)
        if node.get("nullable") is True:
            shape = with_null(shape)
        return shape

    def _own(self, located: Located, depth: int = 0) -> Shape:
        node: dict[str, Any] = located.node
        if "$ref" in node:
            target = self.spec.follow(located)
            shape = self.read(target, depth + 1)
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            if siblings.get("nullable") is True:
                shape = with_null(shape)
            if isinstance(siblings.get("description"), str):
                shape.description = siblings["description"]  # a copy of ours: read() gives one
            # 3.1 allows siblings beside $ref; a structural one is read as allOf: [ref, siblings]
            structural = {k: v for k, v in siblings.items() if k not in ANNOTATION_KEYS and not k.startswith("x-")}
            if structural:
                own = self._keywords(located, structural)
                shape = merge(shape, own, self)
            return shape
        return self._keywords(located, node)

    def _keywords(self, located: Located, node: dict[str, Any]) -> Shape:
        shape = Shape(located)
        raw_type = node.get("type")
        if isinstance(raw_type, str):
            shape.types = frozenset({raw_type}) if raw_type in JSON_TYPES else frozenset()
        elif isinstance(raw_type, list):
            shape.types = frozenset(t for t in raw_type if isinstance(t, str) and t in JSON_TYPES)
        if (raw_type is not None and not _known_type(raw_type)) or not all(
            _fits(key, node[key]) for key in _KEYWORD_KINDS.keys() & node.keys()
        ):
            shape.malformed = _malformed(located, node)
        if isinstance(node.get("enum"), list):
            shape.enum = tuple(node["enum"])
        if "const" in node:
            shape.enum = (node["const"],)
        if shape.enum is not None and None in shape.enum and shape.types is not None:
            shape.types = shape.types | {"null"}  # R3: an enum that lists null makes the value nullable
        if node.get("nullable") is True and shape.types is not None:
            shape.types = shape.types | {"null"}  # R1, under any declared version
        properties = node.get("properties")
        if isinstance(properties, dict):
            shape.properties = {
                name: [located.child("properties", name)]
                for name in properties
                if isinstance(properties[name], (dict, bool))
            }
        if isinstance(node.get("required"), list):
            shape.required = {name for name in node["required"] if isinstance(name, str)}
        additional = node.get("additionalProperties")
        if additional is False:
            shape.closed = True
        elif isinstance(additional, dict) and additional:
            shape.additional = [located.child("additionalProperties")]
        if isinstance(node.get("items"), (dict, bool)):
            shape.items = [located.child("items")]
        prefix = node.get("prefixItems")
        if isinstance(prefix, list) and prefix:
            shape.prefix_items = tuple([located.child("prefixItems", index)] for index in range(len(prefix)))
        for key in ("anyOf", "oneOf"):
            variants = node.get(key)
            if isinstance(variants, list) and variants:
                shape.groups.append([located.child(key, index) for index in range(len(variants))])
        if isinstance(node.get("discriminator"), dict):
            shape.discriminator = located.child("discriminator")
        for key in ("format", "description", "pattern"):
            if isinstance(node.get(key), str):
                setattr(shape, key, node[key])
        # Tens of thousands of nodes on a large spec, few with constraints or unsupported keywords:
        # one set test each spares the dozen lookups that would only confirm the defaults.
        if not _CONSTRAINT_KEYS.isdisjoint(node):
            _read_constraints(shape, node)
        if not _UNSUPPORTED_KEYS.isdisjoint(node):
            shape.unsupported = tuple(key for key in _UNSUPPORTED if key in node)
        if not _UNENFORCED_KEYS.isdisjoint(node):
            shape.unsupported += tuple(key for key in _UNENFORCED if key in node and not _restricts_nothing(key, node))
        return shape


_SCHEMA_OR_BOOLEAN = (dict, bool)
_KEYWORD_KINDS: dict[str, tuple[tuple[type, ...], str]] = {
    "properties": ((dict,), "an object of schemas"),
    "items": (_SCHEMA_OR_BOOLEAN, "a schema"),
    "prefixItems": ((list,), "a list of schemas"),
    "additionalProperties": (_SCHEMA_OR_BOOLEAN, "a schema or a boolean"),
    "allOf": ((list,), "a list of schemas"),
    "anyOf": ((list,), "a list of schemas"),
    "oneOf": ((list,), "a list of schemas"),
    "enum": ((list,), "a list of values"),
    "required": ((list,), "a list of property names"),
    "discriminator": ((dict,), "an object with a string `propertyName`"),
    "pattern": ((str,), "a string"),
    "format": ((str,), "a string"),
    "description": ((str,), "a string"),
    "title": ((str,), "a string"),
    "nullable": ((bool,), "a boolean"),
    "minLength": ((int,), "a whole number of 0 or more"),
    "maxLength": ((int,), "a whole number of 0 or more"),
    "minItems": ((int,), "a whole number of 0 or more"),
    "maxItems": ((int,), "a whole number of 0 or more"),
    "minimum": ((int, float), "a number"),
    "maximum": ((int, float), "a number"),
    "multipleOf": ((int, float), "a number"),
    "exclusiveMinimum": ((int, float, bool), "a number (3.1) or a boolean (3.0)"),
    "exclusiveMaximum": ((int, float, bool), "a number (3.1) or a boolean (3.0)"),
}
"""What each keyword that the generator reads must hold (JSON Schema's rules, OpenAPI 3.0 and 3.1 alike)."""
_COUNTS = frozenset({"minLength", "maxLength", "minItems", "maxItems"})


def _fits(key: str, value: Any) -> bool:
    """Whether ``value`` is what keyword ``key`` must hold (:data:`_KEYWORD_KINDS`)."""
    if value is None:
        return key == "description"  # a null description is common, and means none
    kinds, _ = _KEYWORD_KINDS[key]
    if not _of_kind(value, kinds):
        return False
    if key in _COUNTS:
        return bool(value >= 0)
    members: Iterable[Any] = ()
    if key == "properties":
        members = value.values()
    elif key in ("allOf", "anyOf", "oneOf"):
        members = value
    elif key == "required":
        return all(isinstance(name, str) for name in value)
    elif key == "discriminator":  # its mapping's entries are judged one by one, where the union is typed
        return isinstance(value.get("propertyName"), str)
    return all(isinstance(member, _SCHEMA_OR_BOOLEAN) for member in members)


def _of_kind(value: Any, kinds: tuple[type, ...]) -> bool:
    """``isinstance``, where a boolean is no number (it is an ``int`` to Python)."""
    return isinstance(value, kinds) and (bool in kinds or not isinstance(value, bool))


def keyword_problem(key: str, value: Any) -> str | None:
    """What is wrong with the value of keyword ``key`` (one of those the generator reads), or None."""
    return None if _fits(key, value) else _kind_problem(key, value)


def _kind_problem(key: str, value: Any) -> str:
    return f"`{key}` must be {_KEYWORD_KINDS[key][1]}, not {value!r:.60}"


def _restricts_nothing(key: str, node: dict[str, Any]) -> bool:
    declared = node.get("type")
    types = [declared] if isinstance(declared, str) else declared if isinstance(declared, list) else None
    if types is not None and _APPLIES_TO[key] not in types:
        return True
    value = node[key]
    # compared with their types, since True == 1 and False == 0 to Python
    return any(type(value) is type(harmless) and value == harmless for harmless in _UNENFORCED[key])


def _known_type(value: Any) -> bool:
    if isinstance(value, str):
        return value in JSON_TYPES
    return isinstance(value, list) and bool(value) and all(isinstance(t, str) and t in JSON_TYPES for t in value)


def _malformed(located: Located, node: dict[str, Any]) -> tuple[tuple[Location, str], ...]:
    """Each keyword of ``node`` whose value its rule does not allow, with what it should be."""
    found: list[tuple[Location, str]] = []
    raw_type = node.get("type")
    if raw_type is not None and not _known_type(raw_type):
        found.append(
            (
                located.loc.child("type"),
                f"`type` must be one of {', '.join(sorted(JSON_TYPES))} (or a list of them), not {raw_type!r}",
            )
        )
    for key in sorted(_KEYWORD_KINDS.keys() & node.keys()):
        value = node[key]
        if _fits(key, value):
            continue
        members: Iterable[tuple[str | int, Any]] | None = None
        if key == "properties" and isinstance(value, dict):
            members = value.items()
        elif key in ("allOf", "anyOf", "oneOf") and isinstance(value, list):
            members = enumerate(value)
        if members is None:
            found.append((located.loc.child(key), _kind_problem(key, value)))
            continue
        for token, member in members:  # the container is right: each member that is not a schema, at its place
            if not isinstance(member, _SCHEMA_OR_BOOLEAN):
                found.append(
                    (located.loc.child(key, token), f"a schema must be an object or a boolean, not {member!r:.60}")
                )
    return tuple(found)


def _number(value: Any) -> float | None:
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _count(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def _read_constraints(shape: Shape, node: dict[str, Any]) -> None:
    shape.min_length = _count(node.get("minLength"))
    shape.max_length = _count(node.get("maxLength"))
    shape.min_items = _count(node.get("minItems"))
    shape.max_items = _count(node.get("maxItems"))
    shape.unique_items = node.get("uniqueItems") is True
    shape.multiple_of = _number(node.get("multipleOf"))
    minimum, maximum = _number(node.get("minimum")), _number(node.get("maximum"))
    exclusive_min, exclusive_max = node.get("exclusiveMinimum"), node.get("exclusiveMaximum")
    # R10: 3.0 writes exclusiveMinimum as a boolean beside minimum, 3.1 as the bound itself.
    if exclusive_min is True:
        shape.gt = minimum
    else:
        shape.ge = minimum
        shape.gt = _number(exclusive_min)
    if exclusive_max is True:
        shape.lt = maximum
    else:
        shape.le = maximum
        shape.lt = _number(exclusive_max)


def with_null(shape: Shape) -> Shape:
    if shape.types is None:
        return shape
    nullable = shape.copy()
    nullable.types = shape.types | {"null"}
    return nullable


def _intersect_types(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    if a is None:
        return b
    if b is None:
        return a
    result = set(a & b)
    if ("integer" in a and "number" in b) or ("number" in a and "integer" in b):
        result.add("integer")  # every integer is a number
    return frozenset(result)


def _tighter(a: Bound | None, b: Bound | None, pick: Callable[[Bound, Bound], Bound]) -> Bound | None:
    """The bound both give (``pick``: ``max`` for a lower one, ``min`` for an upper one), or either's."""
    if a is None:
        return b
    if b is None:
        return a
    return pick(a, b)


def merge(a: Shape, b: Shape, reader: ShapeReader) -> Shape:
    """Both shapes must hold (allOf, R7): types and enums intersect, properties and required unite."""
    types = _intersect_types(a.types, b.types)
    if a.enum is not None and b.enum is not None:
        allowed = {json_key(v) for v in b.enum}
        enum: tuple[Any, ...] | None = tuple(v for v in a.enum if json_key(v) in allowed)
    else:
        enum = a.enum if a.enum is not None else b.enum
    properties = {name: list(nodes) for name, nodes in a.properties.items()}
    for name, nodes in b.properties.items():
        properties[name] = _united(properties.get(name, []), nodes)
    merged = Shape(
        located=a.located,
        types=types,
        enum=enum,
        properties=properties,
        required=a.required | b.required,
        additional=_united(a.additional, b.additional),
        closed=a.closed or b.closed,
        items=_united(a.items, b.items),
        prefix_items=_united_positions(a, b),
        groups=_united_groups(a.groups, b.groups),
        discriminator=a.discriminator or b.discriminator,
        format=a.format or b.format,
        description=a.description or b.description,
        min_length=_tighter(a.min_length, b.min_length, max),
        max_length=_tighter(a.max_length, b.max_length, min),
        pattern=a.pattern or b.pattern,
        ge=_tighter(a.ge, b.ge, max),
        gt=_tighter(a.gt, b.gt, max),
        le=_tighter(a.le, b.le, min),
        lt=_tighter(a.lt, b.lt, min),
        multiple_of=a.multiple_of or b.multiple_of,
        min_items=_tighter(a.min_items, b.min_items, max),
        max_items=_tighter(a.max_items, b.max_items, min),
        unique_items=a.unique_items or b.unique_items,
        unsupported=tuple(dict.fromkeys(a.unsupported + b.unsupported)),
        malformed=tuple(dict.fromkeys(a.malformed + b.malformed)),
        impossible=a.impossible or b.impossible,
    )
    if types is not None and not types:
        merged.impossible = True
    if enum is not None and not enum:
        merged.impossible = True
    if not merged.impossible and _conflicting_constants(a, b, reader):
        merged.impossible = True
    return merged


def _united_positions(a: Shape, b: Shape) -> tuple[list[Located], ...]:
    """What both shapes say of each position of a tuple: a shape's ``prefixItems`` entry for it, else its
    ``items`` (which, beside ``prefixItems``, hold for the positions after them, and else for all)."""
    if not a.prefix_items and not b.prefix_items:
        return ()

    def position(shape: Shape, index: int) -> list[Located]:
        return shape.prefix_items[index] if index < len(shape.prefix_items) else shape.items

    length = max(len(a.prefix_items), len(b.prefix_items))
    return tuple(_united(position(a, index), position(b, index)) for index in range(length))


def _united(a: list[Located], b: list[Located]) -> list[Located]:
    """Both lists of nodes, a node that both hold (the same schema reached twice) kept once.

    Without this, allOf over allOf over one schema doubles the lists at every level.
    """
    if not a:
        return list(b)
    seen = {node.loc for node in a}
    return a + [node for node in b if node.loc not in seen]


def _united_groups(a: list[list[Located]], b: list[list[Located]]) -> list[list[Located]]:
    seen = {tuple(node.loc for node in group) for group in a}
    return a + [group for group in b if tuple(node.loc for node in group) not in seen]


def constant_of(shape: Shape) -> Any:
    """The single value a property allows (a one-value enum or const), or ``...`` when it allows more."""
    if shape.enum is not None:
        values = [v for v in shape.enum if v is not None]
        if len(values) == 1:
            return values[0]
    return ...


def _conflicting_constants(a: Shape, b: Shape, reader: ShapeReader) -> bool:
    """True when a property that both sides pin to one value is pinned to different values."""
    for name in a.properties.keys() & b.properties.keys():
        left = [constant_of(reader.read(node)) for node in a.properties[name]]
        right = [constant_of(reader.read(node)) for node in b.properties[name]]
        pinned_left = {repr(v) for v in left if v is not ...}
        pinned_right = {repr(v) for v in right if v is not ...}
        if pinned_left and pinned_right and pinned_left.isdisjoint(pinned_right):
            return True
    return False
