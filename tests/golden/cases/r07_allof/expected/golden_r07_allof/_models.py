"""The base of every generated model, and the rules it enforces.

Requests are checked strictly: unknown enum values, values outside the spec's bounds, explicit nulls where
the API forbids them, and extra keys on closed objects are refused before anything is sent. Responses are
read leniently: a server that adds an enum value, a field or a tagged variant (kept as an
``UnknownVariant``), sends a value outside the bounds (minimum, maximum, lengths, pattern: the spec's rules
for what a client sends), or sends null for an optional field, does not break a deployed client; the
value is kept and the known parts stay typed.
"""

from __future__ import annotations

import datetime
import decimal
import enum
import functools
import json
import uuid
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple, TypeVar, get_args

import pydantic
from pydantic import ConfigDict, ValidationInfo, model_validator
from pydantic_core import PydanticCustomError, core_schema, to_jsonable_python
from typing_extensions import Required, Self, TypedDict

from ._types import NotGiven

if TYPE_CHECKING:
    from pydantic.json_schema import JsonSchemaValue

__all__ = [
    "SENT_BY_CLIENT",
    "SET_BY_SERVER",
    "BaseModel",
    "NotNull",
    "OneOf",
    "OpenConstraints",
    "OpenEnum",
    "OpenTuple",
    "OpenUnion",
    "PageParts",
    "SentByClient",
    "SetByServer",
    "UnknownVariant",
    "build_body",
    "build_multipart_body",
    "discriminate",
    "multipart_values",
    "parse_page",
    "parse_response",
    "parse_response_json",
    "to_jsonable",
    "wire_value",
]

T = TypeVar("T")

_RESPONSE = "__golden_r07_allof_response__"
_RESPONSE_CONTEXT = {_RESPONSE: True}
_STORED = "__golden_r07_allof_stored__"
_STORED_CONTEXT = {_RESPONSE: True, _STORED: True}
"""Read as a response, but what :meth:`BaseModel.to_dict` gave may come from a model built for a request."""


def _is_response(info: ValidationInfo) -> bool:
    context = info.context
    return isinstance(context, dict) and context.get(_RESPONSE) is True


def _is_stored(info: ValidationInfo) -> bool:
    context = info.context
    return isinstance(context, dict) and context.get(_STORED) is True


class BaseModel(pydantic.BaseModel):
    """A model of the API. Construct it with Python names; it serializes with the API's wire names."""

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
        defer_build=True,
        protected_namespaces=(),
        regex_engine="python-re",
        # NaN and infinity stay floats when dumped, so that sending one fails (JSON has no such number)
        # instead of going out as null, which pydantic's JSON mode makes of them by default.
        ser_json_inf_nan="constants",
    )

    __closed__: ClassVar[bool] = False
    """True when the API forbids keys it does not describe (``additionalProperties: false``)."""

    __always_sent__: ClassVar[tuple[str, ...]] = ()
    """Fields sent even when not set: constants with a default, such as a union's tag, which the server
    may need to tell this model from another."""

    def model_post_init(self, context: Any, /) -> None:
        # A response is kept as the server sent it: its fields are set only where it has them.
        if type(self).__always_sent__ and not (isinstance(context, dict) and context.get(_RESPONSE) is True):
            self.__pydantic_fields_set__.update(type(self).__always_sent__)

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        if not cls.__always_sent__ and cls.model_post_init is BaseModel.model_post_init:
            # As below: a model without such fields calls no Python code after each object is validated.
            # Should pydantic's internals differ, model_post_init simply runs and finds nothing to do. (A
            # subclass of the caller's with a model_post_init or private attributes of its own keeps it.)
            cls.__pydantic_post_init__ = None
        if not cls.__closed__:
            # Only a closed model needs the check below. Dropping it from every other model before its
            # (deferred) schema is built means reading a response calls no Python code per object. Should
            # pydantic's internals differ, the check simply stays: it lets open models through anyway.
            validators = getattr(getattr(cls, "__pydantic_decorators__", None), "model_validators", None)
            if isinstance(validators, dict):
                validators.pop("_refuse_unknown_keys", None)

    @model_validator(mode="after")
    def _refuse_unknown_keys(self, info: ValidationInfo) -> Any:
        if type(self).__closed__ and self.model_extra and not _is_response(info):
            keys = ", ".join(sorted(self.model_extra))
            raise PydanticCustomError("extra_forbidden", "unexpected keys: {keys}", {"keys": keys})
        return self

    def to_dict(self) -> dict[str, Any]:
        """The JSON object the API sees: wire names, and only the fields that were set."""
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True)

    def to_json(self, *, indent: int | None = None) -> str:
        """:meth:`to_dict` as a JSON string."""
        return self.model_dump_json(by_alias=True, exclude_unset=True, indent=indent)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """The model of a JSON object as the API sends it (what :meth:`to_dict` gave, stored or cached):
        read as a response is, so an enum value or a field that a newer server added is kept. A field
        only the server sets (:data:`SetByServer`) may be missing, as it is from a model built for a
        request: it reads None."""
        return cls.model_validate(data, context=_STORED_CONTEXT, by_alias=True, by_name=False)

    @classmethod
    def from_json(cls, text: str | bytes) -> Self:
        """:meth:`from_dict` of a JSON text (what :meth:`to_json` gave)."""
        return cls.model_validate_json(text, context=_STORED_CONTEXT, by_alias=True, by_name=False)


_REFUSED = object()


def _open_in_responses(
    schema: core_schema.CoreSchema,
    keep: Callable[[Any, pydantic.ValidationError], Any],
    serialization: core_schema.SerSchema | None = None,
    kept_as_it_is: type | None = None,
) -> core_schema.CoreSchema:
    """``schema``, where a value it refuses in a response is handed to ``keep``, whose answer is kept
    instead of the error (``_REFUSED``: the error stands). Requests are validated by ``schema`` alone, but
    for an instance of ``kept_as_it_is``: what ``keep`` gave, in a response read and sent back."""

    def validate(value: Any, next_: core_schema.ValidatorFunctionWrapHandler, info: ValidationInfo) -> Any:
        if kept_as_it_is is not None and isinstance(value, kept_as_it_is):
            return value
        try:
            return next_(value)
        except pydantic.ValidationError as error:
            if _is_response(info) and (kept := keep(value, error)) is not _REFUSED:
                return kept
            raise

    return core_schema.with_info_wrap_validator_function(validate, schema, serialization=serialization)


class _OpenEnum:
    """Marks an enum that responses may extend: an unknown value is kept there, refused in requests."""

    def __get_pydantic_core_schema__(
        self, source: Any, handler: pydantic.GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return _open_in_responses(
            handler(source), _keep_scalar, core_schema.plain_serializer_function_ser_schema(_identity)
        )

    def __repr__(self) -> str:
        return "OpenEnum"


class OneOf:
    """Marks a number that must be one of ``values``: an enum of numbers that are not all integers, which
    a ``Literal`` cannot hold (type checkers refuse ``Literal[0.5]``). With ``OpenEnum`` after it, a
    response may still carry another value."""

    def __init__(self, *values: float) -> None:
        self.values = values

    def __get_pydantic_core_schema__(
        self, source: Any, handler: pydantic.GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        allowed = self.values

        def check(value: Any) -> Any:
            if value not in allowed:
                raise PydanticCustomError("enum", "Input should be one of {expected}", {"expected": repr(allowed)})
            return value

        return core_schema.no_info_after_validator_function(check, handler(source))

    def __repr__(self) -> str:
        return f"OneOf({', '.join(map(repr, self.values))})"


class _OpenConstraints:
    """Marks the constraints before it (minimum, maximum, lengths, pattern) as rules for what the client
    sends: a response whose value breaks only them keeps it, so that one score out of its range does not
    lose a whole page. In requests they are enforced."""

    _BROKEN_CONSTRAINT = frozenset(
        {
            "greater_than", "greater_than_equal", "less_than", "less_than_equal", "multiple_of",
            "string_too_short", "string_too_long", "string_pattern_mismatch", "too_short", "too_long",
        }
    )  # fmt: skip

    def __get_pydantic_core_schema__(
        self, source: Any, handler: pydantic.GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        def keep(value: Any, error: pydantic.ValidationError) -> Any:
            if all(item["type"] in self._BROKEN_CONSTRAINT and not item["loc"] for item in error.errors()):
                # validated again as the bare type: a list's items and a string's type are still checked
                return _adapter(source).validate_python(value, context=_RESPONSE_CONTEXT, by_alias=True, by_name=False)
            return _REFUSED

        return _open_in_responses(handler(source), keep)

    def __repr__(self) -> str:
        return "OpenConstraints"


class _OpenTuple:
    """Marks a tuple (3.1's ``prefixItems`` with ``items: false``) as the rule for what the client sends: a
    response whose array is longer or shorter keeps its items, those at the tuple's positions read as their
    types and any further ones as they came, so that one more coordinate (GeoJSON's altitude) does not lose
    a whole object. In requests the length is enforced."""

    def __get_pydantic_core_schema__(
        self, source: Any, handler: pydantic.GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        positions = get_args(source)

        def keep(value: Any, error: pydantic.ValidationError) -> Any:
            if not isinstance(value, (list, tuple)) or not all(
                (item["type"] == "too_long" and not item["loc"])
                or (  # one for each position the array does not reach
                    item["type"] == "missing"
                    and len(item["loc"]) == 1
                    and isinstance(item["loc"][0], int)
                    and item["loc"][0] >= len(value)
                )
                for item in error.errors()
            ):
                return _REFUSED
            read = [parse_response(kind, item) for kind, item in zip(positions, value)]
            return (*read, *value[len(positions) :])

        return _open_in_responses(handler(source), keep)

    def __repr__(self) -> str:
        return "OpenTuple"


def _keep_scalar(value: Any, error: pydantic.ValidationError) -> Any:
    return value if isinstance(value, (str, int, float, bool)) else _REFUSED


class UnknownVariant(BaseModel):
    """A variant of a tagged union that this client does not know (its tag is new): read from a response
    rather than failing it, with every field the server sent in ``model_extra`` (``variant.type``,
    ``variant.to_dict()`` work as on any model)."""

    if TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:  # the fields the server sent, whatever they are
            ...


class _OpenUnion:
    """Marks a tagged union that responses may extend: an object whose tag the union does not list is
    kept as an :class:`UnknownVariant`, so a server that adds a variant does not break a deployed client
    (R11); in requests an unknown tag is refused, but for the :class:`UnknownVariant` a response gave,
    which is sent back as it came (a model read, changed and sent back keeps what the server gave it)."""

    def __get_pydantic_core_schema__(
        self, source: Any, handler: pydantic.GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        schema = handler(source)
        return _open_in_responses(
            schema,
            _keep_unknown_variant,
            core_schema.wrap_serializer_function_ser_schema(_dump_variant, schema=schema),
            kept_as_it_is=UnknownVariant,
        )

    def __repr__(self) -> str:
        return "OpenUnion"


def _keep_unknown_variant(value: Any, error: pydantic.ValidationError) -> Any:
    """An object refused for its tag alone (one the union does not list), not for what a known variant
    holds, as an :class:`UnknownVariant`."""
    if isinstance(value, Mapping) and all(
        item["type"] == "union_tag_invalid" and not item["loc"] for item in error.errors()
    ):
        return UnknownVariant.model_validate(value, context=_RESPONSE_CONTEXT)
    return _REFUSED


def _dump_variant(value: Any, next_: core_schema.SerializerFunctionWrapHandler) -> Any:
    return dict(value.model_extra or {}) if isinstance(value, UnknownVariant) else next_(value)


class _NotNull:
    """Marks an optional field that may be omitted but not sent as null."""

    def __get_pydantic_core_schema__(
        self, source: Any, handler: pydantic.GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        schema = handler(source)

        def validate(value: Any, next_: core_schema.ValidatorFunctionWrapHandler, info: ValidationInfo) -> Any:
            if value is None and not _is_response(info):
                raise PydanticCustomError("not_null", "may be omitted, but not null")
            return next_(value)

        return core_schema.with_info_wrap_validator_function(validate, schema)

    def __get_pydantic_json_schema__(
        self, schema: core_schema.CoreSchema, handler: pydantic.GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        """The field's JSON schema without null, which a request may not send (only leave the field out); what
        the model dumps (the serialization schema) keeps it, since a response may have carried null."""
        json_schema = handler(schema)
        if handler.mode == "serialization":
            return json_schema
        variants = json_schema.get("anyOf")
        if isinstance(variants, list):
            kept = [variant for variant in variants if variant != {"type": "null"}]
            if len(kept) == 1:
                rest = {key: value for key, value in json_schema.items() if key != "anyOf"}
                return {**kept[0], **rest}
            json_schema["anyOf"] = kept
        return json_schema

    def __repr__(self) -> str:
        return "NotNull"


class _Placeholder:
    """Stands where a value is missing that one direction of the API must carry."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __repr__(self) -> str:
        return self._name


SET_BY_SERVER: Any = _Placeholder("SET_BY_SERVER")
"""The default of a required ``readOnly`` field (see :data:`SetByServer`); typed ``Any``, so that the field
keeps its own type for the responses that always carry it."""

SENT_BY_CLIENT: Any = _Placeholder("SENT_BY_CLIENT")
"""The default of a required ``writeOnly`` field (see :data:`SentByClient`); typed ``Any``, as above."""


class _CarriedOneWay:
    """Marks a required field that one direction of the API carries and the other leaves out: left out, it
    holds :attr:`placeholder` until validation, which refuses that where the field is due (:meth:`is_due`)
    and makes it None elsewhere (a None that is not sent, the field being left unset)."""

    placeholder: Any

    def is_due(self, info: ValidationInfo) -> bool:
        raise NotImplementedError

    def __get_pydantic_core_schema__(
        self, source: Any, handler: pydantic.GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        schema = handler(source)

        def validate(value: Any, next_: core_schema.ValidatorFunctionWrapHandler, info: ValidationInfo) -> Any:
            if value is not self.placeholder:
                return next_(value)
            if self.is_due(info):
                raise PydanticCustomError("missing", "Field required")
            return None

        return core_schema.with_info_wrap_validator_function(validate, schema)

    def __repr__(self) -> str:
        return type(self).__name__.lstrip("_")


class _SetByServer(_CarriedOneWay):
    """Marks a required ``readOnly`` field: the server sets it, so a response must carry it, while a model
    that a caller builds for a request leaves it out (it reads None there, and is not sent; stored with
    :meth:`BaseModel.to_dict`, it is read back by :meth:`BaseModel.from_dict` the same)."""

    placeholder = SET_BY_SERVER

    def is_due(self, info: ValidationInfo) -> bool:
        return _is_response(info) and not _is_stored(info)


class _SentByClient(_CarriedOneWay):
    """Marks a required ``writeOnly`` field, the mirror of :data:`SetByServer`: the client sends it, so a
    model built for a request, at any depth, must carry it, while a response leaves it out (it reads None
    there)."""

    placeholder = SENT_BY_CLIENT

    def is_due(self, info: ValidationInfo) -> bool:
        return not _is_response(info)


def _identity(value: Any) -> Any:
    return value


OpenConstraints = _OpenConstraints()
OpenEnum = _OpenEnum()
OpenUnion = _OpenUnion()
OpenTuple = _OpenTuple()
NotNull = _NotNull()
SetByServer = _SetByServer()
SentByClient = _SentByClient()


def discriminate(wire_name: str, aliases: Mapping[str, str] | None = None) -> Callable[[Any], Any]:
    """Reads the tag of a tagged union from raw JSON (by wire name) or from a model (by its alias).

    ``aliases`` maps further values that the spec gives a variant to the one it is tagged with.
    """

    def tag(value: Any) -> Any:
        found = _tag_of(value, wire_name)
        if aliases and isinstance(found, str):
            return aliases.get(found, found)
        return found

    # what pydantic's errors call the discriminator ("found using type()"): the field, not this function
    tag.__name__ = tag.__qualname__ = wire_name
    return tag


def _tag_of(value: Any, wire_name: str) -> Any:
    if isinstance(value, Mapping):
        return value.get(wire_name)
    if not isinstance(value, pydantic.BaseModel):
        return None  # not an object at all: pydantic reports it as a missing tag
    for name, field in type(value).model_fields.items():
        if (field.serialization_alias or name) == wire_name:
            return _field_value(value, name)
    return None


def _field_value(model: pydantic.BaseModel, name: str) -> Any:
    """A field's value, read without the warning of a deprecated field: the client's own reading (a union's
    tag, a page's last id) is no use of the field by the application."""
    return model.__dict__.get(name)


@functools.cache
def _cached_adapter(type_: Any) -> pydantic.TypeAdapter[Any]:
    return pydantic.TypeAdapter(type_)


def _adapter(type_: Any) -> pydantic.TypeAdapter[Any]:
    """A TypeAdapter for ``type_``, built once per type (building one costs far more than using it)."""
    try:
        return _cached_adapter(type_)
    except TypeError:  # an unhashable annotation: build it each time
        return pydantic.TypeAdapter(type_)


def parse_response(type_: Any, data: object) -> Any:
    """Validates response JSON into ``type_`` leniently (see the module's docstring), by wire name only."""
    if type_ is object or type_ is Any:
        return data
    if isinstance(type_, type) and issubclass(type_, BaseModel):
        return type_.model_validate(data, context=_RESPONSE_CONTEXT, by_alias=True, by_name=False)
    return _adapter(type_).validate_python(data, context=_RESPONSE_CONTEXT, by_alias=True, by_name=False)


def loads_json(content: str | bytes) -> Any:
    """``json.loads``, where a byte-order mark may begin the text (RFC 8259 lets a reader ignore it) and a
    document nested too deeply for Python's parser is a ValueError, as any other JSON it cannot read."""
    if isinstance(content, bytes) and content.startswith(_UTF8_BOM):
        content = content[len(_UTF8_BOM) :]
    elif isinstance(content, str) and content.startswith("\ufeff"):
        content = content[1:]
    try:
        return json.loads(content)
    except RecursionError:
        raise ValueError("the JSON nests too deeply to be read") from None


_UTF8_BOM = b"\xef\xbb\xbf"


def _from_json(validate_json: Callable[[bytes], T], validate_python: Callable[[Any], T], content: bytes) -> T:
    """``validate_json(content)``: pydantic parses and validates in one pass. Where its parser refuses JSON
    that Python's reads (a byte-order mark; a lone surrogate escape such as ``\\ud83d``, as JavaScript
    writes a string cut in the middle of an emoji), the JSON is read by Python's and then validated, each
    lone surrogate, which is no character, read as U+FFFD."""
    try:
        return validate_json(content)
    except pydantic.ValidationError as exc:
        if not any(error["type"] == "json_invalid" for error in exc.errors()):
            raise
        try:
            data = loads_json(content)
        except ValueError:
            raise exc from None
    return validate_python(_without_surrogates(data))


def _without_surrogates(value: Any) -> Any:
    if isinstance(value, str):
        # through UTF-16, a lone surrogate becomes one U+FFFD (a pair was joined by the parser already)
        return value if value.isascii() else value.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    if isinstance(value, list):
        return [_without_surrogates(item) for item in value]
    if isinstance(value, dict):
        return {_without_surrogates(key): _without_surrogates(item) for key, item in value.items()}
    return value


def parse_response_json(type_: Any, content: bytes) -> Any:
    """:func:`parse_response` straight from JSON bytes (see :func:`_from_json`)."""
    if isinstance(type_, type) and issubclass(type_, BaseModel):
        model: type[BaseModel] = type_
        return _from_json(
            functools.partial(model.model_validate_json, context=_RESPONSE_CONTEXT, by_alias=True, by_name=False),
            functools.partial(model.model_validate, context=_RESPONSE_CONTEXT, by_alias=True, by_name=False),
            content,
        )
    return _validated_json(_adapter(type_), content)


def _validated_json(adapter: pydantic.TypeAdapter[Any], content: bytes) -> Any:
    """``content`` as the adapter's type, read as a response is (see :func:`_from_json`)."""
    return _from_json(
        functools.partial(adapter.validate_json, context=_RESPONSE_CONTEXT, by_alias=True, by_name=False),
        functools.partial(adapter.validate_python, context=_RESPONSE_CONTEXT, by_alias=True, by_name=False),
        content,
    )


class PageParts(NamedTuple):
    """What a page's answer says: its items, validated, and what it says of the next page."""

    items: list[Any]
    next_token: object = None
    """The answer's ``next_field`` (a token cursor), where the operation pages by one."""
    has_more: object = None
    """The answer's ``has_more_field``, where the operation's answer has one."""


@functools.cache
def _page_adapter(
    type_: Any, items_field: str, next_field: str | None, required: bool, has_more_field: str | None
) -> pydantic.TypeAdapter[Any]:
    fields: dict[str, Any] = {items_field: Required[list[type_]] if required else list[type_]}
    for field in (next_field, has_more_field):
        if field:
            fields[field] = Any
    # the name is what a ValidationError of the page shows
    return pydantic.TypeAdapter(TypedDict("Page", fields, total=False))  # type: ignore[operator]


def parse_page(
    type_: Any,
    items_field: str,
    next_field: str | None,
    content: bytes,
    items_required: bool = False,
    has_more_field: str | None = None,
) -> PageParts:
    """A page's items, validated into ``type_`` (as :func:`parse_response`), its next-page token and its
    has-more flag.

    The JSON goes straight from bytes into the models in one call: a page of a hundred objects is the
    hottest path of a client, and decoding it into Python objects first would cost as much again. With
    ``items_required`` (the API always sends them), a page without its items (an empty body, ``{}``, an
    error object sent with status 200) raises, rather than reading as the end of the list.
    """
    if not content and not items_required:
        return PageParts([])
    if not items_field:  # the answer is the array of items itself
        return PageParts(_validated_json(_adapter(list[type_]), content))
    try:
        adapter = _page_adapter(type_, items_field, next_field, items_required, has_more_field)
    except TypeError:  # an unhashable item annotation: build it each time
        adapter = _page_adapter.__wrapped__(type_, items_field, next_field, items_required, has_more_field)
    page = _validated_json(adapter, content)
    return PageParts(
        page.get(items_field) or [],
        page.get(next_field) if next_field else None,
        page.get(has_more_field) if has_more_field else None,
    )


_ID_ATTRIBUTES: dict[tuple[type, str], str | None] = {}


def wire_value(item: object, wire_name: str) -> object:
    """The value of ``item``'s field that the API calls ``wire_name`` (a model's field, or a JSON object's key)."""
    if isinstance(item, Mapping):
        return item.get(wire_name)
    if not isinstance(item, pydantic.BaseModel):
        return None
    key = (type(item), wire_name)
    if key not in _ID_ATTRIBUTES:
        _ID_ATTRIBUTES[key] = next(
            (
                name
                for name, info in type(item).model_fields.items()
                if wire_name in (name, info.alias, info.validation_alias, info.serialization_alias)
            ),
            None,
        )
    attribute = _ID_ATTRIBUTES[key]
    if attribute is not None:
        return _field_value(item, attribute)
    return (item.model_extra or {}).get(wire_name)


def _validated(model: type[BaseModel], values: Mapping[str, object]) -> BaseModel:
    return model.model_validate({key: value for key, value in values.items() if not isinstance(value, NotGiven)})


def _python_values(value: pydantic.BaseModel) -> dict[str, Any]:
    """A model's set fields by wire name, as Python values (bytes stay bytes)."""
    return value.model_dump(mode="python", by_alias=True, exclude_unset=True)


def build_body(model: type[BaseModel], values: Mapping[str, object]) -> dict[str, Any]:
    """Validates the given arguments (wire-keyed, ``NOT_GIVEN`` dropped) and returns the JSON to send.

    Validation is strict (see the module's docstring), so a value the API would refuse fails here,
    before any request, with a :class:`pydantic.ValidationError` naming the field. A required field
    that only responses carry (:data:`SetByServer`) may be left out; one that only requests carry
    (:data:`SentByClient`) may not, at any depth.
    """
    return _validated(model, values).to_dict()


def build_multipart_body(model: type[BaseModel], values: Mapping[str, object]) -> dict[str, Any]:
    """As :func:`build_body`, for a multipart body: the values stay Python values, so that the bytes of a
    file reach the request as bytes (the rest is made JSON-like when the parts are written)."""
    return _python_values(_validated(model, values))


def multipart_values(value: object) -> dict[str, Any]:
    """A multipart body given whole (a model or a mapping) as wire-keyed Python values."""
    if isinstance(value, pydantic.BaseModel):
        return _python_values(value)
    if isinstance(value, Mapping):
        return {str(key): item for key, item in value.items() if not isinstance(item, NotGiven)}
    return {}


def to_jsonable(value: object) -> Any:
    """Turns models, dates, enum members, UUIDs, decimals and containers into plain JSON values, as
    pydantic writes them in a typed argument; models keep only their set fields. Other values are left as
    they are (bytes and files for a binary body, NOT_GIVEN for an argument left out)."""
    if isinstance(value, _WRITTEN_AS_PYDANTIC_DOES):
        return to_jsonable_python(value)
    if value is None or isinstance(value, (str, int, float)):  # bool too
        return value
    if isinstance(value, BaseModel):
        return value.to_dict()
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, Mapping):
        return {str(key): to_jsonable(item) for key, item in value.items() if not isinstance(item, NotGiven)}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [to_jsonable(item) for item in value]
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    return value


_WRITTEN_AS_PYDANTIC_DOES = (enum.Enum, uuid.UUID, decimal.Decimal, datetime.time, datetime.timedelta)
"""Values with one JSON form, which pydantic gives them (an enum member's value, a UUID's text)."""
