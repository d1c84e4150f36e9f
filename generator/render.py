"""Render stage: the IR through Jinja templates into the files of the generated package.

Safety is structural. Text from the spec arrives as :class:`~generator.ir.SpecText`, and the
environment's ``finalize`` hook refuses to print one: a template must pass it through an escaping
filter (``pystr``, ``docstring``, ``md`` and their kin: templates/README.md lists them), each of which
produces text that cannot leave its literal.
Identifiers are made by the naming pass and are valid by construction. Templates are compiled once per
environment; a folder of the user's can replace any template by name.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import jinja2

from .files import RenderedFile
from .imports import import_block, sorted_dunder_all
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
from .load import display_path
from .parallel import Aside, map_shared, run_aside
from .reserved_names import (
    IMPORTED_MODULES,
    MODEL_MODULE_IMPORTS,
    RESOURCE_MODULE_IMPORTS,
    sync_and_async_classes,
)
from .template_code import SHIPPED, TemplateCode
from .template_files import UserTemplateError, builtin_templates, template_names


class UnsafeRenderError(Exception):
    """A template printed spec text without escaping it: a bug in the template, never in the spec."""


# --- escaping filters --------------------------------------------------------------------------------

# Which characters are hidden (controls, format characters such as the bidirectional overrides, surrogates,
# private use, line and paragraph separators) must not depend on the running Python, whose Unicode
# version moves (3.11 has 14.0, 3.12 15.0): a character unassigned in one and assigned in the next was
# escaped under one and printed under the other, so `check` failed between them. The categories are read
# from Unicode 3.2, which every Python carries unchanged (unicodedata.ucd_3_2_0), plus the characters
# that became format characters since (as of Unicode 15.1); unassigned characters are printed as they are.
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Zl", "Zp"})
_FORMAT_SINCE_UNICODE_3_2 = frozenset(
    map(
        chr,
        [
            0xAD, *range(0x600, 0x606), 0x61C, 0x890, 0x891, 0x8E2, 0x200B, 0x2064, *range(0x2066, 0x206A),
            0x110BD, 0x110CD, *range(0x13430, 0x13440), *range(0x1BCA0, 0x1BCA4),
        ],
    )
)  # fmt: skip


def _hidden(char: str) -> bool:
    return unicodedata.ucd_3_2_0.category(char) in _HIDDEN_CATEGORIES or char in _FORMAT_SINCE_UNICODE_3_2


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
    if _hidden(char) or code < 0x20 or code == 0x7F:
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
    return char


_ASCII_ESCAPES = re.compile(r"[\x00-\x1f\x7f\\]")
_ASCII_DOC_ESCAPES = re.compile(r"[\x00-\x09\x0b-\x1f\x7f\\]")


def _escape_match(match: re.Match[str]) -> str:
    return _escape_char(match.group())


# ASCII needs a look at control characters and backslashes only (the patterns above); the rest of the
# text, where there is any, is scanned in runs of non-ASCII characters rather than one character at a time.
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _escape_invisible(match: re.Match[str]) -> str:
    run = match.group()
    return "".join(_escape_char(c) if _hidden(c) else c for c in run)


def pystr(value: object) -> str:
    """A double-quoted Python string literal; control, invisible and bidirectional characters escaped."""
    text = str(value)
    body = _ASCII_ESCAPES.sub(_escape_match, text)
    if not text.isascii():
        body = _NON_ASCII.sub(_escape_invisible, body)
    body = body.replace('"', '\\"')
    return f'"{body}"'


_DOCTEST_PROMPT = re.compile(r"(?m)^(\s*)>>>")


def _trailing_backslashes(text: str) -> int:
    return len(text) - len(text.rstrip("\\"))


def docstring(value: object, indent: int = 4) -> str:
    """A complete triple-quoted docstring whose text cannot end the literal early or hide characters."""
    text = str(value).replace("\r\n", "\n").replace("\r", "\n").strip()
    escaped = _ASCII_DOC_ESCAPES.sub(_escape_match, text)
    if not text.isascii():
        escaped = _NON_ASCII.sub(_escape_invisible, escaped)
    escaped = escaped.replace('"""', '\\"\\"\\"')
    if escaped.endswith('"') and _trailing_backslashes(escaped[:-1]) % 2 == 0:
        escaped = escaped[:-1] + '\\"'  # a quote of the text's own would close the docstring early
    # a line that starts with a doctest prompt would run when someone runs doctests on the package
    escaped = _DOCTEST_PROMPT.sub(lambda m: m.group(1) + ">>\\u200b>", escaped)
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
        elif "\ud800" <= char <= "\udfff":
            out.append("\\ufffd")  # TOML cannot hold a lone surrogate, escaped or not
        elif ord(char) < 0x20 or ord(char) == 0x7F or _hidden(char):
            out.append(f"\\u{ord(char):04x}" if ord(char) < 0x10000 else f"\\U{ord(char):08x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def docstring_body(value: object) -> str:
    """One line of text safe inside a docstring that the template writes itself."""
    return docstring(" ".join(str(value).split()))[3:-3]


def markdown(value: object) -> str:
    """Spec text for the generated README and API reference: no raw HTML, no control characters."""
    text = "".join(c for c in str(value) if c in "\n\t" or not _hidden(c))
    return text.replace("<", "&lt;").replace(">", "&gt;").strip()


def markdown_line(value: object) -> str:
    """:func:`markdown` on one line: for spec text inside a heading or a sentence, where a line break in
    it would start a block of its own (a heading, a list, a link definition)."""
    return " ".join(markdown(value).split())


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

    def qualifying(self, builtins: frozenset[str]) -> TypeRenderer:
        """A renderer over the same declarations that prints ``builtins`` as ``builtins.<name>``."""
        twin = copy.copy(self)
        twin._qualified = builtins
        return twin

    def declaration(self, symbol: Symbol) -> Declaration | None:
        return self._by_key.get(symbol.key)

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
        base = {"datetime": "datetime.datetime", "date": "datetime.date", "file": "FileContent"}.get(
            expr.kind
        ) or self._builtin(expr.kind)
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
        if request:
            return base
        metadata = [f"Field({constraints})"] if constraints else []
        if n.one_of is not None:  # an enum of numbers, open in responses as every enum is (R11)
            metadata += [f"OneOf({', '.join(pyvalue(v) for v in n.one_of)})", "OpenEnum"]
        return f"Annotated[{base}, {', '.join(metadata)}]" if metadata else base

    def _union(self, expr: UnionType, request: bool) -> str:
        if expr.discriminator is None or request:
            return " | ".join(self.annotation(v, request) for v in expr.variants)
        tags = dict((index, value) for value, index in expr.discriminator.mapping)
        parts = " | ".join(
            f"Annotated[{self._bare(v, request)}, Tag({pystr(tags[i])})]" for i, v in enumerate(expr.variants)
        )
        # OpenUnion: a response may carry a variant the spec does not list yet (R11); requests stay closed
        return f"Annotated[{parts}, Discriminator(discriminate({pystr(expr.discriminator.wire_name)})), OpenUnion]"


def _args(**values: Any) -> str:
    rendered = []
    for key, value in values.items():
        if value is None:
            continue
        rendered.append(f"{key}={pystr(value) if isinstance(value, str) else pyvalue(value)}")
    return ", ".join(rendered)


# --- the environment ---------------------------------------------------------------------------------


def used_imports(
    body: str,
    modules: Iterable[str] = (),
    members: Iterable[tuple[str, Sequence[str]]] = (),
    pairs: Iterable[tuple[str, str]] = (),
    pairs_package: str = "",
) -> str:
    """The imports of a module whose code is ``body``, below its ``from __future__`` line: each of
    ``modules`` (``import x``), each name of ``members`` (``from module import names``) and each
    ``(module, name)`` of ``pairs`` (``module`` under ``pairs_package``) that the body mentions, sorted
    and wrapped as ruff's import sorting writes them. Starts with the blank line that separates it
    from the line above; empty where the body needs nothing.

    A template renders a module's body first so that it imports only what it uses: ruff would drop the
    rest, one fix at a time. A name that only a docstring mentions is still imported, and ruff drops it.
    """
    wanted = [(module, name) for module, names in members for name in names]
    wanted.extend((pairs_package + module, name) for module, name in pairs)
    block = import_block(
        [module for module in modules if _mentions(body, module)],
        [(module, name) for module, name in wanted if _mentions(body, name)],
    )
    return "\n" + block if block else ""


def _mentions(code: str, name: str) -> bool:
    # str.find jumps to each occurrence at C speed; a regular expression with a look-behind tried every
    # position of the text, 4x slower on Stripe's 2,500 modules.
    start = code.find(name)
    while start != -1:
        end = start + len(name)
        before = code[start - 1] if start else " "
        after = code[end] if end < len(code) else " "
        if not _continues_name(before, dot=True) and not _continues_name(after, dot=False):
            return True
        start = code.find(name, start + 1)
    return False


def _continues_name(char: str, dot: bool) -> bool:
    """Whether ``char`` beside a name makes it part of something longer (an attribute, after a dot)."""
    return char.isalnum() or char == "_" or (dot and char == ".")


class _UserTemplateLoader(jinja2.FileSystemLoader):
    """The user's folder, where a template that is not UTF-8 text is a syntax error at its first line."""

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        try:
            return super().get_source(environment, template)
        except UnicodeDecodeError as exc:
            filename = str(Path(self.searchpath[0], *template.split("/")))
            message = f"not UTF-8 text ({exc.reason} at byte {exc.start})"
            raise jinja2.TemplateSyntaxError(message, 1, template, filename) from None


class Renderer:
    """A Jinja environment over the built-in templates, optionally overridden by a user's folder."""

    def __init__(self, user_templates: Path | None = None) -> None:
        loaders: list[jinja2.BaseLoader] = []
        if user_templates is not None:
            loaders.append(_UserTemplateLoader(str(user_templates)))
        loaders.append(jinja2.FileSystemLoader(str(builtin_templates())))
        self._user_templates = user_templates.resolve() if user_templates is not None else None
        self._code = TemplateCode.with_memo(builtin_templates() / SHIPPED)
        self._ahead: Aside[dict[str, bytes]] | None = None
        self.env = jinja2.Environment(
            loader=jinja2.ChoiceLoader(loaders),
            undefined=jinja2.StrictUndefined,
            autoescape=False,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
            finalize=_refuse_spec_text,
            auto_reload=False,
            bytecode_cache=self._code,
        )
        self.env.globals.update(
            used_imports=used_imports,
            import_block=import_block,
            imported_modules=IMPORTED_MODULES,
            model_module_imports=MODEL_MODULE_IMPORTS,
            resource_module_imports=RESOURCE_MODULE_IMPORTS,
            sync_and_async_classes=sync_and_async_classes,
        )
        self.env.filters.update(
            pystr=pystr,
            tomlstr=tomlstr,
            docstring=docstring,
            docstring_body=docstring_body,
            md=markdown,
            md_line=markdown_line,
            md_code=markdown_code,
            pyvalue=pyvalue,
            dunder_all=sorted_dunder_all,
        )

    @contextlib.contextmanager
    def compiling_ahead(self) -> Iterator[None]:
        """While the block runs (reading the spec), a second process compiles the templates for ``render``."""
        self._ahead = run_aside(self._compile_templates)
        try:
            yield
        finally:
            self._ahead.abandon()
            self._ahead = None

    def _compile_templates(self) -> dict[str, bytes]:
        """Every template a render uses (the built-in names, as this environment resolves them), compiled."""
        for name in template_names(builtin_templates()):
            self.env.get_template(name)
        return self._code.compiled_here()

    def render(self, api: Api) -> list[RenderedFile]:
        if self._ahead is not None:
            self._code.add(self._ahead.result() or {})
        types = TypeRenderer(api.declarations)
        package = api.package.package_name
        helpers = _ResourceHelpers(api, types)
        context = common_context(api, types, helpers)
        # Each file's own part of the context is made when the file is rendered (a resource's type renderer
        # holds a table of every declaration: made all at once, they took 650 MB on 5,000 operations).
        jobs: list[tuple[str, str, Callable[[], dict[str, Any]]]] = []

        def emit(template: str, path: str, extra: Callable[[], dict[str, Any]] = dict) -> None:
            jobs.append((template, path, extra))

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
            emit(
                "package/resources/resource.py.jinja",
                f"{package}/resources/{resource.module_name}.py",
                functools.partial(_resource_context, helpers, resource),
            )
        emit("package/models/__init__.py.jinja", f"{package}/models/__init__.py")
        for module in api.model_modules:
            emit(
                "package/models/module.py.jinja",
                f"{package}/models/{module.name}.py",
                functools.partial(dict, module=module),
            )
        # A share of the work that fails in the second process is done again here, where its error is
        # raised with its traceback: one guard around all of it reports a user's template wherever it fails.
        with self._reporting_user_templates():
            # loaded before the work is shared, so that each template is read (or compiled) once
            templates = {name: self.env.get_template(name) for name, _, _ in jobs}

            def render_one(job: tuple[str, str, Callable[[], dict[str, Any]]]) -> RenderedFile:
                name, path, extra = job
                return RenderedFile(path, templates[name].render({**context, **extra()}))

            rendered = map_shared(render_one, jobs)
        return sorted(rendered, key=lambda f: f.path)

    @contextlib.contextmanager
    def _reporting_user_templates(self) -> Iterator[None]:
        """Turns an error raised in one of the user's templates into a :class:`UserTemplateError`."""
        try:
            yield
        except Exception as error:  # Jinja's, or Python's own raised by an expression ({{ 1 // 0 }}, a loop)
            where = self._user_template_line(error)
            if where is None:
                raise
            if isinstance(error, jinja2.TemplateError):
                raise UserTemplateError(f"{where}: {error.message or type(error).__name__}") from None
            raise UserTemplateError(f"{where}: {type(error).__name__}: {error}") from None

    def _user_template_line(self, error: Exception) -> str | None:
        """``file:line`` of the user's template where ``error`` arose, or None when it is not one of theirs."""
        if self._user_templates is None:
            return None
        places: list[tuple[str, int | None]] = []
        if isinstance(error, jinja2.TemplateSyntaxError) and error.filename:
            places.append((error.filename, error.lineno))
        # Jinja rewrites a rendering error's traceback so that its frames point into the template files.
        traceback = error.__traceback__
        while traceback is not None:
            places.append((traceback.tb_frame.f_code.co_filename, traceback.tb_lineno))
            traceback = traceback.tb_next
        for filename, line in reversed(places):
            path = Path(filename).resolve()
            if path.is_relative_to(self._user_templates):
                return f"{display_path(path)}:{line}" if line else display_path(path)
        return None


def common_context(api: Api, types: TypeRenderer, helpers: _ResourceHelpers) -> dict[str, Any]:
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
        "readme": helpers.readme_examples(),
        "stream_events": helpers.stream_events,
        "return_annotation": helpers.return_annotation,
        "runtime_type": helpers.runtime_type,
        "default_base_url": api.servers[0].url if api.servers else SpecText("http://localhost"),
    }


def _resource_context(helpers: _ResourceHelpers, resource: Resource) -> dict[str, Any]:
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
    }


def _is_file(expr: TypeExpr) -> bool:
    """File content, or a list of it (each item a part of a multipart body)."""
    item = expr.items if isinstance(expr, ArrayType) else expr
    return isinstance(item, PrimitiveType) and item.kind == "file"


_BUILTIN_TYPES = frozenset({"list", "dict", "str", "int", "float", "bool", "bytes"})


class _ResourceHelpers:
    """Names and annotations the resource template prints; the decisions behind them are in the IR."""

    def __init__(self, api: Api, types: TypeRenderer) -> None:
        self.api = api
        self.types = types
        self.module_of = {decl.symbol.key: module.name for module in api.model_modules for decl in module.declarations}

    def with_types(self, types: TypeRenderer) -> _ResourceHelpers:
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

    def readme_examples(self) -> dict[str, Any]:
        """The operations the README's examples call: simple ones, from one resource where possible."""
        chosen: dict[str, Any] = {}
        found = [
            (resource, operation, self.example_args(operation))
            for resource in self.api.resources
            for operation in resource.operations
        ]
        simple = [(r, op, args) for r, op, args in found if args is not None]

        def pick(candidates: Sequence[tuple[Resource, Operation, str | None]]) -> dict[str, Any] | None:
            if not candidates:
                return None
            resource, operation, args = candidates[0]
            paging = operation.pagination
            limit = next((a.py_name for a in operation.arguments if paging and a.wire_name == paging.limit_param), None)
            return {"resource": resource.attr_name, "op": operation, "args": args, "limit": limit}

        creates = sorted(
            (c for c in simple if c[1].method_name == "create" and c[1].by_source("body_field")),
            key=lambda c: (sum(a.required for a in c[1].arguments), len(c[1].arguments)),
        )
        home = creates[0][0].attr_name if creates else None
        in_home = [c for c in simple if c[0].attr_name == home]
        chosen["create"] = pick(creates)
        chosen["retrieve"] = pick(
            [c for c in in_home if c[1].method_name == "retrieve"]
            or [c for c in simple if c[1].method_name == "retrieve" and c[1].response.kind == "json"]
        )
        id_pages = [c for c in simple if c[1].pagination is not None and c[1].pagination.kind == "id_cursor"]
        chosen["list"] = pick([c for c in id_pages if c[0].attr_name == home] or id_pages)
        chosen["events"] = pick(
            [c for c in simple if c[1].pagination is not None and c[1].pagination.kind == "token_cursor"]
        )
        chosen["stream"] = pick([c for c in simple if c[1].streaming is not None])
        uploads = [c for c in simple if c[1].body is not None and c[1].body.encoding == "multipart"]
        uploads.sort(key=lambda c: not any(a.required and _is_file(a.type) for a in c[1].arguments))
        chosen["upload"] = pick(uploads)
        if chosen["upload"] is not None:  # the example shows a file even where none is required
            optional_files = [a for a in chosen["upload"]["op"].arguments if not a.required and _is_file(a.type)]
            chosen["upload"]["files"] = ", ".join(
                f"{a.py_name}={self._example_value(a.type, a.py_name, 0)}" for a in optional_files
            )
        nullable = [
            (r, op, a.py_name)
            for r, op, args in simple
            for a in op.arguments
            if args is not None and not a.required and a.type.nullable and a.source in ("body_field", "query")
            and self._example_value(a.type, a.py_name, 0) is not None
        ]  # fmt: skip
        nullable.sort(key=lambda c: (c[0].attr_name != home, c[1].method_name != "update"))
        if nullable:
            resource, operation, name = nullable[0]
            chosen["nullable"] = {
                "resource": resource.attr_name,
                "op": operation,
                "args": self.example_args(operation),
                "name": name,
            }
        else:
            chosen["nullable"] = None
        chosen["any"] = pick(simple)
        return chosen

    def stream_events(self, operation: Operation) -> dict[str, Any] | None:
        """For a stream of events that are a tagged union of models: the attribute that tells them apart
        (``attr``) and (tag, class name) pairs (``events``); None for any other stream."""
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
        return {"attr": attr, "events": [(str(tag), variants[i].symbol.name) for tag, i in expr.discriminator.mapping]}

    def example_args(self, operation: Operation) -> str | None:
        """The required arguments of ``operation`` as Python text with placeholder values, for the README's
        examples; None when one of them has no simple literal."""
        parts = []
        for argument in operation.arguments:
            if not argument.required:
                continue
            value = self._example_value(argument.type, argument.py_name, 0)
            if value is None:
                return None
            parts.append(value if argument.source == "path" else f"{argument.py_name}={value}")
        return ", ".join(parts)

    def _example_value(self, expr: TypeExpr, name: str, depth: int) -> str | None:
        if isinstance(expr, PrimitiveType):
            number = expr.number
            if expr.kind == "str":
                return pystr(f"<{name}>")
            if expr.kind == "file":
                return f"({pystr(f'<{name}>.bin')}, b'...')"
            if expr.kind == "bool":
                return "True"
            if expr.kind == "int":
                return str(max(1, int(number.ge or 0), int(number.gt or 0) + 1) if number.le is None else number.le)
            if expr.kind == "float":
                return "0.5" if (number.le is None or number.le >= 0.5) and (number.ge or 0) <= 0.5 else None
            return None
        if isinstance(expr, LiteralType):
            return pyvalue(expr.values[0])
        if isinstance(expr, AnyType):
            return '{"key": "value"}'
        if isinstance(expr, ArrayType) and depth == 0:
            item = self._example_value(expr.items, name, depth + 1)
            return f"[{item}]" if item is not None else None
        if isinstance(expr, ModelType):
            declaration = self.types.declaration(expr.symbol)
            if isinstance(declaration, AliasDecl) and not isinstance(declaration.type, UnionType):
                return self._example_value(declaration.type, name, depth)
        return None

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
