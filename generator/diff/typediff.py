"""Two IR types at the same place, compared in the direction the value travels.

A request value is what the client sends: narrowing it breaks callers, widening it does not. A response
value is what the client reads: widening it breaks deployed clients (their models reject the new
values), narrowing it does not. Open enums (R11) are the exception that proves the rule: the old models
keep unknown values, so a response enum that gains a value breaks nobody.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from ..ir import (
    AliasDecl,
    AnyType,
    ArrayType,
    Declaration,
    JsonValue,
    LiteralType,
    MapType,
    ModelType,
    NullType,
    NumberConstraints,
    PrimitiveType,
    StringConstraints,
    TupleType,
    TypeExpr,
    UnionType,
)
from ..json_values import json_key
from . import kinds as K
from .kinds import Kind
from .matching import DeclarationMatcher
from .model import Direction, DocumentSide, OperationRef
from .usage import normalized_key

MAX_DEPTH = 64


@dataclass(frozen=True)
class Where:
    """The place a compared value stands, as the report names it."""

    direction: Direction
    subject: str
    pointer: str
    document: DocumentSide
    operations: tuple[OperationRef, ...]

    def inner(self, suffix: str) -> Where:
        return replace(self, subject=self.subject + suffix)


Emit = Callable[[Kind, Where, str], None]


def describe(expr: TypeExpr, declarations: dict[str, Declaration], root_name: str) -> str:
    """A short, Python-like name for a type, for messages."""
    text = _bare(expr, declarations, root_name)
    if expr.nullable and not isinstance(expr, (AnyType, NullType)):
        return f"{text} | None"
    return text


def _bare(expr: TypeExpr, declarations: dict[str, Declaration], root_name: str) -> str:
    if isinstance(expr, AnyType):
        return "any JSON value"
    if isinstance(expr, NullType):
        return "None"
    if isinstance(expr, PrimitiveType):
        return {"datetime": "datetime", "date": "date"}.get(expr.kind, expr.kind)
    if isinstance(expr, LiteralType):
        return "Literal[" + ", ".join(repr(v) for v in expr.values) + "]"
    if isinstance(expr, ArrayType):
        return f"list[{describe(expr.items, declarations, root_name)}]"
    if isinstance(expr, TupleType):
        return f"tuple[{', '.join(describe(item, declarations, root_name) for item in expr.items)}]"
    if isinstance(expr, MapType):
        return f"dict[str, {describe(expr.values, declarations, root_name)}]"
    if isinstance(expr, ModelType):
        return expr.symbol.name
    return " | ".join(describe(v, declarations, root_name) for v in expr.variants)


_LITERAL_KIND = {"str": "str", "int": "int", "float": "float", "bool": "bool"}
_PLAIN_JSON_KINDS = frozenset(_LITERAL_KIND)
"""Primitive kinds the client reads as the plain JSON value (not a date, bytes or a file)."""


def _kind_name(value: object) -> str:
    """The kind of an enum value (a string is ``str``, spec text or not: the IR holds the spec's as SpecText)."""
    return "str" if isinstance(value, str) else type(value).__name__


class TypeComparer:
    def __init__(self, matcher: DeclarationMatcher, old_root: str, new_root: str, emit: Emit) -> None:
        self.matcher = matcher
        self.old_root = old_root
        self.new_root = new_root
        self.emit = emit

    # --- helpers -------------------------------------------------------------------------------------

    def _old_key(self, expr: ModelType) -> str:
        return normalized_key(expr.symbol.key, self.old_root)

    def _new_key(self, expr: ModelType) -> str:
        return normalized_key(expr.symbol.key, self.new_root)

    def _alias(self, expr: TypeExpr, old: bool) -> AliasDecl | None:
        if not isinstance(expr, ModelType):
            return None
        declaration = self.matcher.old.get(self._old_key(expr)) if old else self.matcher.new.get(self._new_key(expr))
        return declaration if isinstance(declaration, AliasDecl) else None

    def nullable(self, expr: TypeExpr, old: bool) -> bool:
        """Whether null is allowed, looking through aliases (a reference to a nullable enum is nullable)."""
        seen = 0
        while True:
            if expr.nullable or isinstance(expr, (AnyType, NullType)):
                return True
            alias = self._alias(expr, old)
            if alias is None or seen > MAX_DEPTH:
                return False
            expr, seen = alias.type, seen + 1

    def _unwrap(self, expr: TypeExpr, old: bool) -> TypeExpr:
        alias = self._alias(expr, old)
        if alias is None:
            return expr
        inner = alias.type
        if expr.nullable and not inner.nullable:
            inner = replace(inner, nullable=True)
        return inner

    def _resolved(self, expr: TypeExpr, old: bool) -> TypeExpr:
        """``expr``, or what its chain of aliases stands for (null allowed where any link allows it)."""
        seen = 0
        while self._alias(expr, old) is not None and seen <= MAX_DEPTH:
            expr, seen = self._unwrap(expr, old), seen + 1
        return expr

    def describe_old(self, expr: TypeExpr) -> str:
        return describe(expr, self.matcher.old, self.old_root)

    def describe_new(self, expr: TypeExpr) -> str:
        return describe(expr, self.matcher.new, self.new_root)

    def _changed(self, old: TypeExpr, new: TypeExpr, where: Where) -> None:
        self.emit(K.TYPE_CHANGED, where, f"type changed from {self.describe_old(old)} to {self.describe_new(new)}")

    def _widened(self, old: TypeExpr, new: TypeExpr, where: Where) -> None:
        kind = K.REQUEST_TYPE_WIDENED if where.direction == "request" else K.RESPONSE_TYPE_WIDENED
        self.emit(kind, where, f"type widened from {self.describe_old(old)} to {self.describe_new(new)}")

    def _narrowed(self, old: TypeExpr, new: TypeExpr, where: Where) -> None:
        kind = K.REQUEST_TYPE_NARROWED if where.direction == "request" else K.RESPONSE_TYPE_NARROWED
        self.emit(kind, where, f"type narrowed from {self.describe_old(old)} to {self.describe_new(new)}")

    def _read_as_plain_json(self, expr: TypeExpr, depth: int = 0) -> bool:
        """Whether the new client reads a value of this type as the plain JSON values (dict, list, str,
        int, float, bool, None) that it read a value of any type as: not as a model, a date or bytes."""
        if depth > MAX_DEPTH:
            return False
        if isinstance(expr, (AnyType, NullType, LiteralType)):
            return True
        if isinstance(expr, PrimitiveType):
            return expr.kind in _PLAIN_JSON_KINDS
        if isinstance(expr, ArrayType):
            return self._read_as_plain_json(expr.items, depth + 1)
        if isinstance(expr, TupleType):
            # a tuple is read as a tuple, not a list: no longer the plain JSON value it was
            return False
        if isinstance(expr, MapType):
            return self._read_as_plain_json(expr.values, depth + 1)
        if isinstance(expr, UnionType):
            return all(self._read_as_plain_json(variant, depth + 1) for variant in expr.variants)
        alias = self._alias(expr, False)
        return alias is not None and self._read_as_plain_json(alias.type, depth + 1)

    # --- the comparison ----------------------------------------------------------------------------------

    def compare(
        self, old: TypeExpr, new: TypeExpr, where: Where, depth: int = 0, *, optional_field: bool = False
    ) -> None:
        """Reports how ``new`` differs from ``old`` where ``where`` uses them. ``optional_field``: the value is
        an optional field in both, which the models read as None when it is missing (and so when it is null)."""
        if depth > MAX_DEPTH:
            return
        if isinstance(old, ModelType) and isinstance(new, ModelType):
            old_key, new_key = self._old_key(old), self._new_key(new)
            if self.matcher.same(old_key, new_key):
                self._null_change(old.nullable, new.nullable, where, optional_field)
                self.matcher.schedule(old_key, new_key, where.direction)
                return
        unwrapped_old, unwrapped_new = self._unwrap(old, True), self._unwrap(new, False)
        if unwrapped_old is not old or unwrapped_new is not new:
            self.compare(unwrapped_old, unwrapped_new, where, depth + 1, optional_field=optional_field)
            return
        self._null_change(self.nullable(old, True), self.nullable(new, False), where, optional_field)
        if isinstance(old, AnyType) and isinstance(new, AnyType):
            return
        if isinstance(old, AnyType):
            if where.direction == "response" and not self._read_as_plain_json(new):
                self.emit(
                    K.TYPE_CHANGED,
                    where,
                    f"type changed from {self.describe_old(old)} to {self.describe_new(new)}: read as other objects"
                    " than the plain JSON values (dict, list, str...) the client gave before",
                )
            else:
                self._narrowed(old, new, where)
        elif isinstance(new, AnyType):
            self._widened(old, new, where)
        elif isinstance(old, UnionType) or isinstance(new, UnionType):
            self._union(old, new, where, depth)
        elif isinstance(old, PrimitiveType) and isinstance(new, PrimitiveType):
            self._primitive(old, new, where)
        elif isinstance(old, LiteralType) and isinstance(new, LiteralType):
            self._literal(old, new, where)
        elif isinstance(old, PrimitiveType) and isinstance(new, LiteralType):
            if all(_LITERAL_KIND.get(_kind_name(v)) == old.kind for v in new.values):
                self._narrowed(old, new, where)
            else:
                self._changed(old, new, where)
        elif isinstance(old, LiteralType) and isinstance(new, PrimitiveType):
            if not all(_LITERAL_KIND.get(_kind_name(v)) == new.kind for v in old.values):
                self._changed(old, new, where)
            elif where.direction == "response":
                self.emit(
                    K.RESPONSE_ENUM_OPENED,
                    where,
                    f"no longer an enum ({self.describe_new(new)}); the client already kept unlisted values",
                )
            else:
                self._widened(old, new, where)
        elif isinstance(old, ArrayType) and isinstance(new, ArrayType):
            self.compare(old.items, new.items, where.inner("[]"), depth + 1)
            self._bounds("minItems", old.constraints.min_items, new.constraints.min_items, True, where)
            self._bounds("maxItems", old.constraints.max_items, new.constraints.max_items, False, where)
            if old.unique != new.unique:
                self._constraint("uniqueItems", old.unique, new.unique, "tightened" if new.unique else "relaxed", where)
        elif isinstance(old, TupleType) and isinstance(new, TupleType) and len(old.items) == len(new.items):
            for index, (before, after) in enumerate(zip(old.items, new.items, strict=True)):
                self.compare(before, after, where.inner(f"[{index}]"), depth + 1)
        elif isinstance(old, MapType) and isinstance(new, MapType):
            self.compare(old.values, new.values, where.inner("{}"), depth + 1)
        elif isinstance(old, NullType) and isinstance(new, NullType):
            return
        else:
            self._changed(old, new, where)

    # --- nullability ------------------------------------------------------------------------------------

    def _null_change(self, old: bool, new: bool, where: Where, optional_field: bool) -> None:
        # For a reference to a matched model, only the reference's own mark counts here: a change inside the
        # declaration is reported with the declaration.
        if old == new:
            return
        if new:
            if where.direction == "request":
                kind = K.REQUEST_BECAME_NULLABLE
            else:
                kind = K.RESPONSE_OPTIONAL_BECAME_NULLABLE if optional_field else K.RESPONSE_BECAME_NULLABLE
            self.emit(kind, where, "may now be null")
        else:
            kind = K.REQUEST_BECAME_NON_NULLABLE if where.direction == "request" else K.RESPONSE_BECAME_NON_NULLABLE
            self.emit(kind, where, "may no longer be null")

    # --- scalars ------------------------------------------------------------------------------------------

    def _primitive(self, old: PrimitiveType, new: PrimitiveType, where: Where) -> None:
        if old.kind != new.kind:
            if (old.kind, new.kind) == ("int", "float"):
                self._widened(old, new, where)
            elif (old.kind, new.kind) == ("float", "int"):
                self._narrowed(old, new, where)
            else:
                self._changed(old, new, where)
            return
        if (old.format or None) != (new.format or None) and old.kind == new.kind:
            self.emit(K.FORMAT_CHANGED, where, f"format changed from {old.format or 'none'} to {new.format or 'none'}")
        s_old, s_new = old.string, new.string
        self._bounds("minLength", s_old.min_length, s_new.min_length, True, where)
        self._bounds("maxLength", s_old.max_length, s_new.max_length, False, where)
        if s_old.pattern != s_new.pattern:
            state = "tightened" if s_old.pattern is None else "relaxed" if s_new.pattern is None else "changed"
            self._constraint("pattern", s_old.pattern, s_new.pattern, state, where)
        n_old, n_new = old.number, new.number
        self._numeric_bound("minimum", (n_old.ge, n_old.gt), (n_new.ge, n_new.gt), where)
        self._numeric_bound("maximum", (n_old.le, n_old.lt), (n_new.le, n_new.lt), where)
        if n_old.multiple_of != n_new.multiple_of:
            state = "tightened" if n_old.multiple_of is None else "relaxed" if n_new.multiple_of is None else "changed"
            self._constraint("multipleOf", n_old.multiple_of, n_new.multiple_of, state, where)
        if n_old.one_of != n_new.one_of:
            self._number_values(old, new, where)

    def _number_values(self, old: PrimitiveType, new: PrimitiveType, where: Where) -> None:
        """An enum of numbers that a Literal cannot hold (``OneOf``): open in responses, as every enum is."""
        before, after = old.number.one_of, new.number.one_of
        if before is None:
            self._narrowed(old, new, where)
            return
        if after is None:
            if where.direction == "request":
                self._widened(old, new, where)
            else:
                self.emit(K.RESPONSE_ENUM_OPENED, where, "no longer an enum; the client already kept unlisted values")
            return
        self._enum_values(before, after, where)

    def _literal(self, old: LiteralType, new: LiteralType, where: Where) -> None:
        self._enum_values(old.values, new.values, where)

    def _enum_values(self, old: Sequence[JsonValue], new: Sequence[JsonValue], where: Where) -> None:
        """Values an enum gained or lost; every enum is open in answers (R11): a new value there is kept."""
        old_values, new_values = {json_key(v) for v in old}, {json_key(v) for v in new}
        added = [v for v in new if json_key(v) not in old_values]
        removed = [v for v in old if json_key(v) not in new_values]
        for value in added:
            if where.direction == "request":
                self.emit(K.REQUEST_ENUM_VALUE_ADDED, where, f"accepts the new value {value!r}")
            else:
                self.emit(K.RESPONSE_ENUM_VALUE_ADDED, where, f"may carry the new value {value!r}")
        for value in removed:
            if where.direction == "request":
                self.emit(K.REQUEST_ENUM_VALUE_REMOVED, where, f"no longer accepts the value {value!r}")
            else:
                self.emit(K.RESPONSE_ENUM_VALUE_REMOVED, where, f"no longer lists the value {value!r}")

    # --- constraints ---------------------------------------------------------------------------------

    def _bounds(self, name: str, old: int | None, new: int | None, lower: bool, where: Where) -> None:
        if old == new:
            return
        if old is None:
            state = "tightened"
        elif new is None:
            state = "relaxed"
        else:
            state = "tightened" if (new > old) == lower else "relaxed"
        self._constraint(name, old, new, state, where)

    def _numeric_bound(
        self,
        side: Literal["minimum", "maximum"],
        old: tuple[float | None, float | None],
        new: tuple[float | None, float | None],
        where: Where,
    ) -> None:
        """A lower (``minimum``: ge, gt) or upper (``maximum``: le, lt) bound compared: an exclusive bound
        at the same number is the tighter one."""
        old_bound, new_bound = _strictest(*old), _strictest(*new)
        if old_bound == new_bound:
            return
        symbol = ">" if side == "minimum" else "<"
        if old_bound is None or new_bound is None:
            tighter = old_bound is None
        else:
            beyond = new_bound[0] > old_bound[0] if side == "minimum" else new_bound[0] < old_bound[0]
            tighter = beyond or (new_bound[0] == old_bound[0] and new_bound[1] and not old_bound[1])
        state = "tightened" if tighter else "relaxed"
        self._constraint(side, _bound(old_bound, symbol), _bound(new_bound, symbol), state, where)

    def _constraint(self, name: str, old: object, new: object, state: str, where: Where) -> None:
        """A changed constraint: in a request, tighter breaks; in a response, looser breaks (models validate)."""
        detail = f"{name} {_show(old)} -> {_show(new)}"
        if where.direction == "request":
            breaking = state in ("tightened", "changed")
            kind = K.REQUEST_CONSTRAINT_TIGHTENED if breaking else K.REQUEST_CONSTRAINT_RELAXED
        else:
            breaking = state in ("relaxed", "changed")
            kind = K.RESPONSE_CONSTRAINT_RELAXED if breaking else K.RESPONSE_CONSTRAINT_TIGHTENED
        self.emit(kind, where, f"{'constraint changed' if state == 'changed' else state}: {detail}")

    # --- unions -----------------------------------------------------------------------------------------

    def _identity(self, expr: TypeExpr, old: bool) -> tuple[str, str]:
        if isinstance(expr, ModelType):
            if old:
                key = self._old_key(expr)
                return ("model", self.matcher.forward.get(key, "old:" + key))
            return ("model", self._new_key(expr))
        if isinstance(expr, PrimitiveType):
            return ("primitive", expr.kind)
        if isinstance(expr, LiteralType):
            return ("literal", _kind_name(expr.values[0]) if expr.values else "")
        return (type(expr).__name__, "")

    def _union(self, old: TypeExpr, new: TypeExpr, where: Where, depth: int) -> None:
        old_variants = list(old.variants) if isinstance(old, UnionType) else [old]
        new_variants = list(new.variants) if isinstance(new, UnionType) else [new]
        unmatched_new = list(range(len(new_variants)))
        unmatched_old: list[int] = []
        pairs: list[tuple[int, int]] = []
        for index, variant in enumerate(old_variants):
            identity = self._identity(variant, True)
            partner = next((j for j in unmatched_new if self._identity(new_variants[j], False) == identity), None)
            if partner is None:
                unmatched_old.append(index)
                continue
            unmatched_new.remove(partner)
            pairs.append((index, partner))
            self.compare(variant, new_variants[partner], where, depth + 1)
        # One model left on each side, met at the same place: the same variant, moved or renamed.
        old_models = [i for i in unmatched_old if isinstance(old_variants[i], ModelType)]
        new_models = [j for j in unmatched_new if isinstance(new_variants[j], ModelType)]
        if len(old_models) == 1 and len(new_models) == 1:
            old_model, new_model = old_variants[old_models[0]], new_variants[new_models[0]]
            assert isinstance(old_model, ModelType) and isinstance(new_model, ModelType)
            if self.matcher.same(self._old_key(old_model), self._new_key(new_model)):
                unmatched_old.remove(old_models[0])
                unmatched_new.remove(new_models[0])
                pairs.append((old_models[0], new_models[0]))
                self.compare(old_model, new_model, where, depth + 1)
        self._tagging(old, new, pairs, where)
        tags = (
            dict((index, value) for value, index in new.discriminator.mapping)
            if (isinstance(new, UnionType) and new.discriminator is not None)
            else {}
        )
        # A variant whose every value the other side's variants take already (the usual way of opening an
        # enum: anyOf [enum, string]) is neither added nor removed: the same values, read as the same objects.
        # An alias of an enum or a primitive (not a class) is judged by the values it takes: the same enum
        # may be a named alias on one side and written out on the other.
        response = where.direction != "request"
        old_values = [self._resolved(variant, True) for variant in old_variants]
        new_values = [self._resolved(variant, False) for variant in new_variants]
        for j in list(unmatched_new):
            covering = next((o for o in old_values if _covers(o, new_values[j], open_enums=response)), None)
            if covering is not None:
                unmatched_new.remove(j)
                if response and isinstance(covering, LiteralType) and not isinstance(new_values[j], LiteralType):
                    text = (
                        f"may carry any {self.describe_new(new_variants[j])}; the client already kept unlisted values"
                    )
                    self.emit(K.RESPONSE_ENUM_OPENED, where, text)
        for i in list(unmatched_old):
            covering = next((n for n in new_values if _covers(n, old_values[i], open_enums=False)), None)
            if covering is not None:
                unmatched_old.remove(i)
                if response and isinstance(old_values[i], LiteralType) and not isinstance(covering, LiteralType):
                    text = f"no longer an enum ({self.describe_new(covering)}); the client already kept unlisted values"
                    self.emit(K.RESPONSE_ENUM_OPENED, where, text)
        for j in unmatched_new:
            text = self.describe_new(new_variants[j])
            if where.direction == "request":
                self.emit(K.REQUEST_VARIANT_ADDED, where, f"accepts a new variant {text}")
            elif j in tags:
                self.emit(K.RESPONSE_TAGGED_VARIANT_ADDED, where, f"may carry a new variant {text} (tag {tags[j]!r})")
            else:
                self.emit(K.RESPONSE_VARIANT_ADDED, where, f"may carry a new variant {text}")
        for i in unmatched_old:
            text = self.describe_old(old_variants[i])
            if where.direction == "request":
                self.emit(K.REQUEST_VARIANT_REMOVED, where, f"no longer accepts the variant {text}")
            else:
                self.emit(K.RESPONSE_VARIANT_REMOVED, where, f"no longer carries the variant {text}")

    def _tagging(self, old: TypeExpr, new: TypeExpr, pairs: list[tuple[int, int]], where: Where) -> None:
        """How the variants kept on both sides are told apart: the property, and each one's tag value."""
        before = old.discriminator if isinstance(old, UnionType) else None
        after = new.discriminator if isinstance(new, UnionType) else None
        if before is None and after is None:
            return
        if before is None or after is None:
            state = "now" if after is not None else "no longer"
            self.emit(K.UNION_TAGGING_CHANGED, where, f"variants {state} told apart by a property")
            return
        if before.wire_name != after.wire_name:
            self.emit(
                K.DISCRIMINATOR_CHANGED, where, f"variants told apart by `{after.wire_name}`, was `{before.wire_name}`"
            )
            return
        old_tags = {index: str(value) for value, index in before.mapping}
        new_tags = {index: str(value) for value, index in after.mapping}
        assert isinstance(old, UnionType) and isinstance(new, UnionType)
        for old_index, new_index in pairs:
            was, now = old_tags.get(old_index), new_tags.get(new_index)
            if was != now:
                before_name = self.describe_old(old.variants[old_index])
                after_name = self.describe_new(new.variants[new_index])
                previous = f"{was!r}" if before_name == after_name else f"{before_name} tagged {was!r}"
                self.emit(K.DISCRIMINATOR_CHANGED, where, f"variant {after_name} tagged {now!r}, was {previous}")


def _covers(wide: TypeExpr, narrow: TypeExpr, open_enums: bool) -> bool:
    """Whether every value of ``narrow`` is a value of ``wide``, read as the same kind of Python object.
    ``open_enums``: an open enum takes every value of its kind (as responses read it)."""
    if isinstance(wide, AnyType):  # read as plain JSON: so is a scalar, not a model or a list of them
        return isinstance(narrow, (AnyType, NullType, LiteralType)) or (
            isinstance(narrow, PrimitiveType) and narrow.kind in _PLAIN_JSON_KINDS
        )
    if isinstance(wide, PrimitiveType) and (wide.string, wide.number) != (StringConstraints(), NumberConstraints()):
        return False  # a bound, a length or a pattern may refuse some of the values: not judged, so not covered
    if isinstance(narrow, PrimitiveType):
        same_kind = isinstance(wide, PrimitiveType) and wide.kind == narrow.kind
        return same_kind or (open_enums and isinstance(wide, LiteralType) and _literal_kind(wide) == narrow.kind)
    if isinstance(narrow, LiteralType):
        kind = _literal_kind(narrow)
        if isinstance(wide, PrimitiveType):
            return kind is not None and kind == wide.kind
        if isinstance(wide, LiteralType):
            if open_enums and kind is not None and kind == _literal_kind(wide):
                return True
            listed = {json_key(value) for value in wide.values}
            return all(json_key(value) in listed for value in narrow.values)
    return False


def _literal_kind(literal: LiteralType) -> str | None:
    """The one primitive kind of an enum's values, or None for a mixture."""
    kinds = {_LITERAL_KIND.get(_kind_name(value)) for value in literal.values}
    return kinds.pop() if len(kinds) == 1 else None


def _strictest(inclusive: float | None, exclusive: float | None) -> tuple[float, bool] | None:
    """A bound as (number, exclusive): the exclusive one where both are given, as the models apply it."""
    if exclusive is not None:
        return exclusive, True
    return (inclusive, False) if inclusive is not None else None


def _bound(bound: tuple[float | None, bool] | None, sign: str) -> str | None:
    if bound is None:
        return None
    value, exclusive = bound
    return f"{sign}{'' if exclusive else '='} {_show(value)}"


def _show(value: object) -> str:
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and not value.startswith(("<", ">")):
        return repr(value)
    return str(value)
