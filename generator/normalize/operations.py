"""Operations to IR: resources, method names, arguments, bodies and responses (each operation's pagination
and streaming by the configured rules: ``pagination.py``, ``streaming.py``).

Method names read as a person would write them (DESIGN §3): the path's shape and the HTTP method give
``list``, ``create``, ``retrieve``, ``update``, ``delete`` or the action the path names (``feedback``,
``batch_update``); the configuration can rename any of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from ..config import HTTP_METHODS, Config, PaginationRule
from ..diagnostics import Diagnostics
from ..ir import (
    AnyType,
    Argument,
    ArgumentSource,
    JsonValue,
    ModelDecl,
    ModelType,
    Operation,
    PrimitiveType,
    RequestBody,
    Resource,
    Response,
    Server,
    SpecText,
    TypeExpr,
)
from ..reserved_names import (
    ANNOTATION_NAMES,
    CALL_OPTIONS,
    CLIENT_RESERVED,
    IMPORTED_MODULES,
    MODEL_ATTRIBUTES,
    RESOURCE_RESERVED,
)
from ..resolve import Located, ResolvedSpec, ResolveOptions
from .answers import answers_one_object, only_empty_object, success_codes
from .document import StructureCheck
from .media_types import (
    describes_structure,
    field_encodings,
    is_binary_string,
    json_parameter_content,
    pick_body_media_type,
    pick_json_media_type,
)
from .method_names import TEMPLATE, collection_paths, method_name, module_names, path_segments, unique_name
from .names import argument_name, class_name, identifier, numbered, snake_case
from .pagination import pagination_of
from .schemas import SchemaNormalizer, with_nullable
from .servers import server_url, url_safe
from .streaming import streaming_of
from .values import as_json, text

_METHOD_ORDER = {
    method: index for index, method in enumerate(("get", "post", "put", "patch", "delete", "head", "options", "trace"))
}

BODY_NAMES = frozenset(
    {"datetime", "builtins", "cached_property", "overload", "encode_query", "format_path", "request_params",
     "build_body", "discriminate", "to_jsonable", "async_to_raw_response_wrapper", "to_raw_response_wrapper",
     "list", "dict", "str", "int", "float", "bool", "bytes", "frozenset", "object"}
)  # fmt: skip
"""Names a method's body reads at run time (helpers it calls, builtins in the types it passes on): an
argument with one of these names would hide it (`list: int` made `list[...]` fail inside the method)."""
_ARGUMENT_RESERVED = CALL_OPTIONS | BODY_NAMES | frozenset(IMPORTED_MODULES)
"""An argument of a module's name would read as a use of it (imported, then unused)."""
_MODEL_FIELD_RESERVED = _ARGUMENT_RESERVED | ANNOTATION_NAMES | MODEL_ATTRIBUTES


@dataclass
class _RawOperation:
    """An operation before names and types: where it stands and what the document says."""

    located: Located
    path: str
    method: str
    operation_id: str
    tags: tuple[str, ...]
    path_parameters: list[Located]
    path_servers: Located | None = None
    """The path item's own ``servers``, where it lists any."""
    resource: str = ""
    method_name: str = ""


@dataclass
class OperationNormalizer:
    spec: ResolvedSpec
    schemas: SchemaNormalizer
    config: Config
    diagnostics: Diagnostics
    structure: StructureCheck
    excluded: int = 0
    tag_descriptions: dict[str, str] = field(default_factory=dict)
    tags_seen: set[str] = field(default_factory=set)
    """The tags of every operation, excluded ones too (configuration that names none of them is reported)."""
    operation_ids_seen: set[str] = field(default_factory=set)
    pagination_rules_used: set[PaginationRule] = field(default_factory=set)
    security_lists: list[tuple[Located, object]] = field(default_factory=list)
    """Each operation generated, with its ``security`` (None where it has none), in the order they are read."""

    def run(self) -> tuple[Resource, ...]:
        raw = self._collect()
        self._name_resources(raw)
        self._name_methods(raw)
        resources: dict[str, list[Operation]] = {}
        for item in raw:
            operation = self._operation(item)
            if operation is not None:
                resources.setdefault(item.resource, []).append(operation)
        modules = module_names(sorted(resources))
        return tuple(
            Resource(
                attr_name=name,
                class_name=class_name(name) + "Resource",
                module_name=modules[name],
                operations=tuple(operations),
                description=self._resource_description(operations),
            )
            for name, operations in sorted(resources.items())
        )

    # --- collecting -----------------------------------------------------------------------------

    def _collect(self) -> list[_RawOperation]:
        root = self.spec.root.data
        paths = root.get("paths")
        base = Located(root, self.spec.root_location)
        if paths is None:
            return []
        if not isinstance(paths, dict):
            self._error(base.child("paths"), "`paths` must be an object", "operation.paths")
            return []
        for tag in _list(root.get("tags")):
            if isinstance(tag, dict) and isinstance(tag.get("name"), str) and isinstance(tag.get("description"), str):
                self.tag_descriptions[tag["name"]] = tag["description"]
        seen_ids: dict[str, Located] = {}
        seen_paths: dict[str, str] = {}
        collected = []
        for path in paths:
            item_located = self.spec.follow(base.child("paths", path))
            if not isinstance(item_located.node, dict):
                self._error(item_located, "a path item must be an object", "operation.path-item")
                continue
            if not path.startswith("/"):
                self._error(base.child("paths", path), f"path {path!r} must start with '/'", "operation.path")
                continue
            if not self._path_is_distinct(path, base.child("paths", path), seen_paths):
                continue
            self._warn_unknown_keys(item_located)
            shared = [item_located.child("parameters", i) for i in range(len(self._parameter_list(item_located)))]
            path_servers = item_located.child("servers") if _list(item_located.node.get("servers")) else None
            for method in HTTP_METHODS:
                if method not in item_located.node:
                    continue
                located = item_located.child(method)
                node = located.node
                if not isinstance(node, dict):
                    self._error(located, "an operation must be an object", "operation.shape")
                    continue
                tags = tuple(t for t in _list(node.get("tags")) if isinstance(t, str))
                operation_id = node.get("operationId")
                if not isinstance(operation_id, str) or not operation_id:
                    operation_id = f"{method} {path}"
                self.tags_seen.update(tags)
                self.operation_ids_seen.add(operation_id)
                if excluded_by(self.config, method, node):
                    self.excluded += 1
                    continue
                elif operation_id in seen_ids:
                    first = seen_ids[operation_id]
                    self._error(
                        located.child("operationId"),
                        f"duplicate operationId {operation_id!r}, first used at {first.loc.pointer}",
                        "operation.duplicate-id",
                    )
                    continue
                seen_ids[operation_id] = located
                collected.append(_RawOperation(located, path, method, operation_id, tags, shared, path_servers))
        return collected

    def _warn_unknown_keys(self, path_item: Located) -> None:
        """A key a path item cannot have (``gett``, ``Get``) is most likely a misspelt method, whose operation
        would be left out without a word."""
        for key in path_item.node:
            if key not in _PATH_ITEM_KEYS and not (isinstance(key, str) and key.startswith("x-")):
                self._warn(
                    path_item.child(key),
                    f"{key!r} is neither an HTTP method in lower case nor a field of a path item; it is ignored",
                    "operation.path-item-key",
                )

    # --- naming ---------------------------------------------------------------------------------

    def _name_resources(self, raw: list[_RawOperation]) -> None:
        for item in raw:
            tag = item.tags[0] if item.tags else None
            if tag is not None and tag in self.config.resource_names:
                name = self.config.resource_names[tag]
            elif tag is not None and snake_case(tag):
                name = snake_case(tag)
            else:
                statics = [s for s in path_segments(item.path) if not TEMPLATE.search(s)]
                name = (snake_case(statics[0]) if statics else "") or "default"
            item.resource = identifier(name, CLIENT_RESERVED)

    def _name_methods(self, raw: list[_RawOperation]) -> None:
        by_resource: dict[str, list[_RawOperation]] = {}
        for item in raw:
            by_resource.setdefault(item.resource, []).append(item)
        items_fields = {rule.items_field for rule in self.config.pagination}
        one_object = {
            id(item): item.method == "get"
            and answers_one_object(self.spec, self.schemas.reader, item.located, item.path, items_fields)
            for item in raw
        }
        collections = collection_paths(
            ((item.path, item.method) for item in raw), {item.path for item in raw if one_object[id(item)]}
        )
        for items in by_resource.values():
            fixed = {
                i.operation_id: self.config.method_names[i.operation_id]
                for i in items
                if i.operation_id in self.config.method_names
            }
            by_fixed_name: dict[str, list[_RawOperation]] = {}
            for item in items:
                if item.operation_id in fixed:
                    by_fixed_name.setdefault(fixed[item.operation_id], []).append(item)
            for name, group in sorted(by_fixed_name.items()):
                for item in group if len(group) > 1 else ():
                    others = ", ".join(i.operation_id for i in group if i is not item)
                    self._error(
                        item.located,
                        f"method-names gives {item.operation_id} the name {name!r}, as it gives {others} in the "
                        "same resource; only one of them could be called",
                        "config.method-names",
                    )
            wanted = self._wanted_method_names(
                [i for i in items if i.operation_id not in fixed], collections, one_object
            )
            for item in items:
                if item.operation_id in fixed:
                    item.method_name = fixed[item.operation_id]
            used = set(fixed.values()) | RESOURCE_RESERVED
            for name in sorted(wanted):
                group = sorted(
                    wanted[name],
                    key=lambda i: (-TEMPLATE.findall(i.path).__len__(), _METHOD_ORDER.get(i.method, 99), i.path),
                )
                for position, item in enumerate(group):
                    choice = name if position == 0 else f"{name}_{item.method}"
                    if choice in used or (position > 0 and item.method == group[0].method):
                        choice = argument_name(item.operation_id)
                    choice = numbered(choice, used)
                    item.method_name = choice
                    used.add(choice)

    @staticmethod
    def _wanted_method_names(
        items: list[_RawOperation], collections: frozenset[str], one_object: dict[int, bool]
    ) -> dict[str, list[_RawOperation]]:
        """The operations of one resource by the name each would take: its path read from the segment that
        names the resource, wherever it stands (``/repos/{owner}/{repo}/issues``: ``list``), except where two
        of them would then take one name: those are read from the path's first segment
        (``/issues`` is ``list``, ``/repos/{owner}/{repo}/issues`` ``list_repos_issues``). ``one_object`` tells,
        by ``id``, the GETs that answer one object."""

        def name(item: _RawOperation, anywhere: bool) -> str:
            return method_name(item.path, item.method, item.resource, collections, one_object[id(item)], anywhere)

        deep: dict[str, list[_RawOperation]] = {}
        for item in items:
            deep.setdefault(name(item, True), []).append(item)
        wanted: dict[str, list[_RawOperation]] = {}
        for chosen, group in deep.items():
            for item in group:
                wanted.setdefault(chosen if len(group) == 1 else name(item, False), []).append(item)
        return wanted

    def _resource_description(self, operations: list[Operation]) -> SpecText | None:
        for operation in operations:
            for tag in operation.tags:
                if tag in self.tag_descriptions:
                    return text(self.tag_descriptions[tag])
        return None

    # --- one operation --------------------------------------------------------------------------

    def _operation(self, item: _RawOperation) -> Operation | None:
        if not self.structure.conforms("Operation", item.located):
            return None
        node = item.located.node
        context = (class_name(item.resource), class_name(item.method_name))
        parameters = self._parameters(item)
        body_argument, body = self._body(item, context)
        arguments = self._arguments(item, parameters, body_argument)
        response = self._response(item, context)
        operation = Operation(
            operation_id=SpecText(item.operation_id),
            origin=self.schemas.origin(item.located.loc),
            http_method=item.method,
            path=SpecText(self._sendable_path(item)),
            method_name=item.method_name,
            arguments=arguments,
            body=body,
            response=response,
            summary=text(node.get("summary")),
            description=text(node.get("description")),
            deprecated=node.get("deprecated") is True,
            requires_auth=self._requires_auth(node),
            tags=tuple(SpecText(t) for t in item.tags),
        )
        self.security_lists.append((item.located, node.get("security")))
        servers = item.located.child("servers") if _list(node.get("servers")) else item.path_servers
        server = self._own_server(servers) if servers is not None else None
        if server is not None:
            operation = replace(operation, server=server)
        paged = pagination_of(operation, self.config.pagination, self.schemas.declarations)
        pagination = paged.pagination if paged is not None else None
        if paged is not None:
            self.pagination_rules_used.add(paged.rule)
            wanted = paged.rule.has_more_field
            if wanted is not None and paged.pagination.has_more_field is None and paged.answers(wanted):
                self._warn(
                    item.located,
                    f"the answer's `{wanted}` (the pagination rule's has-more-field) is not a boolean, so it cannot say"
                    " that no page follows; the walk ends as it would without it",
                    "operation.has-more-field",
                )
        rule = self.config.streaming.get(item.operation_id)
        options = ResolveOptions(self.config.allow_outside_refs)
        streaming = streaming_of(operation, item.located, rule, self.schemas, options) if rule is not None else None
        if pagination is not None or streaming is not None:
            operation = replace(operation, pagination=pagination, streaming=streaming)
        if response.not_modified and response.type is not None and pagination is None:
            # judged after the pagination, which reads the answer's own nullability (a list answers 304 with
            # an empty page, not None)
            operation = replace(operation, response=replace(response, type=with_nullable(response.type, True)))
        return operation

    def _own_server(self, servers: Located) -> SpecText | None:
        """The first of an operation's (or its path's) ``servers``, its variables at their defaults, where
        it is an absolute URL; a relative one is reported and left out (the client's base URL is used)."""
        first = servers.child(0)
        if not self.structure.conforms("Server", first):
            return None
        server = Server(SpecText(url_safe(server_url(first.node))))
        if not server.absolute:
            self._warn(
                first.child("url"),
                f"the server URL {server.url!r} of this operation is relative; it is sent to the client's base URL",
                "operation.servers",
            )
            return None
        return server.url

    def _path_is_distinct(self, path: str, located: Located, seen: dict[str, str]) -> bool:
        """Whether ``path`` is one no other path of the spec matches: OpenAPI forbids two templates that
        differ only in their parameters' names (``/b/{x}``, ``/b/{y}``: a server could not tell them
        apart), and one template cannot name a parameter twice (``/a/{x}/{x}``)."""
        names = TEMPLATE.findall(path)
        twice = next((name for index, name in enumerate(names) if name in names[:index]), None)
        if twice is not None:
            self._error(located, f"path {path!r} names {{{twice}}} twice", "operation.path")
            return False
        shape = TEMPLATE.sub("{}", path)
        if shape in seen:
            self._error(
                located,
                f"path {path!r} matches the same URLs as {seen[shape]!r} (only its parameters' names differ)",
                "operation.path",
            )
            return False
        seen[shape] = path
        return True

    def _parameters(self, item: _RawOperation) -> list[tuple[Located, dict[str, Any]]]:
        """Path-level and operation-level parameters, the operation's replacing the path's."""
        own = [item.located.child("parameters", i) for i in range(len(self._parameter_list(item.located)))]
        merged: dict[tuple[str, str], tuple[Located, dict[str, Any]]] = {}
        declared: dict[tuple[str, str, bool], Located] = {}  # (name, location, the operation's own list)
        for is_own, located in [*((False, p) for p in item.path_parameters), *((True, p) for p in own)]:
            target = self.spec.follow(located)
            if not self.structure.conforms("Parameter", target):
                if target.loc != located.loc:  # the problems are reported there: say where it was used
                    self._error(
                        located,
                        f"$ref leads to {self.spec.display(target.loc)}{target.loc.pointer}, which is not a "
                        "valid parameter",
                        "operation.parameter",
                    )
                continue
            node = target.node
            # the operation's list may replace a path-level parameter, but within one list OpenAPI wants
            # each name and location once (a header's name in any case): the last silently won
            name = node["name"].lower() if node["in"] == "header" else node["name"]
            key = (name, node["in"], is_own)
            if key in declared:
                self._error(
                    located,
                    f"{node['in']} parameter {node['name']!r} is declared twice in this list "
                    f"(first at {declared[key].loc.pointer})",
                    "operation.duplicate-parameter",
                )
                continue
            declared[key] = located
            if node["in"] in ("header", "cookie") and not _HTTP_TOKEN.match(node["name"]):
                self._warn(
                    target,
                    f"a {node['in']} name must be an HTTP token (ASCII letters, digits and !#$%&'*+-.^_`|~), "
                    "which no request could carry otherwise; the parameter is left out",
                    "operation.header-name",
                )
                continue
            merged[(node["name"], node["in"])] = (target, node)
        template = TEMPLATE.findall(item.path)
        path_names = {name for (name, location) in merged if location == "path"}
        for name in template:
            if name not in path_names:
                self._error(
                    item.located,
                    f"path {item.path!r} names {{{name}}} but no path parameter {name!r} is declared",
                    "operation.path-parameter",
                )
        for (name, location), (located, _) in list(merged.items()):
            if location == "path" and name not in template:
                self._error(
                    located,
                    f"path parameter {name!r} does not appear in the path {item.path!r}",
                    "operation.path-parameter",
                )
                del merged[(name, location)]
        ordered = sorted(
            merged.values(),
            key=lambda pair: (
                _LOCATION_ORDER[pair[1]["in"]],
                template.index(pair[1]["name"]) if pair[1]["in"] == "path" else 0,
            ),
        )
        return ordered

    def _body(
        self, item: _RawOperation, context: tuple[str, ...]
    ) -> tuple[list[tuple[str, Argument]], RequestBody | None]:
        raw = item.located.node.get("requestBody")
        if raw is None:
            return [], None
        located = self.spec.follow(item.located.child("requestBody"))
        if not self.structure.conforms("RequestBody", located):
            return [], None
        content = self._content(located)
        if content is None:
            return [], None
        media_type, encoding = pick_body_media_type(content)
        if media_type is None:
            kinds = ", ".join(sorted(content)) or "none"
            self._warn(
                located,
                f"request body content type ({kinds}) is not supported; the method takes `body` and sends it as JSON",
                "operation.body-content",
            )
            media_type = next(iter(sorted(content)), "application/json")
        media = content.get(media_type) or {}
        if not isinstance(media, dict):
            self._error(located.child("content", media_type), "a media type must be an object", "operation.media-type")
            return [], None
        required = located.node.get("required") is True
        description = text(located.node.get("description"))
        if encoding in ("binary", "text"):  # sent as they are: the schema (a string) adds nothing to check
            if describes_structure(media.get("schema")):
                self._warn(
                    located.child("content", media_type),
                    f"no encoder for {media_type} bodies of this schema; the method takes `body` as "
                    f"{'text' if encoding == 'text' else 'bytes'} and sends it as it is",
                    "operation.body-content",
                )
            raw_type = PrimitiveType("bytes" if encoding == "binary" else "str")
            argument = Argument("body", SpecText("body"), "body", raw_type, required, description)
            # a range (`*/*`, `image/*`) is no Content-Type: the generic one of the kind is sent
            sent = (
                media_type
                if "*" not in media_type
                else "text/plain"
                if encoding == "text"
                else "application/octet-stream"
            )
            return [("body", argument)], RequestBody(SpecText(sent), raw_type, required, None, description, encoding)
        schema = located.child("content", media_type, "schema") if media.get("schema") is not None else None
        if schema is None:
            expr: TypeExpr = AnyType()
        elif not required and only_empty_object(self.schemas.reader, schema):
            # Nothing but `{}` could be sent, and an optional body may be left out: no argument, no body
            # (Stripe gives its GET and DELETE operations such form bodies).
            return [], None
        else:
            expr = self.schemas.type_of(schema, (*context, "Body"))
        decl = self.schemas.declarations.get(expr.symbol.key) if isinstance(expr, ModelType) else None
        encodings = field_encodings(media, encoding)
        for name, problem in encodings.problems:
            self._warn(located.child("content", media_type, "encoding", name), problem, "operation.body-encoding")
        styles = tuple((SpecText(name), style, explode) for name, style, explode in encodings.styles)
        json_parts = tuple(SpecText(name) for name in encodings.json_parts)
        part_types = tuple((SpecText(name), SpecText(media)) for name, media in encodings.part_types)
        if isinstance(decl, ModelDecl) and not expr.nullable:
            if encoding == "multipart":
                # an object's part is JSON (an array's, its items') unless `encoding` says otherwise
                json_parts += tuple(
                    f.wire_name
                    for f in decl.fields
                    if f.wire_name not in encodings.described and self.schemas.is_object(f.type, or_array=True)
                )
            arguments = [
                (
                    f.py_name,
                    Argument(
                        f.py_name,
                        f.wire_name,
                        "body_field",
                        f.type,
                        f.required and not f.fixed,
                        f.description,
                        f.deprecated,
                    ),
                )
                for f in decl.fields
                if not f.read_only
            ]
            body = RequestBody(
                SpecText(media_type),
                expr,
                required,
                decl.symbol,
                description,
                encoding,
                styles,
                json_parts,
                part_types,
            )
            return arguments, body
        argument = Argument("body", SpecText("body"), "body", expr, required, description)
        body = RequestBody(
            SpecText(media_type), expr, required, None, description, encoding, styles, json_parts, part_types
        )
        return [("body", argument)], body

    def _arguments(
        self, item: _RawOperation, parameters: list[tuple[Located, dict[str, Any]]], body: list[tuple[str, Argument]]
    ) -> tuple[Argument, ...]:
        used: set[str] = set(CALL_OPTIONS) | {"self"}
        arguments = []
        context = (class_name(item.resource), class_name(item.method_name))
        checked: dict[str, str] = {}  # wire name -> location, for the parameters the method checks in one model
        for located, node in parameters:
            location: ArgumentSource = node["in"]
            if location != "path":
                first = checked.setdefault(node["name"], location)
                if first != location:
                    self._warn(
                        located,
                        f"a {first} parameter of this operation is also named {node['name']!r}; this {location} "
                        "parameter is left out of the method (send it with extra_headers or extra_query)",
                        "operation.parameter-name-twice",
                    )
                    continue
            schema = node.get("schema")
            json_content = json_parameter_content(node) if schema is None and location != "path" else None
            if json_content is not None:  # sent as the JSON text of its value (OpenAPI's `content`)
                schema_at = located.child("content", json_content, "schema")
                expr: TypeExpr = self.schemas.type_of(schema_at, (*context, node["name"]))
            elif schema is None:
                unsupported = (
                    "a path parameter described by `content` is not supported"
                    if location == "path" and node.get("content")
                    else "parameter has no schema, and no JSON `content` to read one from (other content-based "
                    "parameters are not supported)"
                )
                self._warn(located, f"{unsupported}; typed as any value", "operation.parameter-content")
                expr = AnyType()
            else:
                expr = self.schemas.type_of(located.child("schema"), (*context, node["name"]))
            # query, header and cookie arguments are also fields of the method's parameters model, where a
            # builtin's name would shadow an annotation and a BaseModel attribute's name cannot be a field
            reserved = _ARGUMENT_RESERVED if location == "path" else _MODEL_FIELD_RESERVED
            name = unique_name(argument_name(node["name"], reserved), used, location)
            required = node.get("required") is True or location == "path"
            style = node.get("style") or ("simple" if location in ("path", "header") else "form")
            explode = node["explode"] if isinstance(node.get("explode"), bool) else style == "form"
            if json_content is not None:
                style, explode = "json", False
            arguments.append(
                Argument(
                    name,
                    SpecText(node["name"]),
                    location,
                    expr,
                    required,
                    text(node.get("description")),
                    node.get("deprecated") is True,
                    explode,
                    style,
                    server_default=self._schema_default(located),
                )
            )
        for candidate, argument in body:
            # A body field keeps its model's Python name (already safe), so `xact_id_=` builds `xact_id_`.
            safe = (
                candidate
                if argument.source == "body_field" and candidate not in _ARGUMENT_RESERVED
                else argument_name(candidate, _ARGUMENT_RESERVED)
            )
            name = unique_name(safe, used, "body")
            arguments.append(
                Argument(
                    name,
                    argument.wire_name,
                    argument.source,
                    argument.type,
                    argument.required,
                    argument.description,
                    argument.deprecated,
                )
            )
        return tuple(arguments)

    def _schema_default(self, parameter: Located) -> JsonValue:
        """The ``default`` of a parameter's schema, where it gives one."""
        if not isinstance(parameter.node.get("schema"), dict):
            return None
        schema = self.spec.follow(parameter.child("schema")).node
        return as_json(schema["default"]) if isinstance(schema, dict) and "default" in schema else None

    def _response(self, item: _RawOperation, context: tuple[str, ...]) -> Response:
        responses = item.located.node.get("responses") or {}
        if not isinstance(responses, dict):
            self._error(item.located.child("responses"), "`responses` must be an object", "operation.responses")
            return Response("200", "empty", None)
        response = self._success(item, responses, context)
        return replace(response, not_modified=True) if any(str(code) == "304" for code in responses) else response

    def _success(self, item: _RawOperation, responses: dict[Any, Any], context: tuple[str, ...]) -> Response:
        """What the operation's first success answers (``200`` before ``201``, ``2XX`` after both)."""
        codes = success_codes(responses)
        if not codes:
            return Response("200", "empty", None)
        code = codes[0]
        located = self.spec.follow(item.located.child("responses", next(k for k in responses if str(k) == code)))
        conforms = self.structure.conforms("Response", located)
        description = text(located.node.get("description")) if isinstance(located.node, dict) else None
        content = self._content(located) if conforms else None
        if not content or item.method == "head":  # a HEAD answer has no body, whatever content the spec copied
            return Response(code, "empty", None, description)
        media_type = pick_json_media_type(content)
        if media_type == "*/*" and is_binary_string(content[media_type]):
            return Response(code, "binary", PrimitiveType("bytes"), description, SpecText(media_type))
        if media_type is not None:
            media = content.get(media_type) or {}
            if not isinstance(media, dict):
                self._error(
                    located.child("content", media_type), "a media type must be an object", "operation.media-type"
                )
                return Response(code, "empty", None, description)
            schema = media.get("schema")
            expr = (
                AnyType()
                if schema is None
                else self.schemas.type_of(located.child("content", media_type, "schema"), (*context, "Response"))
            )
            if self._another_success_is_empty(item.located, responses, codes[1:]):
                expr = with_nullable(expr, True)  # that answer (a 204, say) reads as None
            alternatives = self._other_json_successes(item.located, responses, codes[1:], expr, context)
            return Response(code, "json", expr, description, SpecText(media_type), alternatives)
        media_type = sorted(content)[0]
        if media_type.startswith("text/"):
            return Response(code, "text", PrimitiveType("str"), description, SpecText(media_type))
        return Response(code, "binary", PrimitiveType("bytes"), description, SpecText(media_type))

    def _other_json_successes(
        self, located: Located, responses: dict[Any, Any], others: list[str], first: TypeExpr, context: tuple[str, ...]
    ) -> tuple[tuple[str, TypeExpr], ...]:
        """The other success codes whose JSON answer has a type other than the first's (``202``: a job),
        each read as its own type. An answer that is not JSON is left to the first code's reading."""
        found: list[tuple[str, TypeExpr]] = []
        for code in others:
            key = next(k for k in responses if str(k) == code)
            answer = self.spec.follow(located.child("responses", key))
            if not self.structure.conforms("Response", answer):
                continue
            content = self._content(answer)
            media_type = pick_json_media_type(content) if content else None
            if content is None or media_type is None:
                continue
            media = content.get(media_type)
            if not isinstance(media, dict) or media.get("schema") is None:
                continue
            schema = answer.child("content", media_type, "schema")
            expr = self.schemas.type_of(schema, (*context, f"Response{code}"))
            if replace(expr, nullable=False) != replace(first, nullable=False):
                found.append((code, expr))
        return tuple(found)

    def _another_success_is_empty(self, located: Located, responses: dict[Any, Any], others: list[str]) -> bool:
        """Whether one of the other success codes declares no body: the call may then answer with nothing."""
        for code in others:
            key = next(k for k in responses if str(k) == code)
            answer = self.spec.follow(located.child("responses", key))
            if isinstance(answer.node, dict) and not answer.node.get("content"):
                return True
        return False

    def _requires_auth(self, node: dict[str, Any]) -> bool:
        security = node.get("security", self.spec.root.data.get("security"))
        if not isinstance(security, list) or not security:
            return False
        return all(isinstance(requirement, dict) and requirement for requirement in security)

    def _sendable_path(self, item: _RawOperation) -> str:
        """The path as a URL can carry it: control characters, ``?`` and ``#`` percent-encoded (they would
        make the request invalid, or send part of the path as a query or fragment), with a warning."""
        path = url_safe(item.path, "?#")
        if path != item.path:
            self._warn(
                Located(self.spec.root.data, self.spec.root_location).child("paths", item.path),
                "the path holds characters a URL cannot carry as they are; they are sent percent-encoded",
                "operation.path-encoded",
            )
        return path

    # --- shapes the typed views do not check (their parts are stripped before validation) ---------

    def _parameter_list(self, located: Located) -> list[Any]:
        """The ``parameters`` of a path item or operation; an error when it is not an array."""
        raw = located.node.get("parameters")
        if raw is None:
            return []
        if not isinstance(raw, list):
            self._error(located.child("parameters"), "`parameters` must be an array", "operation.parameters")
            return []
        return raw

    def _content(self, located: Located) -> dict[str, Any] | None:
        """The ``content`` of a request body or response; an error (and None) when it is not an object."""
        raw = located.node.get("content")
        if raw is None:
            return {}
        if not isinstance(raw, dict):
            self._error(located.child("content"), "`content` must be an object", "operation.content")
            return None
        return raw

    # --- diagnostics ----------------------------------------------------------------------------

    def _error(self, located: Located, message: str, code: str) -> None:
        self.diagnostics.error(self.spec.display(located.loc), located.loc.pointer, message, code)

    def _warn(self, located: Located, message: str, code: str) -> None:
        self.diagnostics.warning(self.spec.display(located.loc), located.loc.pointer, message, code)


_LOCATION_ORDER = {"path": 0, "query": 1, "header": 2, "cookie": 3}
_PATH_ITEM_KEYS = frozenset({*HTTP_METHODS, "$ref", "summary", "description", "servers", "parameters"})


_HTTP_TOKEN = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")


def excluded_by(config: Config, method: str, operation: dict[str, Any]) -> bool:
    """Whether the configuration leaves the operation out (its method, or one of its tags)."""
    tags = (t for t in _list(operation.get("tags")) if isinstance(t, str))
    return method in config.exclude_methods or any(t in config.exclude_tags for t in tags)


def _list(value: Any) -> list[Any]:
    """A value that should be an array, or an empty one (the typed views report the wrong shape)."""
    return value if isinstance(value, list) else []
