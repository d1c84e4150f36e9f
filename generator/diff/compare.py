"""The IR of two documents compared: the API as a whole, its operations, then every declaration they reach.

Operations are matched by HTTP method and path (path parameters' names left out, they are positional),
then, for the rest, by operationId (a path that moved). Declarations are matched as ``matching`` says,
and each matched pair is compared once in each direction it is used in.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from ..diagnostics import join_pointer
from ..ir import (
    AliasDecl,
    Argument,
    ArgumentSource,
    Declaration,
    Field,
    JsonValue,
    ModelDecl,
    ModelType,
    Operation,
    Resource,
    SecurityScheme,
)
from ..normalize.security import schemes_refusing_the_key
from . import kinds as K
from .kinds import Kind
from .load import Side, follow
from .matching import DeclarationMatcher
from .model import Change, Direction, DocumentSide, OperationRef
from .shape import client_shape
from .typediff import TypeComparer, Where
from .usage import Usage, all_of_parents, normalized_key, operation_ref, parameter_references, usage_of

_TEMPLATE = re.compile(r"\{[^{}]*\}")
_PARAMETER_SOURCES: tuple[ArgumentSource, ...] = ("query", "header", "cookie")
_BOTH: tuple[Direction, Direction] = ("request", "response")


def compare_apis(old: Side, new: Side) -> list[Change]:
    """Every difference between the two documents' IR, classified; sorted, duplicates merged. Where none
    is found and the clients still differ, one unclassified change (``shape``)."""
    changes = _Comparator(old, new).run()
    # Where the IRs differ in what the comparison does not classify, the packages rendered from them say
    # whether the client differs at all (a flag that no template reads leaves it as it was).
    shape_differs = not changes and client_shape(old.api, old.root_name) != client_shape(new.api, new.root_name)
    if shape_differs and _rendered(old) != _rendered(new):
        message = "API: the client built from the spec changes in a way the comparison does not classify"
        changes = [Change(K.UNCLASSIFIED_CHANGE, "none", message, "#", "new")]
    return changes


def _rendered(side: Side) -> dict[str, str]:
    """The package's files as rendered, before formatting (files equal before it are equal after it)."""
    from ..render import Renderer  # only where the IRs differ and no change was classified

    return {file.path: file.content for file in Renderer(side.templates).render(side.api)}


def _operation_key(operation: Operation) -> tuple[str, str]:
    return (operation.http_method, _TEMPLATE.sub("{}", str(operation.path)))


class _Comparator:
    def __init__(self, old: Side, new: Side) -> None:
        self.old = old
        self.new = new
        self.matcher = DeclarationMatcher.build(
            old.api.declarations, new.api.declarations, old.root_name, new.root_name
        )
        self.types = TypeComparer(self.matcher, old.root_name, new.root_name, self._emit)
        self.old_usage: Usage = _usage(old)
        self.new_usage: Usage = _usage(new)
        self.changes: list[Change] = []
        self._neutral_done: set[tuple[str, str]] = set()
        self.new_bodies = _body_owners(new)

    # --- recording ------------------------------------------------------------------------------------

    def _emit(self, kind: Kind, where: Where, detail: str) -> None:
        direction: Direction = "none" if kind.side == "any" else where.direction
        self.changes.append(
            Change(kind, direction, f"{where.subject}: {detail}", where.pointer, where.document, where.operations)
        )

    def run(self) -> list[Change]:
        self._api()
        self._operations()
        self._unreached_declarations()
        self._drain()
        self._added_and_removed_declarations()
        return _merge(self.changes)

    # --- the API as a whole -------------------------------------------------------------------------------

    def _api(self) -> None:
        old, new = self.old.api, self.new.api
        top = Where("none", "API", "#/info/version", "new", ())
        if old.api_version != new.api_version:
            self._emit(K.API_VERSION_CHANGED, top, f"info.version {old.api_version!r} -> {new.api_version!r}")
        old_server = str(old.servers[0].url) if old.servers else None
        new_server = str(new.servers[0].url) if new.servers else None
        if old_server != new_server:
            where = Where("none", "API", "#/servers/0" if new_server else "#/servers", "new", ())
            self._emit(K.SERVER_CHANGED, where, f"default base URL {old_server!r} -> {new_server!r}")
        old_schemes = {str(s.name): s for s in old.security_schemes}
        new_schemes = {str(s.name): s for s in new.security_schemes}
        for name in sorted(old_schemes.keys() | new_schemes.keys()):
            pointer = join_pointer("#/components/securitySchemes", name)
            before, after = old_schemes.get(name), new_schemes.get(name)
            if before is None:
                self._emit(
                    K.SECURITY_SCHEME_ADDED, Where("none", "API", pointer, "new", ()), f"new security scheme {name!r}"
                )
            elif after is None:
                where = Where("none", "API", pointer, "old", ())
                self._emit(K.SECURITY_SCHEME_REMOVED, where, f"security scheme {name!r} removed")
            elif (before.kind, before.location, before.parameter) != (after.kind, after.location, after.parameter):
                where = Where("none", "API", pointer, "new", ())
                self._emit(
                    K.SECURITY_SCHEME_CHANGED,
                    where,
                    f"security scheme {name!r} changed from {_scheme(before)} to {_scheme(after)}",
                )
        self._key_sent(old.auth, new.auth)

    def _key_sent(self, old: SecurityScheme | None, new: SecurityScheme | None) -> None:
        """The client sends its key by one scheme (the first the requirements name). Another scheme, sent
        another way, makes every deployed client send the wrong credential; a scheme of the same name that
        changed is reported above."""
        if _sent_as(old) == _sent_as(new) or (old is not None and new is not None and old.name == new.name):
            return
        pointer = "#/security" if self.new.exists("#/security") else "#/components/securitySchemes"
        self._emit(
            K.SECURITY_SCHEME_CHANGED,
            Where("none", "API", pointer, "new", ()),
            f"the client sends its key by {_described(new)}, no longer by {_described(old)}",
        )

    # --- operations ------------------------------------------------------------------------------------

    def _operations(self) -> None:
        old_ops = {
            _operation_key(op): (resource, op) for resource in self.old.api.resources for op in resource.operations
        }
        new_ops = {
            _operation_key(op): (resource, op) for resource in self.new.api.resources for op in resource.operations
        }
        pairs = [(old_ops[key], new_ops[key]) for key in sorted(old_ops.keys() & new_ops.keys())]
        gone = {key: value for key, value in old_ops.items() if key not in new_ops}
        fresh = {key: value for key, value in new_ops.items() if key not in old_ops}
        fresh_by_id = {str(op.operation_id): key for key, (_, op) in fresh.items()}
        for key in sorted(gone):
            partner = fresh_by_id.get(str(gone[key][1].operation_id))
            if partner is not None and partner in fresh:
                pairs.append((gone.pop(key), fresh.pop(partner)))
        for (old_resource, old_op), (new_resource, new_op) in pairs:
            self._operation(old_resource, old_op, new_resource, new_op)
        for resource, op in gone.values():
            where = Where("none", _method(resource, op), op.origin.pointer, "old", (operation_ref(op),))
            self._emit(K.OPERATION_REMOVED, where, f"operation {op.http_method.upper()} {op.path} removed")
        for resource, op in fresh.values():
            where = Where("none", _method(resource, op), op.origin.pointer, "new", (operation_ref(op),))
            self._emit(K.OPERATION_ADDED, where, f"new operation {op.http_method.upper()} {op.path}")

    def _operation(self, old_resource: Resource, old: Operation, new_resource: Resource, new: Operation) -> None:
        ref = (operation_ref(new),)
        subject = _method(new_resource, new)
        here = Where("none", subject, new.origin.pointer, "new", ref)
        if _operation_key(old) != _operation_key(new):
            self._emit(
                K.OPERATION_PATH_CHANGED,
                here,
                f"moved from {old.http_method.upper()} {old.path} to {new.http_method.upper()} {new.path}",
            )
        old_name, new_name = _method(old_resource, old), subject
        if old_name != new_name:
            self._emit(K.METHOD_RENAMED, here, f"renamed from client.{old_name}")
        if old.operation_id != new.operation_id:
            self._emit(K.OPERATION_ID_CHANGED, here, f"operationId {old.operation_id!r} -> {new.operation_id!r}")
        if old.requires_auth != new.requires_auth:
            kind = K.SECURITY_REQUIREMENT_ADDED if new.requires_auth else K.SECURITY_REQUIREMENT_REMOVED
            text = "now requires credentials" if new.requires_auth else "no longer requires credentials"
            self._emit(kind, Where("request", subject, new.origin.pointer, "new", ref), text)
        refused = self._schemes_refusing_the_key(self.new, new)
        if refused is not None and self._schemes_refusing_the_key(self.old, old) is None:
            where = Where("none", subject, join_pointer(new.origin.pointer, "security"), "new", ref)
            key = str(self.new.api.auth.name) if self.new.api.auth is not None else ""
            text = f"accepts only {', '.join(map(repr, refused))}, and the client sends its key by {key!r}"
            self._emit(K.SECURITY_SCHEME_CHANGED, where, text)
        self._deprecation(old.deprecated, new.deprecated, here)
        if old.server != new.server:
            where = Where("none", subject, self._server_pointer(new), "new", ref)
            before, after = (str(server) if server else "the client's base URL" for server in (old.server, new.server))
            self._emit(K.OPERATION_SERVER_CHANGED, where, f"sent to {after}, not {before}")
        if (old.summary, old.description) != (new.summary, new.description):
            self._emit(K.DESCRIPTION_CHANGED, here, "summary or description changed")
        self._parameters(old, new, subject, ref)
        self._body(old, new, subject, ref)
        self._response(old, new, subject, ref)
        self._alternatives(old, new, subject, ref)
        self._paging(old, new, subject, ref)

    @staticmethod
    def _schemes_refusing_the_key(side: Side, operation: Operation) -> list[str] | None:
        """As ``oapigen generate`` warns: the operation's own requirement names no scheme the client uses."""
        node = side.node(operation.origin.pointer)
        return schemes_refusing_the_key(side.api.auth, node.get("security") if isinstance(node, dict) else None)

    def _deprecation(self, old: bool, new: bool, where: Where) -> None:
        if old != new:
            self._emit(K.DEPRECATED if new else K.UNDEPRECATED, where, "deprecated" if new else "no longer deprecated")

    def _parameters(self, old: Operation, new: Operation, subject: str, ref: tuple[OperationRef, ...]) -> None:
        for old_arg, new_arg in zip(old.positional, new.positional, strict=False):
            self._argument(old_arg, new_arg, new, subject, ref)
        old_params = {str(a.wire_name): a for a in old.by_source(*_PARAMETER_SOURCES)}
        new_params = {str(a.wire_name): a for a in new.by_source(*_PARAMETER_SOURCES)}
        _pair_headers_by_case(old_params, new_params)
        for wire in sorted(old_params.keys() | new_params.keys()):
            before, after = old_params.get(wire), new_params.get(wire)
            if after is None:
                assert before is not None
                pointer, side = self._parameter_pointer(before, old)
                where = Where("request", subject, pointer, side, ref)
                self._emit(K.PARAMETER_REMOVED, where, f"{before.source} parameter `{wire}` removed")
            elif before is None:
                pointer, side = self._parameter_pointer(after, new)
                where = Where("request", subject, pointer, side, ref)
                if after.required:
                    self._emit(K.PARAMETER_ADDED_REQUIRED, where, f"new required {after.source} parameter `{wire}`")
                else:
                    self._emit(K.PARAMETER_ADDED, where, f"new optional {after.source} parameter `{wire}`")
            else:
                self._argument(before, after, new, subject, ref)
        old_fields = {str(a.wire_name): a for a in old.by_source("body_field")}
        for after in new.by_source("body_field"):
            before = old_fields.get(str(after.wire_name))
            if before is not None and before.py_name != after.py_name:
                pointer, side = self._parameter_pointer(after, new)
                where = Where("request", subject, pointer, side, ref)
                self._emit(K.ARGUMENT_RENAMED, where, f"argument `{before.py_name}` renamed to `{after.py_name}`")
        self._read_only_marks(old, new, subject, ref)

    def _read_only_marks(self, old: Operation, new: Operation, subject: str, ref: tuple[OperationRef, ...]) -> None:
        """A field of a body model marked ``readOnly`` is no keyword argument of the method. The model's
        comparison sees the field on both sides, so the argument that the mark adds or removes is reported here."""
        old_model, new_model = (
            self._body_model(old, self.old, self.matcher.old),
            self._body_model(new, self.new, self.matcher.new),
        )
        if old_model is None or new_model is None:
            return
        old_fields = {str(f.wire_name): f for f in old_model.fields}
        for after in new_model.fields:
            before = old_fields.get(str(after.wire_name))
            if before is None or before.read_only == after.read_only:
                continue
            pointer = join_pointer(new_model.origin.pointer, "properties", str(after.wire_name))
            here = Where("request", f"{subject[:-2]}({after.py_name}=)", pointer, "new", ref)
            if after.read_only:
                self._emit(K.REQUEST_FIELD_REMOVED, here, "became read-only: no longer an argument")
            elif after.required:
                self._emit(K.REQUEST_FIELD_ADDED_REQUIRED, here, "no longer read-only: a new required argument")
            else:
                self._emit(K.REQUEST_FIELD_ADDED, here, "no longer read-only: a new optional argument")

    @staticmethod
    def _body_model(operation: Operation, side: Side, declarations: dict[str, Declaration]) -> ModelDecl | None:
        """The model whose fields are the method's keyword arguments, from the matcher's table of ``side``."""
        symbol = operation.body.model if operation.body is not None else None
        if symbol is None:
            return None
        found = declarations.get(normalized_key(symbol.key, side.root_name))
        return found if isinstance(found, ModelDecl) else None

    def _argument(
        self,
        before: Argument,
        after: Argument,
        new: Operation,
        subject: str,
        ref: tuple[OperationRef, ...],
    ) -> None:
        pointer, side = self._parameter_pointer(after, new)
        where = Where("request", f"{subject[:-2]}({after.py_name}=)", pointer, side, ref)
        if before.py_name != after.py_name:
            self._emit(K.ARGUMENT_RENAMED, where, f"argument `{before.py_name}` renamed to `{after.py_name}`")
        if before.source != after.source:
            self._emit(K.PARAMETER_LOCATION_CHANGED, where, f"moved from the {before.source} to the {after.source}")
        if before.required != after.required and after.source != "path":
            if after.required:
                self._emit(K.PARAMETER_BECAME_REQUIRED, where, "became required")
            else:
                self._emit(K.PARAMETER_BECAME_OPTIONAL, where, "became optional")
        self._deprecation(before.deprecated, after.deprecated, where)
        if before.description != after.description:
            self._emit(K.DESCRIPTION_CHANGED, where, "description changed")
        self.types.compare(before.type, after.type, where)

    def _parameter_pointer(self, argument: Argument, operation: Operation) -> tuple[str, DocumentSide]:
        side = self.new if operation in self.new.api.operations else self.old
        document: DocumentSide = "new" if side is self.new else "old"
        base = operation.origin.pointer
        if argument.source in ("body", "body_field"):
            return self._body_pointer(operation, side), document
        for owner in (base, base.rsplit("/", 1)[0]):
            node = side.node(owner)
            parameters = node.get("parameters") if isinstance(node, dict) else None
            for index, parameter in enumerate(parameters if isinstance(parameters, list) else []):
                parameter = follow(side, parameter)
                if (
                    isinstance(parameter, dict)
                    and parameter.get("name") == str(argument.wire_name)
                    and parameter.get("in") == argument.source
                ):
                    return f"{owner}/parameters/{index}", document
        return base, document

    def _body_pointer(self, operation: Operation, side: Side) -> str:
        body = join_pointer(operation.origin.pointer, "requestBody")
        if operation.body is None or not side.exists(body):
            return operation.origin.pointer
        schema = join_pointer(body, "content", str(operation.body.content_type), "schema")
        return schema if side.exists(schema) else body

    def _body(self, old: Operation, new: Operation, subject: str, ref: tuple[OperationRef, ...]) -> None:
        before, after = old.body, new.body
        if before is None and after is None:
            return
        if after is None:
            where = Where("request", subject, self._body_pointer(old, self.old), "old", ref)
            self._emit(K.BODY_REMOVED, where, "request body removed")
            return
        where = Where("request", f"{subject} body", self._body_pointer(new, self.new), "new", ref)
        if before is None:
            if after.required:
                self._emit(K.BODY_ADDED_REQUIRED, where, "new required request body")
            else:
                self._emit(K.BODY_ADDED, where, "new optional request body")
            return
        # A body whose fields are keyword arguments is sent whole (``{}`` at least) either way: only a body
        # that is one argument becomes required or optional for callers.
        if before.required != after.required and (before.model is None or after.model is None):
            kind = K.BODY_BECAME_REQUIRED if after.required else K.BODY_BECAME_OPTIONAL
            self._emit(kind, where, "became required" if after.required else "became optional")
        if before.content_type != after.content_type:
            self._emit(K.CONTENT_TYPE_CHANGED, where, f"sent as {after.content_type}, was {before.content_type}")
        if before.description != after.description:
            self._emit(K.DESCRIPTION_CHANGED, where, "description changed")
        old_model = self._body_model(old, self.old, self.matcher.old)
        new_model = self._body_model(new, self.new, self.matcher.new)
        if old_model is not None and new_model is not None:
            old_key = normalized_key(old_model.symbol.key, self.old.root_name)
            new_key = normalized_key(new_model.symbol.key, self.new.root_name)
            if not self.matcher.same(old_key, new_key):
                # Its fields are the method's keyword arguments and callers never name its class: another
                # model with the same fields (a $ref made an inline copy) makes the same call.
                self._field_annotations(old_model, new_model, where)
                self._fields(old_model, new_model, where)
                return
        self.types.compare(before.type, after.type, where)

    def _response(self, old: Operation, new: Operation, subject: str, ref: tuple[OperationRef, ...]) -> None:
        before, after = old.response, new.response
        pointer = join_pointer(new.origin.pointer, "responses", after.status)
        if after.content_type is not None and self.new.exists(
            join_pointer(pointer, "content", str(after.content_type), "schema")
        ):
            pointer = join_pointer(pointer, "content", str(after.content_type), "schema")
        where = Where(
            "response", f"{subject} response", pointer if self.new.exists(pointer) else new.origin.pointer, "new", ref
        )
        if before.status != after.status:
            self._emit(K.RESPONSE_STATUS_CHANGED, where, f"success status {before.status} -> {after.status}")
        self._streaming(old, new, where)
        if before.kind != after.kind:
            self._emit(K.RESPONSE_KIND_CHANGED, where, f"response changed from {before.kind} to {after.kind}")
            return
        if before.type is not None and after.type is not None:
            self.types.compare(before.type, after.type, where)

    def _streaming(self, old: Operation, new: Operation, where: Where) -> None:
        """Streams are configured by operationId, the same for both documents: one is lost when the
        operationId changes (the configuration's entry then names nothing, a warning)."""
        before, after = old.streaming, new.streaming
        if before is not None and after is None:
            text = f"no longer answers with server-sent events when {before.param} asks for them"
            self._emit(K.RESPONSE_KIND_CHANGED, where, text)
        elif before is not None and after is not None:
            if (before.param, before.location, before.body_key) != (after.param, after.location, after.body_key):
                self._emit(K.RESPONSE_KIND_CHANGED, where, f"streams when {after.param} asks, was {before.param}")
            self.types.compare(before.event_type, after.event_type, where.inner(" events"))

    def _server_pointer(self, operation: Operation) -> str:
        """The operation's own servers, else its path's, else the operation."""
        path_item, _, _ = operation.origin.pointer.rpartition("/")
        for holder in (operation.origin.pointer, path_item):
            if self.new.exists(join_pointer(holder, "servers")):
                return join_pointer(holder, "servers")
        return operation.origin.pointer

    def _alternatives(self, old: Operation, new: Operation, subject: str, ref: tuple[OperationRef, ...]) -> None:
        """Success statuses with a JSON type of their own, beside the main one: added, removed, retyped."""
        before, after = dict(old.response.alternatives), dict(new.response.alternatives)
        for status in sorted(before.keys() | after.keys()):
            side: DocumentSide = "old" if status not in after else "new"
            operation = old if side == "old" else new
            pointer = join_pointer(operation.origin.pointer, "responses", status)
            where = Where("response", f"{subject} response", pointer, side, ref)
            if status not in before:
                self._emit(K.RESPONSE_ALTERNATIVE_ADDED, where, f"status {status} answers with a type of its own")
            elif status not in after:
                self._emit(K.RESPONSE_ALTERNATIVE_REMOVED, where, f"status {status} no longer has a type of its own")
            else:
                self.types.compare(before[status], after[status], where)

    def _paging(self, old: Operation, new: Operation, subject: str, ref: tuple[OperationRef, ...]) -> None:
        where = Where("response", subject, new.origin.pointer, "new", ref)
        if old.pagination is None and new.pagination is not None:
            self._emit(K.PAGINATION_ADDED, where, f"now returns a page of {new.pagination.items_field}")
        elif old.pagination is not None and new.pagination is None:
            self._emit(K.PAGINATION_REMOVED, where, "no longer returns a page")
        elif old.pagination is not None and new.pagination is not None:
            before = (old.pagination.kind, old.pagination.cursor_param, old.pagination.items_field)
            after = (new.pagination.kind, new.pagination.cursor_param, new.pagination.items_field)
            if before != after:
                self._emit(
                    K.PAGINATION_CHANGED,
                    where,
                    f"pages by {after[1]} over {after[2]}, was {before[1]} over {before[2]}",
                )

    # --- declarations ------------------------------------------------------------------------------------

    def _unreached_declarations(self) -> None:
        """Matched declarations no kept operation reaches: read in the directions the documents use them."""
        reached = {(o, n) for o, n, _ in self.matcher.scheduled}
        for old_key, new_key in sorted(self.matcher.forward.items()):
            if (old_key, new_key) in reached:
                continue
            directions = set(self.new_usage.get(new_key, {})) | set(self.old_usage.get(old_key, {}))
            for direction in sorted(directions) or _BOTH:
                self.matcher.schedule(old_key, new_key, direction)

    def _drain(self) -> None:
        while (item := self.matcher.pop()) is not None:
            old_key, new_key, direction = item
            self._declaration(self.matcher.old[old_key], self.matcher.new[new_key], old_key, new_key, direction)

    def _operations_using(self, old_key: str, new_key: str, direction: Direction) -> tuple[OperationRef, ...]:
        refs = self.new_usage.get(new_key, {}).get(direction) or self.old_usage.get(old_key, {}).get(direction) or set()
        return tuple(sorted(refs))

    def _owner(self, declaration: Declaration, key: str) -> str:
        """How users meet a declaration: a method's keyword arguments for a body model, else its class."""
        owner = self.new_bodies.get(key)
        return f"{owner} body" if owner is not None else declaration.symbol.name

    def _declaration(
        self, old: Declaration, new: Declaration, old_key: str, new_key: str, direction: Direction
    ) -> None:
        operations = self._operations_using(old_key, new_key, direction)
        where = Where(direction, self._owner(new, new_key), _pointer(new, self.new), "new", operations)
        if (old_key, new_key) not in self._neutral_done:
            # what does not depend on direction is reported once, with every operation that uses the model
            self._neutral_done.add((old_key, new_key))
            both = {*operations, *self._operations_using(old_key, new_key, _other(direction))}
            neutral = replace(where, operations=tuple(sorted(both)))
            if old.symbol.name != new.symbol.name:
                self._emit(K.MODEL_RENAMED, neutral, f"model {old.symbol.name} renamed to {new.symbol.name}")
            if old.description != new.description:
                self._emit(K.DESCRIPTION_CHANGED, neutral, "description changed")
            if isinstance(old, ModelDecl) and isinstance(new, ModelDecl):
                self._deprecation(old.deprecated, new.deprecated, neutral)
                self._field_annotations(old, new, neutral)
        if isinstance(old, ModelDecl) and isinstance(new, ModelDecl):
            self._fields(old, new, where)
        elif isinstance(old, AliasDecl) and isinstance(new, AliasDecl):
            self.types.compare(old.type, new.type, where)
        else:
            old_type = ModelType(old.symbol) if isinstance(old, ModelDecl) else old.type
            new_type = ModelType(new.symbol) if isinstance(new, ModelDecl) else new.type
            self._emit(
                K.TYPE_CHANGED,
                where,
                f"type changed from {self.types.describe_old(old_type)} to {self.types.describe_new(new_type)}",
            )

    def _field_where(self, where: Where, declaration: ModelDecl, model_field: Field, side: DocumentSide) -> Where:
        source = self.new if side == "new" else self.old
        pointer = join_pointer(declaration.origin.pointer, "properties", str(model_field.wire_name))
        if not source.exists(pointer) or _pointer(declaration, source) != declaration.origin.pointer:
            pointer = _pointer(declaration, source)
        return Where(where.direction, f"{where.subject}.{model_field.wire_name}", pointer, side, where.operations)

    def _field_annotations(self, old: ModelDecl, new: ModelDecl, where: Where) -> None:
        """What does not depend on direction: Python names, descriptions, deprecation, defaults."""
        old_fields = {str(f.wire_name): f for f in old.fields}
        for after in new.fields:
            before = old_fields.get(str(after.wire_name))
            if before is None:
                continue
            here = self._field_where(where, new, after, "new")
            if before.py_name != after.py_name:
                self._emit(K.FIELD_RENAMED, here, f"Python attribute `{before.py_name}` renamed to `{after.py_name}`")
            if before.description != after.description:
                self._emit(K.DESCRIPTION_CHANGED, here, "description changed")
            self._deprecation(before.deprecated, after.deprecated, here)
            if _documented_default(before) != _documented_default(after):
                self._emit(K.DEFAULT_CHANGED, here, f"default {before.default!r} -> {after.default!r}")

    def _fields(self, old: ModelDecl, new: ModelDecl, where: Where) -> None:
        request = where.direction == "request"
        old_fields = {str(f.wire_name): f for f in old.fields}
        new_fields = {str(f.wire_name): f for f in new.fields}
        for wire in list(new_fields) + [w for w in old_fields if w not in new_fields]:
            before, after = old_fields.get(wire), new_fields.get(wire)
            if after is None:
                assert before is not None
                here = self._field_where(where, old, before, "old")
                here = Where(
                    here.direction,
                    here.subject,
                    here.pointer if self.old.exists(here.pointer) else new.origin.pointer,
                    "old" if self.old.exists(here.pointer) else "new",
                    here.operations,
                )
                self._emit(K.REQUEST_FIELD_REMOVED if request else K.RESPONSE_FIELD_REMOVED, here, "field removed")
                continue
            here = self._field_where(where, new, after, "new")
            if before is None:
                if not request:
                    self._emit(K.RESPONSE_FIELD_ADDED, here, "new field")
                elif after.required:
                    self._emit(K.REQUEST_FIELD_ADDED_REQUIRED, here, "new required field")
                else:
                    self._emit(K.REQUEST_FIELD_ADDED, here, "new optional field")
                continue
            if _requires(before, request) != _requires(after, request):
                required = _requires(after, request)
                if request:
                    kind = K.REQUEST_FIELD_BECAME_REQUIRED if required else K.REQUEST_FIELD_BECAME_OPTIONAL
                else:
                    kind = K.RESPONSE_FIELD_BECAME_REQUIRED if required else K.RESPONSE_FIELD_BECAME_OPTIONAL
                why = (
                    ""
                    if before.write_only == after.write_only or request
                    else " (write-only)"
                    if after.write_only
                    else " (no longer write-only)"
                )
                self._emit(kind, here, ("became required" if required else "became optional") + why)
            optional = not _requires(before, request) and not _requires(after, request)
            self.types.compare(before.type, after.type, here, optional_field=optional)
        if request and old.extra != new.extra:
            if new.extra == "forbid":
                self._emit(K.REQUEST_EXTRA_FORBIDDEN, where, "no longer accepts undeclared keys")
            elif old.extra == "forbid":
                self._emit(K.REQUEST_EXTRA_ALLOWED, where, "now accepts undeclared keys")
        if old.extra_type is not None and new.extra_type is not None:
            self.types.compare(old.extra_type, new.extra_type, where.inner("{}"))

    def _added_and_removed_declarations(self) -> None:
        """Component schemas only: an inline model comes and goes with the field or body that holds it."""
        for key, declaration in sorted(self.matcher.new.items()):
            if key not in self.matcher.backward and declaration.symbol.rank == 0:
                users = _all_users(self.new_usage, key)
                where = Where("none", declaration.symbol.name, _pointer(declaration, self.new), "new", users)
                self._emit(K.MODEL_ADDED, where, f"new model {declaration.symbol.name}")
        for key, declaration in sorted(self.matcher.old.items()):
            if key not in self.matcher.forward and declaration.symbol.rank == 0:
                users = _all_users(self.old_usage, key)
                where = Where("none", declaration.symbol.name, _pointer(declaration, self.old), "old", users)
                self._emit(K.MODEL_REMOVED, where, f"model {declaration.symbol.name} removed")


def _pair_headers_by_case(old: dict[str, Argument], new: dict[str, Argument]) -> None:
    """Files a header of the new document that only the case of its name tells from one of the old under
    the old name: HTTP compares header names without regard to case (``X-Trace-Id`` and ``x-trace-id`` are
    one header), so that is one parameter, not one removed and one added."""
    gone = {name.lower(): name for name, arg in old.items() if name not in new and arg.source == "header"}
    for name in [name for name, arg in new.items() if name not in old and arg.source == "header"]:
        partner = gone.pop(name.lower(), None)
        if partner is not None:
            new[partner] = new.pop(name)


def _documented_default(model_field: Field) -> tuple[bool, JsonValue]:
    """A field's default as the spec documents it: a fixed field's is its type's one value, whose changes
    the type's comparison reports."""
    return (False, None) if model_field.fixed else (model_field.has_default, model_field.default)


def _pointer(declaration: Declaration, side: Side) -> str:
    """The declaration's JSON pointer; prefixed by its file when that is not the root document."""
    origin = declaration.origin
    return origin.pointer if origin.file == side.spec.root.display else f"{origin.file}{origin.pointer}"


def _requires(model_field: Field, request: bool) -> bool:
    """Whether a value must hold the field. A request needs what the spec requires: the server refuses a
    call without it, and a method asks for a required ``writeOnly`` field, as a model built for a request
    does. A response holds what the model requires of it (``writeOnly`` fields never are), and a fixed
    field, which the model fills in."""
    return model_field.required if request else model_field.model_requires or model_field.fixed


def _all_users(usage: Usage, key: str) -> tuple[OperationRef, ...]:
    return tuple(sorted(set().union(*usage.get(key, {}).values())))


def _method(resource: Resource, operation: Operation) -> str:
    return f"{resource.attr_name}.{operation.method_name}()"


def _sent_as(scheme: SecurityScheme | None) -> tuple[str, str, str | None]:
    """How a key goes with ``scheme``: as a bearer token where no scheme says otherwise."""
    if scheme is None:
        return ("bearer", "header", None)
    return (scheme.kind, scheme.location, None if scheme.parameter is None else str(scheme.parameter))


def _described(scheme: SecurityScheme | None) -> str:
    return "a bearer token (no scheme named)" if scheme is None else f"{str(scheme.name)!r}, {_scheme(scheme)}"


def _scheme(scheme: object) -> str:
    kind = getattr(scheme, "kind", "")
    location = getattr(scheme, "location", "")
    parameter = getattr(scheme, "parameter", None)
    return f"{kind} ({location}{' ' + str(parameter) if parameter else ''})"


def _body_owners(side: Side) -> dict[str, str]:
    """Body models whose fields are one method's keyword arguments: key -> the method."""
    owners: dict[str, list[str]] = defaultdict(list)
    for resource in side.api.resources:
        for operation in resource.operations:
            if operation.body is not None and operation.body.model is not None:
                owners[normalized_key(operation.body.model.key, side.root_name)].append(_method(resource, operation))
    return {key: methods[0] for key, methods in owners.items() if len(methods) == 1}


def _merge(changes: list[Change]) -> list[Change]:
    """One record per (kind, direction, pointer, message): the operations of duplicates are united."""
    merged: dict[tuple[str, str, str, str, str], Change] = {}
    for change in changes:
        key = (change.kind.code, change.direction, change.pointer, change.document, change.message)
        known = merged.get(key)
        if known is None:
            merged[key] = change
        else:
            operations = tuple(sorted(set(known.operations) | set(change.operations)))
            merged[key] = Change(known.kind, known.direction, known.message, known.pointer, known.document, operations)
    return sorted(merged.values(), key=Change.sort_key)


def _usage(side: Side) -> Usage:
    document = side.spec.root.data
    return usage_of(
        side.api,
        side.root_name,
        all_of_parents(document, side.root_name),
        parameter_references(document, side.api, side.root_name),
    )


def _other(direction: Direction) -> Direction:
    return "response" if direction == "request" else "request"
