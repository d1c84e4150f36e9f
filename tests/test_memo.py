"""The memo of parsed specs and formatted files: same bytes with or without it, never trusted blindly."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from generator import memo
from generator.memo import Memo, key_of
from tests.support import BRAINTRUST_SPEC, SMALL_SPEC, oapigen, write_spec


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_cold_and_warm_runs_write_the_same_bytes(tmp_path: Path) -> None:
    store = tmp_path / "memo"
    env = {**os.environ, "OAPIGEN_CACHE_DIR": str(store)}
    cold = oapigen("generate", "--out", str(tmp_path / "cold"), env={**env, "OAPIGEN_NO_CACHE": "1"})
    first = oapigen("generate", "--out", str(tmp_path / "first"), env=env)  # fills the memo
    warm = oapigen("generate", "--out", str(tmp_path / "warm"), env=env)  # reads it
    assert cold.returncode == first.returncode == warm.returncode == 0, warm.stderr
    assert (store / "parsed").is_dir() and (store / "formatted").is_dir()
    assert not (tmp_path / "cold" / "memo").exists()
    assert _tree(tmp_path / "cold") == _tree(tmp_path / "first") == _tree(tmp_path / "warm")


def test_a_damaged_entry_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OAPIGEN_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("OAPIGEN_NO_CACHE", raising=False)
    memo = Memo("formatted")
    key = key_of("x")
    memo.put(key, b"formatted text")
    assert memo.get(key) == b"formatted text"
    entry = next((tmp_path / "formatted").rglob(key[2:]))
    entry.write_bytes(entry.read_bytes()[:-1] + b"!")
    assert memo.get(key) is None


def test_a_damaged_compiled_template_is_compiled_again(tmp_path: Path) -> None:
    """Jinja's own files of compiled templates carry no hash: a damaged one must not stop every later run."""
    env = {**os.environ, "OAPIGEN_CACHE_DIR": str(tmp_path / "memo")}
    env.pop("OAPIGEN_NO_CACHE", None)
    spec = write_spec(tmp_path, SMALL_SPEC)
    args = ["--spec", str(spec), "--package-name", "small"]
    assert oapigen("generate", *args, "--out", str(tmp_path / "first"), env=env).returncode == 0
    compiled = list((tmp_path / "memo" / "jinja").rglob("*.cache"))
    assert compiled
    for path in compiled:
        path.write_bytes(path.read_bytes()[:20])  # Jinja's header and a few bytes of the pickle after it
    for kind in ("builds", "formatted"):  # so that the next run renders, reading the compiled templates
        shutil.rmtree(tmp_path / "memo" / kind)
    again = oapigen("generate", *args, "--out", str(tmp_path / "again"), env=env)
    assert again.returncode == 0, again.stderr
    assert _tree(tmp_path / "again") == _tree(tmp_path / "first")
    assert all(path.stat().st_size > 20 for path in compiled)  # stored anew


@pytest.mark.parametrize(("value", "megabytes"), [("nan", memo.DEFAULT_MAX_MB), ("inf", memo.DEFAULT_MAX_MB), ("2", 2)])
def test_a_store_size_that_is_not_a_finite_number_falls_back_to_the_default(
    value: str, megabytes: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OAPIGEN_CACHE_MAX_MB", value)
    assert memo._max_bytes() == int(megabytes * 1024 * 1024)


@pytest.mark.parametrize(("value", "disabled"), [("", False), ("0", False), ("1", True), ("yes", True)])
def test_no_cache_means_the_same_to_every_cache(value: str, disabled: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.cache import CheckCache

    monkeypatch.setenv("OAPIGEN_NO_CACHE", value)
    assert (memo.cache_home() is None, CheckCache.beside(None) is None) == (disabled, disabled)


def test_keys_separate_their_parts() -> None:
    assert key_of("ab", "c") != key_of("a", "bc")
    assert key_of("a") == key_of("a")


def test_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OAPIGEN_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("OAPIGEN_NO_CACHE", "1")
    memo = Memo("parsed")
    memo.put(key_of("y"), b"data")
    assert memo.get(key_of("y")) is None
    assert not any(tmp_path.iterdir())


def test_a_spec_edit_is_never_answered_from_the_memo(tmp_path: Path) -> None:
    env = {**os.environ, "OAPIGEN_CACHE_DIR": str(tmp_path / "memo")}
    spec = tmp_path / "openapi.yaml"
    spec.write_text(BRAINTRUST_SPEC.read_text())
    assert oapigen("generate", "--spec", str(spec), "--out", str(tmp_path / "a"), env=env).returncode == 0
    spec.write_text(
        BRAINTRUST_SPEC.read_text().replace(
            "description: Name of the project\n", "description: What the project is called\n", 1
        )
    )
    assert oapigen("generate", "--spec", str(spec), "--out", str(tmp_path / "b"), env=env).returncode == 0
    project = (tmp_path / "b" / "braintrust_client" / "models" / "project.py").read_text()
    assert "What the project is called" in project


WARNING_SPEC = """
openapi: 3.1.0
info: {title: W, version: "1"}
paths: {}
components:
  schemas:
    Thing:
      type: object
      properties:
        code: {type: string, not: {enum: [x]}}
        part: {$ref: "parts.yaml#/Part"}
"""


def test_generate_with_nothing_changed_writes_the_earlier_result(tmp_path: Path) -> None:
    env = {**os.environ, "OAPIGEN_CACHE_DIR": str(tmp_path / "memo")}
    spec = tmp_path / "openapi.yaml"
    spec.write_text(WARNING_SPEC)
    parts = tmp_path / "parts.yaml"
    parts.write_text("Part: {type: object, properties: {size: {type: integer}}}\n")
    args = ("generate", "--spec", str(spec), "--package-name", "memo_pkg")
    first = oapigen(*args, "--out", str(tmp_path / "a"), env=env)
    again = oapigen(*args, "--out", str(tmp_path / "b"), env=env)
    assert first.returncode == again.returncode == 0, again.stderr
    assert first.stderr == again.stderr and "`not` is not supported" in again.stderr  # warnings said again
    assert first.stdout.split(",")[:4] == again.stdout.split(",")[:4]
    assert _tree(tmp_path / "a") == _tree(tmp_path / "b")
    strict = oapigen(*args, "--out", str(tmp_path / "c"), "--strict", env=env)
    assert strict.returncode == 2 and not (tmp_path / "c").exists()
    parts.write_text("Part: {type: object, properties: {length: {type: integer}}}\n")  # a referenced file
    changed = oapigen(*args, "--out", str(tmp_path / "d"), env=env)
    assert changed.returncode == 0
    part = next((tmp_path / "d" / "memo_pkg" / "models").glob("part.py")).read_text()
    assert "length" in part and "size" not in part


def _entry(home: Path, kind: str, name: str, size: int, age_s: float) -> Path:
    """A store entry of ``size`` bytes last used ``age_s`` seconds ago (names as the store makes them)."""
    path = home / kind / name[:2] / name[2:]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x" * size)
    used = time.time() - age_s
    os.utime(path, (used, used))
    return path


def test_pruning_removes_the_least_recently_used_entries_down_to_four_fifths(tmp_path: Path) -> None:
    entries = [_entry(tmp_path, "formatted", key_of(str(i)), 1000, age_s=100 - i) for i in range(10)]
    assert memo.prune(tmp_path, 10_000) == 0  # at the bound: nothing to do
    assert memo.prune(tmp_path, 9_000) == 3  # above it: down to 7,200 bytes, the oldest first
    assert [path.exists() for path in entries] == [False] * 3 + [True] * 7


def test_pruning_never_touches_what_the_store_did_not_write(tmp_path: Path) -> None:
    mine = _entry(tmp_path, "parsed", key_of("a"), 5000, age_s=50)
    theirs = [tmp_path / "notes.txt", tmp_path / "parsed" / "notes.txt", tmp_path / "other" / key_of("b")[2:]]
    for path in theirs:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"y" * 5000)
        os.utime(path, (0, 0))  # older than anything of the store's
    assert memo.prune(tmp_path, 1000) == 1
    assert not mine.exists() and all(path.exists() for path in theirs)


def test_an_entry_that_is_read_counts_as_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OAPIGEN_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("OAPIGEN_CACHE_MAX_MB", "1000")  # no pruning while the entries are made
    monkeypatch.delenv("OAPIGEN_NO_CACHE", raising=False)
    store = Memo("formatted")
    old, new = key_of("old"), key_of("new")
    store.put(old, b"o" * 4000)
    store.put(new, b"n" * 4000)
    for key, age in ((old, 200), (new, 100)):
        path = tmp_path / "formatted" / key[:2] / key[2:]
        os.utime(path, (time.time() - age, time.time() - age))
    assert store.get(old) is not None  # the older one is read, so the other is now the least recent
    assert memo.prune(tmp_path, 6000) == 1
    assert store.get(old) is not None and store.get(new) is None


def test_a_run_prunes_at_most_once_an_hour(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OAPIGEN_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("OAPIGEN_CACHE_MAX_MB", "0.01")  # about 10 kB
    monkeypatch.delenv("OAPIGEN_NO_CACHE", raising=False)
    stale = [_entry(tmp_path, "builds", key_of(str(i)), 4000, age_s=1000) for i in range(5)]
    (tmp_path / ".pruned").touch()  # pruned a moment ago
    memo._prune_once.cache_clear()
    Memo("builds").put(key_of("fresh"), b"f" * 4000)
    assert all(path.exists() for path in stale)
    hour_ago = time.time() - memo.PRUNE_INTERVAL_S - 1
    os.utime(tmp_path / ".pruned", (hour_ago, hour_ago))
    memo._prune_once.cache_clear()  # a new process
    Memo("builds").put(key_of("fresh"), b"f" * 4000)
    assert sum(path.exists() for path in stale) < len(stale)
    assert Memo("builds").get(key_of("fresh")) == b"f" * 4000  # the newest stays


def test_pruning_removes_what_jinja_left_half_written(tmp_path: Path) -> None:
    """A child compiling templates is stopped when the run fails; Jinja may then leave its temporary file."""
    folder = tmp_path / "jinja" / "3.1"
    folder.mkdir(parents=True)
    compiled, left = folder / "__jinja2_0123abcd.cache", folder / "__jinja2_0123abcd.cachek3j_9x2q.tmp"
    for path, age in ((compiled, 10), (left, 100)):
        path.write_bytes(b"z" * 3000)
        os.utime(path, (time.time() - age, time.time() - age))
    assert memo.prune(tmp_path, 4000) == 1
    assert compiled.exists() and not left.exists()


def test_a_folder_of_compiled_templates_that_cannot_be_written_is_done_without(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An unwritable jinja folder in the memo (another user's, a read-only shared cache) made every run an
    internal error (exit 3): Jinja's cache raises PermissionError making its temporary file there."""
    import jinja2
    from click.testing import CliRunner

    from generator.cli import main

    def unwritable(self: object, bucket: object) -> None:
        raise PermissionError(13, "Permission denied", str(tmp_path / "memo" / "jinja"))

    monkeypatch.setenv("OAPIGEN_CACHE_DIR", str(tmp_path / "memo"))
    monkeypatch.delenv("OAPIGEN_NO_CACHE", raising=False)
    monkeypatch.setattr(jinja2.FileSystemBytecodeCache, "dump_bytecode", unwritable)
    spec = write_spec(tmp_path, SMALL_SPEC)
    args = ["generate", "--spec", str(spec), "--package-name", "small", "--out", str(tmp_path / "out")]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "small" / "_client.py").is_file()
