"""The calls the generated README shows: chosen from the API's own operations (simple ones, from one
resource where possible), with placeholder values for their required arguments."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from ..ir import (
    AliasDecl,
    AnyType,
    Api,
    ArrayType,
    LiteralType,
    ModelType,
    NumberConstraints,
    Operation,
    PrimitiveType,
    Resource,
    TypeExpr,
    UnionType,
)
from .annotations import TypeRenderer
from .escaping import pystr, pyvalue


def _is_file(expr: TypeExpr) -> bool:
    """File content, or a list of it (each item a part of a multipart body)."""
    item = expr.items if isinstance(expr, ArrayType) else expr
    return isinstance(item, PrimitiveType) and item.kind == "file"


class _Candidate(NamedTuple):
    """An operation whose required arguments all have a placeholder value, its resource, and those arguments."""

    resource: Resource
    operation: Operation
    args: str


@dataclass(frozen=True)
class Example:
    """One call the README shows: ``client.{resource}.{op.method_name}({args})``."""

    resource: str
    """The resource's attribute on the client."""
    op: Operation
    args: str
    """Its required arguments, with placeholder values."""
    limit: str | None = None
    """The name of its page-size argument, for a listing."""
    limit_bounds: NumberConstraints = field(default_factory=NumberConstraints)
    """The bounds the spec gives that argument."""
    files: str = ""
    """Its optional files, with placeholder values, for an upload."""
    name: str = ""
    """The optional nullable argument the README sets to None."""

    def page_size(self, preferred: int) -> str:
        """``<limit>=N``, the page size an example asks for: ``preferred`` brought within the spec's bounds
        (a listing of at most 500 items a page refuses ``limit=1000`` before sending it)."""
        bounds, size = self.limit_bounds, preferred
        if bounds.le is not None:
            size = min(size, math.floor(bounds.le))
        if bounds.lt is not None:
            size = min(size, math.ceil(bounds.lt) - 1)
        if bounds.ge is not None:
            size = max(size, math.ceil(bounds.ge))
        if bounds.gt is not None:
            size = max(size, math.floor(bounds.gt) + 1)
        return f"{self.limit}={size}"


class ReadmeExamples:
    """Which operations the README's examples call, and with what arguments: simple calls (every required
    argument has a placeholder value), from the resource of the simplest ``create`` (its "home") where
    possible."""

    def __init__(self, api: Api, types: TypeRenderer) -> None:
        self.types = types
        self._simple: list[_Candidate] = []
        for resource in api.resources:
            for operation in resource.operations:
                args = self.example_args(operation)
                if args is not None:
                    self._simple.append(_Candidate(resource, operation, args))
        creates = sorted(
            (c for c in self._simple if c.operation.method_name == "create" and c.operation.by_source("body_field")),
            key=lambda c: (sum(a.required for a in c.operation.arguments), len(c.operation.arguments)),
        )
        self._creates = creates
        self._home = creates[0].resource.attr_name if creates else None

    def chosen(self) -> dict[str, Example | None]:
        """Each example the README may show, by name; None where the API has no call that fits it."""
        simple = self._simple
        in_home = [c for c in simple if c.resource.attr_name == self._home]
        # pages that the client counts or reads from the items (not a token the server gives), an id first
        walked = [
            (c, pagination.kind)
            for c in simple
            if (pagination := c.operation.pagination) is not None and pagination.kind != "token_cursor"
        ]
        walkable_pages = [c for c, kind in sorted(walked, key=lambda pair: pair[1] != "id_cursor")]
        return {
            "create": _example(self._creates),
            "retrieve": _example(
                [c for c in in_home if c.operation.method_name == "retrieve"]
                or [c for c in simple if c.operation.method_name == "retrieve" and c.operation.response.kind == "json"]
            ),
            "list": _example([c for c in walkable_pages if c.resource.attr_name == self._home] or walkable_pages),
            "events": _example(
                [
                    c
                    for c in simple
                    if c.operation.pagination is not None and c.operation.pagination.kind == "token_cursor"
                ]
            ),
            # the README shows `param=True`: a stream asked for inside a free-form body has no such argument
            "stream": _example(
                [c for c in simple if c.operation.streaming is not None and c.operation.streaming.by_flag]
            ),
            "upload": self._upload(),
            "nullable": self._nullable(),
            "any": _example(simple),
        }

    def _upload(self) -> Example | None:
        """A multipart call, one with a required file first; it shows its optional files too."""
        uploads = [c for c in self._simple if c.operation.body is not None and c.operation.body.encoding == "multipart"]
        uploads.sort(key=lambda c: not any(a.required and _is_file(a.type) for a in c.operation.arguments))
        example = _example(uploads)
        if example is None:
            return None
        optional_files = [a for a in example.op.arguments if not a.required and _is_file(a.type)]
        return replace(
            example, files=", ".join(f"{a.py_name}={self._example_value(a.type, a.py_name, 0)}" for a in optional_files)
        )

    def _nullable(self) -> Example | None:
        """A call with an optional nullable argument (``name``) that the README sets to None, an update in
        the home resource first."""
        nullable = [
            Example(candidate.resource.attr_name, candidate.operation, candidate.args, name=argument.py_name)
            for candidate in self._simple
            for argument in candidate.operation.arguments
            if not argument.required and argument.type.nullable and argument.source in ("body_field", "query")
            and self._example_value(argument.type, argument.py_name, 0) is not None
        ]  # fmt: skip
        if not nullable:
            return None
        return min(nullable, key=lambda e: (e.resource != self._home, e.op.method_name != "update"))

    def example_args(self, operation: Operation) -> str | None:
        """The required arguments of ``operation`` as Python text with placeholder values, for the README's
        examples; None when one of them has no simple literal."""
        parts = []
        for argument in operation.arguments:
            if not argument.required:
                continue
            value = self._example_value(argument.type, argument.py_name, 0)
            if value is None:
                return None
            parts.append(value if argument.source == "path" else f"{argument.py_name}={value}")
        return ", ".join(parts)

    def _example_value(self, expr: TypeExpr, name: str, depth: int) -> str | None:
        if isinstance(expr, PrimitiveType):
            number = expr.number
            if expr.kind == "str":
                return pystr(f"<{name}>")
            if expr.kind == "file":
                return f"({pystr(f'<{name}>.bin')}, b'...')"
            if expr.kind == "bool":
                return "True"
            if expr.kind == "int":
                return str(max(1, int(number.ge or 0), int(number.gt or 0) + 1) if number.le is None else number.le)
            if expr.kind == "float":
                return "0.5" if (number.le is None or number.le >= 0.5) and (number.ge or 0) <= 0.5 else None
            return None
        if isinstance(expr, LiteralType):
            return pyvalue(expr.values[0])
        if isinstance(expr, AnyType):
            return '{"key": "value"}'
        if isinstance(expr, ArrayType) and depth == 0:
            item = self._example_value(expr.items, name, depth + 1)
            return f"[{item}]" if item is not None else None
        if isinstance(expr, ModelType):
            declaration = self.types.declaration(expr.symbol)
            if isinstance(declaration, AliasDecl) and not isinstance(declaration.type, UnionType):
                return self._example_value(declaration.type, name, depth)
        return None


def _example(candidates: Sequence[_Candidate]) -> Example | None:
    """The first candidate as the README's templates read an example; None where there is none."""
    if not candidates:
        return None
    resource, operation, args = candidates[0]
    paging = operation.pagination
    limit = next((a for a in operation.arguments if paging and a.wire_name == paging.limit_param), None)
    if limit is None:
        return Example(resource.attr_name, operation, args)
    bounds = limit.type.number if isinstance(limit.type, PrimitiveType) else NumberConstraints()
    return Example(resource.attr_name, operation, args, limit=limit.py_name, limit_bounds=bounds)
