"""Write stage: the formatted output built beside the target, then swapped in whole.

The target folder is never written in place. The new tree is written and formatted in a temporary
folder next to it (same file system), then exchanged with the old one in one atomic rename where the
system has one (Linux ``renameat2``), so a failure or a kill at any moment leaves either the old
output or the new one, never a mixture. oapigen only replaces a folder that holds its marker file, so
a mistaken ``--out`` cannot wipe someone's work.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import difflib
import os
import shutil
import tempfile
from pathlib import Path

from .format import format_tree
from .render import RenderedFile

MARKER = ".oapigen"
_TEMP_PREFIX = ".oapigen-tmp-"

# --- files generation does not own -------------------------------------------------------------------
# ``oapigen update`` keeps the package's release history in the output folder. Generation cannot
# produce it from the spec, so a new tree carries it over from the old one, and ``check`` ignores it when
# the spec does not produce it (every generated file is still compared byte for byte).
PRESERVED = ("CHANGELOG.md",)


def _carry_over_preserved(files: list[RenderedFile], old: Path, new: Path) -> None:
    produced = {file.path for file in files}
    for name in PRESERVED:
        if name not in produced and (old / name).is_file():
            shutil.copy2(old / name, new / name)


class OutputError(Exception):
    """The output folder cannot be written safely."""


def check_target(out: Path) -> None:
    """Refuses a target that exists, is not empty, and was not written by oapigen."""
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out} exists and is not a folder")
    if out.is_dir() and not (out / MARKER).is_file() and any(out.iterdir()):
        raise OutputError(
            f"{out} is not empty and was not written by oapigen (no {MARKER} file); refusing to replace it"
        )


def _write_tree(files: list[RenderedFile], root: Path) -> None:
    for file in files:
        path = root / file.path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(file.content.encode("utf-8"))


def build_tree(files: list[RenderedFile], root: Path) -> None:
    """Writes and formats the files under ``root`` (a fresh folder)."""
    _write_tree(files, root)
    format_tree(root)


# Caches that tools write into a package they run on (byte code, mypy, ruff, pytest): not part of the
# output, so ``check`` does not compare them (the next ``generate`` replaces the folder without them).
TOOL_CACHES = frozenset({"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"})


def read_tree(root: Path) -> dict[str, bytes]:
    result = {}
    for path in sorted(root.rglob("*")):
        if path.is_file() and TOOL_CACHES.isdisjoint(path.relative_to(root).parts):
            result[path.relative_to(root).as_posix()] = path.read_bytes()
    return result


def render_in_memory(files: list[RenderedFile]) -> dict[str, bytes]:
    """The exact bytes ``write_output`` would produce, without touching the target."""
    with tempfile.TemporaryDirectory(prefix="oapigen-check-") as temp:
        root = Path(temp) / "out"
        root.mkdir()
        build_tree(files, root)
        return read_tree(root)


def write_output(files: list[RenderedFile], out: Path) -> None:
    """Replaces ``out`` with the new tree, atomically; on any failure ``out`` is left as it was."""
    out = out.absolute()
    check_target(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_temporaries(out.parent)
    temp = Path(tempfile.mkdtemp(prefix=_TEMP_PREFIX, dir=out.parent))
    try:
        build_tree(files, temp)
        _carry_over_preserved(files, out, temp)
        if out.exists():
            _exchange(temp, out)  # temp now holds the old output
        else:
            os.rename(temp, out)
    finally:
        if temp.exists():
            shutil.rmtree(temp, ignore_errors=True)


def _remove_stale_temporaries(parent: Path) -> None:
    """Temporaries left by a killed run: only our own prefix, only in the output's parent folder."""
    for entry in parent.glob(_TEMP_PREFIX + "*"):
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(new: Path, old: Path) -> None:
    """Swaps two folders: atomically with renameat2 where available, else by two renames."""
    libc_name = ctypes.util.find_library("c")
    renameat2 = getattr(ctypes.CDLL(libc_name, use_errno=True), "renameat2", None) if libc_name else None
    if renameat2 is not None:
        result = renameat2(_AT_FDCWD, os.fsencode(new), _AT_FDCWD, os.fsencode(old), _RENAME_EXCHANGE)
        if result == 0:
            return
    backup = new.with_name(new.name + "-old")
    os.rename(old, backup)
    try:
        os.rename(new, old)
    except OSError:
        os.rename(backup, old)
        raise
    os.rename(backup, new)


def diff_trees(expected: dict[str, bytes], out: Path) -> list[str]:
    """A unified diff from the folder on disk to what the spec produces; empty when they agree."""
    actual = read_tree(out) if out.is_dir() else {}
    lines: list[str] = []
    for path in sorted(set(expected) | set(actual)):
        want, have = expected.get(path), actual.get(path)
        if want == have or (want is None and path in PRESERVED):
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
