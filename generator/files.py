"""The files a build reads and produces: how large a spec document may be, the rendered files as the
render stage hands them to the format and write stages, and how one file is replaced whole."""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

__all__ = ["MARKER", "MAX_DOCUMENT_BYTES", "TEMPORARY_PREFIX", "RenderedFile", "write_file_atomically"]

MARKER = ".oapigen"
"""The file that marks a folder as oapigen's output (the write stage replaces no folder without one)."""

TEMPORARY_PREFIX = ".tmp-"
"""How the temporary file of :func:`write_file_atomically` begins (the cache's pruning knows it: a killed
run may leave one behind)."""

MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
"""The largest spec document read (the load stage refuses larger ones; the caches do not hash them)."""


@dataclass(frozen=True)
class RenderedFile:
    path: str
    """Relative POSIX path inside the output folder."""
    content: str
    lint_fixes: bool = False
    """Whether ruff's fixes are applied before formatting: to what the user's templates render, whose
    imports and unions are theirs. The built-in templates write both as those fixes would leave them
    (``imports.py``, ``annotations.union_of``), which the golden tests hold them to."""


def write_file_atomically(path: Path, data: bytes) -> None:
    """Replaces ``path`` with ``data`` whole: a reader sees the old bytes or the new ones, never a part.

    The bytes go to a temporary file beside ``path`` that is then renamed over it; a file that existed
    keeps its permissions. On any failure the temporary file is removed and ``path`` is as it was.
    """
    descriptor, temporary = tempfile.mkstemp(prefix=TEMPORARY_PREFIX, dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
        if path.exists():
            shutil.copymode(path, temporary)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
