"""Each document of a diff through the same load, resolve and normalize stages as ``oapigen generate``."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..config import Config
from ..diagnostics import Diagnostic, Diagnostics, array_index, pointer_tokens
from ..ir import Api
from ..pipeline import load_normalized
from ..resolve import ResolvedSpec
from .model import DocumentInfo


@dataclass(frozen=True)
class Side:
    """One document of a diff: its IR and the resolved document (to check where pointers land)."""

    api: Api
    spec: ResolvedSpec
    path: Path
    warnings: tuple[Diagnostic, ...] = ()
    templates: Path | None = None
    """The configuration's templates folder, which the client is rendered with (None: the built-in ones)."""

    @property
    def root_name(self) -> str:
        return Path(self.spec.root.path).name

    def info(self) -> DocumentInfo:
        data = self.spec.root.data
        return DocumentInfo(
            file=self.spec.root.display,
            title=str(self.api.title),
            version=str(self.api.api_version),
            openapi=str(data.get("openapi", "")) if isinstance(data, dict) else "",
        )

    def exists(self, pointer: str) -> bool:
        """Whether ``pointer`` names a node of the root document."""
        return walk(self.spec.root.data, pointer) is not _MISSING

    def node(self, pointer: str) -> Any:
        """The root document's node at ``pointer``, following local ``$ref``s on the way; None if absent."""
        found = walk(self.spec.root.data, pointer)
        return None if found is _MISSING else found


_MISSING = object()


def walk(data: Any, pointer: str) -> Any:
    """RFC 6901 pointer walk over plain data; local references met on the way are followed."""
    node = data
    for token in pointer_tokens(pointer):
        node = follow_local(data, node)
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and (index := array_index(token, len(node))) is not None:
            node = node[index]
        else:
            return _MISSING
    return node


_MAX_REFERENCE_HOPS = 20
"""A chain of local references longer than this is left where it stands (resolve has reported any cycle)."""


def follow_local(root: Any, node: Any) -> Any:
    """``node``, or the node its chain of local references (``#/...``) ends at, in the document ``root``."""
    seen = 0
    while (
        isinstance(node, dict)
        and isinstance(node.get("$ref"), str)
        and node["$ref"].startswith("#/")
        and seen < _MAX_REFERENCE_HOPS
    ):
        target = walk(root, node["$ref"])
        if target is _MISSING:
            return node
        node, seen = target, seen + 1
    return node


def follow(side: Side, node: Any) -> Any:
    """``node`` with local references followed (a parameter given as ``$ref``)."""
    return follow_local(side.spec.root.data, node)


def load_side(config: Config, spec_path: Path) -> Side:
    """The IR of ``spec_path`` under ``config`` (its naming overrides); raises SpecError on bad input."""
    config = replace(config, spec=spec_path)
    diagnostics = Diagnostics()
    spec, api = load_normalized(config, diagnostics)
    warnings = tuple(sorted(diagnostics.warnings, key=Diagnostic.sort_key))
    return Side(api, spec, spec_path, warnings, config.templates)
