"""``oapigen update``: the history walk (acceptance 3), all or nothing under injected failures, idempotence.

Each test works in a temporary copy of the repository's configuration and specs, with the commands run
in-process (click's runner) so that the walk costs about a second per step; the generated package is
imported from its folder in a subprocess, and installed for real once, at the end of the walk.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from generator import cli
from generator.diff import update as update_module
from generator.diff.run import diff_sides
from generator.diff.semver import bump_version
from tests.support import REPO

from .history import HISTORY, side

PACKAGE = "braintrust_client"


def _repository(root: Path, first_spec: Path) -> Path:
    """A repository with the real configuration, ``first_spec`` as its spec and its output generated."""
    shutil.copy(REPO / "pyproject.toml", root / "pyproject.toml")
    (root / "specs").mkdir()
    for extra in (REPO / "specs").glob("*.yaml"):
        if extra.name != "openapi.yaml":  # files the configuration names (the streaming events)
            shutil.copy(extra, root / "specs" / extra.name)
    (root / "specs" / "openapi.yaml").write_bytes(first_spec.read_bytes())
    return root


def _run(root: Path, *args: str) -> Any:
    return CliRunner().invoke(cli.main, [*args, "--config", str(root / "pyproject.toml")], catch_exceptions=False)


def _snapshot(root: Path) -> dict[str, bytes]:
    """Every file of the repository copy, by relative path (caches left out)."""
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and ".cache" not in p.parts and "__pycache__" not in p.parts
    }


def _version(text: str) -> str:
    match = re.search(r'^package-version = "([^"]+)"', text, re.M)
    assert match is not None
    return match.group(1)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = _repository(tmp_path, HISTORY[0])
    monkeypatch.chdir(root)  # the configuration's paths are relative to it, as in a real repository
    result = _run(root, "generate")
    assert result.exit_code == 0, result.output
    return root


def test_update_walks_the_history_check_stays_green_and_versions_follow_the_classification(repo: Path) -> None:
    version = "0.1.0"
    entries: list[tuple[str, str, int]] = []
    for old, new in itertools.pairwise(HISTORY):
        date = new.name[:10]
        report = diff_sides(side(old), side(new), version)
        result = _run(repo, "update", str(new), "--date", date)
        assert result.exit_code == 0, result.output
        expected = bump_version(version, report.bump)
        assert _version((repo / "pyproject.toml").read_text()) == expected
        assert (repo / "specs" / "openapi.yaml").read_bytes() == new.read_bytes()
        check = _run(repo, "check")
        assert check.exit_code == 0, check.output[-2000:]
        imported = subprocess.run(
            [
                sys.executable,
                "-c",
                f"import {PACKAGE} as p; from {PACKAGE} import Braintrust, AsyncBraintrust; print(p.__version__)",
            ],
            cwd=repo / "generated",
            capture_output=True,
            text=True,
            check=False,
        )
        assert imported.returncode == 0, imported.stderr[-2000:]
        assert imported.stdout.strip() == expected
        entries.insert(0, (expected, date, len(report.breaking)))
        version = expected
    # Every step of this history breaks something: 0.x moves the minor number each time.
    assert [e[0] for e in reversed(entries)] == [f"0.{n}.0" for n in range(2, 11)]
    changelog = (repo / "generated" / "CHANGELOG.md").read_text()
    headings = re.findall(r"^## (\S+) \((\d{4}-\d\d-\d\d)\)$", changelog, re.M)
    assert headings == [(v, d) for v, d, _ in entries]
    sections = re.split(r"^## ", changelog, flags=re.M)[1:]
    for (_, _, breaking), section in zip(entries, sections, strict=True):
        listed = section.split("### Breaking\n\n", 1)[1].split("\n\n", 1)[0].splitlines()
        assert len(listed) == breaking
    # And the last step's package installs for real (without its dependencies, already here).
    target = repo / "installed"
    install = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--disable-pip-version-check",
            "--target",
            str(target),
            str(repo / "generated"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert install.returncode == 0, install.stderr[-2000:]
    imported = subprocess.run(
        [sys.executable, "-c", f"import {PACKAGE}; print({PACKAGE}.__version__, {PACKAGE}.__file__)"],
        cwd=target,
        capture_output=True,
        text=True,
        check=False,
    )
    assert imported.stdout.split()[0] == "0.10.0" and str(target) in imported.stdout


def test_running_it_twice_changes_nothing_the_second_time(repo: Path) -> None:
    assert _run(repo, "update", str(HISTORY[1]), "--date", "2024-04-01").exit_code == 0
    before = _snapshot(repo)
    again = _run(repo, "update", str(HISTORY[1]), "--date", "2024-04-02")
    assert again.exit_code == 0
    assert "already up to date" in again.stderr
    assert _snapshot(repo) == before


def test_the_same_spec_from_another_folder_is_already_up_to_date(repo: Path, tmp_path: Path) -> None:
    """The streaming events come from a file the configuration names: their models were keyed by a path
    relative to the spec's folder, so the same spec elsewhere differed from itself (a patch bump, and a
    changelog entry, on every run)."""
    elsewhere = tmp_path / "incoming" / "openapi.yaml"
    elsewhere.parent.mkdir()
    shutil.copy(REPO / "specs" / "openapi.yaml", elsewhere)
    assert _run(repo, "update", str(elsewhere), "--date", "2026-07-01").exit_code == 0
    before = _snapshot(repo)
    for day in ("2026-07-02", "2026-07-03"):
        again = _run(repo, "update", str(elsewhere), "--date", day)
        assert again.exit_code == 0, again.output
        assert "already up to date" in again.stderr
    assert _snapshot(repo) == before
    diff = _run(repo, "diff", "specs/openapi.yaml", str(elsewhere), "--fail-on", "any")
    assert diff.exit_code == 0 and "no API changes" in diff.stdout, diff.output


def test_a_spec_that_does_not_generate_is_refused_and_nothing_changes(repo: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(HISTORY[1].read_text().replace("#/components/schemas/", "#/components/schemas/Gone", 1))
    before = _snapshot(repo)
    result = _run(repo, "update", str(broken))
    assert result.exit_code == 2
    assert re.search(
        r"broken\.yaml:\d+:\d+: #/\S+: \$ref '#/components/schemas/Gone\S*' does not resolve", result.stderr
    )
    assert "Traceback" not in result.output
    assert _snapshot(repo) == before


def test_fail_on_breaking_refuses_and_changes_nothing(repo: Path) -> None:
    before = _snapshot(repo)
    result = _run(repo, "update", str(HISTORY[1]), "--fail-on", "breaking")
    assert result.exit_code == 1
    assert "nothing was changed" in result.stderr
    assert _snapshot(repo) == before


class Boom(RuntimeError):
    pass


def _fail_on_call(number: int, real: Callable[..., Any]) -> Callable[..., Any]:
    """``real``, except that its ``number``-th call raises (counting from 1)."""
    calls = {"n": 0}

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == number:
            raise Boom(f"injected failure in call {number}")
        return real(*args, **kwargs)

    return wrapper


@pytest.mark.parametrize(
    ("target", "call"),
    [
        ("load_side", 1),  # validating the new spec
        ("load_side", 2),  # loading the previous spec
        ("diff_sides", 1),
        ("render_in_memory", 1),  # rendering and formatting the new package
        ("write_file_atomically", 1),  # writing the journal
        ("write_file_atomically", 2),  # writing the spec
        ("write_file_atomically", 3),  # writing pyproject.toml, after the spec was written
        ("write_output", 1),  # swapping generated/, after the spec and pyproject.toml were written
    ],
)
def test_a_failure_at_any_step_leaves_everything_as_it_was(
    repo: Path, monkeypatch: pytest.MonkeyPatch, target: str, call: int
) -> None:
    before = _snapshot(repo)
    monkeypatch.setattr(update_module, target, _fail_on_call(call, getattr(update_module, target)))
    result = CliRunner().invoke(cli.main, ["update", str(HISTORY[1]), "--config", str(repo / "pyproject.toml")])
    assert result.exit_code == 3, result.output
    assert "internal error: Boom" in result.stderr
    assert _snapshot(repo) == before
    assert _run(repo, "check").exit_code == 0


def test_changelog_survives_generate_and_check_still_sees_hand_edits(repo: Path) -> None:
    assert _run(repo, "update", str(HISTORY[1]), "--date", "2024-04-01").exit_code == 0
    changelog = (repo / "generated" / "CHANGELOG.md").read_bytes()
    assert _run(repo, "generate").exit_code == 0
    assert (repo / "generated" / "CHANGELOG.md").read_bytes() == changelog
    assert _run(repo, "check").exit_code == 0
    client = repo / "generated" / PACKAGE / "_client.py"
    client.write_text(client.read_text() + "# hand edit\n")
    assert _run(repo, "check").exit_code == 1


def test_a_first_spec_whose_title_holds_quotes_and_backslashes_is_taken(tmp_path: Path) -> None:
    """With no spec before it, the new one is compared with an empty document made from its title."""
    (tmp_path / "pyproject.toml").write_text(
        '[tool.oapigen]\npackage-version = "0.1.0"\nspec = "specs/openapi.yaml"\nout = "gen"\n', encoding="utf-8"
    )
    new = tmp_path / "new.yaml"
    new.write_text(
        'openapi: 3.0.3\ninfo: {title: "He said \\"hi\\" \\\\ then\\nleft", version: "1"}\npaths: {}\n',
        encoding="utf-8",
    )
    result = _run(tmp_path, "update", str(new), "--date", "2026-01-01")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "specs" / "openapi.yaml").read_bytes() == new.read_bytes()
    assert (tmp_path / "gen" / ".oapigen").is_file()


# --- interrupted, concurrent and misconfigured updates (from a review of the release flow) -----------------


def _killed_after_the_spec(root: Path, spec: Path) -> subprocess.CompletedProcess[str]:
    """The update in a process killed outright (as SIGKILL would) once the spec is written: no undo runs."""
    script = (
        "import os, sys\n"
        "import generator.diff.update as update\n"
        "real = update.replace_file\n"
        "def dying(path, data):\n"
        "    if path.name == 'pyproject.toml':\n"
        "        os._exit(9)\n"
        "    return real(path, data)\n"
        "update.replace_file = dying\n"
        "from generator.cli import main\n"
        "main(sys.argv[1:])\n"
    )
    arguments = ["update", str(spec), "--config", str(root / "pyproject.toml"), "--date", "2024-04-01"]
    return subprocess.run([sys.executable, "-c", script, *arguments], cwd=root, capture_output=True, text=True)


def test_an_update_killed_between_its_writes_is_finished_by_running_it_again(repo: Path) -> None:
    """The rerun used to diff the new spec against itself: no bump, no changelog entry, and check green on a
    package that still said 0.1.0 for the new API."""
    finished = repo.parent / "finished"
    shutil.copytree(repo, finished)
    assert _run(finished, "update", str(HISTORY[1]), "--date", "2024-04-01").exit_code == 0

    killed = _killed_after_the_spec(repo, HISTORY[1])
    assert killed.returncode == 9, killed.stderr
    assert (repo / "specs" / "openapi.yaml").read_bytes() == HISTORY[1].read_bytes()
    assert _version((repo / "pyproject.toml").read_text()) == "0.1.0"
    assert (repo / ".pyproject.toml.oapigen-update.json").is_file()

    again = _run(repo, "update", str(HISTORY[1]), "--date", "2024-04-01")
    assert again.exit_code == 0, again.output
    assert not (repo / ".pyproject.toml.oapigen-update.json").exists()
    assert _snapshot(repo) == _snapshot(finished)  # as if it had never been killed
    assert _run(repo, "check").exit_code == 0
    other = _run(repo, "update", str(HISTORY[2]))
    assert other.exit_code == 0 and _version((repo / "pyproject.toml").read_text()) != "0.2.0"


def test_an_interrupted_update_of_another_spec_is_not_mixed_with_this_one(repo: Path) -> None:
    assert _killed_after_the_spec(repo, HISTORY[1]).returncode == 9
    before = _snapshot(repo)
    result = _run(repo, "update", str(HISTORY[2]))
    assert result.exit_code == 2
    assert (
        "an update to another spec, or to other places, was interrupted" in result.stderr
        and "nothing was changed" in result.stderr
    )
    assert _snapshot(repo) == before


def test_ctrl_c_during_the_writes_waits_until_they_are_all_done(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A Ctrl-C just after the output's swap used to undo the spec and pyproject.toml, and leave generated/
    at the new version: every file old or every file new, and the command says it was interrupted."""
    real = update_module.write_output

    def interrupted(*args: Any, **kwargs: Any) -> Any:
        os.kill(os.getpid(), signal.SIGINT)  # held until the writes are done
        return real(*args, **kwargs)

    monkeypatch.setattr(update_module, "write_output", interrupted)
    # Ctrl-C as in a terminal: a shell's background job (CI started with &) runs with SIGINT ignored
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        result = CliRunner().invoke(cli.main, ["update", str(HISTORY[1]), "--config", str(repo / "pyproject.toml")])
    finally:
        signal.signal(signal.SIGINT, previous)
    assert result.exit_code == 130, result.output
    monkeypatch.undo()
    assert _version((repo / "pyproject.toml").read_text()) == "0.2.0"
    assert (repo / "specs" / "openapi.yaml").read_bytes() == HISTORY[1].read_bytes()
    assert _run(repo, "check").exit_code == 0
    assert "already up to date" in _run(repo, "update", str(HISTORY[1])).stderr


def test_a_second_update_while_one_runs_is_refused(repo: Path) -> None:
    import fcntl

    before = _snapshot(repo)
    holder = os.open(repo, os.O_RDONLY)
    try:
        fcntl.flock(holder, fcntl.LOCK_EX)  # as a running update holds it
        result = _run(repo, "update", str(HISTORY[1]))
    finally:
        os.close(holder)
    assert result.exit_code == 2
    assert "another oapigen update is running" in result.stderr
    assert _snapshot(repo) == before


def test_a_missing_configured_spec_beside_a_generated_output_is_an_error(repo: Path) -> None:
    """A renamed spec, or a --spec typo, was taken for a first release: every change an addition, a patch."""
    (repo / "specs" / "openapi.yaml").rename(repo / "specs" / "renamed.yaml")
    before = _snapshot(repo)
    result = _run(repo, "update", str(HISTORY[1]))
    assert result.exit_code == 2
    assert "does not exist, though" in result.stderr and "first release" in result.stderr
    assert _snapshot(repo) == before


@pytest.mark.parametrize("stale_by", ["configuration", "spec copied over"])
def test_an_output_the_configured_spec_does_not_give_is_refused(repo: Path, stale_by: str) -> None:
    """The diff is from the configured spec: a change already in the output (a method renamed in the
    configuration, the new spec copied over the configured one) shipped under the old version, with no
    changelog entry."""
    if stale_by == "configuration":
        config = repo / "pyproject.toml"
        config.write_text(
            config.read_text().replace(
                "[tool.oapigen.method-names]\n", '[tool.oapigen.method-names]\ngetProjectId = "fetch"\n', 1
            )
        )
        new_spec = HISTORY[1]
    else:
        shutil.copy(HISTORY[1], repo / "specs" / "openapi.yaml")
        new_spec = repo / "specs" / "openapi.yaml"
    before = _snapshot(repo)
    result = _run(repo, "update", str(new_spec), "--date", "2024-04-01")
    assert result.exit_code == 2, result.output
    assert "`oapigen check` fails" in result.stderr and "unrecorded" in result.stderr
    assert "Traceback" not in result.output
    assert _snapshot(repo) == before


def test_a_yaml_spec_is_not_copied_over_a_json_one(repo: Path) -> None:
    config = repo / "pyproject.toml"
    config.write_text(config.read_text().replace('spec = "specs/openapi.yaml"', 'spec = "specs/openapi.json"'))
    data = yaml.load((repo / "specs" / "openapi.yaml").read_text(), Loader=yaml.CSafeLoader)
    (repo / "specs" / "openapi.json").write_text(json.dumps(data))
    before = _snapshot(repo)
    result = _run(repo, "update", str(HISTORY[1]))
    assert result.exit_code == 2
    assert "is JSON, and" in result.stderr and "convert it to JSON first" in result.stderr
    assert _snapshot(repo) == before


@pytest.mark.parametrize("version", ["1.0.0rc1", "1.2.3.post1"])
def test_fail_on_with_a_version_no_bump_moves_is_a_usage_error(repo: Path, version: str) -> None:
    config = repo / "pyproject.toml"
    config.write_text(re.sub(r'package-version = "[^"]*"', f'package-version = "{version}"', config.read_text()))
    before = _snapshot(repo)
    result = _run(repo, "update", str(HISTORY[1]), "--fail-on", "breaking")
    assert result.exit_code == 2, result.output
    assert "internal error" not in result.stderr and "Traceback" not in result.output
    assert _snapshot(repo) == before


def test_a_spec_that_cannot_be_written_is_a_clear_error(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _snapshot(repo)
    real = update_module.write_file_atomically
    calls = {"n": 0}

    def read_only(path: Path, data: bytes) -> None:
        calls["n"] += 1
        if calls["n"] == 2:  # the spec, after the journal
            raise PermissionError(13, "Permission denied", str(path))
        real(path, data)

    monkeypatch.setattr(update_module, "write_file_atomically", read_only)
    result = CliRunner().invoke(cli.main, ["update", str(HISTORY[1]), "--config", str(repo / "pyproject.toml")])
    assert result.exit_code == 2, result.output
    assert "cannot write" in result.stderr and "Permission denied" in result.stderr
    assert "internal error" not in result.stderr
    assert _snapshot(repo) == before


def test_hand_kept_files_keep_their_line_ends_and_their_introduction(repo: Path) -> None:
    config = repo / "pyproject.toml"
    config.write_bytes(config.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
    assert _run(repo, "update", str(HISTORY[1]), "--date", "2024-04-01").exit_code == 0
    history = repo / "generated" / "CHANGELOG.md"
    history.write_text(history.read_text().replace("Entries are written by", "Our releases. Entries are written by"))
    assert _run(repo, "update", str(HISTORY[2]), "--date", "2024-05-27").exit_code == 0
    text = config.read_bytes()
    assert text.count(b"\r\n") == text.count(b"\n")  # every line still ends in CRLF
    changelog = history.read_text()
    assert changelog.count("# Changelog") == 1 and changelog.count("Our releases.") == 1
    assert changelog.index("Our releases.") < changelog.index("## 0.3.0") < changelog.index("## 0.2.0")


def test_a_symlinked_spec_is_written_through(repo: Path) -> None:
    """The link became a regular file, and the file it named kept the old spec."""
    vendor = repo / "vendor"
    vendor.mkdir()
    (repo / "specs" / "openapi.yaml").rename(vendor / "api.yaml")
    (repo / "specs" / "openapi.yaml").symlink_to(Path("..") / "vendor" / "api.yaml")
    assert _run(repo, "update", str(HISTORY[1])).exit_code == 0
    assert (repo / "specs" / "openapi.yaml").is_symlink()
    assert (vendor / "api.yaml").read_bytes() == HISTORY[1].read_bytes()


def test_a_file_system_without_locks_still_updates(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only a lock held by another run refuses the update; ENOLCK (NFS without a lock manager) was reported
    as another update running."""
    import errno
    import fcntl
    import types

    def no_locks(descriptor: int, operation: int) -> None:
        raise OSError(errno.ENOLCK, "No locks available")

    lockless = types.SimpleNamespace(flock=no_locks, LOCK_EX=fcntl.LOCK_EX, LOCK_NB=fcntl.LOCK_NB)
    monkeypatch.setattr(update_module, "fcntl", lockless)
    result = _run(repo, "update", str(HISTORY[1]))
    assert result.exit_code == 0, result.output
    assert _version((repo / "pyproject.toml").read_text()) == "0.2.0"


def test_each_configuration_keeps_its_own_journal(repo: Path) -> None:
    """Two configurations in one folder shared one journal: finishing one's update with the other lowered its
    version and lost the first's release."""
    other = repo / "other.toml"
    other.write_text((repo / "pyproject.toml").read_text().replace('out = "generated"', 'out = "generated-other"'))
    assert _killed_after_the_spec(repo, HISTORY[1]).returncode == 9
    assert (repo / ".pyproject.toml.oapigen-update.json").is_file()
    assert not (repo / ".other.toml.oapigen-update.json").exists()
    result = CliRunner().invoke(cli.main, ["update", str(HISTORY[1]), "--config", str(other)])
    assert result.exit_code == 0, result.output  # its own update: the spec file they share is new already
    assert (repo / ".pyproject.toml.oapigen-update.json").is_file()  # the other's journal is left to it
    finished = _run(repo, "update", str(HISTORY[1]), "--date", "2024-04-01")
    assert finished.exit_code == 0 and _version((repo / "pyproject.toml").read_text()) == "0.2.0"
    assert "## 0.2.0 (2024-04-01)" in (repo / "generated" / "CHANGELOG.md").read_text()
