"""Configuration: ``[tool.oapigen]`` in pyproject.toml, then command-line overrides.

Every key is documented in the README's configuration table; unknown keys are errors, so a typo never
silently falls back to a default.
"""

from __future__ import annotations

import errno
import functools
import os
import re
import sys
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Literal

from .diagnostics import Diagnostics, escape_pointer_token
from .reserved_names import KEYWORDS, PACKAGE_LEVEL_NAMES, client_names, configured_name_problem, package_name_problem

CONFIG_FILE = "pyproject.toml"

KeyProblem = Callable[[str, str], None]
"""Reports a problem of one configuration key: ``(key, message)``."""
Problem = Callable[[str], None]
"""Reports a problem of the key being read: ``(message)``."""

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
"""The keys of a path item that hold operations (``exclude-methods`` names some of them)."""
# Used with fullmatch: `$` alone would also match before a final newline ("pkg\n" passed as a name).
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_DISTRIBUTION = re.compile(r"[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?")
_VERSION = re.compile(r"\d+(\.\d+)*([abc]|rc)?\d*(\.post\d+)?(\.dev\d+)?")


PaginationKind = Literal["id_cursor", "token_cursor", "page_number", "offset", "next_url"]
PAGINATION_KINDS: tuple[PaginationKind, ...] = ("id_cursor", "token_cursor", "page_number", "offset", "next_url")
"""How a rule reaches the next page (:class:`generator.ir.Pagination` says what each does). Here, not in
the IR's module: ``check`` reads the configuration, and importing the IR's dataclasses costs it 17 ms."""


@dataclass(frozen=True)
class PaginationRule:
    """Recognises a paginated operation by its cursor parameter and the array its response holds."""

    kind: PaginationKind
    cursor_param: str
    items_field: str = ""
    """The answer's array of items; for a page-number, offset or next-URL rule, absent where the answer is
    the array."""
    limit_param: str | None = None
    next_field: str | None = None
    id_field: str = "id"
    reverse_cursor_param: str | None = None
    """For ``id_cursor``: the parameter that pages backwards from the first item's id, where the operation
    has it; a walk that starts with it keeps going backwards, and never sends both cursors."""
    has_more_field: str | None = None
    """The answer's boolean that says whether another page follows (Stripe's ``has_more``), where the
    operation's answer has it: false ends the walk without asking for a page that would be empty."""


@dataclass(frozen=True)
class StreamingRule:
    """An operation that answers with server-sent events when the boolean ``param`` is true.

    ``event_schema`` is a reference to the schema of one event, ``{event, data, id}``: ``#/pointer`` in the
    spec, or ``file#/pointer`` in a file of its own (made absolute when the configuration is read, since
    specs rarely declare their streams). The ``data`` of an event is JSON, except for the events named in
    ``text_events``, whose data is passed on as text. An event whose data is ``end_data`` (OpenAI's
    ``[DONE]``) ends the stream, and is not delivered.
    """

    param: str = "stream"
    event_schema: str | None = None
    text_events: tuple[str, ...] = ()
    end_data: str | None = None


DEFAULT_PAGINATION = (
    PaginationRule(
        kind="id_cursor",
        cursor_param="starting_after",
        items_field="objects",
        limit_param="limit",
        reverse_cursor_param="ending_before",
    ),
    PaginationRule(
        kind="token_cursor", cursor_param="cursor", items_field="events", limit_param="limit", next_field="cursor"
    ),
)


@dataclass(frozen=True)
class Config:
    spec: Path = Path("specs/openapi.yaml")
    out: Path = Path("generated")
    package_name: str = "api_client"
    distribution_name: str | None = None
    package_version: str = "0.1.0"
    client_name: str = "Client"
    env_prefix: str | None = None
    idempotency_header: str | None = None
    """The header that carries an idempotency key (Stripe's ``Idempotency-Key``): every call of a method
    that HTTP does not make idempotent sends a new key, the same in each of its retries."""
    templates: Path | None = None
    strict: bool = False
    allow_outside_refs: bool = False
    exclude_tags: tuple[str, ...] = ()
    exclude_methods: tuple[str, ...] = ()
    resource_names: dict[str, str] = field(default_factory=dict)
    method_names: dict[str, str] = field(default_factory=dict)
    model_names: dict[str, str] = field(default_factory=dict)
    field_names: dict[str, str] = field(default_factory=dict)
    pagination: tuple[PaginationRule, ...] = DEFAULT_PAGINATION
    streaming: dict[str, StreamingRule] = field(default_factory=dict)
    source: str = CONFIG_FILE
    """The configuration file, as messages name it."""
    table_found: bool = True
    """Whether a ``[tool.oapigen]`` table was read (else every key has its default), for messages."""

    @property
    def resolved_distribution_name(self) -> str:
        return self.distribution_name or self.package_name.replace("_", "-")

    @property
    def resolved_env_prefix(self) -> str:
        return self.env_prefix or re.sub(r"[^A-Z0-9]+", "_", self.client_name.upper()).strip("_")

    def input_paths(self, source_files: Iterable[str] = ()) -> list[Path]:
        """The files a run with this configuration reads: the spec, the configuration file, the templates
        folder, and ``source_files`` (the spec files the build read)."""
        paths = [self.spec, Path(self.source), *map(Path, source_files)]
        if self.templates is not None:
            paths.append(self.templates)
        return paths

    def with_overrides(self, **overrides: Any) -> Config:
        """Applies command-line values; None means "not given"."""
        given = {key: value for key, value in overrides.items() if value is not None}
        return replace(self, **given)


_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
"""RFC 9110's token: what a header's name is made of."""

_SCALAR_KEYS = {
    "spec": Path,
    "out": Path,
    "package-name": str,
    "distribution-name": str,
    "package-version": str,
    "client-name": str,
    "env-prefix": str,
    "idempotency-header": str,
    "templates": Path,
    "strict": bool,
    "allow-outside-refs": bool,
}
_LIST_KEYS = ("exclude-tags", "exclude-methods")
_MAP_KEYS = ("resource-names", "method-names", "model-names", "field-names")


def path_problem(path: Path | str) -> str | None:
    """Why ``path`` can name no file on this system (a NUL character, a name too long), or None."""
    text = str(path)
    if "\0" in text:
        return "contains a NUL character, which no file name can hold"
    try:
        os.stat(text)
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            return f"is too long a file name for this system ({len(text)} characters)"
    return None


def load_config(path: Path | None, diagnostics: Diagnostics) -> Config:
    """Reads ``[tool.oapigen]`` from ``path`` (or ./pyproject.toml when it exists); paths are relative to it."""
    explicit = path is not None
    path = path or Path(CONFIG_FILE)
    problem = path_problem(path)
    if problem is not None:
        diagnostics.error(str(path)[:200], "", f"configuration file {problem}", "config.missing")
        return Config()
    if not path.is_file():
        if explicit:
            problem = "is a folder, not a configuration file" if path.is_dir() else "does not exist"
            diagnostics.error("command line", "--config", f"{path} {problem}", "config.missing")
        return Config(table_found=False)
    display = str(path)
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        diagnostics.error(display, "", f"cannot read configuration: {exc}", "config.parse")
        return Config()
    tool = document.get("tool", {})
    table = tool.get("oapigen") if isinstance(tool, dict) else None
    if table is None:
        return Config(source=display, table_found=False)
    if not isinstance(table, dict):
        diagnostics.error(display, "#/tool/oapigen", "must be a table ([tool.oapigen])", "config.value")
        return Config()
    return parse_table(table, path.parent, display, diagnostics)


def parse_table(table: dict[str, Any], base: Path, display: str, diagnostics: Diagnostics) -> Config:
    values: dict[str, Any] = {}
    where = "#/tool/oapigen"

    def bad(key: str, message: str) -> None:
        diagnostics.error(display, f"{where}/{key}", message, "config.value")

    for key, raw in table.items():
        attr = key.replace("-", "_")
        report = functools.partial(bad, key)
        if key in _SCALAR_KEYS:
            kind = _SCALAR_KEYS[key]
            if kind is bool:
                if not isinstance(raw, bool):
                    bad(key, "must be true or false")
                    continue
                values[attr] = raw
            elif not isinstance(raw, str):
                bad(key, "must be a string")
            elif kind is Path and (problem := path_problem(base / raw)) is not None:
                bad(key, problem)
            else:
                values[attr] = base / raw if kind is Path else raw
        elif key in _LIST_KEYS:
            if not (isinstance(raw, list) and all(isinstance(item, str) for item in raw)):
                bad(key, "must be a list of strings")
                continue
            if key == "exclude-methods" and (unknown := [item for item in raw if item not in HTTP_METHODS]):
                bad(key, f"{unknown[0]!r} is not an HTTP method; the methods are {', '.join(HTTP_METHODS)}")
                continue
            values[attr] = tuple(raw)
        elif key in _MAP_KEYS:
            if not (isinstance(raw, dict) and all(isinstance(v, str) for v in raw.values())):
                bad(key, "must be a table of strings")
                continue
            values[attr] = dict(raw)
        elif key == "pagination":
            rules = _parse_pagination(raw, report)
            if rules is not None:
                values["pagination"] = rules
        elif key == "streaming":
            streaming = _parse_streaming(raw, base, bad)
            if streaming is not None:
                values["streaming"] = streaming
        else:
            known = ", ".join(sorted([*_SCALAR_KEYS, *_LIST_KEYS, *_MAP_KEYS, "pagination", "streaming"]))
            bad(key, f"unknown key; known keys: {known}")
    config = Config(**values, source=display)
    check_names(config, bad)
    return config


def check_names(config: Config, bad: KeyProblem) -> None:
    """Reports every configured name that would not make a valid package, class or identifier."""
    if not _IDENTIFIER.fullmatch(config.package_name):
        bad("package-name", f"'{config.package_name}' is not a Python identifier")
    elif (problem := package_name_problem(config.package_name, frozenset(sys.stdlib_module_names))) is not None:
        bad("package-name", problem)
    if not _IDENTIFIER.fullmatch(config.client_name):
        bad("client-name", f"'{config.client_name}' is not a Python identifier")
    elif taken := [name for name in client_names(config.client_name) if name in PACKAGE_LEVEL_NAMES | KEYWORDS]:
        bad("client-name", f"'{config.client_name}' would make {taken[0]}, a name the package uses itself")
    if config.distribution_name is not None and not _DISTRIBUTION.fullmatch(config.distribution_name):
        bad("distribution-name", f"'{config.distribution_name}' is not a valid distribution name")
    if not _VERSION.fullmatch(config.package_version):
        bad("package-version", f"'{config.package_version}' is not a version number")
    if config.env_prefix is not None and not re.fullmatch(r"[A-Z][A-Z0-9_]*", config.env_prefix):
        bad("env-prefix", "must be upper-case letters, digits and underscores")
    if config.idempotency_header is not None and not _HEADER_NAME.fullmatch(config.idempotency_header):
        bad("idempotency-header", f"'{config.idempotency_header}' is not an HTTP header name")
    for table in ("resource-names", "method-names", "field-names", "model-names"):
        for key, value in getattr(config, table.replace("-", "_")).items():
            problem = (
                f"'{value}' is not a Python identifier"
                if not _IDENTIFIER.fullmatch(value)
                else configured_name_problem(table, value)
            )
            if problem is not None:
                bad(f"{table}/{escape_pointer_token(key)}", problem)
    given: dict[str, str] = {}
    for key, value in config.model_names.items():  # one class per name: two models cannot share one
        if value in given:
            bad(f"model-names/{escape_pointer_token(key)}", f"'{value}' is given to '{given[value]}' already")
        given.setdefault(value, key)


def _parse_pagination(raw: Any, bad: Problem) -> tuple[PaginationRule, ...] | None:
    if not isinstance(raw, list) or not all(isinstance(item, dict) for item in raw):
        bad("must be an array of tables")
        return None
    rules = []
    allowed = {f.name.replace("_", "-") for f in fields(PaginationRule)}
    for item in raw:
        unknown = set(item) - allowed
        if unknown:
            bad(f"unknown pagination keys: {', '.join(sorted(unknown))}")
            return None
        if item.get("kind") not in PAGINATION_KINDS:
            bad(f"kind must be one of {', '.join(repr(kind) for kind in PAGINATION_KINDS)}")
            return None
        if not all(isinstance(value, str) for value in item.values()):
            bad("pagination values must be strings")
            return None
        needed = ["cursor-param"]
        if item["kind"] in ("id_cursor", "token_cursor"):
            needed.insert(0, "items-field")
        if item["kind"] == "token_cursor":
            needed.append("next-field")
        missing = [key for key in needed if key not in item]
        if missing:
            bad(f"a rule of kind {item['kind']} needs {' and '.join(missing)}")
            return None
        rules.append(PaginationRule(**{key.replace("-", "_"): value for key, value in item.items()}))
    return tuple(rules)


def _parse_streaming(raw: Any, base: Path, bad: KeyProblem) -> dict[str, StreamingRule] | None:
    """The ``streaming`` table; each problem is reported at its operation's key (``streaming/<operationId>``)."""
    if not isinstance(raw, dict):
        bad(
            "streaming",
            "must be a table of operationId = { param = ..., event-schema = ..., text-events = [...], end-data = ... }",
        )
        return None
    result = {}
    for operation_id, item in raw.items():
        rule = _streaming_rule(item, base, functools.partial(bad, f"streaming/{escape_pointer_token(operation_id)}"))
        if rule is not None:
            result[operation_id] = rule
    return result if len(result) == len(raw) else None


def _streaming_rule(item: Any, base: Path, bad: Problem) -> StreamingRule | None:
    if not isinstance(item, dict) or set(item) - {"param", "event-schema", "text-events", "end-data"}:
        bad("allowed keys are param, event-schema, text-events and end-data")
        return None
    texts = item.get("text-events", [])
    if not (isinstance(texts, list) and all(isinstance(value, str) for value in texts)):
        bad("text-events must be a list of strings")
        return None
    if not all(isinstance(item.get(key, ""), str) for key in ("param", "event-schema", "end-data")):
        bad("param, event-schema and end-data must be strings")
        return None
    schema = item.get("event-schema")
    if schema is not None and schema.startswith("/"):
        schema = "#" + schema
    if schema is not None and "#" not in schema:
        bad("event-schema must be '#/pointer' or 'file#/pointer'")
        return None
    if schema is not None and not schema.startswith("#"):
        file, _, pointer = schema.partition("#")
        problem = path_problem(base / file)
        if problem is None and not (base / file).is_file():
            problem = "does not exist" if not (base / file).exists() else "is not a file"
        if problem is not None:
            bad(f"the file of event-schema ({file}) {problem}")
            return None
        schema = f"{(base / file).resolve()}#{pointer}"
    return StreamingRule(
        param=item.get("param", StreamingRule.param),
        event_schema=schema,
        text_events=tuple(texts),
        end_data=item.get("end-data"),
    )
