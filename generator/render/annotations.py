"""IR types printed as Python annotations, for models (pydantic's metadata included) and for method
arguments (abstract collections, no constraints: the server judges those)."""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator
from typing import Any

from ..ir import (
    AliasDecl,
    AnyType,
    ArrayType,
    Declaration,
    LiteralType,
    MapType,
    ModelType,
    NullType,
    PrimitiveType,
    Symbol,
    TupleType,
    TypeExpr,
    UnionType,
)
from .escaping import pystr, pyvalue


class TypeRenderer:
    """Prints IR types as annotations. ``request`` is for method arguments (abstract collections)."""

    def __init__(self, declarations: Iterable[Declaration], qualified: frozenset[str] = frozenset()) -> None:
        self._by_key = {d.symbol.key: d for d in declarations}
        self._qualified = qualified
        """Builtins that a class attribute shadows (a method called ``list``): printed as ``builtins.list``."""

    def qualifying(self, builtins: frozenset[str]) -> TypeRenderer:
        """A renderer over the same declarations that prints ``builtins`` as ``builtins.<name>``."""
        twin = copy.copy(self)
        twin._qualified = builtins
        return twin

    def declaration(self, symbol: Symbol) -> Declaration | None:
        return self._by_key.get(symbol.key)

    def _builtin(self, name: str) -> str:
        return f"builtins.{name}" if name in self._qualified else name

    def annotation(self, expr: TypeExpr, request: bool = False) -> str:
        inner = self._bare(expr, request)
        if expr.nullable and not isinstance(expr, (AnyType, NullType)) and not self._alias_nullable(expr):
            return f"{inner} | None"
        return inner

    def _alias_nullable(self, expr: TypeExpr) -> bool:
        if isinstance(expr, ModelType):
            decl = self._by_key.get(expr.symbol.key)
            return isinstance(decl, AliasDecl) and decl.type.nullable
        return False

    def _bare(self, expr: TypeExpr, request: bool) -> str:
        if isinstance(expr, AnyType):
            return "Any"
        if isinstance(expr, NullType):
            return "None"
        if isinstance(expr, PrimitiveType):
            return self._primitive(expr, request)
        if isinstance(expr, LiteralType):
            literal = "Literal[" + ", ".join(pyvalue(v) for v in expr.values) + "]"
            # R11: an answer may carry values the spec does not list; what is sent is checked
            return literal if request else f"Annotated[{literal}, OpenEnum]"
        if isinstance(expr, ArrayType):
            items = self.annotation(expr.items, request)
            base = f"Sequence[{items}]" if request else f"{self._builtin('list')}[{items}]"
            constraints = _args(min_length=expr.constraints.min_items, max_length=expr.constraints.max_items)
            return f"Annotated[{base}, Field({constraints}), OpenConstraints]" if constraints and not request else base
        if isinstance(expr, TupleType):
            # OpenTuple: a response's array of another length keeps its items (R10); not inside a union,
            # whose other tuples are the lengths it allows
            return self._tuple(expr, request, open_length=not request)
        if isinstance(expr, MapType):
            values = self.annotation(expr.values, request)
            return (
                f"Mapping[{self._builtin('str')}, {values}]"
                if request
                else f"{self._builtin('dict')}[{self._builtin('str')}, {values}]"
            )
        if isinstance(expr, ModelType):
            return expr.symbol.name
        if isinstance(expr, UnionType):
            return self._union(expr, request)
        raise TypeError(f"unknown type expression {expr!r}")

    def _primitive(self, expr: PrimitiveType, request: bool = False) -> str:
        base = {"datetime": "datetime.datetime", "date": "datetime.date", "file": "FileContent"}.get(
            expr.kind
        ) or self._builtin(expr.kind)
        s, n = expr.string, expr.number
        constraints = _args(
            min_length=s.min_length,
            max_length=s.max_length,
            pattern=s.pattern,
            ge=n.ge,
            gt=n.gt,
            le=n.le,
            lt=n.lt,
            multiple_of=n.multiple_of,
        )
        if request:
            return base
        # the bounds are the API's rules for what a client sends (R10): a response that breaks them is kept
        metadata = [f"Field({constraints})", "OpenConstraints"] if constraints else []
        if n.one_of is not None:  # an enum of numbers, open in responses as every enum is (R11)
            metadata += [f"OneOf({', '.join(pyvalue(v) for v in n.one_of)})", "OpenEnum"]
        return f"Annotated[{base}, {', '.join(metadata)}]" if metadata else base

    def _tuple(self, expr: TupleType, request: bool, open_length: bool = False) -> str:
        items = ", ".join(self.annotation(item, request) for item in expr.items)
        tuple_ = f"{self._builtin('tuple')}[{items or '()'}]"
        return f"Annotated[{tuple_}, OpenTuple]" if open_length else tuple_

    def _union(self, expr: UnionType, request: bool) -> str:
        if expr.discriminator is None or request:
            return union_of(
                self._tuple(v, request) if isinstance(v, TupleType) else self.annotation(v, request)
                for v in expr.variants
            )
        tags = dict((index, value) for value, index in expr.discriminator.mapping)
        parts = " | ".join(
            f"Annotated[{self._bare(v, request)}, Tag({pystr(tags[i])})]" for i, v in enumerate(expr.variants)
        )
        # OpenUnion: a response may carry a variant the spec does not list yet (R11); requests stay closed
        tag = pystr(expr.discriminator.wire_name)
        if expr.discriminator.aliases:  # further values of the mapping, read as the one their variant is tagged with
            aliases = ", ".join(f"{pystr(value)}: {pystr(known)}" for value, known in expr.discriminator.aliases)
            tag += f", {{{aliases}}}"
        return f"Annotated[{parts}, Discriminator(discriminate({tag})), OpenUnion]"


def _args(**values: Any) -> str:
    rendered = []
    for key, value in values.items():
        if value is None:
            continue
        rendered.append(f"{key}={pystr(value) if isinstance(value, str) else pyvalue(value)}")
    return ", ".join(rendered)


def union_of(members: Iterable[str]) -> str:
    """``members`` (annotations, unions among them) as one union, written as ruff's fixes leave it: each
    member once (its rule PYI016), and the values of two or more ``Literal`` members in one ``Literal``,
    first (PYI030), so that the format stage has nothing to fix."""
    parts: list[str] = []
    for member in members:
        parts.extend(part for part in _split_outside_brackets(member, "|") if part not in parts)
    literals = [part for part in parts if _is_literal(part)]
    if len(literals) < 2:
        return " | ".join(parts)
    values: list[str] = []
    for literal in literals:
        values.extend(value for value in _split_outside_brackets(literal[8:-1], ",") if value not in values)
    return " | ".join([f"Literal[{', '.join(values)}]", *(part for part in parts if not _is_literal(part))])


def _is_literal(part: str) -> bool:
    """Whether ``part`` is one ``Literal[...]`` subscript whole (not ``Literal[...] | x``, nor inside another)."""
    if not part.startswith("Literal["):
        return False
    closing = next((index for index, char, depth in _outside_strings(part) if depth == 1 and char == "]"), -1)
    return closing == len(part) - 1


def _split_outside_brackets(text: str, separator: str) -> list[str]:
    """``text`` split at each ``separator`` outside brackets and string literals, the parts stripped."""
    cuts = [index for index, char, depth in _outside_strings(text) if depth == 0 and char == separator]
    bounds = zip([-1, *cuts], [*cuts, len(text)], strict=True)
    return [text[start + 1 : end].strip() for start, end in bounds]


def _outside_strings(text: str) -> Iterator[tuple[int, str, int]]:
    """Each character of ``text`` outside string literals: its index, itself, and the depth of brackets
    open before it."""
    depth = index = 0
    while index < len(text):
        char = text[index]
        if char in "\"'":
            index = _string_end(text, index)
            continue
        yield index, char, depth
        if char in "[(":
            depth += 1
        elif char in "])":
            depth -= 1
        index += 1


def _string_end(text: str, start: int) -> int:
    """The index after the string literal that opens at ``text[start]`` (one quote; escapes skipped)."""
    quote = text[start]
    index = start + 1
    while index < len(text) and text[index] != quote:
        index += 2 if text[index] == "\\" else 1
    return index + 1
