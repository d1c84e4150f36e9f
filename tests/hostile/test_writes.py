"""Write guarantees (issue 6): the previous output survives every failure, byte for byte.

The new tree is built beside the target and swapped in. A failure injected at each stage (load, resolve,
normalize, render, format, write, swap), a full disk, a file-size limit, and SIGKILL at random moments
of a real ``oapigen generate`` each leave the output folder exactly as it was (or, for a kill after the
swap, exactly the new tree), and no temporary folder for long. oapigen refuses folders it did not write
and never deletes anything outside its output: not another output's temporaries, not a folder in use,
not what a symbolic link points to.

``OAPIGEN_KILL_RUNS`` sets how many kills the kill test makes (default 16).
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import generator.pipeline
import generator.render
import generator.write
from generator.cli import main as oapigen_main
from generator.files import RenderedFile
from tests.support import REPO, raising, write_spec

KILL_RUNS = int(os.environ.get("OAPIGEN_KILL_RUNS", "16"))


def spec_text(models: int, title: str) -> str:
    """A spec with ``models`` schemas and an operation for each: enough files to make writing take a while."""
    lines = [f'openapi: 3.0.3\ninfo: {{title: "{title}", version: "1"}}\npaths:']
    for i in range(models):
        lines.append(
            f"  /things{i}/{{id}}:\n    get:\n      operationId: getThing{i}\n      tags: [group{i % 7}]\n"
            f"      parameters: [{{name: id, in: path, required: true, schema: {{type: string}}}}]\n"
            f'      responses: {{"200": {{description: ok, content: {{application/json: {{schema: '
            f'{{$ref: "#/components/schemas/Thing{i}"}}}}}}}}}}'
        )
    lines.append("components:\n  schemas:")
    for i in range(models):
        lines.append(
            f"    Thing{i}:\n      type: object\n      required: [id]\n      properties:\n"
            f"        id: {{type: string}}\n        size: {{type: integer, nullable: true}}\n"
            f"        kind: {{type: string, enum: [a, b, null]}}\n        title: {{type: string, description: {title}}}"
        )
    return "\n".join(lines) + "\n"


def digest(root: Path) -> dict[str, str]:
    """Every entry under ``root`` (and ``root`` itself): its kind, mode and the hash of its bytes."""
    entries = {".": f"dir {root.stat().st_mode & 0o7777:o}"}
    for path in sorted(root.rglob("*")):
        kind = "link" if path.is_symlink() else "file" if path.is_file() else "dir"
        content = (
            hashlib.sha256(path.read_bytes()).hexdigest()
            if kind == "file"
            else os.readlink(path)
            if kind == "link"
            else ""
        )
        entries[path.relative_to(root).as_posix()] = f"{kind} {path.lstat().st_mode & 0o7777:o} {content}"
    return entries


def generate_cli(*args: str) -> Any:
    return CliRunner().invoke(oapigen_main, ["generate", "--package-name", "writes_client", *args])


def leftovers(parent: Path) -> list[str]:
    return sorted(p.name for p in parent.iterdir() if p.name.startswith(".oapigen-tmp-"))


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, Path]:
    """(spec, a second spec that gives different output, the output folder holding the first's package).
    The command runs outside the repository, whose configuration is the Braintrust spec's."""
    monkeypatch.chdir(tmp_path)
    first = write_spec(tmp_path / "spec", spec_text(6, "First"))
    second = write_spec(tmp_path / "spec", spec_text(7, "Second"), "second.yaml")
    out = tmp_path / "parent" / "out"
    result = generate_cli("--spec", str(first), "--out", str(out))
    assert result.exit_code == 0, result.output
    return first, second, out


# --- a failure injected at each stage ------------------------------------------------------------


def _write_some_then_fill_the_disk(files: list[Any], root: Path, *reuse: Any) -> None:
    for index, file in enumerate(files):
        if index == len(files) // 2:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(root / file.path))
        path = root / file.path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(file.content.encode())


STAGES: dict[str, tuple[Any, str, Callable[..., Any], int]] = {
    # stage: (module, attribute, replacement, exit status)
    "load": (generator.pipeline, "load_document", raising(RuntimeError("injected in load")), 3),
    "resolve": (generator.pipeline, "resolve", raising(RuntimeError("injected in resolve")), 3),
    "normalize": (generator.pipeline, "normalizing", raising(RuntimeError("injected in normalize")), 3),
    "render": (generator.render.Renderer, "render", raising(RuntimeError("injected in render")), 3),
    "format": (generator.write, "format_tree", raising(RuntimeError("injected in format")), 3),
    "write-disk-full": (generator.write, "_write_tree", _write_some_then_fill_the_disk, 2),
    "write-permission": (
        generator.write,
        "_write_tree",
        raising(PermissionError(errno.EACCES, "Permission denied")),
        2,
    ),
    "format-disk-full": (
        generator.write,
        "format_tree",
        raising(OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))),
        2,
    ),
    "swap": (generator.write, "_exchange", raising(OSError(errno.EXDEV, "Invalid cross-device link")), 2),
    "carry-over": (generator.write, "_carry_over_preserved", raising(OSError(errno.EIO, "Input/output error")), 2),
}


@pytest.mark.parametrize("stage", sorted(STAGES))
def test_a_failure_at_each_stage_leaves_the_previous_output_intact(
    stage: str, workspace: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, second, out = workspace
    before = digest(out)
    owner, attribute, replacement, status = STAGES[stage]
    monkeypatch.setattr(owner, attribute, replacement)
    result = generate_cli("--spec", str(second), "--out", str(out))
    assert result.exit_code == status, result.output
    assert "Traceback" not in result.output
    assert digest(out) == before
    assert leftovers(out.parent) == []
    if status == 2:
        assert "oapigen: cannot" in result.stderr, result.stderr


@pytest.mark.parametrize("where", ["render", "format", "carry-over"])
def test_ctrl_c_exits_130_and_leaves_the_previous_output_intact(
    where: str, workspace: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, second, out = workspace
    before = digest(out)
    owner, attribute, _, _ = STAGES[where]
    monkeypatch.setattr(owner, attribute, raising(KeyboardInterrupt()))
    result = generate_cli("--spec", str(second), "--out", str(out))
    assert result.exit_code == 130, result.output  # not 1, which means "check found a difference"
    assert result.stderr.strip() == "oapigen: interrupted"
    assert digest(out) == before
    assert leftovers(out.parent) == []


@pytest.mark.parametrize("stage", ["write-disk-full", "carry-over", "format"])
def test_a_failed_write_leaves_no_folder_it_made_for_the_output(
    stage: str, workspace: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _, second, _ = workspace
    owner, attribute, replacement, status = STAGES[stage]
    monkeypatch.setattr(owner, attribute, replacement)
    existing = tmp_path / "existing"
    existing.mkdir()
    result = generate_cli("--spec", str(second), "--out", str(existing / "a" / "b" / "client"))
    assert result.exit_code == status, result.output
    assert list(existing.iterdir()) == []  # a/ and a/b/ were made by the run, and removed with it


def test_a_bad_spec_at_each_stage_leaves_the_previous_output_intact(workspace: tuple[Path, Path, Path]) -> None:
    """The same with real problems: unparsable (load), dangling (resolve), duplicate ids (normalize)."""
    first, _, out = workspace
    before = digest(out)
    broken = {
        "load": "openapi: 3.0.3\ninfo: {title: x\n",
        "resolve": spec_text(2, "x").replace("#/components/schemas/Thing1", "#/components/schemas/Nope"),
        "normalize": spec_text(2, "x").replace("getThing1", "getThing0"),
        "strict": spec_text(2, "x").replace("openapi: 3.0.3", "openapi: 3.2.0"),
    }
    for stage, text in broken.items():
        spec = write_spec(first.parent, text, f"{stage}.yaml")
        extra = ["--strict"] if stage == "strict" else []
        result = generate_cli("--spec", str(spec), "--out", str(out), *extra)
        assert result.exit_code == 2, (stage, result.output)
        assert digest(out) == before, stage
        assert leftovers(out.parent) == []


def test_a_file_size_limit_in_a_real_run_leaves_the_output_intact(workspace: tuple[Path, Path, Path]) -> None:
    """The kernel refuses writes past RLIMIT_FSIZE (EFBIG), as it would on a full disk: exit 2."""
    _, second, out = workspace
    before = digest(out)

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (3000, 3000))

    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "generate",
            "--spec",
            str(second),
            "--out",
            str(out),
            "--package-name",
            "writes_client",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        preexec_fn=limit,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 2, completed.stderr
    assert "File too large" in completed.stderr
    assert "Traceback" not in completed.stderr
    assert digest(out) == before
    assert leftovers(out.parent) == []


# --- kills -----------------------------------------------------------------------------------------


def _generate_process(spec: Path, out: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "generator",
            "generate",
            "--spec",
            str(spec),
            "--out",
            str(out),
            "--package-name",
            "writes_client",
        ],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def test_sigkill_at_random_moments_leaves_the_old_or_the_new_output_whole(tmp_path: Path) -> None:
    """Half the kills at a random delay over the whole run, half while the temporary tree is being
    written; after each, the output is byte for byte the old tree or the new one, never a mixture."""
    rng = random.Random(20240606)
    specs = [
        write_spec(tmp_path, spec_text(40, "Even"), "even.yaml"),
        write_spec(tmp_path, spec_text(41, "Odd"), "odd.yaml"),
    ]
    out = tmp_path / "parent" / "out"
    trees = []
    for spec in reversed(specs):  # the reference trees, from complete runs; `out` ends with specs[0]'s
        assert _generate_process(spec, out).wait(timeout=120) == 0
        trees.insert(0, digest(out))
    started = time.perf_counter()
    assert _generate_process(specs[1], out).wait(timeout=120) == 0
    duration = time.perf_counter() - started
    current = 1
    outcomes = {"old": 0, "new": 0, "during-write": 0}
    for run in range(KILL_RUNS):
        target = 1 - current
        process = _generate_process(specs[target], out)
        if run % 2 == 0:
            time.sleep(rng.uniform(0.0, duration * 1.1))
        else:  # wait for the temporary tree to appear, then kill while it is being filled
            deadline = time.monotonic() + 60
            while not leftovers(out.parent) and process.poll() is None and time.monotonic() < deadline:
                time.sleep(0.001)
            if leftovers(out.parent):
                outcomes["during-write"] += 1
            time.sleep(rng.uniform(0.0, 0.3))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        now = digest(out)
        assert now in (trees[current], trees[target]), f"run {run}: the output is neither the old nor the new tree"
        if now == trees[target]:
            outcomes["new"] += 1
            current = target
        else:
            outcomes["old"] += 1
    # the kills must have landed before the swap, and during the write
    assert outcomes["old"] and outcomes["during-write"], outcomes
    print(f"kills: {outcomes}")
    # a complete run afterwards removes whatever killed runs left beside the output
    final = 1 - current
    assert _generate_process(specs[final], out).wait(timeout=120) == 0
    assert digest(out) == trees[final]
    assert leftovers(out.parent) == []


# --- folders oapigen did not write, and what it must never delete ----------------------------------


def test_refuses_folders_it_did_not_write(tmp_path: Path) -> None:
    spec = write_spec(tmp_path / "spec", spec_text(1, "x"))
    cases: dict[str, Callable[[Path], None]] = {
        "user-work": lambda p: (p.mkdir(), (p / "notes.txt").write_text("precious\n")),
        "marker-is-a-folder": lambda p: (p.mkdir(), (p / ".oapigen").mkdir(), (p / "x.py").write_text("x = 1\n")),
        "marker-only-in-a-subfolder": lambda p: (
            p.mkdir(),
            (p / "sub").mkdir(),
            (p / "sub" / ".oapigen").write_text(""),
        ),
        "a-file": lambda p: p.write_text("not a folder\n"),
        "an-empty-marker": lambda p: (p.mkdir(), (p / ".oapigen").touch(), (p / "x.py").write_text("x = 1\n")),
        "a-linked-marker": lambda p: (
            p.mkdir(),
            (p.parent / "elsewhere-marker").write_text("This folder is written by oapigen\n"),
            (p / ".oapigen").symlink_to(p.parent / "elsewhere-marker"),
            (p / "x.py").write_text("x = 1\n"),
        ),
        "hidden-files-only": lambda p: (p.mkdir(), (p / ".git").mkdir(), (p / ".git" / "HEAD").write_text("ref\n")),
        "a-dangling-link": lambda p: p.symlink_to(p.parent / "nowhere"),
        "a-link-loop": lambda p: (p.symlink_to(p.parent / "loop-b"), (p.parent / "loop-b").symlink_to(p)),
    }
    for name, make in cases.items():
        target = tmp_path / name
        make(target)

        def state(target: Path = target) -> Any:
            if target.is_symlink():
                return os.readlink(target)
            return digest(target) if target.is_dir() else target.read_bytes()

        before = state()
        result = generate_cli("--spec", str(spec), "--out", str(target))
        assert result.exit_code == 2, (name, result.output)
        assert "oapigen:" in result.stderr and "Traceback" not in result.output
        assert state() == before, name
        assert leftovers(tmp_path) == []
        assert not (tmp_path / "nowhere").exists()
    # the spec's own folder is not empty and has no marker either
    result = generate_cli("--spec", str(spec), "--out", str(spec.parent))
    assert result.exit_code == 2 and spec.is_file()
    # an empty folder, or one that does not exist yet, is fine
    (tmp_path / "empty").mkdir()
    assert generate_cli("--spec", str(spec), "--out", str(tmp_path / "empty")).exit_code == 0
    assert generate_cli("--spec", str(spec), "--out", str(tmp_path / "new" / "deeper")).exit_code == 0


def test_never_deletes_anything_outside_its_output(workspace: tuple[Path, Path, Path]) -> None:
    _, second, out = workspace
    parent = out.parent
    precious = parent.parent / "precious"
    precious.mkdir()
    (precious / "keep.txt").write_text("keep\n")
    own_prefix = generator.write._temp_prefix(out)
    # another output's leftover, a look-alike file, a link named like our temporaries, user files
    (parent / ".oapigen-tmp-other-12345678-abc").mkdir()
    (parent / ".oapigen-tmp-other-12345678-abc" / "x").write_text("other output's\n")
    (parent / f"{own_prefix}file").write_text("a file, not a folder\n")
    (parent / f"{own_prefix}link").symlink_to(precious, target_is_directory=True)
    (parent / "notes.txt").write_text("user's\n")
    # a temporary of ours that a running oapigen holds: locked
    in_use = parent / f"{own_prefix}busy"
    in_use.mkdir()
    (in_use / "partial.py").write_text("x = 1\n")
    lock = os.open(in_use, os.O_RDONLY)
    fcntl.flock(lock, fcntl.LOCK_EX)
    # a stale temporary of ours (a killed run): the only thing that may go
    stale = parent / f"{own_prefix}stale"
    stale.mkdir()
    (stale / "half.py").write_text("x = 1\n")
    # the old output links outside itself: deleting the old tree must not follow the link
    (out / "link-to-precious").symlink_to(precious, target_is_directory=True)
    try:
        before = {p.name: digest(p) if p.is_dir() and not p.is_symlink() else None for p in parent.iterdir()}
        result = generate_cli("--spec", str(second), "--out", str(out))
        assert result.exit_code == 0, result.output
    finally:
        os.close(lock)
    assert (precious / "keep.txt").read_text() == "keep\n"
    assert sorted(p.name for p in precious.iterdir()) == ["keep.txt"]
    assert not stale.exists()
    assert in_use.exists() and (in_use / "partial.py").exists()
    assert (parent / f"{own_prefix}link").is_symlink()
    for name in (".oapigen-tmp-other-12345678-abc", "notes.txt", f"{own_prefix}file"):
        assert (parent / name).exists(), name
    assert digest(parent / ".oapigen-tmp-other-12345678-abc") == before[".oapigen-tmp-other-12345678-abc"]


def test_output_through_a_symbolic_link_and_with_normal_permissions(tmp_path: Path) -> None:
    spec = write_spec(tmp_path / "spec", spec_text(1, "x"))
    real = tmp_path / "real"
    link = tmp_path / "link"
    assert generate_cli("--spec", str(spec), "--out", str(real)).exit_code == 0
    link.symlink_to(real, target_is_directory=True)
    assert (
        generate_cli(
            "--spec", str(write_spec(tmp_path / "spec", spec_text(2, "y"), "y.yaml")), "--out", str(link)
        ).exit_code
        == 0
    )
    assert link.is_symlink() and link.resolve() == real
    assert any("Thing1" in p.read_text() for p in (real / "writes_client" / "models").glob("*.py"))
    umask = os.umask(0)
    os.umask(umask)
    assert real.stat().st_mode & 0o777 == 0o777 & ~umask, "the output folder is not private (mkdtemp's 0700)"
    assert leftovers(tmp_path) == []


def test_an_interrupted_two_rename_swap_is_recovered(workspace: tuple[Path, Path, Path]) -> None:
    """Without renameat2 the swap is two renames; a kill between them leaves the old tree only in the
    backup, and the next run puts it back (before replacing it) instead of deleting it."""
    _, second, out = workspace
    old = digest(out)
    backup = out.parent / f"{generator.write._temp_prefix(out)}killed{generator.write._BACKUP_SUFFIX}"
    os.rename(out, backup)
    generator.write._recover_interrupted_swap(out)
    assert digest(out) == old and not backup.exists()
    os.rename(out, backup)
    result = generate_cli("--spec", str(second), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert digest(out) != old and leftovers(out.parent) == []


# --- the files themselves ------------------------------------------------------------------------------


def test_the_tree_is_written_byte_for_byte_even_when_the_system_writes_in_pieces(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = [
        RenderedFile("README.md", "# Ünïcode — ✓\n"),
        RenderedFile("src/pkg/__init__.py", ""),
        RenderedFile("src/pkg/models/deep.py", "x = 1\n" * 5000),
    ]
    real_write = os.write
    calls: list[int] = []

    def write_at_most_1000_bytes(descriptor: int, data: Any) -> int:
        calls.append(len(data))
        return real_write(descriptor, bytes(data[:1000]))

    monkeypatch.setattr(os, "write", write_at_most_1000_bytes)
    generator.write._write_tree(files, tmp_path)
    monkeypatch.undo()
    written = {
        path.relative_to(tmp_path).as_posix(): path.read_bytes() for path in tmp_path.rglob("*") if path.is_file()
    }
    assert written == {file.path: file.content.encode("utf-8") for file in files}
    assert len(calls) > 30  # the long file needed many writes, each taking up where the last one stopped


def test_sigterm_exits_143_and_leaves_nothing_half_built(tmp_path: Path) -> None:
    """What `timeout`, a cancelled CI job or `docker stop` sends: each cleanup runs, as for Ctrl-C. Sent at
    several moments of a cold Braintrust run, every run either finished or left the output as it was, and
    none left a temporary folder (one sent while the old output was being removed after the swap left
    part of it behind, until the removal was made to finish first)."""
    out = tmp_path / "parent" / "out"
    env = {**os.environ, "OAPIGEN_NO_CACHE": "1"}
    command = [sys.executable, "-m", "generator", "generate", "--out", str(out)]
    assert subprocess.run(command, cwd=REPO, env=env, capture_output=True, check=False).returncode == 0
    before = digest(out)
    saved = tmp_path / "saved"
    shutil.copytree(out, saved)
    (saved / "stale.txt").write_text("the previous output\n")  # so that a finished run shows as a change
    statuses = []
    for delay in (0.35, 0.45, 0.55, 0.7, 0.9):
        shutil.rmtree(out)
        shutil.copytree(saved, out)
        previous = digest(out)
        process = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(delay)
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=60)
        statuses.append(process.returncode)
        assert leftovers(out.parent) == [], delay
        assert b"Traceback" not in stderr
        if process.returncode in (143, -signal.SIGTERM):  # the latter while Python still imports oapigen
            assert process.returncode == -signal.SIGTERM or stderr.decode().strip().endswith("oapigen: terminated")
            # as it was; or, where the signal came while the output was swapped or the old one removed
            # (which it waits for), the new output whole
            assert digest(out) in (previous, before)
        else:
            assert process.returncode == 0, stderr
            assert digest(out) == before
    assert 143 in statuses, statuses


class _Stopped(BaseException):
    """What the SIGTERM handler of the test below raises (as the command line's ``Terminated``)."""


def _stop(signum: int, frame: object) -> None:
    raise _Stopped


@pytest.mark.parametrize("moment", ["removing the old output", "making the temporary folder"])
def test_a_signal_during_the_writes_own_housekeeping_waits_for_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, moment: str
) -> None:
    """SIGTERM sent at a precise moment (from inside the step, so no timing is involved) is delivered once
    the step is done: the run stops, and no temporary folder is left half removed or unlocked."""
    out = tmp_path / "out"
    old_files = [
        RenderedFile(".oapigen", "This folder is written by oapigen.\n"),
        *(RenderedFile(f"pkg/old{i}.txt", "old\n") for i in range(50)),
    ]
    new_files = [RenderedFile(".oapigen", "This folder is written by oapigen.\n"), RenderedFile("pkg/new.txt", "new\n")]
    generator.write.write_output(old_files, out, formatted=True)
    step = (shutil, "rmtree") if moment == "removing the old output" else (generator.write, "_lock")
    real_step = getattr(*step)

    def signalled_step(*args: Any, **kwargs: Any) -> Any:
        os.kill(os.getpid(), signal.SIGTERM)
        return real_step(*args, **kwargs)

    previous_handler = signal.signal(signal.SIGTERM, _stop)
    try:
        monkeypatch.setattr(*step, signalled_step)
        with pytest.raises(_Stopped):
            generator.write.write_output(new_files, out, formatted=True)
    finally:
        monkeypatch.undo()
        signal.signal(signal.SIGTERM, previous_handler)
    assert leftovers(tmp_path) == []
    written = sorted(path.name for path in (out / "pkg").iterdir())
    if moment == "removing the old output":  # after the swap: the new output, whole
        assert written == ["new.txt"]
    else:  # before anything was written: the old output, as it was
        assert written == sorted(f"old{i}.txt" for i in range(50))


# --- a folder that cannot be removed ---------------------------------------------------------------


def _unremovable_leftovers(monkeypatch: pytest.MonkeyPatch) -> None:
    """rmtree on this output's temporaries fails the way a read-only folder inside them makes it fail for
    their owner: everything else goes, the stuck file and the folders holding it stay."""
    real_rmtree = shutil.rmtree

    def rmtree(path: Any, ignore_errors: bool = False, **options: Any) -> None:
        folder = Path(path)
        if not folder.name.startswith(".oapigen-tmp-"):
            real_rmtree(path, ignore_errors, **options)
            return
        stuck = folder / "stuck" / "file"
        for entry in folder.iterdir():
            if entry.name != "stuck":
                real_rmtree(entry) if entry.is_dir() and not entry.is_symlink() else entry.unlink()
        stuck.parent.mkdir(exist_ok=True)
        stuck.touch()
        if not ignore_errors:
            raise PermissionError(errno.EACCES, "Permission denied", str(stuck))

    monkeypatch.setattr(shutil, "rmtree", rmtree)


def test_an_old_output_that_cannot_be_removed_is_reported_and_removed_by_the_next_run(
    workspace: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second, out = workspace
    with monkeypatch.context() as patched:
        _unremovable_leftovers(patched)
        result = generate_cli("--spec", str(second), "--out", str(out))
    assert result.exit_code == 0, result.output
    (left,) = leftovers(out.parent)
    assert (
        f"oapigen: warning: the previous output, moved to {out.parent / left}, could not be removed "
        f"({out.parent / left / 'stuck' / 'file'}: Permission denied); delete that folder by hand"
    ) in result.stderr
    assert "Second" in (out / "writes_client" / "_client.py").read_text()  # the new output is in place

    again = generate_cli("--spec", str(first), "--out", str(out))
    assert again.exit_code == 0, again.output
    assert "warning" not in again.stderr
    assert leftovers(out.parent) == []


def test_a_leftover_that_cannot_be_removed_is_reported_on_every_run(
    workspace: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second, out = workspace
    leftover = out.parent / f"{generator.write._temp_prefix(out)}killed"
    (leftover / "pkg").mkdir(parents=True)
    _unremovable_leftovers(monkeypatch)
    for spec in (second, first):
        result = generate_cli("--spec", str(spec), "--out", str(out))
        assert result.exit_code == 0, result.output
        assert (
            f"oapigen: warning: a folder an earlier run left beside the output, {leftover}, could not be"
            f" removed ({leftover / 'stuck' / 'file'}: Permission denied)"
        ) in result.stderr
    assert (leftover / "stuck" / "file").exists() and not (leftover / "pkg").exists()
