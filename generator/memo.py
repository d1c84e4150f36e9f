"""A content-addressed store for work that does not change between runs: a parsed spec, a formatted file.

Entries are keyed by a hash of everything that determines them (the input bytes, the versions of the
tools that produce them), so a stale entry can never be found, only unused. Each entry carries the hash
of its own bytes, and one that does not match (a partial write, a disk error, a hand edit) is ignored.
The store lives in the user's cache folder (``$OAPIGEN_CACHE_DIR``, else ``$XDG_CACHE_HOME/oapigen``,
else ``~/.cache/oapigen``); ``OAPIGEN_NO_CACHE=1`` turns it off, and any error reading or writing it
only means the work is done again.

The store is bounded (``$OAPIGEN_CACHE_MAX_MB``, default 256): at most once an hour, a run that wrote to
it removes the least recently used entries until it is back under four fifths of the bound. An entry
that is read counts as used (its modification time is renewed).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.util
import math
import os
import re
import time
from pathlib import Path

from .files import TEMPORARY_PREFIX, write_file_atomically

__all__ = ["Memo", "key_of", "library_identity"]

_DIGEST = 32
DEFAULT_MAX_MB = 256
PRUNE_INTERVAL_S = 3600.0
_PRUNE_STAMP = ".pruned"
_STORE_FOLDERS = ("builds", "formatted", "parsed", "verdicts", "jinja")
_STORE_FILE = re.compile(rf"[0-9a-f]{{62}}|__jinja2_[0-9a-f]+\.cache(?:\w+\.tmp)?|{re.escape(TEMPORARY_PREFIX)}\w+")
"""The only files pruning may remove: entries of this store (and its Jinja bytecode cache, and temporary
files a killed run left: ours, and Jinja's, which a child compiling templates leaves when it is stopped
mid-write), so that a cache folder pointed at the wrong place never loses anything else."""


def key_of(*parts: bytes | str) -> str:
    """A key for the given parts (lengths included, so ("ab", "c") and ("a", "bc") differ)."""
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


def installed_identity(path: str | None) -> str:
    """Where an installed file is, its size and modification time: changes when it is reinstalled."""
    if path is None:
        return "-"
    try:
        stat = os.stat(path)
    except OSError:
        return f"{path}:missing"
    return f"{path}:{stat.st_size}:{stat.st_mtime_ns}"


def library_identity(name: str) -> str:
    """An installed library's identity, found without importing it (a memo hit must stay cheap)."""
    spec = importlib.util.find_spec(name)
    return f"{name}:{installed_identity(spec.origin if spec is not None else None)}"


DISABLE_VARIABLE = "OAPIGEN_NO_CACHE"


def cache_disabled() -> bool:
    """Whether OAPIGEN_NO_CACHE turns every cache off: set to anything but empty or ``0``."""
    return os.environ.get(DISABLE_VARIABLE, "") not in ("", "0")


def cache_home() -> Path | None:
    if cache_disabled():
        return None
    explicit = os.environ.get("OAPIGEN_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "oapigen"


class Memo:
    """One kind of entry (``parsed``, ``formatted``) in the store; unusable stores behave as empty."""

    def __init__(self, kind: str) -> None:
        assert kind in _STORE_FOLDERS, kind  # pruning looks only there
        self.kind = kind

    @property
    def folder(self) -> Path | None:
        """Looked up at each use, not when the module defining the memo is imported: the environment
        (``OAPIGEN_CACHE_DIR``, ``OAPIGEN_NO_CACHE``) may be set after that, by a test or an embedding program."""
        home = cache_home()
        return home / self.kind if home is not None else None

    @property
    def enabled(self) -> bool:
        return cache_home() is not None

    def _path(self, key: str) -> Path | None:
        folder = self.folder
        return folder / key[:2] / key[2:] if folder is not None else None

    def get(self, key: str) -> bytes | None:
        path = self._path(key)
        if path is None:
            return None
        try:
            stored = path.read_bytes()
        except OSError:
            return None
        digest, data = stored[:_DIGEST], stored[_DIGEST:]
        if hashlib.sha256(data).digest() != digest:
            return None
        with contextlib.suppress(OSError):
            os.utime(path)  # used: the last to go when the store is pruned
        return data

    def put(self, key: str, data: bytes) -> None:
        path = self._path(key)
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_file_atomically(path, hashlib.sha256(data).digest() + data)
        except OSError:
            return
        prune_when_due()


def _max_bytes() -> int:
    try:
        megabytes = float(os.environ.get("OAPIGEN_CACHE_MAX_MB", DEFAULT_MAX_MB))
    except ValueError:
        megabytes = DEFAULT_MAX_MB
    if not math.isfinite(megabytes):  # nan or inf: no size to keep the store within
        megabytes = DEFAULT_MAX_MB
    return max(int(megabytes * 1024 * 1024), 0)


def prune_when_due() -> None:
    """Prunes the store if no run did in the last :data:`PRUNE_INTERVAL_S` (one look per process)."""
    home = cache_home()
    if home is not None:
        _prune_once(home)


@functools.cache
def _prune_once(home: Path) -> None:
    stamp = home / _PRUNE_STAMP
    with contextlib.suppress(OSError):
        if time.time() - stamp.stat().st_mtime < PRUNE_INTERVAL_S:
            return
    try:
        stamp.touch()
    except OSError:
        return
    prune(home, _max_bytes())


def prune(home: Path, max_bytes: int) -> int:
    """Removes the least recently used entries under ``home`` while they take more than ``max_bytes``,
    down to four fifths of it (so the next runs do not prune again at once); returns the files removed."""
    entries: list[tuple[float, int, str]] = []
    total = 0
    for store in _STORE_FOLDERS:
        for folder, _, names in os.walk(home / store):
            for name in names:
                if not _STORE_FILE.fullmatch(name):
                    continue
                path = os.path.join(folder, name)
                try:
                    status = os.stat(path)
                except OSError:
                    continue
                entries.append((status.st_mtime, status.st_size, path))
                total += status.st_size
    if total <= max_bytes:
        return 0
    removed = 0
    target = max_bytes * 4 // 5
    for _, size, path in sorted(entries):
        if total <= target:
            break
        try:
            os.unlink(path)
        except OSError:
            continue
        total -= size
        removed += 1
    return removed
