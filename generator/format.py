"""Format stage: ruff, pinned, run once over the whole output tree.

``ruff check --fix`` (ruff's default rules plus import sorting) sorts imports and drops the ones a
module does not use, since the templates import generously; ``ruff format`` then fixes the layout. The
generated package declares the same settings, so ``ruff check`` passes on it as it stands. Settings are passed explicitly
with ``--isolated`` so that no configuration file on the machine changes the bytes.
"""

from __future__ import annotations

import errno
import os
import subprocess
from pathlib import Path

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


def format_tree(root: Path) -> None:
    ruff = ruff_binary()
    _run([ruff, "check", "--fix", "--extend-select", "I", "--exit-zero", *_SETTINGS, str(root)])
    _run([ruff, "format", *_SETTINGS, str(root)])


# ruff's messages when the disk is full, the quota is reached or a file is too large: not a bug in the
# generated code, so the write stage reports them as it reports its own failed writes.
_NO_ROOM = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)


def _run(command: list[str]) -> None:
    completed = subprocess.run(command, capture_output=True, text=True, check=False)
    if completed.returncode != 0:
        detail = (completed.stderr or completed.stdout).strip().splitlines()
        for code in _NO_ROOM:
            if any(f"(os error {code})" in line for line in detail):
                raise OSError(code, os.strerror(code))
        raise FormatError("ruff failed on the generated code: " + " | ".join(detail[:20]))
