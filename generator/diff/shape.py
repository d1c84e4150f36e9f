"""What of an IR shapes the generated client, in a form two documents' IRs can be compared by.

The comparison reports the changes it knows how to classify; this is the net under it. Where it reports
nothing and yet the clients the two documents give differ (a parameter serialized another way, enum
members in another order, a model moved to another module), the difference must still move the version:
the same version number must never name two different packages.
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from typing import Any

from ..ir import Api, Origin, Symbol
from .usage import normalized_key

_PROVENANCE = frozenset({"origin", "source_files"})
"""Fields that say where something came from (file names, pointers), not what the client does."""


def client_shape(api: Api, root_name: str) -> object:
    """A value equal for two IRs exactly when they differ in provenance only (the spec's file name, where
    a schema stands in the document)."""
    return _shape(api, root_name)


def _shape(value: Any, root_name: str) -> object:
    if isinstance(value, Symbol):
        return ("symbol", normalized_key(value.key, root_name), value.name)
    if isinstance(value, Origin):
        return None
    if is_dataclass(value) and not isinstance(value, type):
        kept = [f.name for f in fields(value) if f.name not in _PROVENANCE]
        return (type(value).__name__, *(_shape(getattr(value, name), root_name) for name in kept))
    if isinstance(value, (tuple, list)):
        return tuple(_shape(item, root_name) for item in value)
    if isinstance(value, dict):
        return tuple((key, _shape(item, root_name)) for key, item in value.items())
    return (type(value).__name__, value)
