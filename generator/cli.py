"""The ``oapigen`` command: generate, check, normalize, diff and update.

Exit statuses: 0 success; 1 ``check`` found a difference; 2 the input is bad (spec, configuration or
output folder), with one ``file:line:col: pointer: message`` line per problem; 3 an internal error;
130 interrupted (Ctrl-C), as shells report it, so that a pipeline does not take it for a difference.
No command prints a traceback unless OAPIGEN_DEBUG is set.
"""

from __future__ import annotations

import contextlib
import functools
import os
import signal
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from . import __version__
from .config import Config, check_names, load_config, path_problem
from .diagnostics import Diagnostic, Diagnostics, SpecError
from .format import FormatError
from .template_files import UserTemplateError
from .write import OutputError, check_target

if TYPE_CHECKING:
    from .diff.model import Report

# The pipeline's own modules (openapi-pydantic, Jinja) are imported inside the commands that run it:
# a `check` answered from its cache, `--help` or `--version` should not pay for them.

EXIT_OK, EXIT_DIFFERS, EXIT_BAD_INPUT, EXIT_INTERNAL = 0, 1, 2, 3
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143
EXIT_BROKEN_PIPE = 141
"""The reader of the output went away (``oapigen diff | head``): what the shell shows for a program that
SIGPIPE ended, never 1 (``--fail-on`` matched, or ``check`` found a difference) or 2 (bad input)."""


class Terminated(BaseException):
    """SIGTERM arrived (from ``timeout``, a cancelled CI job, ``docker stop``): raised where the program
    is, so that every cleanup on the way out runs, as for Ctrl-C (a half-built output folder beside the
    target was otherwise left until the next run). Not an ``Exception``: nothing may swallow it."""


def _terminate(signum: int, frame: object) -> None:
    raise Terminated


F = TypeVar("F", bound=Callable[..., Any])


def _report(diagnostics: list[Diagnostic]) -> None:
    for diagnostic in diagnostics:
        click.echo(diagnostic.format(), err=True)


def _warn_about_output(message: str) -> None:
    click.echo(f"oapigen: warning: {message}", err=True)


def handle_errors(command: F) -> F:
    """Turns every failure into messages and an exit status; never a traceback."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return reported(*args, **kwargs)
        except BrokenPipeError:  # also where reporting a failure met it
            _stop_writing()
            sys.exit(EXIT_BROKEN_PIPE)

    def reported(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except SpecError as exc:
            _report(exc.diagnostics)
            errors = sum(1 for d in exc.diagnostics if d.level.value == "error")
            if exc.strict and not errors:
                click.echo(f"oapigen: {len(exc.diagnostics)} warning(s), and --strict makes them errors", err=True)
            sys.exit(EXIT_BAD_INPUT)
        except OutputError as exc:
            click.echo(f"oapigen: {exc}", err=True)
            sys.exit(EXIT_BAD_INPUT)
        except UserTemplateError as exc:
            click.echo(f"{exc}", err=True)
            sys.exit(EXIT_BAD_INPUT)
        except KeyboardInterrupt:
            click.echo("oapigen: interrupted", err=True)
            sys.exit(EXIT_INTERRUPTED)
        except Terminated:
            click.echo("oapigen: terminated", err=True)
            sys.exit(EXIT_TERMINATED)
        except BrokenPipeError:
            raise  # no failure of oapigen's: the reader went away (see wrapper)
        except Exception as exc:  # FormatError too: ruff refusing the built-in templates' code is a bug
            if os.environ.get("OAPIGEN_DEBUG"):
                raise
            click.echo(
                f"oapigen: internal error: {type(exc).__name__}: {exc} (set OAPIGEN_DEBUG=1 for details)", err=True
            )
            sys.exit(EXIT_INTERNAL)

    return wrapper  # type: ignore[return-value]


def _stop_writing() -> None:
    """Sends what is left to write (Python's buffers, click's messages) nowhere: a reader that went away
    must not turn the end of the run into a second error."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, OSError, ValueError):  # no such stream, or no descriptor
            os.dup2(devnull, stream.fileno())
    os.close(devnull)


@contextlib.contextmanager
def _user_templates_blamed_for_bad_code(config: Config) -> Iterator[None]:
    """Code that ruff refuses is a bug of oapigen's where its own templates wrote it (exit 3), and bad
    input where the user's templates take part (exit 2)."""
    try:
        yield
    except FormatError as exc:
        if config.templates is None:
            raise
        raise UserTemplateError(
            f"{config.templates}: the templates wrote code that is not valid Python: {exc}"
        ) from None


def _config(config_path: Path | None, **overrides: Any) -> Config:
    diagnostics = Diagnostics()
    config = load_config(config_path, diagnostics)
    diagnostics.raise_if_errors()
    config = config.with_overrides(**overrides)

    def bad(key: str, message: str) -> None:
        diagnostics.error("command line", f"--{key}", message, "config.value")

    for key, value in overrides.items():
        if isinstance(value, Path) and (problem := path_problem(value)) is not None:
            bad(key.replace("_", "-"), problem)
    check_names(config, bad)
    diagnostics.raise_if_errors()
    if config.templates is not None and not config.templates.is_dir():
        # a misspelt folder would otherwise give the built-in templates' output without a word
        if overrides.get("templates") is not None:
            bad("templates", f"{config.templates} is not a folder")
        else:
            diagnostics.error(
                config.source, "#/tool/oapigen/templates", f"{config.templates} is not a folder", "config.value"
            )
        diagnostics.raise_if_errors()
    return config


def _common(command: F) -> F:
    options = [
        click.option(
            "--spec", type=click.Path(path_type=Path), help="The OpenAPI document (default: [tool.oapigen] spec)."
        ),
        click.option("--out", type=click.Path(path_type=Path), help="The output folder (default: [tool.oapigen] out)."),
        click.option("--package-name", help="Import name of the generated package."),
        click.option("--client-name", help="Name of the client class (its async twin is Async<name>)."),
        click.option(
            "--templates",
            type=click.Path(path_type=Path),
            help="A folder whose templates replace the built-in ones by name.",
        ),
        click.option("--strict", is_flag=True, default=None, help="Treat warnings as errors."),
        click.option(
            "--allow-outside-refs", is_flag=True, default=None, help="Allow $ref to files outside the spec's folder."
        ),
        click.option(
            "--config",
            "config_path",
            type=click.Path(path_type=Path),
            help="Configuration file (default: ./pyproject.toml).",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


@click.group()
@click.version_option(__version__, prog_name="oapigen")
def main() -> None:
    """oapigen turns an OpenAPI 3.0/3.1 document into a typed Python client package."""


def run() -> None:
    """The ``oapigen`` program: :func:`main`, then an exit that skips the interpreter's teardown.

    Tearing down the interpreter frees, object by object, every module and cache a run loaded: 0.06 s
    after a cold Braintrust run and 0.1 s after Stripe's, for nothing, since every file this process
    wrote is closed and every child it forked is reaped before a command returns. So once the command
    is done and its output flushed, the process ends at once with the command's status. Where someone
    may still want the teardown (a tracer, a profiler, coverage, OAPIGEN_DEBUG, another thread), or
    the status is not a number, it takes place as usual.
    """
    # Forked helpers inherit the handler; theirs ends them at once (their work is wrapped in os._exit).
    signal.signal(signal.SIGTERM, _terminate)
    try:
        main()
    except SystemExit as exc:
        status = exc.code
        if status is None:
            status = EXIT_OK
        if not isinstance(status, int) or not _teardown_unneeded():
            raise
    else:  # pragma: no cover - click's standalone mode always ends in SystemExit
        status = EXIT_OK
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:  # None where the program was started with that descriptor closed
                stream.flush()
    except BrokenPipeError:  # the reader went away before the last of the output
        _stop_writing()
        status = EXIT_BROKEN_PIPE
    except (OSError, ValueError):  # the interpreter reports it as it always does
        raise SystemExit(status) from None
    os._exit(status)


def _teardown_unneeded() -> bool:
    if os.environ.get("OAPIGEN_DEBUG") or sys.gettrace() is not None or sys.getprofile() is not None:
        return False
    monitoring = getattr(sys, "monitoring", None)  # Python 3.12+: coverage and debuggers may use it instead
    if monitoring is not None and any(monitoring.get_tool(tool) is not None for tool in range(6)):
        return False
    threading = sys.modules.get("threading")
    return threading is None or threading.active_count() == 1


@main.command()
@_common
@handle_errors
def generate(config_path: Path | None, **overrides: Any) -> None:
    """Generate the client package into the output folder (replaced atomically)."""
    from .cache import BuildMemo, BuildSummary
    from .write import refuse_inputs_inside, write_output

    started = time.perf_counter()
    config = _config(config_path, **overrides)
    with _user_templates_blamed_for_bad_code(config):
        memo = BuildMemo()
        stored = memo.lookup(config)
        if stored is not None:  # the very same inputs were built before: only the writing is left
            refuse_inputs_inside(config.out, config.input_paths(stored.source_files))
            for line in stored.warnings:
                click.echo(line, err=True)
            write_output(stored.files, config.out, formatted=True, warn=_warn_about_output)
            summary, warnings = stored.summary, len(stored.warnings)
        else:
            from .pipeline import build

            result = build(config)
            refuse_inputs_inside(config.out, config.input_paths(result.api.source_files))
            _report(result.warnings)
            written = write_output(result.files, config.out, keep_bytes=memo.enabled, warn=_warn_about_output)
            api = result.api
            summary = BuildSummary(
                len(api.operations), api.excluded_operations, len(api.declarations), len(result.files)
            )
            warnings = len(result.warnings)
            if memo.enabled:  # the formatted files, as written, for the next run with the same inputs
                memo.store(config, api.source_files, written, summary, [w.format() for w in result.warnings])
    click.echo(summary.line(warnings, time.perf_counter() - started, config.out))


@main.command()
@_common
@handle_errors
def check(config_path: Path | None, **overrides: Any) -> None:
    """Regenerate in memory and compare with the output folder; exit 1 with a diff when they differ."""
    from .cache import CheckCache  # only check uses it

    config = _config(config_path, **overrides)
    # a file, or a folder oapigen did not write, is no output to compare with: the command is wrong
    check_target(config.out)
    cache = CheckCache.beside(config_path)
    if cache is not None and cache.output_is_current(config):
        click.echo(f"oapigen: {config.out} matches {config.spec}")
        return
    from .pipeline import build
    from .write import diff_trees, render_in_memory

    with _user_templates_blamed_for_bad_code(config):
        result = build(config)
        expected = render_in_memory(result.files)
    if cache is not None:
        cache.record(config, result.api.source_files, expected)
    lines = diff_trees(expected, config.out)
    if lines:
        click.echo("".join(lines), nl=False)
        click.echo(f"oapigen: {config.out} differs from what {config.spec} produces; run `oapigen generate`", err=True)
        sys.exit(EXIT_DIFFERS)
    click.echo(f"oapigen: {config.out} matches {config.spec}")


@main.command("normalize")
@click.argument("spec", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="Where to write the JSON (default: standard output).",
)
@click.option(
    "--allow-outside-refs", is_flag=True, default=False, help="Allow $ref to files outside the spec's folder."
)
@handle_errors
def normalize_command(spec: Path, output: Path | None, allow_outside_refs: bool) -> None:
    """Write SPEC resolved and normalized as one OpenAPI 3.1 JSON document (for Prism and validators)."""
    from .export import ShapeError, dumps, non_finite_number, normalized_document
    from .pipeline import load_normalized
    from .write import refuse_overwriting_inputs

    diagnostics = Diagnostics()
    # Normalized as generate does, so that the document is refused (at its nodes) wherever generate would
    # refuse it: the export reads the structure that this checks.
    resolved, api = load_normalized(Config(spec=spec, allow_outside_refs=allow_outside_refs), diagnostics)
    if output is not None:
        refuse_overwriting_inputs(output, [spec, *map(Path, api.source_files)])
    if (found := non_finite_number(resolved)) is not None:
        diagnostics.error(*found, "a number that JSON cannot write (NaN or an infinity)", "export.non-finite")
        diagnostics.raise_if_errors()
    try:
        text = dumps(normalized_document(resolved))
    except ShapeError as error:
        for pointer, message in error.problems:
            diagnostics.error(resolved.root.display, pointer, message, "document.shape")
        diagnostics.raise_if_errors()
        raise
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"cannot write {output}: {exc.strerror or exc}") from None


# --- diff and update: what a spec change means for the generated package's users -----------------------


def _fail_on_option(command: F) -> F:
    return click.option(
        "--fail-on",
        type=click.Choice(["breaking", "any", "none"]),
        default="none",
        show_default=True,
        help="Exit 1 when a breaking change (or any change) is found.",
    )(command)


def _fails(report: Report, fail_on: str) -> bool:
    return (fail_on == "breaking" and bool(report.breaking)) or (fail_on == "any" and bool(report.changes))


@main.command()
@click.argument("old", type=click.Path(path_type=Path))
@click.argument("new", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON (schema: docs/diff.schema.json).")
@_fail_on_option
@click.option(
    "--current-version", help="The version the suggested bump starts from (default: [tool.oapigen] package-version)."
)
@click.option("--strict", is_flag=True, default=None, help="Treat warnings in either document as errors.")
@click.option("--allow-outside-refs", is_flag=True, default=None, help="Allow $ref to files outside the spec's folder.")
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path),
    help="Configuration file whose naming overrides apply to both documents (default: ./pyproject.toml).",
)
@handle_errors
def diff(
    old: Path,
    new: Path,
    as_json: bool,
    fail_on: str,
    current_version: str | None,
    config_path: Path | None,
    **overrides: Any,
) -> None:
    """Classify every change from OLD to NEW for the generated package's users; suggest a version bump."""
    from .diff.report import render_json, render_table
    from .diff.run import diff_files
    from .diff.semver import VersionError, release_parts

    config = _config(config_path, **overrides)
    version = current_version or config.package_version
    try:
        release_parts(version)  # a version that no bump can move is refused before any work
    except VersionError as exc:
        source = "--current-version" if current_version is not None else "[tool.oapigen] package-version"
        click.echo(f"oapigen: {source}: {exc}", err=True)
        sys.exit(EXIT_BAD_INPUT)
    report = diff_files(config, old, new, version)
    click.echo(render_json(report) if as_json else render_table(report), nl=False)
    if _fails(report, fail_on):
        sys.exit(EXIT_DIFFERS)


@main.command()
@click.argument("new_spec", type=click.Path(path_type=Path))
@_common
@click.option("--date", "release_date", help="The changelog entry's date, YYYY-MM-DD (default: today).")
@click.option("--json", "as_json", is_flag=True, help="Print the diff report as JSON instead of a table.")
@_fail_on_option
@handle_errors
def update(
    new_spec: Path,
    config_path: Path | None,
    release_date: str | None,
    as_json: bool,
    fail_on: str,
    **overrides: Any,
) -> None:
    """Take NEW_SPEC as the configured spec: validate, diff, bump the version, prepend the changelog, regenerate.

    All or nothing: if any step fails, the spec, the configuration and the output folder stay as they were.
    """
    import datetime

    from .config import CONFIG_FILE
    from .diff.report import render_json, render_table
    from .diff.update import UpdateError, UpdateRefused
    from .diff.update import update as run_update

    try:
        when = datetime.date.fromisoformat(release_date) if release_date else datetime.date.today()
    except ValueError:
        click.echo(f"oapigen: --date {release_date!r} is not a date (YYYY-MM-DD)", err=True)
        sys.exit(EXIT_BAD_INPUT)
    config = _config(config_path, **overrides)

    def refuse(report: Report) -> str | None:
        if _fails(report, fail_on):
            click.echo(render_json(report) if as_json else render_table(report), nl=False)
            return f"--fail-on {fail_on}: the new spec has {'breaking ' if fail_on == 'breaking' else ''}changes"
        return None

    try:
        with _user_templates_blamed_for_bad_code(config):
            result = run_update(config, config_path or Path(CONFIG_FILE), new_spec, when, refuse, _warn_about_output)
    except UpdateError as exc:
        click.echo(f"oapigen: {exc}; nothing was changed", err=True)
        sys.exit(EXIT_DIFFERS if isinstance(exc, UpdateRefused) else EXIT_BAD_INPUT)
    _report(list(result.warnings))
    click.echo(render_json(result.report) if as_json else render_table(result.report), nl=False)
    if not result.written:
        click.echo(f"oapigen: already up to date with {new_spec} (version {result.new_version})", err=True)
    else:
        click.echo(
            f"oapigen: version {result.old_version} -> {result.new_version}; wrote {', '.join(result.written)}",
            err=True,
        )


if __name__ == "__main__":  # python -m generator.cli, as python -m generator and oapigen
    run()
