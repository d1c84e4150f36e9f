"""Names the generated code cannot give to the spec's things: Python's keywords, and the names its own
classes and modules use. Fixed in the source rather than read from the running Python or pydantic, so
that the same spec gives the same names on every machine. The naming pass steers around them; a name
the configuration sets is checked against them (:func:`configured_name_problem`).
"""

from __future__ import annotations

KEYWORDS = frozenset(
    [
        "False",
        "None",
        "True",
        "and",
        "as",
        "assert",
        "async",
        "await",
        "break",
        "class",
        "continue",
        "def",
        "del",
        "elif",
        "else",
        "except",
        "finally",
        "for",
        "from",
        "global",
        "if",
        "import",
        "in",
        "is",
        "lambda",
        "nonlocal",
        "not",
        "or",
        "pass",
        "raise",
        "return",
        "try",
        "while",
        "with",
        "yield",
    ]
)
SOFT_KEYWORDS = frozenset({"_", "case", "match", "type"})

# Names a generated model module uses in annotations; a field named like one would shadow it in the
# class body, where pydantic evaluates the annotations. With them, the modules a generated module may
# import whole (IMPORTED_MODULES): a field or argument of that name would read as a use of the module,
# which would then be imported unused.
ANNOTATION_NAMES = frozenset(
    {
        "str",
        "int",
        "float",
        "bool",
        "bytes",
        "dict",
        "list",
        "tuple",
        "object",
        "datetime",
        "date",
        "typing",
        "pydantic",
        "builtins",
        "typing_extensions",
    }
)

# Attributes of pydantic.BaseModel (v2, with the v1 compatibility names) and of our own base model.
MODEL_ATTRIBUTES = frozenset(
    {
        "construct", "copy", "dict", "from_orm", "json", "parse_file", "parse_obj", "parse_raw", "schema",
        "schema_json", "update_forward_refs", "validate", "model_computed_fields", "model_config",
        "model_construct", "model_copy", "model_dump", "model_dump_json", "model_extra", "model_fields",
        "model_fields_set", "model_json_schema", "model_parametrized_name", "model_post_init",
        "model_rebuild", "model_validate", "model_validate_json", "model_validate_strings",
        "to_dict", "to_json", "from_dict", "from_json",
    }
)  # fmt: skip

# What a generated models module and a resource module may import, by module: the templates import those
# of the names that the module's code mentions (render.used_imports), so a model must not take any of them.
MODEL_MODULE_IMPORTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("typing", ("Annotated", "Any", "ClassVar", "Literal", "TypeAlias")),
    ("pydantic", ("Discriminator", "Field", "Tag")),
    (
        ".._models",
        (
            "BaseModel",
            "NotNull",
            "OneOf",
            "OpenConstraints",
            "OpenEnum",
            "OpenTuple",
            "OpenUnion",
            "SENT_BY_CLIENT",
            "SET_BY_SERVER",
            "SentByClient",
            "SetByServer",
            "discriminate",
        ),
    ),
    (".._types", ("FileContent",)),
)
RESOURCE_MODULE_IMPORTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("collections.abc", ("Mapping", "Sequence")),
    ("functools", ("cached_property",)),
    ("typing", ("Annotated", "Any", "Literal", "overload")),
    ("pydantic", ("ConfigDict", "Discriminator", "Field", "Tag")),
    (".._base_client", ("RequestOptions", "encode_query", "format_path", "request_params")),
    (".._models", ("BaseModel", "NotNull", "OneOf", "OpenConstraints", "OpenEnum", "OpenTuple", "OpenUnion",
                   "build_body", "build_multipart_body", "discriminate", "multipart_values", "to_jsonable")),
    (".._pagination", ("AsyncPage", "AsyncPager", "Paging", "SyncPage")),
    (".._resource", ("AsyncAPIResource", "SyncAPIResource")),
    (".._response", ("async_to_raw_response_wrapper", "to_raw_response_wrapper")),
    (".._streaming", ("AsyncStream", "ServerSentEvent", "Stream", "asks_for_stream")),
    (".._types", ("NOT_GIVEN", "Body", "FileContent", "Headers", "NotGiven", "Query", "Timeout")),
)  # fmt: skip
IMPORTED_MODULES = ("builtins", "datetime", "typing_extensions")
assert ANNOTATION_NAMES.issuperset(IMPORTED_MODULES)
"""Modules the generated models and resource modules may import whole (``import datetime``; a resource
module's ``@typing_extensions.deprecated``, whole so that an argument named ``deprecated`` cannot hide it)."""

# Names a generated models module defines or imports at module level. A class name, and each part of an
# inline class's name, that is one of them takes "Model" after it (names.class_name).
MODULE_NAMES = frozenset(
    {"Union", "Optional", "TYPE_CHECKING", "date", "typing", "pydantic", "annotations", "datetime"}
    | {name for _, names in MODEL_MODULE_IMPORTS for name in names}
)
IMPORTED_NAMES = MODULE_NAMES | {*IMPORTED_MODULES} | {name for _, names in RESOURCE_MODULE_IMPORTS for name in names}
"""Every name a generated models or resource module imports (a resource module imports models by name):
no model takes one (names.name_symbols). Checked on whole names only, so that adding a name here
renames only a model that would collide, not every inline class with that word in its name."""

CALL_OPTIONS = frozenset({"extra_headers", "extra_query", "extra_body", "timeout", "max_retries"})
"""Keyword arguments every generated method takes; spec arguments must not take these names."""
RESOURCE_RESERVED = frozenset(
    # and the names a resource class body reads while it is defined (decorators, annotations)
    {
        "with_raw_response",
        "with_streaming_response",
        "builtins",
        "cached_property",
        "datetime",
        "overload",
        "typing_extensions",
    }
)
PACKAGE_LEVEL_NAMES = frozenset(
    # what the package's __init__.py, _client.py and _exceptions.py define or import at module level,
    # besides the names made from the client name (client_names) and the resources' classes
    {"APIConnectionError", "APIError", "APIResponse", "APIResponseValidationError", "APIStatusError",
     "APITimeoutError", "AsyncAPIResponse", "AsyncPage", "AsyncPager", "AsyncStream", "AuthenticationError",
     "BadRequestError",
     "ConflictError", "InternalServerError", "NotFoundError", "PermissionDeniedError", "RateLimitError",
     "RedirectError", "ResponseTooLargeError", "ServerSentEvent", "Stream", "SyncPage",
     "UnknownVariant", "UnprocessableEntityError", "NOT_GIVEN", "NotGiven", "Timeout", "Any", "Callable", "Mapping",
     "TYPE_CHECKING", "AsyncAPIClient", "SyncAPIClient", "DEFAULT_BASE_URL", "DEFAULT_MAX_RESPONSE_SIZE",
     "DEFAULT_MAX_RETRIES", "default_timeout", "annotations", "cached_property", "httpx", "importlib",
     "merge_headers", "models", "os", "resources", "status_error", "copy", "cast", "mismatch_message",
     "shortened", "redact_error", "redacted"}
)  # fmt: skip


def sync_and_async_classes(name: str) -> tuple[str, ...]:
    """The four classes the package makes of a client or a resource class name: sync and async, each with
    its raw-response view."""
    return (name, f"Async{name}", f"{name}WithRawResponse", f"Async{name}WithRawResponse")


def client_names(client_name: str) -> tuple[str, ...]:
    """The classes the package makes from the configured client name."""
    return (*sync_and_async_classes(client_name), f"{client_name}Error")


CLIENT_RESERVED = frozenset(
    {"api_key", "base_url", "timeout", "max_retries", "close", "with_options", "with_raw_response", "request",
     "copy", "default_headers", "is_closed", "get", "post", "put", "patch", "delete",
     # names the client class body reads while it is defined (decorators, annotations)
     "cached_property", "httpx", "int", "str"}
)  # fmt: skip


_TAKEN = {
    "resource-names": CLIENT_RESERVED,
    "method-names": RESOURCE_RESERVED | CALL_OPTIONS,
    # a field named like a name the models module imports (Field, Annotated) shadows it in the class body
    "field-names": MODEL_ATTRIBUTES | ANNOTATION_NAMES | MODULE_NAMES,
    # a class named like a builtin that annotations use (str, list) replaces it in the whole module
    "model-names": IMPORTED_NAMES | ANNOTATION_NAMES,
}

RUNTIME_DEPENDENCIES = frozenset(
    {"httpx", "httpcore", "h11", "anyio", "sniffio", "certifi", "idna", "pydantic", "pydantic_core",
     "typing_extensions", "typing_inspection", "annotated_types"}
)  # fmt: skip
"""What the generated package imports at run time, itself or through httpx and pydantic: a package of
the same name would stand in for it."""


def package_name_problem(name: str, standard_modules: frozenset[str]) -> str | None:
    """Why ``name`` cannot be the generated package's import name (an identifier already), or None."""
    if name in KEYWORDS:
        return f"'{name}' is a Python keyword: `import {name}` is a syntax error"
    if name.startswith("__"):
        return f"'{name}' starts with two underscores, as Python's own modules do"
    if name in standard_modules:
        return f"'{name}' is a module of Python's standard library, which the package would hide"
    if name in RUNTIME_DEPENDENCIES:
        return f"'{name}' is a package the generated client depends on, which it would hide"
    return None


def configured_name_problem(table: str, name: str) -> str | None:
    """Why ``name``, set in the configuration's ``table`` (``method-names``...), cannot be used, or None."""
    if name in KEYWORDS:
        return f"'{name}' is a Python keyword"
    if name.startswith("__"):
        return f"'{name}' starts with two underscores, as Python's own names do"
    if name.startswith("_") and table in ("resource-names", "method-names"):
        return f"'{name}' is private (the generated classes keep their own state under such names)"
    if name.startswith("_") and table == "field-names":
        return f"'{name}' starts with an underscore, which pydantic refuses for a field"
    if name in _TAKEN.get(table, frozenset()):
        return f"'{name}' is a name the generated code uses itself"
    return None
