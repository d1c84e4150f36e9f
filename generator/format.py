"""Format stage: ruff, pinned, run once over the files of the output that need it.

``ruff format`` fixes the layout. The built-in templates write imports sorted and only those a module's
code mentions (``imports.py``), and unions as ruff's fixes leave them (``annotations.union_of``), so the
generated package passes ``ruff check`` as it stands, with the settings it declares. What the user's
templates render goes through ``ruff check --fix`` (ruff's default rules plus import sorting) first, which
tidies their imports and unions. Settings are passed explicitly with ``--isolated`` so that no
configuration file on the machine changes the bytes.
"""

from __future__ import annotations

import errno
import os
import subprocess
from collections.abc import Collection
from pathlib import Path

from .memo import installed_identity

LINE_LENGTH = 120
TARGET_VERSION = "py310"
_SETTINGS = [
    "--isolated",
    "--no-cache",
    "--line-length",
    str(LINE_LENGTH),
    "--target-version",
    TARGET_VERSION,
]


class FormatError(Exception):
    """ruff refused the rendered code: a template produced invalid Python."""


def ruff_binary() -> str:
    # The ruff that pip installed beside this generator (the pinned one), not whichever is on PATH.
    from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

    return str(find_ruff_bin())


def formatter_identity() -> str:
    """What decides the formatted bytes besides the input: the ruff binary and our settings.

    The binary is known by its path, size and modification time, which change when another ruff is
    installed; reading ruff's version from the package metadata instead took 35 ms of every run.
    """
    return f"ruff {installed_identity(ruff_binary())} " + " ".join(_SETTINGS)


FORMATTED_SUFFIXES = (".py", ".md")
"""Python modules, and Markdown, whose Python code blocks ruff formats too (the README's examples)."""


def format_tree(root: Path, files: list[Path] | None = None, fixed: Collection[Path] = ()) -> None:
    """Formats ``files`` (default: every Python and Markdown file under ``root``), one run per ruff command;
    the Python modules among ``fixed`` get ruff's fixes first."""
    if files is None:
        files = sorted(path for path in root.rglob("*") if path.suffix in FORMATTED_SUFFIXES)
    if not files:
        return
    ruff = ruff_binary()
    modules = [str(path) for path in files if path.suffix == ".py" and path in fixed]
    # ruff sorts imports by whether a package is first-party, which it judges by the folders beside its
    # working folder, even with --isolated: run from the output's root, not wherever oapigen was started
    # (a folder named `pydantic` there changed the bytes).
    if modules:
        _run([ruff, "check", "--fix", "--extend-select", "I", "--exit-zero", *_SETTINGS, *modules], root)
    _run([ruff, "format", *_SETTINGS, *map(str, files)], root)


# ruff's messages when the disk is full, the quota is reached or a file is too large: not a bug in the
# generated code, so the write stage reports them as it reports its own failed writes.
_NO_ROOM = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)


def _run(command: list[str], cwd: Path) -> None:
    completed = subprocess.run(command, capture_output=True, text=True, check=False, cwd=cwd)
    if completed.returncode != 0:
        detail = (completed.stderr or completed.stdout).strip().splitlines()
        for code in _NO_ROOM:
            if any(f"(os error {code})" in line for line in detail):
                raise OSError(code, os.strerror(code))
        raise FormatError("ruff failed on the generated code: " + " | ".join(detail[:20]))
