"""Structural objects whose validity is plain to see, vouched for without importing openapi-pydantic.

Importing openapi-pydantic builds every model of it: about 0.2 s of CPU, the largest single cost of a run
that has no verdicts remembered (the memo off, or a first run), paid in a second process that competes
with this one for the machine's cores. Yet nearly every structural object of a real spec is plainly
valid: each field the models know holds exactly the JSON type they declare (a string where a string is
wanted, ``true`` or ``false`` where a boolean is), and every other key is an extension, which the models
accept as it is.

:func:`plainly_valid` recognizes such objects from a table of those declarations (:data:`FIELDS`) and
vouches for them; it never finds an object invalid. Everything else (a value pydantic might coerce, such
as ``"yes"`` for a boolean, or refuse; a field spelled by its Python name; a nested object that is not
one) is left to openapi-pydantic, which stays the judge and the author of every error message. The table
follows the pinned openapi-pydantic: tests/test_plain_structure.py derives the same table from its models,
and holds this check to never vouching for an object they refuse.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["FIELDS", "PYTHON_NAMES", "plainly_valid"]

FIELDS: dict[str, dict[str, str]] = {
    # `!kind`: required, not null; `kind`: may be left out, not null; `kind?`: may be left out or null.
    # Kinds: str, bool, location (a parameter's `in`), list[kind], dict[kind] (string keys), a model here.
    # The parts validated on their own (normalize.document._STRIP) are not listed.
    "Info": {
        "title": "!str",
        "summary": "str?",
        "description": "str?",
        "termsOfService": "str?",
        "contact": "Contact?",
        "license": "License?",
        "version": "!str",
    },
    "Contact": {"name": "str?", "url": "str?", "email": "str?"},
    "License": {"name": "!str", "identifier": "str?", "url": "str?"},
    "Server": {"url": "!str", "description": "str?", "variables": "dict[ServerVariable]?"},
    "ServerVariable": {"enum": "list[str]?", "default": "!str", "description": "str?"},
    "ExternalDocumentation": {"description": "str?", "url": "!str"},
    "Operation": {
        "tags": "list[str]?",
        "summary": "str?",
        "description": "str?",
        "externalDocs": "ExternalDocumentation?",
        "operationId": "str?",
        "deprecated": "bool",
        "security": "list[dict[list[str]]]?",
    },
    "Parameter": {
        "description": "str?",
        "required": "bool",
        "deprecated": "bool",
        "style": "str?",
        "explode": "bool?",
        "name": "!str",
        "in": "!location",
        "allowEmptyValue": "bool",
        "allowReserved": "bool",
    },
    "RequestBody": {"description": "str?", "required": "bool"},
    "Response": {"description": "!str"},
    "SecurityScheme": {
        "type": "!str",
        "description": "str?",
        "name": "str?",
        "in": "str?",
        "scheme": "str?",
        "bearerFormat": "str?",
        "flows": "OAuthFlows?",
        "openIdConnectUrl": "str?",
    },
    "OAuthFlows": {
        "implicit": "OAuthFlow?",
        "password": "OAuthFlow?",
        "clientCredentials": "OAuthFlow?",
        "authorizationCode": "OAuthFlow?",
    },
    "OAuthFlow": {"authorizationUrl": "str?", "tokenUrl": "str?", "refreshUrl": "str?", "scopes": "dict[str]?"},
}

PYTHON_NAMES: dict[str, frozenset[str]] = {
    "Parameter": frozenset({"param_in", "param_schema"}),
    "SecurityScheme": frozenset({"security_scheme_in"}),
}
"""Fields the models also accept under their Python name: an object that uses one is left to them."""

_LOCATIONS = frozenset({"query", "header", "path", "cookie"})

Check = Callable[[Any], bool]


def _is_text(value: Any) -> bool:
    return isinstance(value, str)


def _is_flag(value: Any) -> bool:
    return isinstance(value, bool)


def _is_location(value: Any) -> bool:
    return isinstance(value, str) and value in _LOCATIONS


def _encodable(key: str) -> bool:
    """Whether a key is text pydantic takes as a key (a lone surrogate is not)."""
    if key.isascii():
        return True
    try:
        key.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _list_of(item: Check) -> Check:
    return lambda value: isinstance(value, list) and all(item(entry) for entry in value)


def _dict_of(item: Check) -> Check:
    return lambda value: (
        isinstance(value, dict) and all(isinstance(key, str) and item(entry) for key, entry in value.items())
    )


class _Model:
    """A model's fields as checks; :meth:`holds` is the plain validity of one object."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.required: tuple[str, ...] = ()
        self.fields: dict[str, tuple[Check, bool]] = {}  # by key: (check, whether null is allowed)
        self.python_names = PYTHON_NAMES.get(name, frozenset())

    def holds(self, value: Any) -> bool:
        if not isinstance(value, dict) or any(key not in value for key in self.required):
            return False
        fields = self.fields
        for key, entry in value.items():
            known = fields.get(key)
            if known is None:
                if not isinstance(key, str) or key in self.python_names or not _encodable(key):
                    return False
                continue  # an extension (or a part validated on its own): kept as it is
            check, nullable = known
            if entry is None:
                if not nullable:
                    return False
            elif not check(entry):
                return False
        return True


def _compile(table: Mapping[str, Mapping[str, str]]) -> dict[str, _Model]:
    models = {name: _Model(name) for name in table}

    def kind(text: str) -> Check:
        if text.startswith("list[") and text.endswith("]"):
            return _list_of(kind(text[5:-1]))
        if text.startswith("dict[") and text.endswith("]"):
            return _dict_of(kind(text[5:-1]))
        simple: dict[str, Check] = {"str": _is_text, "bool": _is_flag, "location": _is_location}
        if text in simple:
            return simple[text]
        return models[text].holds  # a KeyError here is a typo in the table, found on import

    for name, fields in table.items():
        model = models[name]
        model.required = tuple(key for key, text in fields.items() if text.startswith("!"))
        for key, text in fields.items():
            nullable = text.endswith("?")
            model.fields[key] = (kind(text.strip("!?")), nullable)
    return models


_MODELS = _compile(FIELDS)


def plainly_valid(structure: str, data: Mapping[str, Any]) -> bool:
    """Whether ``data`` (a structural object, without the parts validated on their own) is plainly a
    valid ``structure``. False means only that openapi-pydantic must judge it."""
    return _MODELS[structure].holds(data)
