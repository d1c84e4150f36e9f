"""Which operations reach each declaration, and whether as something sent or something read.

A schema used by a request body and by a response is read both ways (DESIGN §5), so a change to it is
classified once for each direction it is used in.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping
from typing import Any

from ..diagnostics import join_pointer
from ..ir import Api, Declaration, Operation, TypeExpr, declaration_types, referenced_symbols
from ..resolve import iter_refs
from .load import follow_local, walk
from .model import Direction, OperationRef

Usage = dict[str, dict[Direction, set[OperationRef]]]


def operation_ref(operation: Operation) -> OperationRef:
    return OperationRef(operation.http_method.upper(), str(operation.path), str(operation.operation_id))


def declaration_key(declaration: Declaration, root_name: str) -> str:
    return normalized_key(declaration.symbol.key, root_name)


def normalized_key(key: str, root_name: str) -> str:
    """A symbol key without the root file's name, so the same pointer matches across two file names."""
    return key[len(root_name) :] if key.startswith(root_name + "#") else key


def _direct_types(operation: Operation) -> Iterator[tuple[Direction, TypeExpr]]:
    for expr in operation.sent_types():
        yield "request", expr
    for expr in operation.read_types():
        yield "response", expr


def all_of_parents(document: Any, root_name: str) -> dict[str, set[str]]:
    """For each component schema, the components it merges through ``allOf: [{$ref: ...}]`` (symbol keys).

    A merged component is declared as a model of its own, yet no method uses that model: its fields are
    read and sent only inside the components that merge it, so it is used as they are.
    """
    components = document.get("components") if isinstance(document, dict) else None
    schemas = components.get("schemas") if isinstance(components, dict) else None
    parents: dict[str, set[str]] = {}
    for name, node in schemas.items() if isinstance(schemas, dict) else ():
        members = node.get("allOf") if isinstance(node, dict) else None
        for member in members if isinstance(members, list) else ():
            ref = member.get("$ref") if isinstance(member, dict) else None
            if isinstance(ref, str) and ref.startswith(_COMPONENT_SCHEMAS):
                child = root_name + join_pointer("#/components/schemas", name)
                parents.setdefault(child, set()).add(root_name + ref)
    return parents


_COMPONENT_SCHEMAS = "#/components/schemas/"


def parameter_references(document: Any, api: Api, root_name: str) -> dict[OperationRef, set[str]]:
    """For each operation, the component schemas its parameters refer to (symbol keys). The IR types an
    argument whose schema is a primitive's alias as the primitive itself (``limit: int``, not
    ``AppLimitParam``), so only the document says that the operation sends that component."""
    found: dict[OperationRef, set[str]] = {}
    for operation in api.operations:
        keys: set[str] = set()
        pointer = str(operation.origin.pointer)
        for owner in (pointer, pointer.rsplit("/", 1)[0]):  # the operation's parameters, and its path's
            node = walk(document, owner)
            parameters = node.get("parameters") if isinstance(node, dict) else None
            for parameter in parameters if isinstance(parameters, list) else ():
                for _, ref in iter_refs(follow_local(document, parameter)):
                    if ref.startswith(_COMPONENT_SCHEMAS):
                        keys.add(root_name + ref)
        if keys:
            found[operation_ref(operation)] = keys
    return found


def usage_of(
    api: Api,
    root_name: str,
    merged: Mapping[str, set[str]] | None = None,
    parameters: Mapping[OperationRef, set[str]] | None = None,
) -> Usage:
    """For every declaration key: the operations that reach it, by direction. ``merged`` (from
    :func:`all_of_parents`) adds the components each declaration merges to what it reaches, and
    ``parameters`` (from :func:`parameter_references`) the components each operation's parameters send."""
    merged = merged or {}
    parameters = parameters or {}
    by_key = {d.symbol.key: d for d in api.declarations}
    reach: dict[str, set[str]] = {}

    def closure(key: str) -> set[str]:
        # Iterative, so recursive schemas and long chains cost neither recursion depth nor repeated walks.
        if key in reach:
            return reach[key]
        seen = {key}
        stack = [key]
        while stack:
            current = stack.pop()
            declaration = by_key.get(current)
            if declaration is None:
                continue
            reached = [symbol.key for expr in declaration_types(declaration) for symbol in referenced_symbols(expr)]
            for target in [*reached, *sorted(merged.get(current, ()))]:
                if target not in seen:
                    seen.add(target)
                    stack.append(target)
        reach[key] = seen
        return seen

    usage: Usage = defaultdict(lambda: defaultdict(set))
    for operation in api.operations:
        ref = operation_ref(operation)
        reached = [
            (direction, symbol.key)
            for direction, expr in _direct_types(operation)
            for symbol in referenced_symbols(expr)
        ]
        reached += [("request", key) for key in sorted(parameters.get(ref, ()))]
        for direction, start in reached:
            for key in closure(start):
                usage[normalized_key(key, root_name)][direction].add(ref)
    return usage
