"""``oapigen update NEW_SPEC``: a new spec through validation, diff, version bump, changelog and regeneration.

Everything is computed before anything is written: the new document is validated (a spec that does not
generate is refused with its diagnostics), diffed against the configured spec (once the output folder is
found to be what that spec gives), the version is bumped by the classification, the package is rendered
and formatted in memory. Only then are the three places
written, in this order, each atomically: the configured spec, ``package-version`` in the configuration,
the output folder (swapped whole). If a write fails, the ones before it are undone, so the repository is
left as it was; Ctrl-C and SIGTERM wait until the writes are done. A journal beside the configuration
records what is being written, so that a run killed outright between two writes is finished by running
it again. Running it again with the same spec finds nothing to change and writes nothing; two runs at once
are refused (a lock on the configuration's folder).
"""

from __future__ import annotations

import contextlib
import datetime
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from ..config import Config
from ..diagnostics import Diagnostic, Diagnostics
from ..files import RenderedFile, write_file_atomically
from ..ir import Api
from ..memo import key_of
from ..render import Renderer
from ..resolve import iter_refs
from ..write import (
    CHANGELOG,
    OutputError,
    compared_part,
    read_tree,
    refuse_inputs_inside,
    render_in_memory,
    signals_held,
    write_output,
    written_by_oapigen,
)
from . import changelog
from .load import Side, load_side
from .model import Report
from .pyproject_edit import set_package_version
from .run import diff_sides

try:
    import fcntl
except ImportError:  # not on Windows: no locking there
    fcntl = None  # type: ignore[assignment]


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
    with _one_update_at_a_time(config_file.parent):
        return _update(config, config_file, new_spec, date, refuse, warn)


def _update(
    config: Config,
    config_file: Path,
    new_spec: Path,
    date: datetime.date,
    refuse: Callable[[Report], str | None],
    warn: Callable[[str], None] | None,
) -> UpdateResult:
    new_side = load_side(config, new_spec)
    _require_single_document(new_side)
    spec_bytes = new_spec.read_bytes()
    _require_the_configured_format(config.spec, new_spec, spec_bytes)
    journal_path = config_file.parent / f".{config_file.name}.oapigen-update.json"
    planned = _Journal(key_of(spec_bytes), "", None, str(config.spec.absolute()), str(config.out.absolute()))
    unfinished = _unfinished_update(config, config_file, journal_path, planned)
    report, new_version, entry = _release(config, new_side, date, refuse, unfinished)

    config_text = config_file.read_bytes().decode("utf-8")  # as it is: its line ends too
    new_config_text = config_text if new_version == config.package_version else _set_version(config_text, new_version)
    api = replace(new_side.api, package=replace(new_side.api.package, version=new_version))
    files = _release_files(config, api, entry)
    expected = render_in_memory(files)  # formats here, so a formatting failure happens before any write

    refuse_inputs_inside(config.out, [*config.input_paths(api.source_files), config_file, new_spec])
    plan: list[tuple[str, Callable[[], Callable[[], None]]]] = []
    if not config.spec.is_file() or config.spec.read_bytes() != spec_bytes:
        plan.append((str(config.spec), lambda: replace_file(config.spec, spec_bytes)))
    if new_config_text != config_text:
        plan.append((str(config_file), lambda: replace_file(config_file, new_config_text.encode("utf-8"))))
    if not config.out.is_dir() or compared_part(read_tree(config.out), expected) != expected:
        plan.append((str(config.out), lambda: _write_generated(files, config.out, warn)))
    _apply(plan, replace(planned, version=new_version, entry=entry), journal_path)
    return UpdateResult(report, config.package_version, new_version, tuple(name for name, _ in plan), new_side.warnings)


def _unfinished_update(config: Config, config_file: Path, journal_path: Path, planned: _Journal) -> _Journal | None:
    """The journal of an update that was interrupted, to be finished by this one; raises UpdateError where
    this update is another, or where the configured spec is missing beside a generated output."""
    unfinished = _Journal.read(journal_path)
    if unfinished is not None and unfinished.plan != planned.plan:
        raise UpdateError(
            f"an update to another spec, or to other places, was interrupted ({journal_path} records it): run"
            f" that update again to finish it, or restore the spec, {config_file.name} and {config.out} (git"
            f" checkout) and delete {journal_path.name}"
        )
    if not config.spec.is_file() and written_by_oapigen(config.out) and unfinished is None:
        raise UpdateError(
            f"the configured spec, {config.spec}, does not exist, though {config.out} was generated from one:"
            " check [tool.oapigen] spec (or --spec); update takes a missing spec for a first release only"
        )
    return unfinished


def _release(
    config: Config,
    new_side: Side,
    date: datetime.date,
    refuse: Callable[[Report], str | None],
    unfinished: _Journal | None,
) -> tuple[Report, str, str | None]:
    """What the change is (the diff from the configured spec), the version it releases and its changelog
    entry (None where nothing changed); an interrupted update's own version and entry stand."""
    old_side = load_side(config, config.spec) if config.spec.is_file() else _empty_side(config, new_side)
    if unfinished is None and config.spec.is_file():
        _require_current_output(config, old_side)
    report = diff_sides(old_side, new_side, config.package_version)
    try:
        new_version = report.suggested_version
    except ValueError as exc:
        raise UpdateError(str(exc)) from exc
    reason = refuse(report)
    if reason is not None:
        raise UpdateRefused(reason)
    entry = changelog.entry(report, new_version, date) if report.changes else None
    if unfinished is not None:  # the diff sees what the interrupted run wrote already: its own plan stands
        return report, unfinished.version, unfinished.entry
    return report, new_version, entry


def _require_current_output(config: Config, old_side: Side) -> None:
    """The diff is from the configured spec: an output folder that is not what that spec gives (edited by
    hand, generated with another configuration, templates or generator, or left behind when the spec was
    replaced) would ship those differences under a version the diff did not bump, and no changelog entry
    would name them. Refused, as ``oapigen check`` would fail."""
    if not config.out.is_dir():
        return
    expected = render_in_memory(_release_files(config, old_side.api, None))
    if compared_part(read_tree(config.out), expected) != expected:
        raise UpdateError(
            f"{config.out} is not what {config.spec} gives with this configuration, these templates and this"
            " oapigen (`oapigen check` fails): the update would release those differences unrecorded. Release"
            " them first (`oapigen generate`, then commit), or revert them; if the new spec was copied over"
            f" {config.spec}, restore that file and pass the new spec to update instead"
        )


def _release_files(config: Config, api: Api, entry: str | None) -> list[RenderedFile]:
    """The package of the release, with its release history (the old one, the entry on top)."""
    files = Renderer(config.templates).render(api)
    history_path = config.out / CHANGELOG
    history = history_path.read_text(encoding="utf-8") if history_path.is_file() else None
    if entry is not None:
        history = changelog.prepend(history, entry)
    if history is not None:
        files.append(RenderedFile(CHANGELOG, history))
    return files


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


def _apply(plan: list[tuple[str, Callable[[], Callable[[], None]]]], journal: _Journal, journal_path: Path) -> None:
    """Runs each write; each returns its undo. On a failure, the writes made so far are undone.

    Ctrl-C and SIGTERM wait until the writes are done (they take a second at most: everything was computed
    and formatted before), so that a run is never stopped between two of them; the journal, written first
    and removed last, lets a run killed outright (SIGKILL, a power cut) be finished by running it again.
    """
    if not plan:
        journal_path.unlink(missing_ok=True)  # an interrupted run had written everything but removed it
        return
    undo: list[Callable[[], None]] = []
    writing = str(journal_path)
    with signals_held():
        try:
            write_file_atomically(journal_path, journal.to_json())
            for target, write in plan:
                writing = target
                undo.append(write())
        except BaseException as exc:
            for step in reversed(undo):
                step()
            journal_path.unlink(missing_ok=True)
            if isinstance(exc, OSError) and not isinstance(exc, OutputError):
                raise UpdateError(f"cannot write {writing}: {exc.strerror or exc}") from exc
            raise
        journal_path.unlink(missing_ok=True)


def replace_file(link: Path, data: bytes) -> Callable[[], None]:
    """Writes ``link`` atomically (temporary file, then rename); returns what puts the old content back. A
    symbolic link is written through: the file it names gets the data, and the link stays."""
    path = Path(os.path.realpath(link))
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


@dataclass(frozen=True)
class _Journal:
    """What an update writes, kept beside its configuration file (one journal per file) while it writes:
    the spec (by its digest) and where the spec and the output go, the version it sets and the changelog
    entry it adds, so that a run killed between two writes is finished by the next with the same plan."""

    spec_key: str
    """The new spec's bytes, hashed (``memo.key_of``)."""
    version: str
    entry: str | None
    spec: str
    out: str

    @property
    def plan(self) -> tuple[str, str, str]:
        """What a run that finishes this one must be asked to do: the same spec, to the same places."""
        return (self.spec_key, self.spec, self.out)

    def to_json(self) -> bytes:
        record = {
            "spec-key": self.spec_key,
            "version": self.version,
            "entry": self.entry,
            "spec": self.spec,
            "out": self.out,
        }
        return (json.dumps(record, indent=2) + "\n").encode("utf-8")

    @classmethod
    def read(cls, path: Path) -> _Journal | None:
        if not path.is_file():
            return None
        try:
            record = json.loads(path.read_bytes())
            key, version, entry, spec, out = (record[name] for name in ("spec-key", "version", "entry", "spec", "out"))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise UpdateError(f"{path} is not an update's journal ({exc}); delete it if no update is running") from exc
        texts = (key, version, spec, out)
        if not all(isinstance(text, str) for text in texts) or not isinstance(entry, (str, type(None))):
            raise UpdateError(f"{path} is not an update's journal; delete it if no update is running")
        return cls(key, version, entry, spec, out)


@contextlib.contextmanager
def _one_update_at_a_time(folder: Path) -> Iterator[None]:
    """Holds a lock on the configuration's folder: two updates at once would each write a part of the result."""
    if fcntl is None:  # Windows: no flock
        yield
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise UpdateError(f"another oapigen update is running in {folder}") from None
        except OSError:
            pass  # a file system without locks (NFS without a lock manager: ENOLCK) goes without, as Windows does
        yield
    finally:
        os.close(descriptor)  # closing releases the lock


def _require_the_configured_format(configured: Path, new_spec: Path, data: bytes) -> None:
    """update copies the new spec's bytes over the configured one: YAML in a .json file would read nowhere."""
    if configured.suffix.lower() != ".json":
        return  # JSON is YAML too
    try:
        json.loads(data)
    except ValueError:
        raise UpdateError(
            f"the configured spec, {configured}, is JSON, and {new_spec} is not: convert it to JSON first (or"
            " configure a .yaml spec)"
        ) from None


def _write_generated(files: list[RenderedFile], out: Path, warn: Callable[[str], None] | None) -> Callable[[], None]:
    # The output is the last write: write_output swaps the folder whole or leaves it as it was, and
    # nothing comes after it that could fail, so it needs no undo of its own.
    write_output(files, out, warn=warn)
    return lambda: None
