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
import functools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import jinja2
import jinja2.meta

from ..files import MARKER, RenderedFile
from ..imports import import_block, sorted_dunder_all, used_imports
from ..ir import Api
from ..load import display_path
from ..parallel import Aside, map_shared, run_aside
from ..reserved_names import (
    IMPORTED_MODULES,
    MODEL_MODULE_IMPORTS,
    RESOURCE_MODULE_IMPORTS,
    sync_and_async_classes,
)
from ..template_code import SHIPPED, TemplateCode
from ..template_files import UserTemplateError, builtin_templates, template_names
from .annotations import TypeRenderer
from .context import ResourceHelpers, common_context, resource_context
from .escaping import (
    docstring,
    docstring_body,
    markdown,
    markdown_code,
    markdown_line,
    pystr,
    pyvalue,
    refuse_spec_text,
    tomlstr,
)


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
            finalize=refuse_spec_text,
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

    def unused_user_templates(self) -> list[str]:
        """The user's templates that replace no built-in one and that none of theirs includes, imports or
        extends: never rendered, so most likely a misspelt name (``package/models/modules.py.jinja``)."""
        if self._user_templates is None:
            return []
        builtin = set(template_names(builtin_templates()))
        theirs = template_names(self._user_templates)
        referenced: set[str] = set()
        for name in theirs:
            try:
                source = (self._user_templates / name).read_text(encoding="utf-8")
                referenced.update(filter(None, jinja2.meta.find_referenced_templates(self.env.parse(source))))
            except (OSError, UnicodeDecodeError, jinja2.TemplateSyntaxError):
                continue  # reported, with its place, when it is rendered
        return [name for name in theirs if name not in builtin and name not in referenced]

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
        helpers = ResourceHelpers(api, types)
        context = common_context(api, types, helpers)
        # Each file's own part of the context is made when the file is rendered (a resource's type renderer
        # holds a table of every declaration: made all at once, they took 650 MB on 5,000 operations).
        jobs: list[tuple[str, str, Callable[[], dict[str, Any]]]] = []

        def emit(template: str, path: str, extra: Callable[[], dict[str, Any]] = dict) -> None:
            jobs.append((template, path, extra))

        emit("package/pyproject.toml.jinja", "pyproject.toml")
        emit("package/README.md.jinja", "README.md")
        emit("package/api.md.jinja", "api.md")
        emit("package/marker.jinja", MARKER)
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
                functools.partial(resource_context, helpers, resource),
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
            user_templates = self._user_templates is not None

            def render_one(job: tuple[str, str, Callable[[], dict[str, Any]]]) -> RenderedFile:
                name, path, extra = job
                return RenderedFile(path, templates[name].render({**context, **extra()}), lint_fixes=user_templates)

            rendered = map_shared(render_one, jobs)
        return sorted(rendered, key=lambda f: f.path)

    @contextlib.contextmanager
    def _reporting_user_templates(self) -> Iterator[None]:
        """Turns an error raised in one of the user's templates into a :class:`UserTemplateError`."""
        try:
            yield
        except Exception as error:  # Jinja's, or Python's own raised by an expression ({{ 1 // 0 }}, a loop)
            if isinstance(error, jinja2.TemplateError):
                message = error.message or type(error).__name__
            else:
                message = f"{type(error).__name__}: {error}"
            where = self._user_template_line(error)
            if where is not None:
                raise UserTemplateError(f"{where}: {message}") from None
            used = self._user_templates_used_where(error)
            if not used:
                raise
            builtin, theirs = used
            raise UserTemplateError(
                f"{', '.join(theirs)}: the built-in template {builtin}, which uses yours, failed: {message} (does"
                " yours define every macro and name of the built-in one it replaces?)"
            ) from None

    def _user_templates_used_where(self, error: Exception) -> tuple[str, list[str]] | None:
        """Where ``error`` arose in a built-in template that imports or includes templates the user's folder
        replaces (a ``macros.jinja`` lacking a macro the built-in templates call): that template's name,
        and the user's files it uses; None otherwise (a built-in template failing on its own is a bug)."""
        if self._user_templates is None:
            return None
        folder = builtin_templates().resolve()
        # the innermost frame in a built-in template is the one that failed
        failed = next((path for path, _ in reversed(_places(error)) if path.is_relative_to(folder)), None)
        if failed is None:
            return None
        used = jinja2.meta.find_referenced_templates(self.env.parse(failed.read_text(encoding="utf-8")))
        theirs = sorted(
            display_path(self._user_templates / name)
            for name in filter(None, used)
            if (self._user_templates / name).is_file()
        )
        return (failed.relative_to(folder).as_posix(), theirs) if theirs else None

    def _user_template_line(self, error: Exception) -> str | None:
        """``file:line`` of the user's template where ``error`` arose, or None when it is not one of theirs."""
        if self._user_templates is None:
            return None
        for path, line in reversed(_places(error)):
            if path.is_relative_to(self._user_templates):
                return f"{display_path(path)}:{line}" if line else display_path(path)
        return None


def _places(error: Exception) -> list[tuple[Path, int | None]]:
    """The files and lines ``error`` passed through, outermost first: a syntax error's template, then its
    traceback, whose frames Jinja rewrites to point into the template files."""
    places: list[tuple[str, int | None]] = []
    if isinstance(error, jinja2.TemplateSyntaxError) and error.filename:
        places.append((error.filename, error.lineno))
    traceback = error.__traceback__
    while traceback is not None:
        places.append((traceback.tb_frame.f_code.co_filename, traceback.tb_lineno))
        traceback = traceback.tb_next
    return [(Path(filename).resolve(), line) for filename, line in places]
