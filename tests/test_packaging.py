"""Installed the way users install it: a non-editable `pip install .` in a fresh venv, run from elsewhere."""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

import pytest

from tests.support import BRAINTRUST_SPEC, REPO, pyright_executable, run


def _tracked_copy(destination: Path) -> Path:
    """The repository as a fresh clone has it (tracked files only), so stray local files cannot help."""
    files = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True).stdout.split(b"\0")
    for name in filter(None, files):
        source = REPO / name.decode()
        if source.is_file() and not name.startswith(b"generated/") and not name.startswith(b"tests/golden/"):
            target = destination / name.decode()
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    return destination


def test_non_editable_install_generates_an_installable_client(tmp_path: Path) -> None:
    source = _tracked_copy(tmp_path / "source")
    environment = tmp_path / "venv"
    venv.create(environment, with_pip=True)
    python = environment / "bin" / "python"
    install = run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(source)], timeout=900
    )
    assert install.returncode == 0, install.stderr[-3000:]
    shutil.rmtree(source)  # the installed generator must not need its source tree (templates included)
    shipped = run(
        [str(python), "-c", "from generator.template_files import *; print(sorted(builtin_templates().iterdir()))"],
        cwd=tmp_path,
    )
    assert "compiled.json" in shipped.stdout and "/source/" not in shipped.stdout, shipped.stdout + shipped.stderr

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    spec = shutil.copy(BRAINTRUST_SPEC, elsewhere / "braintrust.yaml")
    generated = run(
        [
            str(environment / "bin" / "oapigen"),
            "generate",
            "--spec",
            str(spec),
            "--out",
            "client",
            "--package-name",
            "braintrust_client",
        ],
        cwd=elsewhere,
    )
    assert generated.returncode == 0, generated.stderr[-3000:]
    assert "218 operations" in generated.stdout  # no [tool.oapigen] here, so the CORS operations are kept
    committed = tmp_path / "generated"
    shutil.copytree(REPO / "generated", committed)
    installed = run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(committed)], timeout=900
    )
    assert installed.returncode == 0, installed.stderr[-3000:]
    imported = run(
        [str(python), "-c", "from braintrust_client import Braintrust, AsyncBraintrust; print(Braintrust.__name__)"],
        cwd=tmp_path,
    )
    assert imported.returncode == 0, imported.stderr[-3000:]
    assert imported.stdout.strip() == "Braintrust"
    listed = run([str(python), "-m", "pip", "show", "braintrust-client"])
    assert "Requires: anyio, httpx, pydantic, pydantic-core, typing-extensions" in listed.stdout
    # The client generated from outside the repository imports too (run from its folder, so that it
    # shadows the installed package of the same name).
    fresh = run(
        [str(python), "-c", "from braintrust_client import Client, AsyncClient; print(Client.__name__)"],
        cwd=elsewhere / "client",
    )
    assert fresh.returncode == 0, fresh.stderr[-3000:]


def test_generated_and_generator_pass_mypy_strict_and_ruff(generated_root: Path) -> None:
    for target, cwd in ((generated_root / "braintrust_client", generated_root), (REPO / "generator", REPO)):
        typed = run([sys.executable, "-m", "mypy", "--strict", str(target)], cwd=cwd)
        assert typed.returncode == 0, typed.stdout[-3000:]
        linted = run([sys.executable, "-m", "ruff", "check", str(target)], cwd=cwd)
        assert linted.returncode == 0, linted.stdout[-3000:]


USER_CODE = """
import braintrust_client
from braintrust_client import Braintrust
from braintrust_client.models import Project

client: Braintrust = braintrust_client.Braintrust(api_key="k")
project: Project = braintrust_client.models.Project(id="p", org_id="o", name="n")
try:
    pass
except braintrust_client.NotFoundError as error:
    status: int = error.status_code
"""
MISSPELT = """
import braintrust_client
from braintrust_client import Braintrus
from braintrust_client.models import Projet

try:
    pass
except braintrust_client.NotFoundErorr:
    pass
"""


def _type_check(tool: list[str], code: str, folder: Path, package_root: Path) -> subprocess.CompletedProcess[str]:
    folder.mkdir()
    (folder / "user_code.py").write_text(code, encoding="utf-8")
    (folder / "pyrightconfig.json").write_text(json.dumps({"extraPaths": [str(package_root)]}), encoding="utf-8")
    return run([*tool, "user_code.py"], cwd=folder)


@pytest.fixture(scope="module")
def type_checkers(generated_root: Path) -> dict[str, list[str]]:
    """mypy --strict and pyright, each finding the generated package and its dependencies."""
    env_path = f"--python-executable={sys.executable}"
    return {
        "mypy": [sys.executable, "-m", "mypy", "--strict", env_path, "--cache-dir=/dev/null"],
        "pyright": [str(pyright_executable()), "--pythonpath", sys.executable],
    }


def test_the_generated_package_passes_pyright(generated_root: Path, type_checkers: dict[str, list[str]]) -> None:
    checked = run([*type_checkers["pyright"], str(generated_root / "braintrust_client")], cwd=generated_root)
    assert checked.returncode == 0, checked.stdout[-3000:]
    assert "0 errors" in checked.stdout


@pytest.mark.parametrize("tool", ["mypy", "pyright"])
def test_a_name_the_package_lacks_is_a_type_error_not_any(
    tool: str,
    generated_root: Path,
    type_checkers: dict[str, list[str]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The package loads its names lazily (a module-level __getattr__); type checkers must not see that
    hook, or every misspelt import would type-check as Any and fail only at run time."""
    monkeypatch.setenv("MYPYPATH", str(generated_root))
    good = _type_check(type_checkers[tool], USER_CODE, tmp_path / "good", generated_root)
    assert good.returncode == 0, good.stdout[-3000:]
    bad = _type_check(type_checkers[tool], MISSPELT, tmp_path / "bad", generated_root)
    assert bad.returncode != 0
    for name in ("Braintrus", "Projet", "NotFoundErorr"):
        assert name in bad.stdout, (name, bad.stdout[-3000:])


def test_every_package_the_client_imports_is_declared() -> None:
    """What the generated modules import, beyond the standard library and the package itself, is in its
    pyproject's dependencies (typing_extensions and pydantic_core were imported without being declared)."""
    package = REPO / "generated" / "braintrust_client"
    imported: set[str] = set()
    for module in package.rglob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported.update(alias.name.partition(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                imported.add(node.module.partition(".")[0])
    third_party = {name for name in imported if name not in sys.stdlib_module_names and name != package.name}
    project = tomllib.loads((REPO / "generated" / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {re.split(r"[<>=!~ \[;]", requirement, maxsplit=1)[0] for requirement in project["dependencies"]}
    assert third_party == {"anyio", "httpx", "pydantic", "pydantic_core", "typing_extensions"}
    assert {name.replace("_", "-") for name in third_party} <= {name.lower() for name in declared}
