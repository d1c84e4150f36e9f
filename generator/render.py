"""Render stage: the IR through Jinja templates into the files of the generated package.

Safety is structural. Text from the spec arrives as :class:`~generator.ir.SpecText`, and the
environment's ``finalize`` hook refuses to print one: a template must pass it through ``pystr``,
``docstring``, ``comment_free`` or ``md``, each of which produces text that cannot leave its literal.
Identifiers are made by the naming pass and are valid by construction. Templates are compiled once per
environment; a folder of the user's can replace any template by name.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2

from .ir import (
    AliasDecl,
    AnyType,
    Api,
    ArrayType,
    Declaration,
    JsonValue,
    LiteralType,
    MapType,
    ModelDecl,
    ModelType,
    NullType,
    Operation,
    PrimitiveType,
    Resource,
    SpecText,
    Symbol,
    TypeExpr,
    UnionType,
    referenced_symbols,
)


@dataclass(frozen=True)
class RenderedFile:
    path: str
    """Relative POSIX path inside the output folder."""
    content: str


class UnsafeRenderError(Exception):
    """A template printed spec text without escaping it: a bug in the template, never in the spec."""


def builtin_templates() -> Path:
    """The templates folder shipped with the generator (``templates/`` at the repository's top)."""
    packaged = resources.files("generator") / "templates"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "templates"


# --- escaping filters --------------------------------------------------------------------------------

_BIDI_AND_INVISIBLE = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}


def _escape_char(char: str) -> str:
    code = ord(char)
    if char == "\\":
        return "\\\\"
    if char == "\n":
        return "\\n"
    if char == "\t":
        return "\\t"
    if char == "\r":
        return "\\r"
    if unicodedata.category(char) in _BIDI_AND_INVISIBLE or code < 0x20 or code == 0x7F:
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
    return char


def pystr(value: object) -> str:
    """A double-quoted Python string literal; control, invisible and bidirectional characters escaped."""
    text = str(value)
    body = "".join(_escape_char(c) for c in text).replace('"', '\\"')
    return f'"{body}"'


_DOC_ESCAPES = re.compile(r'\\|"""|[\x00-\x08\x0b-\x1f\x7f]')


def docstring(value: object, indent: int = 4) -> str:
    """A complete triple-quoted docstring whose text cannot end the literal early or hide characters."""
    text = str(value).replace("\r\n", "\n").replace("\r", "\n").strip()
    escaped = "".join(
        _escape_char(c) if c != "\n" and (unicodedata.category(c) in _BIDI_AND_INVISIBLE or c == "\\") else c
        for c in text
    )
    escaped = escaped.replace('"""', '\\"\\"\\"')
    if escaped.endswith('"'):
        escaped = escaped[:-1] + '\\"'
    pad = " " * indent
    lines = escaped.split("\n")
    if len(lines) == 1:
        return f'"""{lines[0]}"""'
    body = "\n".join((pad + line) if line.strip() else "" for line in lines[1:])
    return f'"""{lines[0]}\n{body}\n{pad}"""'


def tomlstr(value: object) -> str:
    """A TOML basic string; every character outside printable ASCII that could mislead is escaped."""
    out = []
    for char in str(value).replace("\r\n", " ").replace("\n", " "):
        if char in ('"', "\\"):
            out.append("\\" + char)
        elif ord(char) < 0x20 or ord(char) == 0x7F or unicodedata.category(char) in _BIDI_AND_INVISIBLE:
            out.append(f"\\u{ord(char):04x}" if ord(char) < 0x10000 else f"\\U{ord(char):08x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def docstring_body(value: object) -> str:
    """One line of text safe inside a docstring that the template writes itself."""
    return docstring(" ".join(str(value).split()))[3:-3]


def markdown(value: object) -> str:
    """Spec text for the generated README and API reference: no raw HTML, no control characters."""
    text = "".join(c for c in str(value) if c in "\n\t" or unicodedata.category(c) not in _BIDI_AND_INVISIBLE)
    return text.replace("<", "&lt;").replace(">", "&gt;").strip()


def markdown_code(value: object) -> str:
    """Inline code in Markdown that no backtick in the text can close early."""
    text = " ".join(markdown(value).split())
    fence = "`"
    while fence in text:
        fence += "`"
    return f"{fence} {text} {fence}" if text.startswith("`") or text.endswith("`") else f"{fence}{text}{fence}"


def pyvalue(value: JsonValue) -> str:
    """A JSON value as a Python literal: strings via :func:`pystr`, never ``repr`` of spec text."""
    if value is None:
        return "None"
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return 'float("nan")' if math.isnan(value) else ('float("inf")' if value > 0 else 'float("-inf")')
        return repr(value)
    if isinstance(value, str):
        return pystr(value)
    if isinstance(value, list):
        return "[" + ", ".join(pyvalue(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{pystr(k)}: {pyvalue(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"not a JSON value: {type(value).__name__}")


def _refuse_spec_text(value: Any) -> Any:
    if isinstance(value, SpecText):
        raise UnsafeRenderError(f"a template printed spec text without an escaping filter: {str(value)[:60]!r}")
    return value


# --- type annotations --------------------------------------------------------------------------------


class TypeRenderer:
    """Prints IR types as annotations. ``request`` is for method arguments (abstract collections)."""

    def __init__(self, declarations: Iterable[Declaration], qualified: frozenset[str] = frozenset()) -> None:
        self._by_key = {d.symbol.key: d for d in declarations}
        self._qualified = qualified
        """Builtins that a class attribute shadows (a method called ``list``): printed as ``builtins.list``."""

    def _builtin(self, name: str) -> str:
        return f"builtins.{name}" if name in self._qualified else name

    def annotation(self, expr: TypeExpr, request: bool = False) -> str:
        inner = self._bare(expr, request)
        if expr.nullable and not isinstance(expr, (AnyType, NullType)) and not self._alias_nullable(expr):
            return f"{inner} | None"
        return inner

    def _alias_nullable(self, expr: TypeExpr) -> bool:
        if isinstance(expr, ModelType):
            decl = self._by_key.get(expr.symbol.key)
            return isinstance(decl, AliasDecl) and decl.type.nullable
        return False

    def _bare(self, expr: TypeExpr, request: bool) -> str:
        if isinstance(expr, AnyType):
            return "Any"
        if isinstance(expr, NullType):
            return "None"
        if isinstance(expr, PrimitiveType):
            return self._primitive(expr, request)
        if isinstance(expr, LiteralType):
            literal = "Literal[" + ", ".join(pyvalue(v) for v in expr.values) + "]"
            return f"Annotated[{literal}, OpenEnum]" if expr.open and not request else literal
        if isinstance(expr, ArrayType):
            items = self.annotation(expr.items, request)
            base = f"Sequence[{items}]" if request else f"{self._builtin('list')}[{items}]"
            constraints = _args(min_length=expr.constraints.min_items, max_length=expr.constraints.max_items)
            return f"Annotated[{base}, Field({constraints})]" if constraints and not request else base
        if isinstance(expr, MapType):
            values = self.annotation(expr.values, request)
            return (
                f"Mapping[{self._builtin('str')}, {values}]"
                if request
                else f"{self._builtin('dict')}[{self._builtin('str')}, {values}]"
            )
        if isinstance(expr, ModelType):
            return expr.symbol.name
        if isinstance(expr, UnionType):
            return self._union(expr, request)
        raise TypeError(f"unknown type expression {expr!r}")

    def _primitive(self, expr: PrimitiveType, request: bool = False) -> str:
        base = {"datetime": "datetime.datetime", "date": "datetime.date"}.get(expr.kind) or self._builtin(expr.kind)
        s, n = expr.string, expr.number
        constraints = _args(
            min_length=s.min_length,
            max_length=s.max_length,
            pattern=s.pattern,
            ge=n.ge,
            gt=n.gt,
            le=n.le,
            lt=n.lt,
            multiple_of=n.multiple_of,
        )
        return f"Annotated[{base}, Field({constraints})]" if constraints and not request else base

    def _union(self, expr: UnionType, request: bool) -> str:
        if expr.discriminator is None or request:
            return " | ".join(self.annotation(v, request) for v in expr.variants)
        tags = dict((index, value) for value, index in expr.discriminator.mapping)
        parts = " | ".join(
            f"Annotated[{self._bare(v, request)}, Tag({pystr(tags[i])})]" for i, v in enumerate(expr.variants)
        )
        return f"Annotated[{parts}, Discriminator(discriminate({pystr(expr.discriminator.wire_name)}))]"


def _args(**values: Any) -> str:
    rendered = []
    for key, value in values.items():
        if value is None:
            continue
        rendered.append(f"{key}={pystr(value) if isinstance(value, str) else pyvalue(value)}")
    return ", ".join(rendered)


# --- the environment ---------------------------------------------------------------------------------


class Renderer:
    """A Jinja environment over the built-in templates, optionally overridden by a user's folder."""

    def __init__(self, user_templates: Path | None = None) -> None:
        loaders: list[jinja2.BaseLoader] = []
        if user_templates is not None:
            loaders.append(jinja2.FileSystemLoader(str(user_templates)))
        loaders.append(jinja2.FileSystemLoader(str(builtin_templates())))
        self.env = jinja2.Environment(
            loader=jinja2.ChoiceLoader(loaders),
            undefined=jinja2.StrictUndefined,
            autoescape=False,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
            finalize=_refuse_spec_text,
            auto_reload=False,
        )
        self.env.filters.update(
            pystr=pystr,
            tomlstr=tomlstr,
            docstring=docstring,
            docstring_body=docstring_body,
            md=markdown,
            md_code=markdown_code,
            pyvalue=pyvalue,
        )

    def render(self, api: Api) -> list[RenderedFile]:
        types = TypeRenderer(api.declarations)
        package = api.package.package_name
        helpers = _ResourceHelpers(api, types)
        context = {
            "api": api,
            "package": api.package,
            "annotation": types.annotation,
            "isinstance_model": lambda decl: isinstance(decl, ModelDecl),
            "model_imports": helpers.model_imports,
            "params_class": helpers.params_class,
            "paging_name": helpers.paging_name,
            "text_events_name": helpers.text_events_name,
            "return_annotation": helpers.return_annotation,
            "runtime_type": helpers.runtime_type,
            "example_resource": helpers.resource_of,
            "default_base_url": api.servers[0].url if api.servers else SpecText("http://localhost"),
        }
        files: list[RenderedFile] = []

        def emit(template: str, path: str, **extra: Any) -> None:
            files.append(RenderedFile(path, self.env.get_template(template).render({**context, **extra})))

        emit("package/pyproject.toml.jinja", "pyproject.toml")
        emit("package/README.md.jinja", "README.md")
        emit("package/api.md.jinja", "api.md")
        emit("package/marker.jinja", ".oapigen")
        emit("package/py.typed.jinja", f"{package}/py.typed")
        emit("package/__init__.py.jinja", f"{package}/__init__.py")
        emit("package/_version.py.jinja", f"{package}/_version.py")
        emit("package/_client.py.jinja", f"{package}/_client.py")
        for runtime in (
            "_types",
            "_exceptions",
            "_models",
            "_base_client",
            "_response",
            "_pagination",
            "_streaming",
            "_resource",
            "_logs",
        ):
            emit(f"runtime/{runtime}.py.jinja", f"{package}/{runtime}.py")
        emit("package/resources/__init__.py.jinja", f"{package}/resources/__init__.py")
        for resource in api.resources:
            shadowing = frozenset(op.method_name for op in resource.operations) & _BUILTIN_TYPES
            resource_types = TypeRenderer(api.declarations, shadowing)
            resource_helpers = _ResourceHelpers(api, resource_types)
            emit(
                "package/resources/resource.py.jinja",
                f"{package}/resources/{resource.module_name}.py",
                resource=resource,
                annotation=resource_types.annotation,
                return_annotation=resource_helpers.return_annotation,
                runtime_type=resource_helpers.runtime_type,
            )
        emit("package/models/__init__.py.jinja", f"{package}/models/__init__.py")
        for module in api.model_modules:
            emit("package/models/module.py.jinja", f"{package}/models/{module.name}.py", module=module)
        return sorted(files, key=lambda f: f.path)


_BUILTIN_TYPES = frozenset({"list", "dict", "str", "int", "float", "bool", "bytes"})


class _ResourceHelpers:
    """Names and annotations the resource template prints; the decisions behind them are in the IR."""

    def __init__(self, api: Api, types: TypeRenderer) -> None:
        self.types = types
        self.module_of = {decl.symbol.key: module.name for module in api.model_modules for decl in module.declarations}
        self.resource_by_operation = {
            id(op): resource.attr_name for resource in api.resources for op in resource.operations
        }

    def model_imports(self, resource: Resource) -> list[tuple[str, str]]:
        found: dict[str, Symbol] = {}
        for operation in resource.operations:
            exprs = [a.type for a in operation.arguments]
            if operation.response.type is not None:
                exprs.append(operation.response.type)
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

    def resource_of(self, operation: Operation) -> str:
        return self.resource_by_operation[id(operation)]

    @staticmethod
    def params_class(operation: Operation) -> str:
        return "_" + "".join(part.capitalize() for part in operation.method_name.split("_")) + "Params"

    @staticmethod
    def paging_name(operation: Operation) -> str:
        return f"_{operation.method_name.upper()}_PAGING"

    @staticmethod
    def text_events_name(operation: Operation) -> str:
        return f"_{operation.method_name.upper()}_TEXT_EVENTS"

    def return_annotation(self, operation: Operation, is_async: bool) -> str:
        if operation.pagination is not None:
            item = self.types.annotation(operation.pagination.item_type)
            return f"AsyncPager[{item}]" if is_async else f"SyncPage[{item}]"
        return self.runtime_type(operation)

    def runtime_type(self, operation: Operation) -> str:
        response = operation.response
        if response.kind == "empty" or response.type is None:
            return "None"
        return self.types.annotation(response.type)
