"""What the templates see besides the environment's globals and filters: the IR, and the names and
annotations they print (the decisions behind them are in the IR). templates/README.md lists it all."""

from __future__ import annotations

import copy
from typing import Any, NamedTuple

from ..ir import (
    AliasDecl,
    Api,
    ModelDecl,
    ModelType,
    Operation,
    Resource,
    SpecText,
    Symbol,
    TypeExpr,
    UnionType,
    referenced_symbols,
)
from .annotations import TypeRenderer
from .examples import ReadmeExamples


def common_context(api: Api, types: TypeRenderer, helpers: ResourceHelpers) -> dict[str, Any]:
    """What every template sees besides the environment's globals and filters (templates/README.md
    lists it all; a test keeps that list in step with this one)."""
    return {
        "api": api,
        "package": api.package,
        "annotation": types.annotation,
        "isinstance_model": lambda decl: isinstance(decl, ModelDecl),
        "model_imports": helpers.model_imports,
        "params_class": helpers.params_class,
        "paging_name": helpers.paging_name,
        "text_events_name": helpers.text_events_name,
        "readme": ReadmeExamples(api, types).chosen(),
        "stream_events": helpers.stream_events,
        "return_annotation": helpers.return_annotation,
        "runtime_type": helpers.runtime_type,
        "status_types": helpers.status_types,
        **_base_url_context(api),
    }


def _base_url_context(api: Api) -> dict[str, Any]:
    """``default_base_url``: the first absolute server URL, ``http://localhost`` where the document names
    no server, None where every server URL is relative (the host is the user's to name); and
    ``relative_server_url``: the first server's URL where it is relative, else None."""
    if not api.servers:
        return {"default_base_url": SpecText("http://localhost"), "relative_server_url": None}
    default, first = api.default_server, api.servers[0]
    return {
        "default_base_url": default.url if default is not None else None,
        "relative_server_url": None if first.absolute else first.url,
    }


def resource_context(helpers: ResourceHelpers, resource: Resource) -> dict[str, Any]:
    """What the resource template sees besides the common context: names the resource's methods shadow
    (a method named ``list`` makes ``builtins.list`` necessary in annotations after it)."""
    shadowing = frozenset(op.method_name for op in resource.operations) & _BUILTIN_TYPES
    resource_types = helpers.types.qualifying(shadowing)
    resource_helpers = helpers.with_types(resource_types)
    return {
        "resource": resource,
        "annotation": resource_types.annotation,
        "return_annotation": resource_helpers.return_annotation,
        "runtime_type": resource_helpers.runtime_type,
        "status_types": resource_helpers.status_types,
    }


_BUILTIN_TYPES = frozenset({"list", "tuple", "dict", "str", "int", "float", "bool", "bytes"})


class TaggedEvents(NamedTuple):
    """The events of a stream that a tag tells apart (the README shows how to read them)."""

    attr: str
    """The attribute that holds the tag."""
    events: list[tuple[str, str]]
    """(tag, class name) of each kind of event."""


class ResourceHelpers:
    """Names and annotations the resource template prints; the decisions behind them are in the IR."""

    def __init__(self, api: Api, types: TypeRenderer) -> None:
        self.types = types
        self.module_of = {decl.symbol.key: module.name for module in api.model_modules for decl in module.declarations}

    def with_types(self, types: TypeRenderer) -> ResourceHelpers:
        """The same tables (made once: they cover the whole API), printing annotations with ``types``."""
        twin = copy.copy(self)
        twin.types = types
        return twin

    def model_imports(self, resource: Resource) -> list[tuple[str, str]]:
        found: dict[str, Symbol] = {}
        for operation in resource.operations:
            exprs = [a.type for a in operation.arguments]
            if operation.response.type is not None:
                exprs.append(operation.response.type)
            exprs.extend(expr for _, expr in operation.response.alternatives)
            if operation.pagination is not None:
                exprs.append(operation.pagination.item_type)
            if operation.streaming is not None:
                exprs.append(operation.streaming.event_type)
            for expr in exprs:
                for symbol in referenced_symbols(expr):
                    found[symbol.key] = symbol
            if operation.body is not None and operation.body.model is not None:
                found[operation.body.model.key] = operation.body.model
        return sorted((self.module_of[key], symbol.name) for key, symbol in found.items())

    @staticmethod
    def params_class(operation: Operation) -> str:
        return "_" + "".join(part.capitalize() for part in operation.method_name.split("_")) + "Params"

    @staticmethod
    def paging_name(operation: Operation) -> str:
        return f"_{operation.method_name.upper()}_PAGING"

    @staticmethod
    def text_events_name(operation: Operation) -> str:
        return f"_{operation.method_name.upper()}_TEXT_EVENTS"

    def stream_events(self, operation: Operation) -> TaggedEvents | None:
        """For a stream of events that are a tagged union of models, how they are told apart; None for any
        other stream."""
        if operation.streaming is None:
            return None
        expr: TypeExpr = operation.streaming.event_type
        if isinstance(expr, ModelType):
            declaration = self.types.declaration(expr.symbol)
            if isinstance(declaration, AliasDecl):
                expr = declaration.type
        if not isinstance(expr, UnionType) or expr.discriminator is None:
            return None
        variants = [v for v in expr.variants if isinstance(v, ModelType)]
        first = self.types.declaration(variants[0].symbol) if variants else None
        if len(variants) != len(expr.variants) or not isinstance(first, ModelDecl):
            return None
        wire = expr.discriminator.wire_name
        attr = next((f.py_name for f in first.fields if f.wire_name == wire), None)
        if attr is None:
            return None
        return TaggedEvents(attr, [(str(tag), variants[i].symbol.name) for tag, i in expr.discriminator.mapping])

    def return_annotation(self, operation: Operation, is_async: bool) -> str:
        if operation.pagination is not None:
            item = self.types.annotation(operation.pagination.item_type)
            return f"AsyncPager[{item}]" if is_async else f"SyncPage[{item}]"
        response = operation.response
        if response.alternatives and response.kind == "json" and response.any_type is not None:
            return self.types.annotation(response.any_type)  # each success code's own type
        return self.runtime_type(operation)

    def status_types(self, operation: Operation) -> list[tuple[str, str]]:
        """Where other success codes' answers are read as types of their own (``Response.alternatives``):
        every JSON success code with its type as a runtime value, the first code's included, so that a
        range (``2XX``) does not take its place; none for a paged call, which reads pages."""
        response = operation.response
        if operation.pagination is not None or response.kind != "json" or not response.alternatives:
            return []
        assert response.type is not None  # a JSON answer has a type
        codes = [(response.status, response.type), *response.alternatives]
        return [(code, self.types.annotation(expr)) for code, expr in codes]

    def runtime_type(self, operation: Operation) -> str:
        response = operation.response
        if response.kind == "empty" or response.type is None:
            return "None"
        return self.types.annotation(response.type)
