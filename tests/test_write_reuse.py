"""Regenerating over an earlier output links the files it left unchanged instead of writing them again
(generator.write._Reuse): they keep their inode and modification time, and the old tree stays whole until
the swap. A file that is not a plain, unchanged, single-named file of the default mode is written anew.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

import generator.write
from generator.files import RenderedFile
from generator.write import write_output
from tests.support import SMALL_SPEC, oapigen, raising, write_spec

_FILES = [
    RenderedFile(".oapigen", "This folder is written by oapigen.\n"),
    RenderedFile("pkg/__init__.py", '"""The package."""\n'),
    RenderedFile("pkg/models.py", "class Thing:\n    pass\n"),
    RenderedFile("pkg/other.py", "X = 1\n"),
    RenderedFile("README.md", "# Package\n"),
]


def _inodes(root: Path) -> dict[str, int]:
    return {path.relative_to(root).as_posix(): path.stat().st_ino for path in root.rglob("*") if path.is_file()}


def _with(path: str, content: str) -> list[RenderedFile]:
    return [RenderedFile(path, content) if file.path == path else file for file in _FILES]


def test_unchanged_files_keep_their_inode_and_time(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_output(_FILES, out, formatted=True)
    before = _inodes(out)
    times = {path: (out / path).stat().st_mtime_ns for path in before}
    write_output(_with("pkg/models.py", "class Thing:\n    name: str\n"), out, formatted=True)
    after = _inodes(out)
    assert {path for path in before if after[path] != before[path]} == {"pkg/models.py"}
    assert all((out / path).stat().st_mtime_ns == times[path] for path in before if path != "pkg/models.py")
    assert (out / "pkg/models.py").read_text() == "class Thing:\n    name: str\n"
    assert all((out / path).stat().st_nlink == 1 for path in after)  # the old tree is gone
    assert sorted(entry.name for entry in tmp_path.iterdir()) == ["out"]


def test_a_file_that_is_not_a_plain_copy_is_written_anew(tmp_path: Path) -> None:
    """Another mode, another name elsewhere, a symbolic link: what a fresh write gives, not the old file."""
    out = tmp_path / "out"
    write_output(_FILES, out, formatted=True)
    mode = stat.S_IMODE((out / "pkg/__init__.py").stat().st_mode)
    (out / "pkg/__init__.py").chmod(0o600)
    os.link(out / "pkg/other.py", tmp_path / "elsewhere.py")
    (tmp_path / "same.md").write_text("# Package\n")
    (out / "README.md").unlink()
    (out / "README.md").symlink_to(tmp_path / "same.md")
    before = _inodes(out)
    write_output(_FILES, out, formatted=True)
    after = _inodes(out)
    for path in ("pkg/__init__.py", "pkg/other.py"):
        assert after[path] != before[path]
        assert stat.S_IMODE((out / path).stat().st_mode) == mode and (out / path).stat().st_nlink == 1
    assert not (out / "README.md").is_symlink() and (out / "README.md").read_text() == "# Package\n"
    assert (tmp_path / "elsewhere.py").read_text() == "X = 1\n" and (tmp_path / "elsewhere.py").stat().st_nlink == 1
    assert after["pkg/models.py"] == before["pkg/models.py"]


def test_a_failure_after_linking_leaves_the_old_output_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    write_output(_FILES, out, formatted=True)
    before = {path: (out / path).read_bytes() for path in _inodes(out)}
    inodes = _inodes(out)
    monkeypatch.setattr(generator.write, "_carry_over_preserved", raising(OSError(28, "No space left on device")))
    with pytest.raises(generator.write.OutputError):
        write_output(_with("pkg/models.py", "changed = True\n"), out, formatted=True)
    assert {path: (out / path).read_bytes() for path in _inodes(out)} == before
    assert _inodes(out) == inodes
    assert all((out / path).stat().st_nlink == 1 for path in before)  # the new tree's links are gone with it
    assert sorted(entry.name for entry in tmp_path.iterdir()) == ["out"]


def test_the_edit_loop_rewrites_only_what_the_edit_changed(tmp_path: Path) -> None:
    """``oapigen generate`` after one description changed (the memo on, as the test suite has it): every
    module but the model's keeps its file."""
    spec = write_spec(tmp_path, SMALL_SPEC)
    out = tmp_path / "out"
    arguments = ["generate", "--spec", str(spec), "--out", str(out), "--package-name", "small_client"]
    assert oapigen(*arguments, cwd=tmp_path).returncode == 0
    before = _inodes(out)
    write_spec(
        tmp_path, SMALL_SPEC.replace("      required: [id]", "      description: A thing.\n      required: [id]")
    )
    assert oapigen(*arguments, cwd=tmp_path).returncode == 0
    after = _inodes(out)
    changed = {path for path in before if after.get(path) != before[path]}
    assert changed and all("models/" in path or path.endswith(".md") for path in changed), changed
    assert len(changed) < len(before) // 4
    assert "A thing." in "".join((out / path).read_text() for path in changed)


def test_a_file_reached_through_a_linked_folder_is_not_linked(tmp_path: Path) -> None:
    """The old output's folder is a symbolic link to a folder of the user's: its files are theirs, not the
    output's, and linking one would tie it to the new output."""
    out = tmp_path / "out"
    write_output(_FILES, out, formatted=True)
    elsewhere = tmp_path / "mine"
    (out / "pkg").rename(elsewhere)
    (out / "pkg").symlink_to(elsewhere)
    write_output(_FILES, out, formatted=True)
    assert not (out / "pkg").is_symlink()
    assert (elsewhere / "models.py").stat().st_nlink == 1
    assert (out / "pkg" / "models.py").stat().st_ino != (elsewhere / "models.py").stat().st_ino


def test_a_file_owned_by_someone_else_is_written_anew(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A new file belongs to whoever runs oapigen: an old one of another owner is not linked (here the
    run pretends to be another user, so that no root is needed to own a file of someone else's)."""
    out = tmp_path / "out"
    write_output(_FILES, out, formatted=True)
    before = _inodes(out)
    monkeypatch.setattr(os, "geteuid", lambda: os.stat(out / "pkg/models.py").st_uid + 1)
    write_output(_FILES, out, formatted=True)
    after = _inodes(out)
    assert all(after[path] != before[path] for path in before)
