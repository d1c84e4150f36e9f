"""A content-addressed store for work that does not change between runs: a parsed spec, a formatted file.

Entries are keyed by a hash of everything that determines them (the input bytes, the versions of the
tools that produce them), so a stale entry can never be found, only unused. Each entry carries the hash
of its own bytes, and one that does not match (a partial write, a disk error, a hand edit) is ignored.
The store lives in the user's cache folder (``$OAPIGEN_CACHE_DIR``, else ``$XDG_CACHE_HOME/oapigen``,
else ``~/.cache/oapigen``); ``OAPIGEN_NO_CACHE=1`` turns it off, and any error reading or writing it
only means the work is done again.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

__all__ = ["Memo", "key_of"]

_DIGEST = 32


def key_of(*parts: bytes | str) -> str:
    """A key for the given parts (lengths included, so ("ab", "c") and ("a", "bc") differ)."""
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


def cache_home() -> Path | None:
    if os.environ.get("OAPIGEN_NO_CACHE"):
        return None
    explicit = os.environ.get("OAPIGEN_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "oapigen"


class Memo:
    """One kind of entry (``parsed``, ``formatted``) in the store; unusable stores behave as empty."""

    def __init__(self, kind: str) -> None:
        home = cache_home()
        self.folder = home / kind if home is not None else None

    @property
    def enabled(self) -> bool:
        return self.folder is not None

    def _path(self, key: str) -> Path | None:
        return self.folder / key[:2] / key[2:] if self.folder is not None else None

    def get(self, key: str) -> bytes | None:
        path = self._path(key)
        if path is None:
            return None
        try:
            stored = path.read_bytes()
        except OSError:
            return None
        digest, data = stored[:_DIGEST], stored[_DIGEST:]
        return data if hashlib.sha256(data).digest() == digest else None

    def put(self, key: str, data: bytes) -> None:
        path = self._path(key)
        if path is None:
            return
        temporary = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            with os.fdopen(handle, "wb") as out:
                out.write(hashlib.sha256(data).digest() + data)
            os.replace(temporary, path)
        except OSError:
            if temporary is not None:
                Path(temporary).unlink(missing_ok=True)
