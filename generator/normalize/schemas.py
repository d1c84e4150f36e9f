"""Schemas to IR types and declarations: the rules of DESIGN §2, applied once, here.

Every ``$ref`` target is a named declaration (a model class for an object with properties, an alias for
anything else); inline objects with properties become classes named from where they stand. Primitive
aliases are declared, for the models package, but uses see the primitive itself.
"""

from __future__ import annotations

import functools
import itertools
import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..diagnostics import Diagnostics, last_token, pointer_tokens
from ..ir import (
    AliasDecl,
    AnyType,
    ArrayConstraints,
    ArrayType,
    Declaration,
    ExtraKind,
    Field,
    LiteralType,
    MapType,
    ModelDecl,
    ModelType,
    NullType,
    Origin,
    PrimitiveType,
    SpecText,
    Symbol,
    TupleType,
    TypeExpr,
    UnionType,
    union_of_types,
)
from ..json_values import json_equal
from ..resolve import Located, Location, ResolvedSpec
from .discriminators import Discriminators
from .names import class_name, model_field_names, words
from .scalars import literal_type, number_type, string_type, values_of_declared_type
from .shapes import (
    Shape,
    ShapeReader,
    constant_of,
    is_annotation_key,
    is_annotation_only,
    keyword_problem,
    merge,
)
from .values import as_json, default_fits, default_misfits, shown, text

MAX_DEPTH = 200
"""Schemas nest at most this deep, counting references followed (Stripe's spec reaches 57): deeper is an
error, not a stack overflow (``normalize`` makes room on the stack for this depth)."""
MAX_REENTRY = 2
"""How many times one schema node may be typed inside its own typing. A node reached again inside itself
is recursion: a pure ``$ref`` ends it (the reference's model), and so does an object (its class, declared
before its parts are typed), at the second entry. A map, list or union that holds itself through a
``$ref`` with siblings (which reads the target again rather than refer to it) has no class to point back
to: without this bound each level typed the node again, once per such variant, exponentially (a 2 KB
document ran for minutes); its third entry is typed as any value instead, with a warning."""
_COMPONENT_SCHEMAS = "#/components/schemas/"
_TAG_NAMES = ("type", "kind", "object", "role", "event_type")
_MOST_TUPLE_LENGTHS = 3
"""A ``prefixItems`` array that may have more lengths than this is a list: a union of that many tuples
reads worse than the list it describes."""
MAX_VARIANT_COMBINATIONS = 256
MAX_VARIANTS_IN_ALL = 50_000
"""Variants made by distributing unions over allOf in the whole document: beyond, the spec is refused
(nested unions multiply: without a bound, a small document could take hours)."""

NameContext = tuple[str, ...]


def with_nullable(expr: TypeExpr, nullable: bool) -> TypeExpr:
    """The same type, null allowed too when ``nullable``."""
    if not nullable or expr.nullable:
        return expr
    return replace(expr, nullable=True)


def _only_value(expr: TypeExpr) -> str | int | float | bool | None:
    """The one value a type allows (``const``, a one-value enum of strings or numbers), else None."""
    if isinstance(expr, LiteralType) and len(expr.values) == 1:
        return expr.values[0]
    if isinstance(expr, PrimitiveType) and expr.number.one_of is not None and len(expr.number.one_of) == 1:
        return expr.number.one_of[0]
    return None


class SchemaNormalizer:
    """Turns schema nodes into :data:`TypeExpr` values and collects the declarations they need."""

    def __init__(
        self,
        spec: ResolvedSpec,
        diagnostics: Diagnostics,
        field_overrides: dict[str, str] | None = None,
        model_overrides: dict[str, str] | None = None,
        configured_files: dict[str, str] | None = None,
    ) -> None:
        """``configured_files`` names the files the configuration brings in (by their path as a Location
        holds it): see :meth:`key`."""
        self.spec = spec
        self.diagnostics = diagnostics
        self.reader = ShapeReader(spec)
        self.field_overrides = field_overrides or {}
        self.model_overrides = model_overrides or {}
        """Class names by component name or by JSON pointer (for inline schemas)."""
        self.model_overrides_used: set[str] = set()
        self.field_overrides_used: set[str] = set()
        """The keys of both tables that named a schema or a property (the others are reported)."""
        self.declarations: dict[str, Declaration] = {}
        self._symbols: dict[Location, Symbol] = {}
        self._ref_types: dict[Location, TypeExpr] = {}
        self._in_progress: set[Location] = set()
        self._depth = 0
        self._distributing: set[tuple[tuple[Location, ...], ...]] = set()
        """The union groups being distributed (a variant that brings them back is a cycle)."""
        self._variants_made = 0
        self._merging: set[tuple[Location, ...]] = set()
        """The groups of nodes being merged (type_of_all): meeting one again is a cycle."""
        self._entered: dict[Location, int] = {}
        """How many times each node is being typed, up the stack (type_of): see MAX_REENTRY."""
        self._root_dir = Path(spec.root.path).parent
        self._root_file = str(spec.root.path)
        self.discriminators = Discriminators(spec, self.reader, self.warn, self.error)
        self._relative_files: dict[str, str] = dict(configured_files or {})
        """Each file's name in keys (asked for every declaration: thousands on Stripe)."""

    # --- symbols and references ---------------------------------------------------------------------

    def key(self, loc: Location) -> str:
        """A machine-independent identity for a node: its file, and its pointer.

        A file is named relative to the spec's folder, except one the configuration brings in (an event
        schema), named as the configuration names it: that does not depend on where the spec is, so a
        spec compared with a copy of itself elsewhere (``diff``, ``update``) has the same keys.
        """
        relative = self._relative_files.get(loc.file)
        if relative is None:
            path = Path(loc.file)
            relative = path.name if path == Path(self.spec.root.path) else relative_name(path, self._root_dir)
            self._relative_files[loc.file] = relative
        return f"{relative}{loc.pointer}"

    def symbol_for_target(self, target: Location, override: str | None = None) -> Symbol:
        symbol = self._symbols.get(target)
        if symbol is None:
            token = last_token(target.pointer)
            base = token if token is not None else Path(target.file).stem
            symbol = Symbol(self.key(target), (class_name(base),), override=override, rank=0)
            self._symbols[target] = symbol
        return symbol

    def ref_type(self, target: Location) -> TypeExpr:
        """The type a reference to ``target`` stands for; declares the target on first use."""
        known = self._ref_types.get(target)
        if known is not None:
            return known
        symbol = self.symbol_for_target(target)
        if target in self._in_progress:
            return ModelType(symbol)  # a recursive reference: the declaration is being built
        self._in_progress.add(target)
        try:
            located = Located(self.spec.get(target), target)
            place = self._openapi_place(target)
            if place is not None:
                self.error(located, f"a reference leads here as to a schema, but this is {place}", "schema.ref-target")
                expr: TypeExpr = AnyType()
            else:
                expr = self._declare(located, symbol)
        finally:
            self._in_progress.discard(target)
        self._ref_types[target] = expr
        return expr

    def _openapi_place(self, target: Location) -> str | None:
        """What ``target`` is where it is a part of an OpenAPI document that no schema can be (the whole
        document, its ``info``, a path, a parameter object); None where a schema can stand there."""
        document = self.spec.documents.get(target.file)
        if document is None or not isinstance(document.data, dict) or "openapi" not in document.data:
            return None  # a file of schemas: any part of it may be one
        tokens = pointer_tokens(target.pointer)
        if not tokens:
            return "the whole OpenAPI document"
        if tokens[0] not in _OPENAPI_SECTIONS or any(token.startswith("x-") for token in tokens):
            return None  # outside what OpenAPI defines, or in an extension (which may hold anything)
        if any(token == "schema" and tokens[index - 1] not in _NAMED_ENTRIES for index, token in enumerate(tokens)):
            return None  # a schema keyword's value, or a part of one
        if tokens[:2] == ["components", "schemas"] and len(tokens) > 2:
            return None
        section = "/".join(tokens[:2]) if tokens[0] == "components" else tokens[0]
        if len(tokens) == 1 or (tokens[0] == "components" and len(tokens) == 2):
            return f"the document's `{section}`"
        return f"a part of the document's `{section}` where no schema stands"

    def _declare(self, located: Located, symbol: Symbol) -> TypeExpr:
        node = located.node
        expr = self.type_of(located, (symbol.hints[0],), own=symbol)
        if isinstance(expr, ModelType) and expr.symbol is not symbol and expr.symbol.key == symbol.key:
            return expr  # an inline class already declared here before a reference reached this node
        if isinstance(expr, ModelType) and expr.symbol is symbol:
            if symbol.key in self.declarations:
                return expr
            # `A: {allOf: [$ref: A]}`, `A: {anyOf: [$ref: A, null]}`: A says nothing but "A"
            self.warn(located, "the schema is only a reference to itself; generated as any value", "schema.self")
            expr = AnyType()
        description = text(node.get("description")) if isinstance(node, dict) else None
        origin = self.origin(located.loc)
        self.declarations[symbol.key] = AliasDecl(symbol, origin, expr, description)
        if isinstance(expr, (PrimitiveType, AnyType)):
            return expr  # uses read `str`, not an alias of it
        return ModelType(symbol, nullable=expr.nullable)

    def origin(self, loc: Location) -> Origin:
        return Origin(self.spec.display(loc), SpecText(loc.pointer))

    # --- diagnostics --------------------------------------------------------------------------------

    def warn(self, located: Located, message: str, code: str) -> None:
        self.diagnostics.warning(self.spec.display(located.loc), located.loc.pointer, message, code)

    def error(self, located: Located, message: str, code: str) -> None:
        self.diagnostics.error(self.spec.display(located.loc), located.loc.pointer, message, code)

    # --- types --------------------------------------------------------------------------------------

    def type_of(self, located: Located, context: NameContext, own: Symbol | None = None) -> TypeExpr:
        """The IR type of a schema node standing at ``located``; ``context`` names inline classes."""
        entered = self._entered.get(located.loc, 0)
        if entered >= MAX_REENTRY:
            self.warn(
                located,
                "the schema holds itself with no class to refer back to (a map, list or union of itself); "
                "the inner occurrence is generated as any value",
                "schema.recursion",
            )
            return AnyType()
        self._entered[located.loc] = entered + 1
        try:
            return self._nested(functools.partial(self._type_of, located, context, own), located)
        finally:
            self._entered[located.loc] = entered

    def _type_of(self, located: Located, context: NameContext, own: Symbol | None) -> TypeExpr:
        node = located.node
        if node is True or node == {}:
            return AnyType()
        if node is False:
            self.warn(located, "schema `false` accepts nothing; generated as any value", "schema.false")
            return AnyType()
        if not isinstance(node, dict):
            self.error(located, f"a schema must be an object, not {type(node).__name__}", "schema.not-object")
            return AnyType()
        nullable_here = node.get("nullable") is True
        structure = {key for key in node if not is_annotation_key(key)}
        restated = structure & _RESTATING_KEYS
        if restated and self._restates_target(located, structure - restated):
            # R2, R3 and R4 together: 3.1's spelling of a nullable reference, `$ref` (or `allOf: [$ref]`)
            # beside `type: [object, "null"]` or an enum that lists the target's values and null
            nullable_here = (
                nullable_here or "null" in (_type_names(node.get("type")) or ()) or None in node.get("enum", ())
            )
            structure = structure - restated
        if "$ref" in node and structure == {"$ref"}:
            target = self.spec.target_of(located)
            assert target is not None
            return with_nullable(self.ref_type(target), nullable_here)  # R4: siblings of $ref count
        if "allOf" in node and structure == {"allOf"} and isinstance(node["allOf"], list):
            members = [located.child("allOf", i) for i, m in enumerate(node["allOf"]) if not is_annotation_only(m)]
            annotated_null = any(
                isinstance(m, dict) and m.get("nullable") is True for m in node["allOf"] if is_annotation_only(m)
            )
            if len(members) == 1:
                inner = self.type_of(members[0], context, own)
                return with_nullable(inner, nullable_here or annotated_null)  # R4
        if structure and structure <= {"anyOf", "oneOf", "discriminator"} and not ("anyOf" in node and "oneOf" in node):
            key = "anyOf" if "anyOf" in node else "oneOf"
            if isinstance(node[key], list) and node[key]:
                variants = [located.child(key, i) for i in range(len(node[key]))]
                explicit = located.child("discriminator") if "discriminator" in node else None
                problem = keyword_problem("discriminator", node["discriminator"]) if explicit is not None else None
                if explicit is not None and problem is not None:
                    self.error(explicit, problem, "schema.keyword")
                    explicit = None
                union = self.union_of(variants, context, explicit)
                return with_nullable(union, nullable_here)
        if "discriminator" in structure and "oneOf" not in node and "anyOf" not in node:
            self.discriminators.warn_unapplied(located)
        shape = self.reader.read(located)
        return self.type_from_shape(shape, context, own)

    def _restates_target(self, located: Located, rest: set[str]) -> bool:
        """Whether the ``type`` and ``enum`` beside a single reference (``$ref``, or ``allOf`` with one
        member) say no more than its target does, but for null: the reference (nullable where they add
        null), not a new schema. A target without ``type`` is taken as restated by one beside it."""
        node: dict[str, Any] = located.node
        if rest == {"$ref"}:
            target = self.spec.follow(located).node
        elif rest == {"allOf"} and isinstance(node["allOf"], list):
            members = [i for i, m in enumerate(node["allOf"]) if not is_annotation_only(m)]
            if len(members) != 1:
                return False
            target = self.spec.follow(located.child("allOf", members[0])).node
        else:
            return False
        if not isinstance(target, dict):
            return False
        if "type" in node:
            declared = _type_names(node["type"])
            if declared is None or declared <= {"null"}:
                return False
            targets = _type_names(target["type"]) if "type" in target else set()
            if targets is None or not (targets - {"null"}) <= declared:
                return False
        if "enum" in node:
            listed, known = node["enum"], target.get("enum")
            if not isinstance(listed, list) or not isinstance(known, list):
                return False
            if not all(any(json_equal(v, k) for k in known) for v in listed if v is not None):
                return False
        return True

    def _nested(self, make: Callable[[], TypeExpr], located: Located) -> TypeExpr:
        """``make()`` one level of nesting deeper (a schema in a schema, or a union variant reached through a
        reference, which may hold the union again): no chain of them runs past MAX_DEPTH."""
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                self.error(located, f"schema nests more than {MAX_DEPTH} levels deep", "schema.depth")
                return AnyType()
            return make()
        finally:
            self._depth -= 1

    def type_of_all(self, nodes: list[Located], context: NameContext) -> TypeExpr:
        """The type of a value that must satisfy every node (a property constrained in several members)."""
        substantive = [n for n in nodes if not is_annotation_only(n.node)]
        nullable = any(isinstance(n.node, dict) and n.node.get("nullable") is True for n in nodes)
        if len(substantive) == 1:
            return with_nullable(self.type_of(substantive[0], context), nullable)
        if not substantive:
            return AnyType()
        key = tuple(n.loc for n in substantive)
        if key in self._merging:
            # merging these nodes led back to merging them again (allOf over a schema whose
            # additionalProperties or items hold that allOf): without this, it never ends
            self.warn(
                substantive[0],
                "these schemas contain their own merge; the recursive part is generated as any value",
                "schema.merge-recursion",
            )
            return AnyType()
        self._merging.add(key)
        try:
            shape = self.reader.read(substantive[0])
            for other in substantive[1:]:
                shape = merge(shape, self.reader.read(other), self.reader)
            return self._nested(lambda: self.type_from_shape(shape, context, None), substantive[0])
        finally:
            self._merging.discard(key)

    def type_from_shape(self, shape: Shape, context: NameContext, own: Symbol | None) -> TypeExpr:
        for where, problem in shape.malformed:
            self.diagnostics.error(self.spec.display(where), where.pointer, problem, "schema.keyword")
        for keyword in dict.fromkeys(shape.unsupported):
            self.warn(
                shape.located, f"`{keyword}` is not supported; the constraint is not enforced", "schema.unsupported"
            )
        if shape.impossible and not shape.groups:
            # merged schemas that contradict each other (`type: string` and `type: integer` in two allOf
            # members): their intersection holds no value, not even null
            self.warn(
                shape.located,
                "no value satisfies every schema merged here (allOf members, or one property's schemas in "
                "several of them, contradict each other); generated as any value",
                "schema.impossible",
            )
            return AnyType()
        if shape.groups:
            return self._distribute(shape, context)
        nullable = shape.nullable
        if shape.enum is not None:
            return literal_type(values_of_declared_type(shape, self.warn), shape, nullable, self.warn)
        types = shape.concrete_types()
        if types is None:
            return AnyType()
        if not types:
            return NullType()
        if len(types) > 1:
            variants = [
                self._single_type(replace(shape, types=frozenset({t})), t, context, None) for t in sorted(types)
            ]
            return UnionType(tuple(variants), nullable=nullable)
        (only,) = types
        return with_nullable(self._single_type(shape, only, context, own), nullable)

    def _single_type(self, shape: Shape, json_type: str, context: NameContext, own: Symbol | None) -> TypeExpr:
        if json_type == "object":
            return self._object(shape, context, own)
        if json_type == "array":
            if shape.prefix_items:
                return self._tuple(shape, context)
            items = self.type_of_all(shape.items, (*context, "Item")) if shape.items else AnyType()
            constraints = ArrayConstraints(shape.min_items, shape.max_items)
            return ArrayType(items, constraints=constraints, unique=shape.unique_items)
        if json_type == "string":
            return string_type(shape, self.warn)
        if json_type in ("integer", "number"):
            return number_type(shape, json_type == "integer", self.warn)
        if json_type == "boolean":
            return PrimitiveType("bool")
        return NullType()

    # --- objects ------------------------------------------------------------------------------------

    def _object(self, shape: Shape, context: NameContext, own: Symbol | None) -> TypeExpr:
        undeclared = sorted(shape.required - shape.properties.keys())
        if undeclared:
            self.warn(
                shape.located,
                f"`required` names {', '.join(map(repr, undeclared))}, which no property declares; "
                "the client does not check that they are present",
                "schema.required-undeclared",
            )
        if not shape.properties:
            values = self.type_of_all(shape.additional, (*context, "Value")) if shape.additional else AnyType()
            return MapType(values)  # R8
        if own is None:
            self._type_owner_first(shape.located.loc)
        symbol = own or self._inline_symbol(shape.located, context, shape.variant_path)
        existing = self.declarations.get(symbol.key)
        if existing is not None:
            return ModelType(existing.symbol)  # the same node reached again (recursion, or a shared variant)
        # declared before any part is typed: recursion through its fields or its additional values ends here
        self.declarations[symbol.key] = ModelDecl(symbol, self.origin(shape.located.loc), (), "allow")
        extra_type: TypeExpr | None = None
        if shape.additional:
            extra_type = self.type_of_all(shape.additional, (*context, "Value"))
        extra: ExtraKind = (
            "forbid"
            if shape.closed
            else "typed"
            if extra_type is not None and not isinstance(extra_type, AnyType)
            else "allow"
        )
        fields = self._fields(shape, (symbol.hints[0],) if own else context)
        self.declarations[symbol.key] = ModelDecl(
            symbol,
            self.origin(shape.located.loc),
            fields,
            extra=extra,
            extra_type=extra_type if extra == "typed" else None,
            description=text(shape.description),
            # its own mark, not one that allOf brought from a member: a model built on a deprecated one is not
            deprecated=isinstance(shape.located.node, dict) and shape.located.node.get("deprecated") is True,
        )
        return ModelType(symbol)

    def _type_owner_first(self, loc: Location) -> None:
        """Types the component schema that holds the inline object at ``loc`` (in its own context) before a
        schema that merges the component borrows the object, so that the object is named from where it
        stands (``BundleLocation``), not from whichever schema the document happened to list first
        (``FunctionDataDataBundleLocation``)."""
        if loc.file != self._root_file or not loc.pointer.startswith(_COMPONENT_SCHEMAS):
            return
        name, _, below = loc.pointer[len(_COMPONENT_SCHEMAS) :].partition("/")
        if not below:
            return  # the component itself
        owner = Location(loc.file, _COMPONENT_SCHEMAS + name)
        if owner not in self._ref_types and owner not in self._in_progress:
            self.ref_type(owner)

    def _inline_symbol(self, located: Located, context: NameContext, variant_path: tuple[int, ...] = ()) -> Symbol:
        """A class for an inline object, named from where it stands; its title only adds a fallback."""
        key = self.key(located.loc) + "".join(f"/~variant{index}" for index in variant_path)
        if located.loc in self._symbols:
            # a shape that stands where a referenced schema stands, but is not that schema (one variant
            # of its type list, or it merged with another): its class must not take the schema's key
            key += "/~inline"
        hint = "".join(class_name(part) for part in context) or "Model"
        hints = [hint]
        title = _short_title(located.node)
        if title is not None and not hint.endswith(class_name(title)):
            hints.append(hint + class_name(title))
        override = self.model_overrides.get(located.loc.pointer)
        if override is not None:
            self.model_overrides_used.add(located.loc.pointer)
        return Symbol(key, tuple(hints), override=override, rank=1)

    def _fields(self, shape: Shape, context: NameContext) -> tuple[Field, ...]:
        wire_names = list(shape.properties)
        matched = {
            wire: pointer
            for wire, nodes in shape.properties.items()
            if (pointer := nodes[0].loc.pointer) in self.field_overrides
        }
        self.field_overrides_used.update(matched.values())
        overrides = {wire: self.field_overrides[pointer] for wire, pointer in matched.items()}
        for wire, name in overrides.items():
            twin = next((other for other, taken in overrides.items() if taken == name and other != wire), None)
            if twin is not None:
                self.error(
                    shape.properties[wire][0],
                    f"field-names gives {wire!r} the name {name!r}, as it gives {twin!r} of the same model",
                    "config.field-names",
                )
        py_names = model_field_names(wire_names, overrides)
        fields = []
        for wire in wire_names:
            nodes = shape.properties[wire]
            expr = self.type_of_all(nodes, (*context, wire))
            first = nodes[0].node if isinstance(nodes[0].node, dict) else {}
            annotations = [n.node for n in nodes if isinstance(n.node, dict)]
            description = next((text(a.get("description")) for a in annotations if text(a.get("description"))), None)
            if description is None:
                description = _member_description(first)
            default = next((a["default"] for a in annotations if "default" in a), None)
            if default is None:
                default = self._referenced_default(nodes)
            values = self._aliased(expr)  # a default is judged against what an alias stands for
            has_default = default is not None and wire not in shape.required and default_fits(default, values)
            only = _only_value(values) if wire in shape.required and not (expr.nullable or values.nullable) else None
            if only is not None:
                has_default, default = True, only  # Field.fixed: the one value it may hold
            if default is not None and wire not in shape.required and default_misfits(default, values):
                self.warn(
                    nodes[0],
                    f"the default, {shown(default)}, is not a value of the property's type; it is not used",
                    "schema.default",
                )
            fields.append(
                Field(
                    wire_name=SpecText(wire),
                    py_name=py_names[wire],
                    type=expr,
                    required=wire in shape.required,
                    description=description,
                    has_default=has_default,
                    default=as_json(default) if has_default else None,
                    deprecated=any(a.get("deprecated") is True for a in annotations),
                    read_only=any(a.get("readOnly") is True for a in annotations),
                    write_only=any(a.get("writeOnly") is True for a in annotations),
                )
            )
        return tuple(fields)

    def _referenced_default(self, nodes: list[Located]) -> Any:
        """The default of the schema a property refers to (``$ref``, or a reference among its ``allOf``),
        where the property gives none of its own; None where that schema gives none either."""
        for located in nodes:
            node = located.node
            if not isinstance(node, dict):
                continue
            members = node.get("allOf")
            count = len(members) if isinstance(members, list) else 0
            references = [located, *(located.child("allOf", i) for i in range(count))]
            for reference in references:
                if isinstance(reference.node, dict) and isinstance(reference.node.get("$ref"), str):
                    target = self.spec.follow(reference).node
                    if isinstance(target, dict) and target.get("default") is not None:
                        return target["default"]
        return None

    def is_object(self, expr: TypeExpr, *, or_array: bool = False) -> bool:
        """Whether every value of the type is a JSON object: a model class, a map, or a union of them
        (through aliases); with ``or_array``, an array of such objects too."""
        expr = self._aliased(expr)
        if isinstance(expr, UnionType):
            return all(self.is_object(variant) for variant in expr.variants)
        if isinstance(expr, ModelType):
            return isinstance(self.declarations.get(expr.symbol.key), ModelDecl)
        if isinstance(expr, ArrayType) and or_array:
            return self.is_object(expr.items)
        return isinstance(expr, MapType)

    def _aliased(self, expr: TypeExpr) -> TypeExpr:
        """What a chain of aliases stands for (``expr`` itself where it is no alias)."""
        for _ in range(MAX_DEPTH):
            declaration = self.declarations.get(expr.symbol.key) if isinstance(expr, ModelType) else None
            if not isinstance(declaration, AliasDecl):
                break
            expr = declaration.type
        return expr

    # --- unions -------------------------------------------------------------------------------------

    def _tuple(self, shape: Shape, context: NameContext) -> TypeExpr:
        """3.1's ``prefixItems``. Where the length is bounded by them (``items: false``, or ``maxItems``), a
        tuple, or a union of the few tuples the bounds allow (``[x, y]`` or ``[x, y, z]``); else a list of
        any of the positions' types and the further items'."""
        positions = [
            self.type_of_all(nodes, (*context, f"Item{index}")) for index, nodes in enumerate(shape.prefix_items, 1)
        ]
        closed = any(node.node is False for node in shape.items)
        most = len(positions) if closed else None
        if shape.max_items is not None and shape.max_items <= len(positions):
            most = shape.max_items
        least = min(shape.min_items or 0, len(positions))
        if most is not None and most - least < _MOST_TUPLE_LENGTHS:
            lengths = range(least, most + 1)
            return union_of_types(TupleType(tuple(positions[:length])) for length in lengths)
        further = [node for node in shape.items if node.node is not False]
        rest = [] if closed else [self.type_of_all(further, (*context, "Item")) if further else AnyType()]
        constraints = ArrayConstraints(shape.min_items, most if most is not None else shape.max_items)
        return ArrayType(union_of_types([*positions, *rest]), constraints=constraints, unique=shape.unique_items)

    def union_of(self, variants: list[Located], context: NameContext, discriminator: Located | None = None) -> TypeExpr:
        """``anyOf``/``oneOf`` (R6): null variants make the union nullable; nested unions flatten."""
        # read (and its errors reported) whatever the union becomes, even a single variant
        mapping = self.discriminators.mapping(discriminator) if discriminator is not None else {}
        members: list[TypeExpr] = []
        sources: list[Located] = []
        nullable = False
        flattened = False
        for index, variant in enumerate(variants):
            label = self._variant_label(variant, index, class_name(context[-1]) if context else "")
            expr = self.type_of(variant, (*context, label))
            if isinstance(expr, NullType):
                nullable = True
                continue
            if expr.nullable and not isinstance(expr, AnyType):
                nullable = True
                expr = replace(expr, nullable=False)
            if isinstance(expr, UnionType) and expr.discriminator is None:
                members.extend(expr.variants)
                flattened = True
                continue
            if isinstance(expr, AnyType):
                return AnyType()  # any value is already allowed
            if expr not in members:
                members.append(expr)
                sources.append(variant)
        if not members:
            return NullType()
        if len(members) == 1:
            return with_nullable(members[0], nullable)
        shapes = [self.reader.read(source) for source in sources]
        tagged = not flattened and self._all_models(members)
        found = self.discriminators.find(shapes, sources, discriminator, mapping) if tagged else None
        return UnionType(tuple(members), nullable=nullable, discriminator=found)

    def _variant_label(self, variant: Located, index: int, parent: str = "") -> str:
        """Names a union variant within its parent: a short title, else the value that tags it."""
        node = variant.node
        if isinstance(node, dict):
            title = _short_title(node)
            if title is not None:
                short = class_name(title, "")
                if parent and short != parent and (short.endswith(parent) or short.startswith(parent)):
                    short = short.removesuffix(parent) if short.endswith(parent) else short.removeprefix(parent)
                return short
            shape = self.reader.read(variant)
            required_first = sorted(
                shape.properties, key=lambda name: (name not in _TAG_NAMES, name not in shape.required, name)
            )
            for name in required_first:
                value = constant_of(self.reader.read(shape.properties[name][0]))
                if isinstance(value, str) and class_name(value, ""):
                    return value
        return f"Variant{index + 1}"

    def _distribute(self, shape: Shape, context: NameContext) -> TypeExpr:
        """A shape with union groups: each combination of variants merged with the rest (R6 with R7)."""
        base = replace(shape, groups=[])
        groups = shape.groups
        combinations = 1
        for group in groups:
            combinations *= len(group)
        if combinations > MAX_VARIANT_COMBINATIONS:
            self.warn(
                shape.located,
                f"{combinations} combinations of union variants; generated as any value",
                "schema.union-size",
            )
            return AnyType()
        base_is_empty = (
            base.types is None and base.enum is None and not base.properties and not base.items and not base.additional
        )
        if len(groups) == 1 and base_is_empty:  # nothing beside the union: nothing to merge into each variant
            return self.union_of(groups[0], context, shape.discriminator)
        key = tuple(tuple(node.loc for node in group) for group in groups)
        if key in self._distributing:
            # a variant merged with the rest brought back the very unions being distributed: expanding
            # them again would never end (each level multiplies the variants)
            self.warn(
                shape.located,
                "a union contains itself through allOf; the recursive part is generated as any value",
                "schema.union-recursion",
            )
            return AnyType()
        self._variants_made += combinations
        if self._variants_made > MAX_VARIANTS_IN_ALL:
            if self._variants_made - combinations <= MAX_VARIANTS_IN_ALL:
                self.error(
                    shape.located,
                    f"unions merged with allOf expand to more than {MAX_VARIANTS_IN_ALL} variants in all",
                    "schema.union-size",
                )
            return AnyType()
        self._distributing.add(key)
        try:
            return self._merged_union(shape, base, groups, context)
        finally:
            self._distributing.discard(key)

    def _merged_union(self, shape: Shape, base: Shape, groups: list[list[Located]], context: NameContext) -> TypeExpr:
        merged_variants: list[tuple[str, Shape]] = []
        for combination in itertools.product(*[list(enumerate(g)) for g in groups]):
            variant = base
            labels = []
            for index, member in combination:
                variant = merge(variant, self.reader.read(member), self.reader)
                labels.append(self._variant_label(member, index, class_name(context[-1]) if context else ""))
            if not variant.impossible:
                label = "".join(dict.fromkeys(class_name(label) for label in labels))
                variant.variant_path = tuple(index for index, _ in combination)
                merged_variants.append((label, variant))
        members: list[TypeExpr] = []
        member_shapes: list[Shape] = []
        nullable = False
        for label, variant in merged_variants:
            expr = self._nested(
                functools.partial(self.type_from_shape, variant, (*context, label), None), shape.located
            )
            if isinstance(expr, NullType):
                nullable = True
            elif expr not in members:
                members.append(expr)
                member_shapes.append(variant)
        if not members:
            self.warn(
                shape.located,
                "no value satisfies every member of this allOf; generated as any value",
                "schema.impossible",
            )
            return AnyType()
        if len(members) == 1:
            return with_nullable(members[0], nullable)
        explicit = shape.discriminator
        mapping = self.discriminators.mapping(explicit) if explicit is not None else {}
        found = self.discriminators.find(member_shapes, None, explicit, mapping) if self._all_models(members) else None
        return UnionType(tuple(members), nullable=nullable, discriminator=found)

    def _all_models(self, members: list[TypeExpr]) -> bool:
        """Whether every member is a model class (only a union of them can have a discriminator)."""
        return all(
            isinstance(m, ModelType) and isinstance(self.declarations.get(m.symbol.key), ModelDecl) for m in members
        )

    def declared_symbols(self) -> list[Symbol]:
        return [decl.symbol for decl in self.declarations.values()]


def _short_title(node: Any) -> str | None:
    """A schema's title where it can name a class: four words at most (longer titles are sentences),
    with something a class name can be made of."""
    title = node.get("title") if isinstance(node, dict) else None
    if not isinstance(title, str) or len(words(title)) > 4 or not class_name(title, ""):
        return None
    return title


def relative_name(path: Path, root: Path) -> str:
    """``path`` from ``root`` (``../`` where it lies outside), the same on every machine for the same layout."""
    try:
        return Path(os.path.relpath(path, root)).as_posix()
    except ValueError:  # on another drive (Windows): no relative path exists
        return path.as_posix()


def _member_description(node: dict[str, Any]) -> SpecText | None:
    """A property's description written inside it rather than beside it: in an ``allOf`` member that only
    annotates (``allOf: [$ref, {description}]``), or in the one variant of a union with null
    (``anyOf: [{allOf: [$ref, {description}]}, {type: "null"}]``, the 3.1 way to make a reference nullable)."""
    members = node.get("allOf")
    for member in members if isinstance(members, list) else ():
        if is_annotation_only(member) and text(member.get("description")):
            return text(member["description"])
    for key in ("anyOf", "oneOf"):
        variants = node.get(key)
        if not isinstance(variants, list):
            continue
        others = [v for v in variants if not (isinstance(v, dict) and v.get("type") == "null")]
        if len(others) == 1 and isinstance(others[0], dict):
            return text(others[0].get("description")) or _member_description(others[0])
    return None


_OPENAPI_SECTIONS = frozenset(
    {
        "openapi", "info", "jsonSchemaDialect", "servers", "paths", "webhooks", "components", "security", "tags",
        "externalDocs",
    }
)  # fmt: skip
"""The top-level keys the OpenAPI specification defines (besides them, a document may hold anything)."""

_NAMED_ENTRIES = frozenset(
    {
        "paths", "webhooks", "schemas", "responses", "parameters", "requestBodies", "headers", "securitySchemes",
        "links", "callbacks", "pathItems", "examples", "content", "encoding", "properties",
    }
)  # fmt: skip
"""Keys under which OpenAPI names entries as the spec likes: there, ``schema`` is a name, not the keyword
(``#/components/parameters/schema`` is a parameter object)."""


_RESTATING_KEYS = frozenset({"type", "enum"})
"""Keywords beside a reference that may only restate its target and add null (see ``_restates_target``)."""


def _type_names(value: object) -> set[str] | None:
    """The names a ``type`` keyword lists; None where it is not a name or a list of names."""
    if isinstance(value, str):
        return {value}
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return set(value)
    return None
