"""``oapigen update NEW_SPEC``: a new spec through validation, diff, version bump, changelog and regeneration.

Everything is computed before anything is written: the new document is validated (a spec that does not
generate is refused with its diagnostics), diffed against the configured spec, the version is bumped by
the classification, the package is rendered and formatted in memory. Only then are the three places
written, in this order, each atomically: the spec under ``specs/``, ``package-version`` in the
configuration, the output folder (swapped whole). If a write fails, the ones before it are undone, so the
repository is left as it was. Running it again with the same spec finds nothing to change and writes
nothing.
"""

from __future__ import annotations

import datetime
import json
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from ..config import Config
from ..diagnostics import Diagnostic, Diagnostics
from ..files import RenderedFile, write_file_atomically
from ..render import Renderer
from ..resolve import iter_refs
from ..write import compared_part, read_tree, refuse_inputs_inside, render_in_memory, write_output
from . import changelog
from .load import Side, load_side
from .model import Report
from .pyproject_edit import set_package_version
from .run import diff_sides
from .semver import Bump

CHANGELOG = "CHANGELOG.md"


class UpdateError(Exception):
    """The update cannot proceed; nothing was changed."""


class UpdateRefused(UpdateError):
    """The caller's ``refuse`` vetoed the update after the diff (``--fail-on``); nothing was changed."""


@dataclass(frozen=True)
class UpdateResult:
    report: Report
    old_version: str
    new_version: str
    written: tuple[str, ...]
    """What was written, in order (empty when the repository already matched the spec)."""
    warnings: tuple[Diagnostic, ...]


def update(
    config: Config,
    config_file: Path,
    new_spec: Path,
    date: datetime.date,
    refuse: Callable[[Report], str | None] = lambda report: None,
    warn: Callable[[str], None] | None = None,
) -> UpdateResult:
    """Runs the update; ``refuse`` may veto it after the diff (``--fail-on``) by returning a reason, and
    ``warn`` hears of a folder the output's replacement left behind (see ``write_output``).

    Raises SpecError for a spec that does not generate, UpdateError when the repository cannot be updated
    safely, and re-raises whatever fails during the writes after undoing the ones already made.
    """
    if not config_file.is_file():
        raise UpdateError(f"{config_file} does not exist; update records the package version there")
    new_side = load_side(config, new_spec)
    _require_single_document(new_side)
    old_side = load_side(config, config.spec) if config.spec.is_file() else _empty_side(config, new_side)
    report = diff_sides(old_side, new_side, config.package_version)
    reason = refuse(report)
    if reason is not None:
        raise UpdateRefused(reason)
    try:
        new_version = report.suggested_version
    except ValueError as exc:
        raise UpdateError(str(exc)) from exc

    config_text = config_file.read_text(encoding="utf-8")
    new_config_text = config_text if report.bump is Bump.NONE else _set_version(config_text, new_version)
    history_path = config.out / CHANGELOG
    history = history_path.read_text(encoding="utf-8") if history_path.is_file() else None
    if report.changes:
        history = changelog.prepend(history, changelog.entry(report, new_version, date))
    api = replace(new_side.api, package=replace(new_side.api.package, version=new_version))
    files = Renderer(config.templates).render(api)
    if history is not None:
        files.append(RenderedFile(CHANGELOG, history))
    expected = render_in_memory(files)  # formats here, so a formatting failure happens before any write

    spec_bytes = new_spec.read_bytes()
    refuse_inputs_inside(config.out, [*config.input_paths(api.source_files), config_file, new_spec])
    plan: list[tuple[str, Callable[[], Callable[[], None]]]] = []
    if not config.spec.is_file() or config.spec.read_bytes() != spec_bytes:
        plan.append((str(config.spec), lambda: replace_file(config.spec, spec_bytes)))
    if new_config_text != config_text:
        plan.append((str(config_file), lambda: replace_file(config_file, new_config_text.encode("utf-8"))))
    if not config.out.is_dir() or compared_part(read_tree(config.out), expected) != expected:
        plan.append((str(config.out), lambda: _write_generated(files, config.out, warn)))
    _apply(plan)
    return UpdateResult(report, config.package_version, new_version, tuple(name for name, _ in plan), new_side.warnings)


def _set_version(text: str, version: str) -> str:
    try:
        return set_package_version(text, version)
    except ValueError as exc:
        raise UpdateError(str(exc)) from exc


def _require_single_document(side: Side) -> None:
    """update copies one file into specs/; a spec that refers to other files would not resolve there.

    Files that the configuration names (streaming event schemas) are not the spec's and stay allowed.
    """
    diagnostics = Diagnostics()
    for pointer, ref in iter_refs(side.spec.root.data):
        if not ref.startswith("#"):
            diagnostics.error(
                side.spec.root.display,
                pointer,
                f"update copies a single document, but this one refers to another file ({ref!r}); bundle it first",
                "update.multi-file",
            )
    diagnostics.raise_if_errors()


def _empty_side(config: Config, new: Side) -> Side:
    """No previous spec: everything in the new one is an addition."""
    with tempfile.TemporaryDirectory(prefix="oapigen-update-") as folder:
        path = Path(folder) / "empty.json"
        empty = {"openapi": new.info().openapi or "3.0.3", "info": {"title": new.api.title, "version": ""}, "paths": {}}
        path.write_text(json.dumps(empty), encoding="utf-8")  # the spec's texts as JSON strings, escaped
        return load_side(config, path)


# --- the writes ------------------------------------------------------------------------------------------


def _apply(plan: list[tuple[str, Callable[[], Callable[[], None]]]]) -> None:
    """Runs each write; each returns its undo. On any failure, the writes made so far are undone."""
    undo: list[Callable[[], None]] = []
    try:
        for _, write in plan:
            undo.append(write())
    except BaseException:
        for step in reversed(undo):
            step()
        raise


def replace_file(path: Path, data: bytes) -> Callable[[], None]:
    """Writes ``path`` atomically (temporary file, then rename); returns what puts the old content back."""
    created_folder = not path.parent.exists()
    previous = path.read_bytes() if path.is_file() else None
    path.parent.mkdir(parents=True, exist_ok=True)
    write_file_atomically(path, data)

    def restore() -> None:
        if previous is not None:
            write_file_atomically(path, previous)
        else:
            path.unlink(missing_ok=True)
            if created_folder:
                shutil.rmtree(path.parent, ignore_errors=True)

    return restore


def _write_generated(files: list[RenderedFile], out: Path, warn: Callable[[str], None] | None) -> Callable[[], None]:
    # The output is the last write: write_output swaps the folder whole or leaves it as it was, and
    # nothing comes after it that could fail, so it needs no undo of its own.
    write_output(files, out, warn=warn)
    return lambda: None
