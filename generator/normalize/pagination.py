"""Pagination: which operations page, and how, by the rules of the configuration (DESIGN §4): a cursor
argument, the answer's array of items, and what gives the next page's cursor (a field of the answer, the
last item's id, or, for page numbers and offsets, the cursor sent and the items received)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import NamedTuple

from ..config import PaginationRule
from ..ir import (
    Argument,
    ArrayType,
    Declaration,
    Field,
    LiteralType,
    ModelDecl,
    ModelType,
    Operation,
    Pagination,
    PrimitiveType,
    TypeExpr,
)

_COUNTED = ("page_number", "offset")
"""Kinds whose cursor is a number the client counts, not a value the server gives."""


class Paged(NamedTuple):
    pagination: Pagination
    rule: PaginationRule
    """The configured rule it pages by."""
    answer_fields: frozenset[str] = frozenset()
    """The wire names of the answer's fields (none where the answer is the array of items itself)."""

    def answers(self, field: str) -> bool:
        """Whether the answer has a field of that wire name."""
        return field in self.answer_fields


def pagination_of(
    operation: Operation, rules: tuple[PaginationRule, ...], declarations: Mapping[str, Declaration]
) -> Paged | None:
    """How the operation pages, by the first of the configured rules its arguments and answer fit; None
    where none fits."""
    response_type = operation.response.type
    if isinstance(response_type, ArrayType):
        return _bare_list_pagination(operation, response_type, rules, declarations)
    if not isinstance(response_type, ModelType):
        return None
    decl = declarations.get(response_type.symbol.key)
    if not isinstance(decl, ModelDecl):
        return None
    fields = {str(f.wire_name): f for f in decl.fields}
    for rule in rules:
        cursor = next(
            (
                a
                for a in operation.arguments
                if a.wire_name == rule.cursor_param and a.source in ("query", "body_field")
            ),
            None,
        )
        if cursor is None or (rule.kind in _COUNTED and not _is_count(cursor.type)):
            continue
        items = fields.get(rule.items_field)
        if items is None or not isinstance(items.type, ArrayType):
            continue
        if rule.kind in ("token_cursor", "next_url") and rule.next_field is not None and rule.next_field not in fields:
            continue
        if rule.kind == "token_cursor" and rule.next_field is None:
            continue
        if rule.kind == "id_cursor" and not _has_id(items.type.items, rule, declarations):
            continue
        pagination = replace(
            _make_pagination(rule, operation, items.type.items, cursor),
            items_required=items.required and not items.type.nullable,
            has_more_field=rule.has_more_field if _is_boolean(fields.get(rule.has_more_field or "")) else None,
        )
        return Paged(pagination, rule, frozenset(fields))
    return None


def _bare_list_pagination(
    operation: Operation,
    response_type: ArrayType,
    rules: tuple[PaginationRule, ...],
    declarations: Mapping[str, Declaration],
) -> Paged | None:
    """An answer that is the array of items itself, with an id cursor among the arguments (Braintrust's
    ``GET /v1/acl/list_org``: the next page starts after the last item's id), a page number or offset, or
    the ``Link`` header's next URL (GitHub's ``page``, and its links)."""
    for rule in rules:
        cursor = next(
            (a for a in operation.arguments if a.wire_name == rule.cursor_param and a.source == "query"), None
        )
        if cursor is None or rule.kind == "token_cursor" or (rule.kind == "next_url" and rule.next_field is not None):
            continue  # an answer that is an array has no field for the next cursor
        if rule.kind == "id_cursor" and not _has_id(response_type.items, rule, declarations):
            continue
        if rule.kind in _COUNTED and not _is_count(cursor.type):
            continue
        pagination = _make_pagination(replace(rule, items_field=""), operation, response_type.items, cursor)
        return Paged(replace(pagination, items_required=not response_type.nullable), rule)
    return None


def _is_boolean(item: Field | None) -> bool:
    """Whether the answer's field is a boolean (nullable or not, or an enum of booleans): what a has-more
    field must be to say anything (``"no"`` would never end a walk)."""
    if item is None:
        return False
    if isinstance(item.type, LiteralType):
        return False in item.type.values and all(isinstance(value, bool) for value in item.type.values)
    return isinstance(item.type, PrimitiveType) and item.type.kind == "bool"


def _has_id(item: TypeExpr, rule: PaginationRule, declarations: Mapping[str, Declaration]) -> bool:
    """Whether the items are models with the rule's id field (the next page starts after the last one's)."""
    if not isinstance(item, ModelType):
        return False
    decl = declarations.get(item.symbol.key)
    return isinstance(decl, ModelDecl) and any(f.wire_name == rule.id_field for f in decl.fields)


def _is_count(expr: TypeExpr) -> bool:
    """Whether a page number or offset parameter takes whole numbers (a string cursor is no count)."""
    return isinstance(expr, PrimitiveType) and expr.kind == "int"


def _first_page(cursor: Argument) -> int:
    """The page a server answers where no page number is sent: the parameter's default, else its least
    value, else 1."""
    default = cursor.server_default
    if isinstance(default, int) and not isinstance(default, bool):
        return default
    least = cursor.type.number.ge if isinstance(cursor.type, PrimitiveType) else None
    return int(least) if least is not None and float(least).is_integer() else 1


def _make_pagination(rule: PaginationRule, operation: Operation, item_type: TypeExpr, cursor: Argument) -> Pagination:
    limit = next((a.wire_name for a in operation.arguments if a.wire_name == rule.limit_param), None)
    reverse_argument = next(
        (a for a in operation.arguments if a.wire_name == rule.reverse_cursor_param and a.source == cursor.source),
        None,
    )
    reverse = reverse_argument.wire_name if reverse_argument is not None and rule.kind == "id_cursor" else None
    renamed = [a for a in (cursor, reverse_argument if reverse else None) if a is not None and a.is_aliased]
    return Pagination(
        kind=rule.kind,
        items_field=rule.items_field,
        item_type=item_type,
        cursor_param=rule.cursor_param,
        cursor_location="body" if cursor.source == "body_field" else "query",
        limit_param=limit,
        next_field=rule.next_field,
        id_field=rule.id_field,
        reverse_cursor_param=reverse,
        first_page=_first_page(cursor) if rule.kind == "page_number" else 1,
        argument_names=tuple((str(a.wire_name), a.py_name) for a in renamed),
    )
