"""Configuration entries that name nothing in the spec.

Each table of names keys its entries by something in the spec: a tag, an operationId, a schema, a
property. An entry whose key matches nothing changes nothing, so a misspelt key (or one that a spec update
made stale) would pass unnoticed while the output kept the name it was meant to replace. Each such entry
is a warning, at its own key in the configuration file.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..config import DEFAULT_PAGINATION, Config, PaginationRule
from ..diagnostics import Diagnostics, escape_pointer_token


@dataclass(frozen=True)
class NamesInSpec:
    """What the spec holds that the configuration may name."""

    tags: frozenset[str]
    operation_ids: frozenset[str]
    schemas_named: frozenset[str]
    """The ``model-names`` keys that named a component schema or an inline schema's pointer."""
    properties_named: frozenset[str]
    """The ``field-names`` keys that named a property's pointer."""
    pagination_rules: frozenset[PaginationRule] = frozenset()
    """The pagination rules that some operation pages by."""


def report_unused_entries(config: Config, found: NamesInSpec, diagnostics: Diagnostics) -> None:
    tables: list[tuple[str, Mapping[str, str], frozenset[str], str]] = [
        ("exclude-tags", _by_index(config.exclude_tags), found.tags, "no operation has this tag"),
        ("resource-names", _by_key(config.resource_names), found.tags, "no operation has this tag"),
        ("method-names", _by_key(config.method_names), found.operation_ids, "no operation has this operationId"),
        ("streaming", _by_key(config.streaming), found.operation_ids, "no operation has this operationId"),
        ("model-names", _by_key(config.model_names), found.schemas_named, "no schema has this name or JSON pointer"),
        ("field-names", _by_key(config.field_names), found.properties_named, "no property has this JSON pointer"),
    ]
    if config.pagination != DEFAULT_PAGINATION:  # the defaults are not the user's: they may fit nothing
        for index, rule in enumerate(config.pagination):
            if rule not in found.pagination_rules:
                diagnostics.warning(
                    config.source,
                    f"#/tool/oapigen/pagination/{index}",
                    f"no operation pages by this rule (a {rule.cursor_param!r} argument{_of_cursor(rule)}, and an"
                    f" answer {_of_answer(rule)}{_of_items(rule)}): the rule changes nothing",
                    "config.unused",
                )
    for table, tokens, known, reason in tables:
        for name in sorted(set(tokens) - known):
            diagnostics.warning(
                config.source,
                f"#/tool/oapigen/{table}/{escape_pointer_token(tokens[name])}",
                f"{table} names {name!r}, but {reason}: the entry changes nothing",
                "config.unused",
            )


def _by_key(table: Mapping[str, object]) -> dict[str, str]:
    """Each name a table gives, with the pointer token of its entry: its key."""
    return {key: key for key in table}


def _by_index(names: Sequence[str]) -> dict[str, str]:
    """Each name a list gives, with the pointer token of its (first) entry: its index."""
    tokens: dict[str, str] = {}
    for index, name in enumerate(names):
        tokens.setdefault(name, str(index))
    return tokens


def _of_cursor(rule: PaginationRule) -> str:
    return " that takes a whole number" if rule.kind in ("page_number", "offset") else ""


def _of_answer(rule: PaginationRule) -> str:
    if not rule.items_field:
        return "that is an array"
    either = ", or that is one" if rule.kind != "token_cursor" and rule.next_field is None else ""
    return f"whose {rule.items_field!r} is an array{either}"


def _of_items(rule: PaginationRule) -> str:
    if rule.kind == "token_cursor":
        return f", beside the next page's token in {rule.next_field!r}"
    if rule.kind == "next_url" and rule.next_field is not None:
        return f", beside the next page's URL in {rule.next_field!r}"
    if rule.kind == "id_cursor":
        return f" of objects with an {rule.id_field!r}"
    return ""
