"""Installed the way users install it: a non-editable `pip install .` in a fresh venv, run from elsewhere."""

from __future__ import annotations

import shutil
import subprocess
import sys
import venv
from pathlib import Path

from tests.support import BRAINTRUST_SPEC, REPO, run


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
    assert "Requires: httpx, pydantic" in listed.stdout
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
