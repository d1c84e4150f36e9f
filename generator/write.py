"""Write stage: the formatted output built beside the target, then swapped in whole.

The target folder is never written in place. The new tree is written and formatted in a temporary
folder next to it (same file system), then exchanged with the old one in one atomic rename where the
system has one (Linux ``renameat2``), so a failure or a kill at any moment leaves either the old
output or the new one, never a mixture. oapigen only replaces a folder that holds its marker file, so
a mistaken ``--out`` cannot wipe someone's work.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import signal
import stat
import tempfile
import threading
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

try:
    import fcntl
except ImportError:  # not on Windows: no locking there
    fcntl = None  # type: ignore[assignment]

from .files import MARKER
from .format import FORMATTED_SUFFIXES, format_tree, formatter_identity
from .memo import Memo, key_of

if TYPE_CHECKING:
    from .files import RenderedFile

_TEMP_PREFIX = ".oapigen-tmp-"

# --- files generation does not own -------------------------------------------------------------------
# ``oapigen update`` keeps the package's release history in the output folder. Generation cannot
# produce it from the spec, so a new tree carries it over from the old one, and ``check`` ignores it when
# the spec does not produce it (every generated file is still compared byte for byte).
CHANGELOG = "CHANGELOG.md"
"""The release history ``oapigen update`` writes into the output folder."""
PRESERVED = (CHANGELOG,)


def _carry_over_preserved(files: list[RenderedFile], old: Path, new: Path) -> None:
    produced = {file.path for file in files}
    for name in PRESERVED:
        if name not in produced and (old / name).is_file():
            shutil.copy2(old / name, new / name)


class OutputError(Exception):
    """The output folder cannot be written safely."""


def check_not_a_file(out: Path) -> None:
    """Refuses an output folder that is a file."""
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out} exists and is not a folder")


def check_target(out: Path) -> None:
    """Refuses a target that is a file, or exists, is not empty, and was not written by oapigen."""
    check_not_a_file(out)
    if out.is_dir() and not written_by_oapigen(out) and any(out.iterdir()):
        raise OutputError(
            f"{out} is not empty and was not written by oapigen (no {MARKER} file of its own, a file that is"
            " neither empty nor a link); refusing to replace it"
        )


def written_by_oapigen(folder: Path) -> bool:
    """Whether the folder holds a marker as oapigen writes one: a file of its own, with text in it. An empty
    file of that name (``touch``), or a link to one elsewhere, is no sign that oapigen wrote the folder."""
    try:
        found = os.lstat(folder / MARKER)
    except OSError:
        return False
    return stat.S_ISREG(found.st_mode) and found.st_size > 0


def refuse_inputs_inside(out: Path, inputs: Iterable[Path]) -> None:
    """Refuses an output folder that holds one of the run's own inputs (the spec, a file it references,
    the configuration, the templates): replacing the folder would delete them."""
    root = Path(os.path.realpath(out))  # not Path.resolve(), which raises on a loop of links (refused later)
    for path in sorted(set(inputs)):
        if path.exists() and Path(os.path.realpath(path)).is_relative_to(root):
            raise OutputError(
                f"{out} holds {path}, an input of this run, and replacing the folder would delete it; "
                "choose an output folder that holds none of the inputs"
            )


def refuse_overwriting_inputs(target: Path, inputs: Iterable[Path]) -> None:
    """Refuses to write a file over one of the run's own inputs (``normalize spec.yaml -o spec.yaml``)."""
    if target.exists() and any(path.exists() and os.path.samefile(path, target) for path in inputs):
        raise OutputError(f"{target} is an input of this run; write the output to another file")


_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)


def _write_tree(
    files: list[RenderedFile], root: Path, previous: Path | None = None, unfinished: Collection[str] = ()
) -> None:
    """Writes each file into ``root``, a fresh folder, with plain system calls: a buffered file object
    per file cost half the stage on Stripe's 2,500 files.

    A file that ``previous`` (the output being replaced) holds with the same bytes is linked from there
    instead (see :meth:`_Reuse.linked`), unless its path is ``unfinished`` (written to be formatted: its final
    bytes are not known yet).
    """
    base = os.fspath(root)
    old = _Reuse(previous, root) if previous is not None else None
    folders: set[str] = set()
    for file in files:
        folder, _, _ = file.path.rpartition("/")
        if folder not in folders:  # one mkdir per folder, not per file
            os.makedirs(os.path.join(base, folder), exist_ok=True)
            folders.add(folder)
        target, data = os.path.join(base, file.path), file.content.encode("utf-8")
        if old is None or file.path in unfinished or not old.linked(file.path, target, data):
            _write_new(target, data)


class _Reuse:
    """Links the unchanged files of the output being replaced into the new tree.

    Creating a file costs many times what linking one does on some file systems (allocating an inode
    took 0.1 to 0.3 ms on this project's machines, linking 0.01 ms), and a file linked keeps its
    modification time, so tools that watch the output see only what changed. The old tree is only
    read: until the swap it is whole, and after it, removed, which leaves each linked file one name.
    """

    def __init__(self, previous: Path, root: Path) -> None:
        self._base = os.fspath(previous)
        self._real_base = os.path.realpath(self._base)
        self._inside: dict[str, bool] = {}
        # what a file written anew into ``root`` gets: mode, owner and group
        self._mode = 0o666 & ~_umask()
        folder = os.stat(root)
        self._owner = os.geteuid() if hasattr(os, "geteuid") else None
        self._group = folder.st_gid if folder.st_mode & stat.S_ISGID or not hasattr(os, "getegid") else os.getegid()
        self._enabled = True

    def linked(self, path: str, target: str, data: bytes) -> bool:
        """Links the old file at ``path`` as ``target`` where it is a regular file with exactly ``data``,
        inside the old output (no folder on the way is a link to elsewhere), with the mode, owner and group
        a new file gets, and no other name (a link the user made elsewhere would then share the new
        output's file); False, having done nothing, otherwise."""
        if not self._enabled or not self._within(path.rpartition("/")[0]):
            return False
        source = os.path.join(self._base, path)
        try:
            info = os.lstat(source)
            if (
                not stat.S_ISREG(info.st_mode)
                or info.st_size != len(data)
                or info.st_nlink != 1
                or stat.S_IMODE(info.st_mode) != self._mode
                or (self._owner is not None and info.st_uid != self._owner)
                or info.st_gid != self._group
            ):
                return False
            with open(source, "rb") as handle:
                if handle.read() != data:
                    return False
        except OSError:
            return False
        try:
            os.link(source, target)
        except OSError:  # a file system without links, or another device: every file is written instead
            self._enabled = False
            return False
        return True

    def _within(self, folder: str) -> bool:
        """Whether the old output's ``folder`` is its own, not a link to a folder elsewhere."""
        inside = self._inside.get(folder)
        if inside is None:
            real = os.path.realpath(os.path.join(self._base, folder))
            inside = self._inside[folder] = real == os.path.join(self._real_base, folder).rstrip(os.sep)
        return inside


def _write_new(path: str, data: bytes) -> None:
    descriptor = os.open(path, _NEW_FILE, 0o666)
    try:
        view = memoryview(data)
        while view:  # os.write may write less than asked (a signal, a full pipe); the rest follows
            view = view[os.write(descriptor, view) :]
    finally:
        os.close(descriptor)


def build_tree(
    files: list[RenderedFile],
    root: Path,
    formatted: bool = False,
    keep_bytes: bool = False,
    previous: Path | None = None,
) -> dict[str, bytes]:
    """Writes and formats the files under ``root`` (a fresh folder); ``formatted`` files are written as
    they are. With ``keep_bytes``, returns the bytes each file ended with, by path (else an empty dict:
    what ruff wrote is read back only for the caller or the formatted memo).

    A file whose rendered text was formatted before (same text, same ruff, same settings) is written
    formatted from the memo; ruff runs once over the others, and their results join the memo. A file
    whose final bytes are known before ruff runs, and which ``previous`` (the output being replaced)
    holds unchanged, is linked from there.
    """
    if formatted:
        _write_tree(files, root, previous)
        return {file.path: file.content.encode("utf-8") for file in files} if keep_bytes else {}
    ready, pending = _formatted_from_memo(files)
    _write_tree(ready, root, previous, {path for path, _ in pending})
    fixed = {root / file.path for file in files if file.lint_fixes}
    format_tree(root, [root / path for path, _ in pending], fixed)
    final = {file.path: file.content.encode("utf-8") for file in ready} if keep_bytes else {}
    if keep_bytes or _FORMATTED.enabled:
        for path, key in pending:  # as ruff left them
            data = (root / path).read_bytes()
            _FORMATTED.put(key, data)
            if keep_bytes:
                final[path] = data
    return final


_FORMATTED = Memo("formatted")


def _formatted_from_memo(files: list[RenderedFile]) -> tuple[list[RenderedFile], list[tuple[str, str]]]:
    identity = formatter_identity() if _FORMATTED.enabled else ""
    ready: list[RenderedFile] = []
    pending: list[tuple[str, str]] = []
    enabled = _FORMATTED.enabled
    for file in files:
        if not file.path.endswith(FORMATTED_SUFFIXES):
            ready.append(file)
            continue
        key = key_of(identity, str(file.lint_fixes), file.path, file.content) if enabled else ""
        formatted = _FORMATTED.get(key) if enabled else None
        if formatted is None:
            ready.append(file)
            pending.append((file.path, key))
        else:
            ready.append(replace(file, content=formatted.decode("utf-8")))
    return ready, pending


# Caches that tools write into a package they run on (byte code, mypy, ruff, pytest): not part of the
# output, so ``check`` does not compare them (the next ``generate`` replaces the folder without them).
TOOL_CACHES = frozenset({"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"})


# What installing the package from its own folder leaves at its top (``pip install ./generated``:
# setuptools builds in place): not output, so ``check`` does not compare it, unless the spec produces
# something of that name.
_INSTALL_LEFTOVERS = re.compile(r"build|dist|[^/]+\.egg-info")


def compared_part(tree: Mapping[str, bytes], expected: Collection[str]) -> dict[str, bytes]:
    """What ``check`` compares of an output folder's tree (:func:`read_tree`) with the ``expected`` paths:
    all of it but the release history (:data:`PRESERVED`) and install leftovers, where the spec produces
    neither."""
    produced_tops = {path.partition("/")[0] for path in expected}

    def compared(path: str) -> bool:
        if path in expected:
            return True
        top, below, _ = path.partition("/")
        leftover = bool(below) and top not in produced_tops and _INSTALL_LEFTOVERS.fullmatch(top) is not None
        return not leftover and path not in PRESERVED

    return {path: data for path, data in tree.items() if compared(path)}


_EXECUTABLE = b"<an executable file: oapigen writes it without the executable bit>\n"
"""What ``read_tree`` puts before the bytes of an executable file, so that ``check`` reports the mode."""


def read_tree(root: Path) -> dict[str, bytes]:
    """Every entry under ``root`` but folders (and tools' caches), by relative path: a file's bytes (after a
    line that says so, for an executable one), and for a symbolic link or anything else that is not a
    regular file, a description that no generated file has, so that ``check`` reports it (a linked folder of code would otherwise be importable and
    unseen: the walk does not enter it). Raises :class:`OutputError` for an entry it cannot read: a
    folder read in part would pass for files missing."""

    def unreadable(error: OSError) -> None:
        raise OutputError(f"cannot read {error.filename}: {error.strerror or error}")

    result: dict[str, bytes] = {}
    for folder, folders, files in os.walk(root, onerror=unreadable):
        here = Path(folder)
        folders[:] = [name for name in folders if name not in TOOL_CACHES]
        for name in [*folders, *files]:
            path = here / name
            relative = path.relative_to(root).as_posix()
            if path.is_symlink():
                result[relative] = f"<a symbolic link to {os.readlink(path)}>".encode(errors="replace")
            elif path.is_file():
                try:
                    data = path.read_bytes()
                    # generate writes no file executable; git records the bit, so a chmod +x is a change
                    result[relative] = _EXECUTABLE + data if path.stat().st_mode & 0o111 else data
                except OSError as exc:
                    unreadable(exc)
            elif not path.is_dir():
                result[relative] = b"<not a regular file>"
    return dict(sorted(result.items()))


def render_in_memory(files: list[RenderedFile]) -> dict[str, bytes]:
    """The exact bytes ``write_output`` would produce, without touching the target."""
    try:
        with tempfile.TemporaryDirectory(prefix="oapigen-check-") as temp:
            root = Path(temp) / "out"
            root.mkdir()
            return build_tree(files, root, keep_bytes=True)
    except OSError as exc:
        raise OutputError(f"cannot build the output in a temporary folder: {exc.strerror or exc}") from exc


def write_output(
    files: list[RenderedFile],
    out: Path,
    formatted: bool = False,
    keep_bytes: bool = False,
    warn: Callable[[str], None] | None = None,
) -> dict[str, bytes]:
    """Replaces ``out`` with the new tree, atomically; on any failure ``out`` is left as it was.

    The new tree is written and formatted in a temporary folder beside ``out`` (same file system), which
    this run holds locked, then exchanged with ``out`` in one atomic rename. A kill at any moment
    leaves either the old tree or the new one in ``out``, and at most a temporary folder beside it, which
    the next run for the same output removes (only folders with this output's prefix, only unlocked
    ones, only beside it). A write that fails (a full disk, a quota, no permission) is an OutputError.
    With ``keep_bytes``, returns the bytes each file was written with (see :func:`build_tree`).

    A folder this run cannot remove (the old output after the swap, a leftover of a killed run: a
    read-only folder inside it, say) does not fail the run, whose output is in place; it is passed to
    ``warn``, so that it is not left behind unnoticed.
    """
    out = _target(out)
    check_target(out)
    missing = [folder for folder in (out.parent, *out.parent.parents) if not folder.exists()]
    try:
        return _write_output(files, out, formatted, keep_bytes, warn or _unreported)
    except BaseException:
        for folder in missing:  # the folders this run made for the output, deepest first: none stays behind
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise


def _write_output(
    files: list[RenderedFile], out: Path, formatted: bool, keep_bytes: bool, warn: Callable[[str], None]
) -> dict[str, bytes]:
    # Ctrl-C or SIGTERM wait (see signals_held) while a temporary folder is made and locked, while the
    # output is swapped, and while a temporary folder is removed: cut in half, each left a folder behind.
    temp: Path | None = None
    lock: int | None = None
    swapped = False
    try:
        with signals_held():
            try:
                out.parent.mkdir(parents=True, exist_ok=True)
                _recover_interrupted_swap(out)
                _remove_stale_temporaries(out, warn)
                temp = Path(tempfile.mkdtemp(prefix=_temp_prefix(out), dir=out.parent))
            except OSError as exc:
                raise OutputError(f"cannot write beside {out}: {exc.strerror or exc}") from exc
            lock = _lock(temp)
        try:
            _give_mode(temp, out)
            written = build_tree(files, temp, formatted, keep_bytes, previous=out if out.is_dir() else None)
            _carry_over_preserved(files, out, temp)
        except OSError as exc:
            raise OutputError(f"cannot write the new output beside {out}: {exc.strerror or exc}") from exc
        with signals_held():
            try:
                if out.exists():
                    _exchange(temp, out)  # temp now holds the old output
                    swapped = True
                else:
                    os.rename(temp, out)
            except OSError as exc:
                raise OutputError(f"cannot replace {out}: {exc.strerror or exc}") from exc
    finally:
        with signals_held():
            if temp is not None and temp.exists():
                problem = _remove_folder(temp)
                if problem is not None and swapped:
                    warn(
                        f"the previous output, moved to {temp}, could not be removed ({problem}); delete that"
                        " folder by hand (its unchanged files are hard links to the new output's)"
                    )
            _unlock(lock)
    return written


_HELD_SIGNALS = frozenset(getattr(signal, name) for name in ("SIGINT", "SIGTERM") if hasattr(signal, name))


@contextlib.contextmanager
def signals_held() -> Iterator[None]:
    """Ctrl-C and SIGTERM that arrive during the block are delivered when it ends (the run then stops
    there, as it would have), so that what the block does is done whole. A no-op where the system cannot
    hold signals (Windows) or outside the main thread."""
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _target(out: Path) -> Path:
    """The absolute output folder; a symbolic link to a folder means the folder it points to."""
    out = out.absolute()
    if not out.is_symlink():
        return out
    try:
        return out.resolve(strict=True)
    except (OSError, RuntimeError) as exc:  # RuntimeError: a loop of links (Python 3.11)
        raise OutputError(f"{out} is a symbolic link that leads nowhere ({exc})") from exc


def _temp_prefix(out: Path) -> str:
    """Temporaries are named after their output, so a run only ever removes its own output's leftovers."""
    digest = hashlib.sha256(out.name.encode("utf-8", "surrogateescape")).hexdigest()[:8]
    return f"{_TEMP_PREFIX}{out.name[:40]}-{digest}-"


def _give_mode(temp: Path, out: Path) -> None:
    """mkdtemp makes a private folder (0700); the output keeps the old folder's mode, or the umask's."""
    mode = out.stat().st_mode & 0o7777 if out.is_dir() else 0o777 & ~_umask()
    temp.chmod(mode)


def _umask() -> int:
    """The process's umask (which can only be read by setting it, and is set back at once)."""
    umask = os.umask(0)
    os.umask(umask)
    return umask


def _lock(folder: Path) -> int | None:
    """An exclusive lock on the folder for as long as this run uses it (released if the run is killed)."""
    if fcntl is None:
        return None
    descriptor = os.open(folder, os.O_RDONLY)
    fcntl.flock(descriptor, fcntl.LOCK_EX)
    return descriptor


def _unlock(descriptor: int | None) -> None:
    if descriptor is not None:
        os.close(descriptor)  # closing releases the lock


def _in_use(folder: Path) -> bool:
    """True when a running oapigen holds the folder (its lock is taken)."""
    if fcntl is None:
        return False
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return True
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(descriptor)
    return False


def _leftovers(out: Path) -> list[Path]:
    prefix = _temp_prefix(out)
    return [
        entry
        for entry in out.parent.iterdir()
        if entry.name.startswith(prefix) and entry.is_dir() and not entry.is_symlink()
    ]


def _recover_interrupted_swap(out: Path) -> None:
    """Where renameat2 is missing, the swap is two renames; a run killed between them leaves the old
    output only in its backup. The next run puts it back before anything else."""
    if out.exists():
        return
    for entry in _leftovers(out):
        if entry.name.endswith(_BACKUP_SUFFIX) and written_by_oapigen(entry) and not _in_use(entry):
            os.rename(entry, out)
            return


def _remove_stale_temporaries(out: Path, warn: Callable[[str], None]) -> None:
    """Temporaries left by an earlier run for this output: only its prefix, only beside it, only unlocked."""
    for entry in _leftovers(out):
        if not _in_use(entry):
            problem = _remove_folder(entry)
            if problem is not None:
                warn(f"a folder an earlier run left beside the output, {entry}, could not be removed ({problem})")


def _remove_folder(folder: Path) -> str | None:
    """Removes the folder whole, or as much of it as can go; then why the rest could not, or None."""
    try:
        shutil.rmtree(folder)
    except OSError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        if os.path.lexists(folder):
            return f"{exc.filename}: {exc.strerror or exc}" if exc.filename else str(exc.strerror or exc)
    return None


def _unreported(message: str) -> None:
    """Where the caller takes no warnings (a library call), a folder left behind is only left."""


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100
_BACKUP_SUFFIX = "-old"


def _exchange(new: Path, old: Path) -> None:
    """Swaps two folders: atomically with renameat2 where available, else by two renames."""
    import ctypes  # only where an output is replaced (2 ms to import)

    # The symbols this process has loaded include the C library's: no search for it (find_library runs
    # ldconfig, about 10 ms).
    renameat2 = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if renameat2 is not None:
        result = renameat2(_AT_FDCWD, os.fsencode(new), _AT_FDCWD, os.fsencode(old), _RENAME_EXCHANGE)
        if result == 0:
            return
    backup = new.with_name(new.name + _BACKUP_SUFFIX)
    os.rename(old, backup)
    try:
        os.rename(new, old)
    except OSError:
        os.rename(backup, old)
        raise
    os.rename(backup, new)


def diff_trees(expected: dict[str, bytes], out: Path) -> list[str]:
    """A unified diff from the folder on disk to what the spec produces; empty when they agree."""
    import difflib  # only check shows differences; generate need not import it

    actual = compared_part(read_tree(out), expected) if out.is_dir() else {}
    lines: list[str] = []
    for path in sorted(set(expected) | set(actual)):
        want, have = expected.get(path), actual.get(path)
        if want == have:
            continue
        fromfile = f"a/{path}" if have is not None else "/dev/null"
        tofile = f"b/{path}" if want is not None else "/dev/null"
        hunks = list(difflib.unified_diff(_text_lines(have), _text_lines(want), fromfile=fromfile, tofile=tofile))
        if not hunks:  # an empty file that is missing or extra: no line differs, the file does
            state = "missing" if have is None else "not expected"
            hunks = [f"--- {fromfile}\n", f"+++ {tofile}\n", f"@@ empty file {state} @@\n"]
        lines.extend(hunks)
    return lines


def _text_lines(data: bytes | None) -> list[str]:
    if data is None:
        return []
    text = data.decode("utf-8", errors="replace")
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n\\ No newline at end of file\n"
    return lines
