"""The intermediate representation: what the normalize stage produces and the only thing templates see.

Every rule of the design (nullability, enums, unions, names, omit-versus-null) has already been applied
when a value of these types exists; templates print it, they never decide. Text that comes from the spec
is a :class:`SpecText`, which the render stage refuses to print unless an escaping filter handled it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Literal

from .json_values import json_equal

if TYPE_CHECKING:
    from .config import PaginationKind

JsonValue = None | bool | int | float | str | list["JsonValue"] | dict[str, "JsonValue"]


class SpecText(str):
    """Text taken from the spec (descriptions, literals, paths); never rendered raw."""

    __slots__ = ()


@dataclass(frozen=True, order=True)
class Origin:
    """The node a declaration comes from: its file and JSON pointer (spec text: it holds the spec's names)."""

    file: str
    pointer: SpecText


class Symbol:
    """A named thing whose final Python name is chosen late, by one naming pass over the whole API.

    Declarations and references share the Symbol object, so assigning the name once names every use.
    ``hints`` are candidate names, most natural first, derived from where the schema stands.
    """

    __slots__ = ("_name", "hints", "key", "override", "rank")

    def __init__(self, key: str, hints: tuple[str, ...], override: str | None = None, rank: int = 0) -> None:
        self.key = key
        self.hints = hints
        self.override = override
        self.rank = rank
        """Lower ranks choose names first: component schemas (0) before inline schemas (1)."""
        self._name: str | None = None

    @property
    def name(self) -> str:
        if self._name is None:
            raise RuntimeError(f"symbol {self.key} was never named")
        return self._name

    def assign(self, name: str) -> None:
        if self._name is not None and self._name != name:
            raise RuntimeError(f"symbol {self.key} named twice: {self._name}, {name}")
        self._name = name

    @property
    def is_named(self) -> bool:
        return self._name is not None

    def __repr__(self) -> str:
        return f"Symbol({self.key!r}, name={self._name!r})"


# --- Types ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StringConstraints:
    min_length: int | None = None
    max_length: int | None = None
    pattern: SpecText | None = None


@dataclass(frozen=True)
class NumberConstraints:
    ge: int | float | None = None
    gt: int | float | None = None
    le: int | float | None = None
    lt: int | float | None = None
    multiple_of: int | float | None = None
    one_of: tuple[int | float, ...] | None = None
    """The only values allowed: an enum of numbers that are not all integers, which a Literal cannot hold."""


@dataclass(frozen=True)
class ArrayConstraints:
    min_items: int | None = None
    max_items: int | None = None


PrimitiveKind = Literal["str", "int", "float", "bool", "datetime", "date", "bytes", "file"]
"""``file``: binary content (``format: binary``), sent as a file part of a multipart body."""


@dataclass(frozen=True)
class AnyType:
    """Any JSON value (R9). ``nullable`` is implied: null is a JSON value."""

    nullable: bool = True


@dataclass(frozen=True)
class NullType:
    """Only null: ``type: 'null'`` on its own."""

    nullable: bool = True


@dataclass(frozen=True)
class PrimitiveType:
    kind: PrimitiveKind
    nullable: bool = False
    format: SpecText | None = None
    string: StringConstraints = StringConstraints()
    number: NumberConstraints = NumberConstraints()


@dataclass(frozen=True)
class LiteralType:
    """An enum (or ``const``); null is never a member, it is ``nullable`` (R3)."""

    values: tuple[str | int | float | bool, ...]
    nullable: bool = False


@dataclass(frozen=True)
class ArrayType:
    items: TypeExpr
    nullable: bool = False
    constraints: ArrayConstraints = ArrayConstraints()
    unique: bool = False


@dataclass(frozen=True)
class TupleType:
    """An array of fixed length whose positions have types of their own: 3.1's ``prefixItems`` beside
    ``items: false`` (a point's ``[longitude, latitude]``)."""

    items: tuple[TypeExpr, ...]
    nullable: bool = False


@dataclass(frozen=True)
class MapType:
    """An object with no known properties whose values share one type: ``dict[str, T]`` (R8)."""

    values: TypeExpr
    nullable: bool = False


@dataclass(frozen=True)
class ModelType:
    """A reference to a named declaration (a class or an alias)."""

    symbol: Symbol
    nullable: bool = False


@dataclass(frozen=True)
class Discriminator:
    """The property whose value selects a union variant, and the value each variant carries."""

    wire_name: str
    mapping: tuple[tuple[str, int], ...]
    """(value, index of the variant in the union) pairs."""
    aliases: tuple[tuple[str, str], ...] = ()
    """(value, the value in ``mapping`` it stands for) pairs: further values that the spec's mapping gives
    a variant (``kitten`` and ``cat`` both naming ``Cat``)."""


@dataclass(frozen=True)
class UnionType:
    """``oneOf``/``anyOf`` (R6). Variants are never null themselves; null is ``nullable``."""

    variants: tuple[TypeExpr, ...]
    nullable: bool = False
    discriminator: Discriminator | None = None


TypeExpr = AnyType | NullType | PrimitiveType | LiteralType | ArrayType | TupleType | MapType | ModelType | UnionType


def union_of_types(exprs: Iterable[TypeExpr]) -> TypeExpr:
    """A value of any of ``exprs``: one type where they are one, else a union of the distinct ones (unions
    without a discriminator flattened, null made the union's ``nullable``, any value absorbing the rest)."""
    variants: list[TypeExpr] = []
    nullable = False
    for expr in exprs:
        if isinstance(expr, AnyType):
            return expr
        nullable = nullable or expr.nullable
        parts = expr.variants if isinstance(expr, UnionType) and expr.discriminator is None else (expr,)
        for part in parts:
            bare = replace(part, nullable=False)
            if not isinstance(bare, NullType) and bare not in variants:
                variants.append(bare)
    if len(variants) > 1:
        return UnionType(tuple(variants), nullable=nullable)
    return replace(variants[0], nullable=nullable) if variants else NullType()


def referenced_symbols(expr: TypeExpr) -> Iterator[Symbol]:
    """Every symbol a type refers to, depth first, without recursion."""
    stack: list[TypeExpr] = [expr]
    while stack:
        current = stack.pop()
        if isinstance(current, ModelType):
            yield current.symbol
        elif isinstance(current, ArrayType):
            stack.append(current.items)
        elif isinstance(current, TupleType):
            stack.extend(reversed(current.items))
        elif isinstance(current, MapType):
            stack.append(current.values)
        elif isinstance(current, UnionType):
            stack.extend(reversed(current.variants))


# --- Declarations -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Field:
    """A property of a model: its wire name is what the API sees, its Python name is what users type."""

    wire_name: SpecText
    py_name: str
    type: TypeExpr
    required: bool
    description: SpecText | None = None
    has_default: bool = False
    """An optional field's default, or a required field's only value (:attr:`fixed`)."""
    default: JsonValue = None
    deprecated: bool = False
    read_only: bool = False
    """``readOnly``: sent by the server only, so no argument of a method whose body is the model, and
    left out of a request's nested models (:attr:`set_by_server`)."""
    write_only: bool = False
    """``writeOnly``: sent by the client only, so a response may leave it out (:attr:`sent_by_client`)."""

    @property
    def is_aliased(self) -> bool:
        return self.wire_name != self.py_name

    @property
    def model_requires(self) -> bool:
        """Whether the model refuses a value without this field. One model class serves requests and
        responses: a required ``writeOnly`` field, which responses leave out, is optional in it (a method
        whose body is the model still asks for it); a required ``readOnly`` one is, of responses only
        (:attr:`set_by_server`). A :attr:`fixed` field is filled in instead."""
        return self.required and not self.write_only and not self.has_default

    @property
    def set_by_server(self) -> bool:
        """A required ``readOnly`` field: a response must carry it, and keeps its type; a model built for a
        request, at any depth, leaves it out (the runtime's ``SetByServer``)."""
        return self.required and self.read_only and not self.write_only and not self.has_default

    @property
    def sent_by_client(self) -> bool:
        """A required ``writeOnly`` field, the mirror of :attr:`set_by_server`: a model built for a request, at
        any depth, must carry it, while a response leaves it out (the runtime's ``SentByClient``)."""
        return self.required and self.write_only and not self.read_only and not self.has_default

    @property
    def fixed(self) -> bool:
        """A required field that allows one value (``const``, a one-value enum: a union's tag): the model
        and the methods default it, so that no caller writes what has one answer, and it is sent all the
        same (:attr:`ModelDecl.always_sent`)."""
        return self.required and self.has_default


ExtraKind = Literal["allow", "forbid", "typed"]


@dataclass(frozen=True)
class ModelDecl:
    """A pydantic model: an object schema with known properties."""

    symbol: Symbol
    origin: Origin
    fields: tuple[Field, ...]
    extra: ExtraKind = "allow"
    extra_type: TypeExpr | None = None
    """The type of additional properties when ``extra == "typed"``."""
    description: SpecText | None = None
    deprecated: bool = False

    @property
    def always_sent(self) -> tuple[str, ...]:
        """The Python names of fields that hold a constant and default to it (a union's tag): sent even
        when not set, since the server may need them to tell this model from another (and requires a
        :attr:`Field.fixed` one); sending a constant's default says nothing else than leaving it out. Not a
        ``readOnly`` one, which requests leave out."""
        return tuple(
            field.py_name
            for field in self.fields
            if field.has_default
            and not field.read_only
            and (
                field.fixed
                or (
                    isinstance(field.type, LiteralType)
                    and len(field.type.values) == 1
                    and json_equal(field.type.values[0], field.default)
                )
            )
        )


@dataclass(frozen=True)
class AliasDecl:
    """A named type that is not a class: an enum, a union, a primitive, an array or a map."""

    symbol: Symbol
    origin: Origin
    type: TypeExpr
    description: SpecText | None = None


Declaration = ModelDecl | AliasDecl


def declaration_types(declaration: Declaration) -> tuple[TypeExpr, ...]:
    """The types a declaration is made of: its fields' and its extra values' (a model), or its own (an alias)."""
    if isinstance(declaration, AliasDecl):
        return (declaration.type,)
    extra = (declaration.extra_type,) if declaration.extra_type is not None else ()
    return (*(item.type for item in declaration.fields), *extra)


@dataclass(frozen=True)
class ModelModule:
    """One module of the models package: declarations that refer to each other in a cycle share one."""

    name: str
    declarations: tuple[Declaration, ...]
    imports: tuple[tuple[str, str], ...]
    """(module, symbol name) pairs this module needs from sibling modules."""


# --- Operations -------------------------------------------------------------------------------------

ArgumentSource = Literal["path", "query", "header", "cookie", "body_field", "body"]


@dataclass(frozen=True)
class Argument:
    """One argument of a client method; ``source`` says where its value goes in the request."""

    py_name: str
    wire_name: SpecText
    source: ArgumentSource
    type: TypeExpr
    required: bool
    description: SpecText | None = None
    deprecated: bool = False
    explode: bool = True
    style: str = "form"
    """OpenAPI's style; or ``json`` for a parameter described by JSON ``content``: its value's JSON text."""
    has_default: bool = False
    default: JsonValue = None
    """Never set: a parameter's default is the server's to apply (a client that knew it would send it). The
    template macro that arguments share with model fields reads both."""
    server_default: JsonValue = None
    """The default the spec gives a parameter, which the server applies and the client never sends; it says
    which page a request without a page number gets (:attr:`Pagination.first_page`)."""

    @property
    def is_aliased(self) -> bool:
        return self.wire_name != self.py_name

    @property
    def plain_path_style(self) -> bool:
        """Whether a path argument takes the default style (simple, not exploded), which needs no word."""
        return self.style == "simple" and not self.explode

    @property
    def model_requires(self) -> bool:
        """Whether the model that checks a call's arguments refuses the call without this one (as
        :attr:`Field.model_requires`, which the same template reads: arguments only go one way)."""
        return self.required

    @property
    def set_by_server(self) -> bool:
        """Never: an argument is what the caller sends (:attr:`Field.set_by_server`, for the same template)."""
        return False

    @property
    def sent_by_client(self) -> bool:
        """Never: a required argument is required as such (:attr:`Field.sent_by_client`, for the same
        template)."""
        return False

    @property
    def fixed(self) -> bool:
        """Never: an argument has no default of the client's (:attr:`has_default`; :attr:`Field.fixed`, for
        the same template)."""
        return False


BodyEncoding = Literal["json", "form", "multipart", "binary", "text"]


@dataclass(frozen=True)
class RequestBody:
    content_type: SpecText
    type: TypeExpr
    required: bool
    model: Symbol | None
    """The body model whose fields became keyword arguments, or None when the body is one argument."""
    description: SpecText | None = None
    encoding: BodyEncoding = "json"
    """``json``; ``form`` for application/x-www-form-urlencoded (each field in its ``encoding`` style, see
    ``field_styles``; nested values in bracket notation);
    ``multipart`` for multipart/form-data (file fields as file parts, the others as ``form``); ``binary``
    (application/octet-stream) and ``text`` (text/plain): the ``body`` argument's bytes or text as they are."""
    field_styles: tuple[tuple[SpecText, str, bool], ...] = ()
    """For a form or multipart body: (wire name, style, explode) of each field whose style the media type's
    ``encoding`` gives (``deepObject``, ``form``, ``spaceDelimited``, ``pipeDelimited``)."""
    json_parts: tuple[SpecText, ...] = ()
    """For a multipart body: the fields sent as JSON parts: those ``encoding`` gives a JSON ``contentType``,
    and objects it says nothing of (OpenAPI's default ``contentType`` for an object is ``application/json``)."""
    part_types: tuple[tuple[SpecText, SpecText], ...] = ()
    """For a multipart body: (wire name, media type) of each file field whose ``encoding`` gives it one
    media type (``image/png``), sent where the caller gives none."""

    @property
    def own_json_type(self) -> SpecText | None:
        """A JSON body's media type where it is one of its own (``application/merge-patch+json``), which the
        server may dispatch on; None for ``application/json`` and for a range (``*/*``), sent as that."""
        declared = self.content_type.lower()
        if self.encoding != "json" or declared == "application/json" or "*" in declared:
            return None
        return self.content_type


ResponseKind = Literal["json", "text", "binary", "empty"]


@dataclass(frozen=True)
class Response:
    status: str
    kind: ResponseKind
    type: TypeExpr | None
    description: SpecText | None = None
    content_type: SpecText | None = None
    alternatives: tuple[tuple[str, TypeExpr], ...] = ()
    """Other success codes whose JSON answer has a type of its own (``202``: a job, beside ``200``: the
    result), by code as the spec writes it (``202``, ``2XX``): the answer is read as its code's type."""
    not_modified: bool = False
    """The operation lists ``304 Not Modified``: a conditional request (``If-None-Match``) whose copy is
    current is answered with nothing, and the call returns None (its ``type`` allows null), or, for a list,
    an empty page."""

    @property
    def any_type(self) -> TypeExpr | None:
        """What the call may return: the type, or a union of it and the alternatives' (null stays the
        type's own, from a sibling success without a body)."""
        if not self.alternatives or self.type is None:
            return self.type
        return union_of_types((self.type, *(expr for _, expr in self.alternatives)))


@dataclass(frozen=True)
class Pagination:
    """How a list operation reaches its next page.

    ``id_cursor``: send the last item's ``id`` as ``cursor_param`` (``starting_after``), or, for a walk
    that started with ``reverse_cursor_param`` (``ending_before``), the first item's as that one.
    ``token_cursor``: send the response's ``next_field`` back as ``cursor_param`` until it is absent.
    ``page_number``: send the next page's number (the one after the number sent, or after ``first_page``
    where the first request sent none).
    ``offset``: send the count of items before the next page (the offset sent, plus this page's items).
    These two end at a page without items.
    ``next_url``: request the URL of the next page that the answer's ``next_field`` holds (Django REST
    framework's ``next``, Twilio's ``next_page_uri``), or, without one, the ``Link`` header's ``rel="next"``
    (GitHub's), while it stays on the API's origin.
    """

    kind: PaginationKind
    items_field: str
    """The field of the answer that holds the items; empty where the answer is the array itself."""
    item_type: TypeExpr
    cursor_param: str
    cursor_location: Literal["query", "body"]
    limit_param: str | None = None
    next_field: str | None = None
    id_field: str = "id"
    reverse_cursor_param: str | None = None
    items_required: bool = False
    """Whether every page carries its items (the field is required and not nullable): a page without
    them is an invalid response, not an empty one."""
    has_more_field: str | None = None
    """The answer's field that says whether another page follows: false ends the walk."""
    first_page: int = 1
    """For ``page_number``: the number of the page the server answers where none is sent (the
    parameter's ``default``, else its ``minimum``, else 1), whose successor is the second page."""
    argument_names: tuple[tuple[str, str], ...] = ()
    """(wire name, Python name) of each cursor parameter whose method argument is named otherwise
    (``startAt``: ``start_at``): ``next_page_params()`` gives the argument, to be passed back."""

    @property
    def cursor_argument(self) -> str:
        """The method's argument for :attr:`cursor_param`."""
        return dict(self.argument_names).get(self.cursor_param, self.cursor_param)


StreamFlagLocation = Literal["query", "body", "free_body"]


@dataclass(frozen=True)
class Streaming:
    """An operation that answers with server-sent events when ``param`` is true, or, for a ``free_body``,
    when the free-form JSON body that ``param`` is holds ``body_key`` = true."""

    param: str
    event_type: TypeExpr
    location: StreamFlagLocation = "body"
    text_events: tuple[str, ...] = ()
    """Events whose ``data`` is text; every other event's data is JSON."""
    body_key: str | None = None
    """The key of a ``free_body`` that asks for the stream (the API's own name, as the spec's user sends it)."""
    end_data: str | None = None
    """The data of the event that ends the stream (OpenAI's ``[DONE]``), which is not delivered."""

    @property
    def by_flag(self) -> bool:
        """Whether a boolean argument of its own asks for the stream, so that overloads can type each answer."""
        return self.location != "free_body"

    @property
    def raw_events(self) -> bool:
        """Whether no schema describes the events: they are given as they arrive (event name, data text, id)."""
        return isinstance(self.event_type, AnyType)


@dataclass(frozen=True)
class Operation:
    operation_id: SpecText
    origin: Origin
    http_method: str
    path: SpecText
    method_name: str
    arguments: tuple[Argument, ...]
    body: RequestBody | None
    response: Response
    summary: SpecText | None = None
    description: SpecText | None = None
    deprecated: bool = False
    pagination: Pagination | None = None
    streaming: Streaming | None = None
    requires_auth: bool = False
    tags: tuple[SpecText, ...] = ()
    server: SpecText | None = None
    """The operation's own server (its ``servers``, or its path's): an absolute URL that it is sent to
    while the client uses the API's default base URL (Stripe's file uploads go to files.stripe.com)."""

    @property
    def positional(self) -> tuple[Argument, ...]:
        return tuple(a for a in self.arguments if a.source == "path")

    @property
    def keyword(self) -> tuple[Argument, ...]:
        return tuple(a for a in self.arguments if a.source != "path")

    def by_source(self, *sources: ArgumentSource) -> tuple[Argument, ...]:
        return tuple(a for a in self.arguments if a.source in sources)

    @property
    def body_argument(self) -> Argument | None:
        """The argument that holds the whole request body, where the body is not taken field by field
        (its name is ``body`` unless a parameter took that name first)."""
        return next((a for a in self.arguments if a.source == "body"), None)

    def sent_types(self) -> Iterator[TypeExpr]:
        """The types of what a call sends: its arguments, and its body (which its body fields are part of)."""
        yield from (a.type for a in self.arguments if a.source != "body_field")
        if self.body is not None:
            yield self.body.type

    def read_types(self) -> Iterator[TypeExpr]:
        """The types of what a call may read: the answer, the other answers it accepts, the stream's events."""
        if self.response.type is not None:
            yield self.response.type
        yield from (expr for _, expr in self.response.alternatives)
        if self.streaming is not None:
            yield self.streaming.event_type


@dataclass(frozen=True)
class Resource:
    """A group of operations, an attribute of the client (``client.projects``)."""

    attr_name: str
    class_name: str
    module_name: str
    operations: tuple[Operation, ...]
    description: SpecText | None = None


# --- The whole API ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Server:
    url: SpecText
    description: SpecText | None = None

    @property
    def absolute(self) -> bool:
        """Whether the URL names its scheme and host; OpenAPI also allows one relative to wherever the
        document is served (``/api/v1``), which only the client's user can complete."""
        scheme, _, rest = self.url.partition("://")
        return scheme.lower() in ("http", "https") and rest.split("/", 1)[0] != ""


SchemeKind = Literal["bearer", "basic", "api_key", "oauth2", "other"]
SchemeLocation = Literal["header", "query", "cookie"]


@dataclass(frozen=True)
class SecurityScheme:
    name: SpecText
    kind: SchemeKind
    location: SchemeLocation = "header"
    parameter: SpecText | None = None
    description: SpecText | None = None


@dataclass(frozen=True)
class PackageInfo:
    """Names that the configuration chooses for the generated package."""

    package_name: str
    distribution_name: str
    version: str
    client_name: str
    async_client_name: str
    env_prefix: str
    generator_version: str
    idempotency_header: str | None = None
    """The header of the key that makes a retried call safe to repeat (``idempotency-header``), or None."""


@dataclass(frozen=True)
class Api:
    title: SpecText
    api_version: SpecText
    description: SpecText | None
    servers: tuple[Server, ...]
    security_schemes: tuple[SecurityScheme, ...]
    declarations: tuple[Declaration, ...]
    model_modules: tuple[ModelModule, ...]
    resources: tuple[Resource, ...]
    package: PackageInfo
    excluded_operations: int = 0
    source_files: tuple[str, ...] = field(default=())
    auth: SecurityScheme | None = None
    """How the client sends its API key: the first scheme that a security requirement names (the
    document's, then the operations'); None sends it as a bearer token."""

    @property
    def operations(self) -> tuple[Operation, ...]:
        return tuple(op for r in self.resources for op in r.operations)

    @property
    def default_server(self) -> Server | None:
        """Where the client sends requests unless told otherwise: the first server with an absolute URL."""
        return next((server for server in self.servers if server.absolute), None)

    @property
    def models(self) -> tuple[ModelDecl, ...]:
        return tuple(d for d in self.declarations if isinstance(d, ModelDecl))
