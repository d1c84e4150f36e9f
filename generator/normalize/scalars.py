"""Enums, strings and numbers to IR types, with the constraints the generated models can hold (pydantic
refuses the others when it builds a model: they are dropped, with a warning)."""

from __future__ import annotations

import math
import re
import sys
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from ..ir import (
    AnyType,
    LiteralType,
    NullType,
    NumberConstraints,
    PrimitiveKind,
    PrimitiveType,
    SpecText,
    StringConstraints,
    TypeExpr,
    UnionType,
)
from ..resolve import Located
from .shapes import Shape
from .values import is_of_type, shown, text

Report = Callable[[Located, str, str], None]
"""Reports a problem (a warning, or an error) on a node: ``report(located, message, code)``."""

_STRING_KINDS: dict[str, PrimitiveKind] = {"date-time": "datetime", "date": "date", "binary": "file"}
"""The string formats typed as something else than ``str``."""


def literal_type(values: list[Any], shape: Shape, nullable: bool, warn: Report) -> TypeExpr:
    """The type of an enum (or const) listing ``values`` (null left out: ``nullable`` says it)."""
    if not values:
        return NullType()
    if not all(isinstance(v, (str, int, float, bool)) for v in values):
        warn(shape.located, "enum lists objects or arrays; generated as any value", "schema.enum-values")
        return AnyType()
    # A whole float is the same JSON number as the integer (1.0 is 1); true and 1 stay two members,
    # which a plain set of the values would merge (True == 1 in Python).
    # strings are spec text, which a template can print only through an escaping filter
    whole = [
        int(v) if isinstance(v, float) and v.is_integer() else SpecText(v) if isinstance(v, str) else v for v in values
    ]
    unique = tuple(value for _, value in dict.fromkeys((type(v), v) for v in whole))
    if not any(isinstance(v, float) for v in unique):
        return LiteralType(unique, nullable=nullable)  # R3: null is never a member
    # A Literal holds no float (type checkers refuse `Literal[1.5]`), so the numbers become a float
    # limited to them; any strings and booleans stay a Literal beside it.
    numbers = tuple(v for v in unique if isinstance(v, (int, float)) and not isinstance(v, bool))
    number = PrimitiveType("float", number=NumberConstraints(one_of=numbers))
    others = tuple(v for v in unique if isinstance(v, (str, bool)))
    if not others:
        return replace(number, nullable=nullable)
    return UnionType((LiteralType(others), number), nullable=nullable)


def values_of_declared_type(shape: Shape, warn: Report) -> list[Any]:
    """The enum's (or const's) values other than null. One that the declared ``type`` rules out (no value
    can be both) is left out, with a warning; where none is of that type, the values are what the
    author meant (a discriminator's tags, say), so they are kept and the type is what is ignored."""
    values = [v for v in shape.enum or () if v is not None]
    declared = shape.types - {"null"} if shape.types is not None else frozenset()
    if not declared:  # no type, only null, or types that contradict each other (allOf)
        return values
    fits = [any(is_of_type(value, t) for t in declared) for value in values]
    if all(fits):
        return values
    type_text = " or ".join(sorted(declared))
    if not any(fits):
        warn(
            shape.located,
            f"no value listed (enum or const) is of the declared type ({type_text}); "
            "the listed values are generated, and the type is ignored",
            "schema.enum-type",
        )
        return values
    for value, fit in zip(values, fits, strict=True):
        if not fit:
            warn(
                shape.located,
                f"{shown(value)} is listed (enum or const) but is not of the declared type ({type_text}); "
                "no value can be both, so it is left out",
                "schema.enum-type",
            )
    return [value for value, fit in zip(values, fits, strict=True) if fit]


def string_type(shape: Shape, warn: Report) -> PrimitiveType:
    # binary content (a file to upload): bytes, which JSON cannot carry, so multipart bodies do
    kind = _STRING_KINDS.get(shape.format or "", "str")
    strings = StringConstraints(shape.min_length, shape.max_length, _pattern(shape, warn))
    return PrimitiveType(kind, format=text(shape.format), string=strings)


def number_type(shape: Shape, integer: bool, warn: Report) -> PrimitiveType:
    numbers = _number_constraints(shape, integer, warn)
    return PrimitiveType("int" if integer else "float", format=text(shape.format), number=numbers)


def _pattern(shape: Shape, warn: Report) -> SpecText | None:
    """The pattern, if Python's ``re`` (the models' regex engine) can compile it; else a warning."""
    if not shape.pattern:
        return None
    try:
        re.compile(shape.pattern)
    except (re.error, RecursionError, OverflowError) as exc:
        warn(
            shape.located,
            f"`pattern` is not a regular expression Python can use ({exc}); it is not enforced",
            "schema.pattern",
        )
        return None
    return text(shape.pattern)


def _number_constraints(shape: Shape, integer: bool, warn: Report) -> NumberConstraints:
    """Bounds as pydantic accepts them: an integer's bounds are whole numbers (``minimum: 2.5`` for an
    integer means 3), ``multipleOf`` is positive (and whole for integers), a number's bounds fit a
    float. What cannot be kept is dropped, with a warning."""
    ge, gt, le, lt, multiple_of = shape.ge, shape.gt, shape.le, shape.lt, shape.multiple_of
    dropped: list[str] = []

    def kept(name: str, bound: float | None) -> float | None:
        if bound is None:
            return None
        if isinstance(bound, float) and math.isnan(bound):
            dropped.append(f"`{name}` must be a number, not NaN (which no value is within)")
            return None
        if integer and isinstance(bound, float) and not math.isfinite(bound):
            dropped.append(f"`{name}` of an integer must be a finite number")
            return None
        if not integer and isinstance(bound, int) and abs(bound) > sys.float_info.max:
            dropped.append(f"`{name}` is beyond the range of a float")
            return None
        return bound

    ge, gt, le, lt = (
        kept("minimum", ge),
        kept("exclusiveMinimum", gt),
        kept("maximum", le),
        kept("exclusiveMaximum", lt),
    )
    if integer:
        ge, le = _whole(ge, math.ceil), _whole(le, math.floor)
        gt, lt = _whole(gt, math.floor), _whole(lt, math.ceil)
    if multiple_of is not None:
        finite = isinstance(multiple_of, int) or math.isfinite(multiple_of)
        if not finite or multiple_of <= 0:
            dropped.append("`multipleOf` must be a number greater than 0")
            multiple_of = None
        elif integer and isinstance(multiple_of, float) and not multiple_of.is_integer():
            dropped.append("`multipleOf` of an integer must be a whole number")
            multiple_of = None
    for problem in dropped:
        warn(shape.located, f"{problem}; the constraint is not enforced", "schema.constraint")
    return NumberConstraints(ge, gt, le, lt, multiple_of)


def _whole(bound: float | None, rounding: Callable[[float], int]) -> float | None:
    """An integer's bound as a whole number; a bound already whole keeps its spelling (``1.0`` stays)."""
    if isinstance(bound, float) and math.isfinite(bound) and not bound.is_integer():
        return int(rounding(bound))
    return bound
