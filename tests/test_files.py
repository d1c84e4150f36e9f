"""Replacing one file whole: the caches' entries and `update`'s edits of the spec and pyproject.toml."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from generator.files import TEMPORARY_PREFIX, write_file_atomically
from generator.memo import prune


def test_a_file_is_replaced_and_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "spec.yaml"
    target.write_bytes(b"old\n")
    target.chmod(0o640)
    write_file_atomically(target, b"new\n")
    assert target.read_bytes() == b"new\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert sorted(path.name for path in tmp_path.iterdir()) == ["spec.yaml"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "spec.yaml"
    target.write_bytes(b"old\n")

    def refuse(source: str, destination: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError, match="disk full"):
        write_file_atomically(target, b"new\n")
    assert target.read_bytes() == b"old\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["spec.yaml"]


def test_a_temporary_file_left_by_a_killed_run_is_one_the_cache_may_prune(tmp_path: Path) -> None:
    folder = tmp_path / "formatted" / "ab"
    folder.mkdir(parents=True)
    leftover = folder / f"{TEMPORARY_PREFIX}k1ll3d"
    leftover.write_bytes(b"x" * 100)
    unrelated = folder / "notes.txt"
    unrelated.write_bytes(b"x" * 100)
    os.utime(leftover, (0, 0))
    assert prune(tmp_path, 0) == 1
    assert not leftover.exists() and unrelated.exists()
