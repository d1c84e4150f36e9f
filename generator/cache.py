"""Two caches that skip the build when nothing that decides the output has changed: :class:`CheckCache`
for ``oapigen check`` (below), and :class:`BuildMemo`, with which ``oapigen generate`` writes a build it
made before from the very same inputs.

A successful ``check`` records, per output folder, what the output was made from and the SHA-256 of
every file it should contain. A later ``check`` reuses that record only when all of these are
byte-for-byte unchanged:

- the spec file and every file it referenced (the list comes from the earlier run; a new reference
  can only appear through a change to a file already on that list, so the list cannot go stale);
- the configuration, after command-line overrides, and the working folder (paths in the output may
  be relative to it);
- the templates, built-in and the user's folder;
- the generator: its version and its source files (an editable install changes without a new
  version), and the libraries whose versions decide the bytes (Jinja, PyYAML, pydantic,
  openapi-pydantic, the ruff binary).

Even then the files on disk are always read and hashed and compared with the recorded hashes, so a
hand edit, a deleted or an added file is still caught. On any mismatch the cache answers nothing and
``check`` does the full regeneration, which produces the diff. The cache lives outside the output folder
(``.cache/oapigen/`` beside the configuration file, or in the working folder); deleting it is always
safe. ``OAPIGEN_NO_CACHE=1`` turns it off.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from . import __version__
from .config import Config
from .files import MAX_DOCUMENT_BYTES, RenderedFile, write_file_atomically
from .format import ruff_binary
from .memo import Memo, cache_disabled, installed_identity, key_of, library_identity
from .template_files import builtin_templates
from .write import compared_part, read_tree

_FORMAT = 1
_MAX_ENTRIES = 64  # one entry per output folder; the oldest go first
# The libraries whose versions decide the output's bytes (besides ruff, identified by its binary).
_OUTPUT_LIBRARIES = ("jinja2", "yaml", "pydantic", "pydantic_core", "openapi_pydantic")


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _file_digest(path: Path) -> str | None:
    """The file's SHA-256; None when it is missing, larger than any spec is read, or not a regular file (a
    FIFO or a device would block the read or never end): the load stage reports those instead."""
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode) or status.st_size > MAX_DOCUMENT_BYTES:
            return None
        return _sha256(path.read_bytes())
    except OSError:
        return None


def _tree_digest(feed: Callable[[bytes], object], root: Path) -> None:
    """Feeds every file under ``root`` (path and bytes, in sorted order) to ``feed`` (a hash's update)."""
    for path in _files_under(root):
        if path.is_file() and "__pycache__" not in path.parts:
            feed(path.relative_to(root).as_posix().encode() + b"\0")
            feed(path.read_bytes() + b"\0")


def _files_under(root: Path) -> list[Path]:
    """Every file under ``root``, in linked folders too (Jinja's loader reads through them: a template
    edited in a linked folder must count), each real folder walked once (a link may loop)."""
    found: list[Path] = []
    walked: set[str] = set()
    for folder, folders, files in os.walk(root, followlinks=True):
        real = os.path.realpath(folder)
        if real in walked:
            folders.clear()
            continue
        walked.add(real)
        found.extend(Path(folder, name) for name in files)
    return sorted(found)


def _libraries() -> list[str]:
    # Located, not imported, and not read from package metadata (~50 ms): a cache hit stays cheap.
    return [*map(library_identity, _OUTPUT_LIBRARIES), f"ruff:{installed_identity(ruff_binary())}"]


def inputs_fingerprint(config: Config) -> str:
    """Everything except the spec files that decides the output, as one hash."""
    digest = hashlib.sha256()
    for part in (
        f"format {_FORMAT}",
        f"oapigen {__version__}",
        f"python {sys.version_info[0]}.{sys.version_info[1]}",
        f"cwd {Path.cwd()}",
        f"config {config!r}",
        *_libraries(),
    ):
        digest.update(part.encode() + b"\n")
    _tree_digest(digest.update, Path(__file__).resolve().parent)
    digest.update(b"templates\n")
    _tree_digest(digest.update, builtin_templates())
    if config.templates is not None:
        digest.update(b"user templates\n")
        _tree_digest(digest.update, config.templates)
    return digest.hexdigest()


def _tree_hashes(files: Mapping[str, bytes]) -> dict[str, str]:
    return {path: _sha256(content) for path, content in files.items()}


class CheckCache:
    """The cache entries of one folder (``.cache/oapigen``), one JSON file per output folder."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        # What the inputs were before the build: an input edited while the build ran is not recorded as
        # the one the output was made from.
        self._digests_before: dict[str, str | None] = {}
        self._inputs_before: str | None = None

    @classmethod
    def beside(cls, config_path: Path | None) -> CheckCache | None:
        """The cache next to the configuration file (or in the working folder); None when turned off."""
        if cache_disabled():
            return None
        base = config_path.parent if config_path is not None else Path.cwd()
        return cls(base / ".cache" / "oapigen")

    def _entry_path(self, out: Path) -> Path:
        return self.directory / f"check-{_sha256(str(out.absolute()).encode())[:24]}.json"

    def output_is_current(self, config: Config) -> bool:
        """True only when the inputs match a recorded run and the files on disk match its hashes."""
        self._digests_before = {str(config.spec.absolute()): _file_digest(config.spec)}
        self._inputs_before = inputs_fingerprint(config)
        try:
            entry = json.loads(self._entry_path(config.out).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False
        if not isinstance(entry, dict) or entry.get("format") != _FORMAT:
            return False
        if entry.get("inputs") != self._inputs_before:
            return False
        spec_files = entry.get("spec_files")
        if not isinstance(spec_files, dict) or not spec_files:
            return False
        if not all(isinstance(path, str) and isinstance(digest, str) for path, digest in spec_files.items()):
            return False
        self._digests_before.update({path: _file_digest(Path(path)) for path in spec_files})
        if any(self._digests_before[path] != digest for path, digest in spec_files.items()):
            return False
        expected = entry.get("expected")
        if not isinstance(expected, dict) or not config.out.is_dir():
            return False
        on_disk = _tree_hashes(compared_part(read_tree(config.out), expected))
        return bool(on_disk) and on_disk == expected

    def record(self, config: Config, source_files: Iterable[str], expected: Mapping[str, bytes]) -> None:
        """Records what a full check produced. ``source_files`` are the spec files the build read.

        Errors are swallowed: the cache only ever saves time, it never makes a check fail.
        """
        spec_paths = {str(config.spec.absolute()), *(str(Path(name).absolute()) for name in source_files)}
        spec_digests = {path: _file_digest(Path(path)) for path in sorted(spec_paths)}
        if any(digest is None for digest in spec_digests.values()):
            return
        if any(
            path in self._digests_before and self._digests_before[path] != spec_digests[path] for path in spec_digests
        ):
            return
        inputs = inputs_fingerprint(config)
        if self._inputs_before is not None and inputs != self._inputs_before:
            return
        entry = {
            "format": _FORMAT,
            "out": str(config.out.absolute()),
            "inputs": inputs,
            "spec_files": spec_digests,
            "expected": _tree_hashes(expected),
        }
        with contextlib.suppress(OSError):
            self.directory.mkdir(parents=True, exist_ok=True)
            write_file_atomically(self._entry_path(config.out), json.dumps(entry, indent=1, sort_keys=True).encode())
            self._prune()

    def _prune(self) -> None:
        entries = sorted(self.directory.glob("check-*.json"), key=lambda path: path.stat().st_mtime, reverse=True)
        for stale in entries[_MAX_ENTRIES:]:
            with contextlib.suppress(OSError):
                stale.unlink()


# --- whole builds, for `generate` ------------------------------------------------------------------------


@dataclass(frozen=True)
class BuildSummary:
    """What `generate` says it made."""

    operations: int
    excluded: int
    """Operations the configuration leaves out."""
    models: int
    files: int

    def line(self, warnings: int, seconds: float, out: Path) -> str:
        excluded = f" ({self.excluded} excluded by configuration)" if self.excluded else ""
        return (
            f"oapigen: {self.operations} operations{excluded}, {self.models} models, {self.files} files, "
            f"{warnings} warnings, {seconds:.2f}s -> {out}"
        )


@dataclass(frozen=True)
class StoredBuild:
    """What an earlier `generate` from the very same inputs wrote, and what it said."""

    files: list[RenderedFile]
    summary: BuildSummary
    warnings: list[str]
    source_files: tuple[str, ...]
    """The spec files the build read."""


class BuildMemo:
    """Earlier builds by their inputs, so that `generate` with nothing changed only writes the result.

    The key is every input that decides the output (as for ``check``: configuration, templates,
    generator and library versions) with the spec's bytes; the entry lists the other spec files the
    build read, with their digests, and is used only when all of them are unchanged too. The output
    folder is not part of the key: the same inputs give the same files wherever they go.
    """

    def __init__(self) -> None:
        self._memo = Memo("builds")

    @property
    def enabled(self) -> bool:
        return self._memo.enabled

    def _key(self, config: Config) -> str | None:
        digest = _file_digest(config.spec)
        if digest is None:
            return None
        return key_of(
            "build-1", inputs_fingerprint(replace(config, out=Path("-"))), str(config.spec.absolute()), digest
        )

    def lookup(self, config: Config) -> StoredBuild | None:
        if not self._memo.enabled or (key := self._key(config)) is None:
            return None
        try:
            entry = json.loads(self._memo.get(key) or b"null")
            if not isinstance(entry, dict):
                return None
            if any(_file_digest(Path(path)) != digest for path, digest in entry["spec_files"].items()):
                return None
            tree = json.loads(self._memo.get(entry["tree"]) or b"null")
            if not isinstance(tree, dict):
                return None
            files = [RenderedFile(path, content) for path, content in sorted(tree.items())]
            summary = BuildSummary(**entry["summary"])
            return StoredBuild(files, summary, list(entry["warnings"]), tuple(entry["spec_files"]))
        except (KeyError, TypeError, ValueError, AttributeError):
            return None

    def store(
        self,
        config: Config,
        source_files: Iterable[str],
        files: Mapping[str, bytes],
        summary: BuildSummary,
        warnings: list[str],
    ) -> None:
        """Records a successful build (``files``: the formatted bytes it wrote); errors are swallowed."""
        if not self._memo.enabled or (key := self._key(config)) is None:
            return
        spec_files = {str(Path(name).absolute()): _file_digest(Path(name)) for name in source_files}
        if any(digest is None for digest in spec_files.values()):
            return
        try:
            tree = json.dumps(
                {path: content.decode("utf-8") for path, content in files.items()}, sort_keys=True
            ).encode()
        except UnicodeDecodeError:
            return
        tree_key = key_of("tree-1", tree)
        self._memo.put(tree_key, tree)
        entry = {"spec_files": spec_files, "tree": tree_key, "summary": asdict(summary), "warnings": warnings}
        self._memo.put(key, json.dumps(entry, sort_keys=True).encode())
