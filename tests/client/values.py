"""Valid argument values for every operation, built by walking the IR's types.

Each argument gets a value that conforms to its schema: formats (uuid, date-time, uri, email), bounds,
lengths and item counts respected, enums taking their first member, objects filled with every field down
to a few levels (deeper, only the required ones, so recursive schemas stay finite). Object values for an
argument typed as a model are built into that model, the way a user would pass them.
"""

from __future__ import annotations

import datetime
import math
from types import ModuleType
from typing import Any

from generator.ir import (
    AliasDecl,
    AnyType,
    Api,
    ArrayType,
    LiteralType,
    MapType,
    ModelDecl,
    ModelType,
    NullType,
    Operation,
    PrimitiveType,
    TypeExpr,
    UnionType,
)

UUID = "4f1e2d3c-b4a5-4697-8a1b-0c2d3e4f5a6b"
FULL_DEPTH = 3
"""Objects nested deeper than this are filled with their required fields only."""


class ValueBuilder:
    def __init__(self, api: Api, models: ModuleType | None = None) -> None:
        self.declarations = {d.symbol.key: d for d in api.declarations}
        self.models = models

    def arguments(self, operation: Operation) -> tuple[list[Any], dict[str, Any]]:
        """Positional (path) values and keyword values for every argument the operation has."""
        positional = [self.value(a.type, 0) for a in operation.positional]
        keywords: dict[str, Any] = {}
        for argument in operation.keyword:
            streaming = operation.streaming
            if streaming is not None and streaming.by_flag and argument.py_name == streaming.param:
                keywords[argument.py_name] = False  # the plain JSON answer; streaming has its own tests
            else:
                keywords[argument.py_name] = self.typed(argument.type, self.value(argument.type, 0))
        return positional, keywords

    def typed(self, expr: TypeExpr, value: Any) -> Any:
        """A JSON object value for a model-typed argument becomes an instance of that model."""
        if self.models is None or not isinstance(expr, ModelType) or not isinstance(value, dict):
            return value
        declaration = self.declarations.get(expr.symbol.key)
        if isinstance(declaration, ModelDecl):
            return getattr(self.models, expr.symbol.name).model_validate(value)
        return value

    def value(self, expr: TypeExpr, depth: int) -> Any:
        if isinstance(expr, AnyType):
            return {"any": ["json", 1, True]}
        if isinstance(expr, NullType):
            return None
        if isinstance(expr, PrimitiveType):
            return self._primitive(expr)
        if isinstance(expr, LiteralType):
            return expr.values[0]
        if isinstance(expr, ArrayType):
            count = max(expr.constraints.min_items or 0, 1)
            if expr.constraints.max_items is not None:
                count = min(count, expr.constraints.max_items)
            return [self.value(expr.items, depth + 1) for _ in range(count)]
        if isinstance(expr, MapType):
            return {"key": self.value(expr.values, depth + 1)}
        if isinstance(expr, UnionType):
            return self.value(expr.variants[0], depth)
        if isinstance(expr, ModelType):
            declaration = self.declarations[expr.symbol.key]
            if isinstance(declaration, AliasDecl):
                return self.value(declaration.type, depth)
            return {
                str(f.wire_name): self.value(f.type, depth + 1)
                for f in declaration.fields
                if not f.read_only and (f.required or depth < FULL_DEPTH)
            }
        raise TypeError(f"unknown type {expr!r}")

    def _primitive(self, expr: PrimitiveType) -> Any:
        if expr.kind == "bool":
            return True
        if expr.kind == "datetime":
            return datetime.datetime(2024, 5, 6, 7, 8, 9, tzinfo=datetime.UTC)
        if expr.kind == "date":
            return datetime.date(2024, 5, 6)
        if expr.kind == "bytes":
            return b"bytes"
        if expr.kind in ("int", "float"):
            return _number(expr)
        text = {
            "uuid": UUID,
            "date-time": "2024-05-06T07:08:09Z",
            "date": "2024-05-06",
            "uri": "https://example.com/resource",
            "url": "https://example.com/resource",
            "email": "someone@example.com",
        }.get(str(expr.format or ""), "text")
        low, high = expr.string.min_length, expr.string.max_length
        if low is not None and len(text) < low:
            text = text + "x" * (low - len(text))
        if high is not None and len(text) > high:
            text = text[:high]
        return text


def _number(expr: PrimitiveType) -> int | float:
    n = expr.number
    integer = expr.kind == "int"
    low = n.ge if n.ge is not None else (n.gt + (1 if integer else 1e-3) if n.gt is not None else None)
    high = n.le if n.le is not None else (n.lt - (1 if integer else 1e-3) if n.lt is not None else None)
    value: float = 1 if integer else 0.5
    if low is not None and value < low:
        value = low
    if high is not None and value > high:
        value = high
    if n.multiple_of:
        value = math.ceil(value / n.multiple_of) * n.multiple_of
    return int(value) if integer else float(value)
