"""Streaming: the operations the configuration says answer with server-sent events (specs rarely declare
their streams), checked against what the operation takes, with the type of one event."""

from __future__ import annotations

from pathlib import Path

from ..config import StreamingRule
from ..ir import AnyType, Argument, MapType, Operation, PrimitiveType, StreamFlagLocation, Streaming, TypeExpr
from ..resolve import Located, Location, ResolveOptions
from .schemas import SchemaNormalizer


def streaming_of(
    operation: Operation, located: Located, rule: StreamingRule, schemas: SchemaNormalizer, options: ResolveOptions
) -> Streaming | None:
    """How the operation at ``located`` streams by its configured ``rule``: the boolean argument that asks
    for a stream (or the key it takes in a free-form JSON body), and the type of an event. None, with an
    error, where the operation cannot stream that way."""
    operation_id = str(operation.operation_id)
    argument = next((a for a in operation.arguments if a.wire_name == rule.param), None)
    free_body = _free_form_json_body(operation)
    if argument is None and free_body is None:
        schemas.error(
            located,
            f"streaming is configured for {operation_id!r} but it has no argument {rule.param!r}, nor a"
            " free-form JSON body that could hold it",
            "operation.streaming",
        )
        return None
    if argument is not None and not (isinstance(argument.type, PrimitiveType) and argument.type.kind == "bool"):
        # the method streams when the argument is True: on any other argument that is dead code
        schemas.error(
            located,
            f"streaming is configured for {operation_id!r} on its argument {rule.param!r}, which is not "
            "a boolean (the method streams when it is True)",
            "operation.streaming",
        )
        return None
    event: TypeExpr = AnyType()
    if rule.event_schema is not None:
        target = _event_schema(located, rule.event_schema, schemas, options)
        if target is None:
            return None
        event = schemas.ref_type(target)
    if argument is None:
        assert free_body is not None
        return Streaming(
            free_body.py_name, event, "free_body", rule.text_events, body_key=rule.param, end_data=rule.end_data
        )
    location: StreamFlagLocation = "body" if argument.source in ("body_field", "body") else "query"
    return Streaming(argument.py_name, event, location, rule.text_events, end_data=rule.end_data)


def _event_schema(
    located: Located, reference: str, schemas: SchemaNormalizer, options: ResolveOptions
) -> Location | None:
    """Where the configured event schema stands; a file of its own is loaded and resolved first."""
    file, _, pointer = reference.partition("#")
    if not file:
        file = str(schemas.spec.root.path)
    elif not schemas.spec.include(Path(file), schemas.diagnostics, options):
        return None
    target = Location(file, "#" + pointer)
    if not schemas.spec.holds(target):
        schemas.error(located, f"streaming event schema {reference!r} does not resolve", "operation.streaming")
        return None
    return target


def _free_form_json_body(operation: Operation) -> Argument | None:
    """The argument that is the whole JSON body where the spec leaves its shape open (any value, or an
    object of any values): where a key the spec does not name, such as a stream flag, can be sent."""
    body = operation.body
    if body is None or body.encoding != "json" or body.model is not None:
        return None
    if not isinstance(body.type, AnyType) and not (
        isinstance(body.type, MapType) and isinstance(body.type.values, AnyType)
    ):
        return None
    return next((argument for argument in operation.arguments if argument.source == "body"), None)
