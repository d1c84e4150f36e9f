"""Configuration entries that name nothing in the spec.

Each table of names keys its entries by something in the spec: a tag, an operationId, a schema, a
property. An entry whose key matches nothing changes nothing, so a misspelt key (or one that a spec update
made stale) would pass unnoticed while the output kept the name it was meant to replace. Each such entry
is a warning, at its own key in the configuration file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..config import Config
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


def report_unused_entries(config: Config, found: NamesInSpec, diagnostics: Diagnostics) -> None:
    # a list's entries are found by their index, a table's by their key
    excluded_tags = {tag: str(index) for index, tag in reversed(list(enumerate(config.exclude_tags)))}
    tables: list[tuple[str, Mapping[str, object], frozenset[str], str]] = [
        ("exclude-tags", excluded_tags, found.tags, "no operation has this tag"),
        ("resource-names", config.resource_names, found.tags, "no operation has this tag"),
        ("method-names", config.method_names, found.operation_ids, "no operation has this operationId"),
        ("streaming", config.streaming, found.operation_ids, "no operation has this operationId"),
        ("model-names", config.model_names, found.schemas_named, "no schema has this name or JSON pointer"),
        ("field-names", config.field_names, found.properties_named, "no property has this JSON pointer"),
    ]
    for table, keys, known, reason in tables:
        for key in sorted(set(keys) - known):
            token = keys[key] if table == "exclude-tags" else key
            diagnostics.warning(
                config.source,
                f"#/tool/oapigen/{table}/{escape_pointer_token(str(token))}",
                f"{table} names {key!r}, but {reason}: the entry changes nothing",
                "config.unused",
            )
