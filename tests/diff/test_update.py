"""``oapigen update``: the history walk (acceptance 3), all or nothing under injected failures, idempotence.

Each test works in a temporary copy of the repository's configuration and specs, with the commands run
in-process (click's runner) so that the walk costs about a second per step; the generated package is
imported from its folder in a subprocess, and installed for real once, at the end of the walk.
"""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
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
        ("write_file_atomically", 1),  # writing the spec
        ("write_file_atomically", 2),  # writing pyproject.toml, after the spec was written
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
