"""Every earlier Braintrust spec, and the feedback endpoint as the public docs publish it, generates a
package that imports and passes mypy --strict."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.support import SPECS, generate, mypy_strict, repo_config, run

HISTORY = sorted((SPECS / "history").glob("*.yaml"))
SOURCES = [*HISTORY, SPECS / "feedback-docs-3.1.yaml"]


def _package_name(spec: Path) -> str:
    return "bt_" + "".join(c if c.isalnum() else "_" for c in spec.stem)


@pytest.fixture(scope="module")
def generated_history(tmp_path_factory: pytest.TempPathFactory) -> dict[Path, Path]:
    root = tmp_path_factory.mktemp("history")
    config = repo_config()
    return {spec: generate(spec, root / spec.stem, config, package_name=_package_name(spec)) for spec in SOURCES}


def test_the_history_is_all_there() -> None:
    assert len(HISTORY) == 10
    assert HISTORY[0].name.startswith("2024-01-30") and HISTORY[-1].name.startswith("2026-07-01")


@pytest.mark.parametrize("spec", SOURCES, ids=[s.stem for s in SOURCES])
def test_each_spec_generates_and_imports(spec: Path, generated_history: dict[Path, Path]) -> None:
    out = generated_history[spec]
    package = _package_name(spec)
    script = (
        f"import {package} as p, {package}.models as m\n"
        "client = p.Client if hasattr(p, 'Client') else p.Braintrust\n"
        "c = client(api_key='k', base_url='http://127.0.0.1:9')\n"
        "for name in m.__all__: getattr(m, name)\n"
        "print(len(m.__all__))\n"
    )
    result = run([sys.executable, "-c", script], cwd=out)
    assert result.returncode == 0, result.stderr[-3000:]
    assert int(result.stdout.strip()) > 0


def test_all_of_them_pass_mypy_strict(generated_history: dict[Path, Path]) -> None:
    packages = [out / _package_name(spec) for spec, out in generated_history.items()]
    result = mypy_strict(*packages)
    assert result.returncode == 0, result.stdout[-5000:]
    assert "Success" in result.stdout


def test_the_docs_version_reads_nullable_under_3_1(generated_history: dict[Path, Path]) -> None:
    """It says 3.1.1 but uses the 3.0 `nullable` keyword (R1): those fields must accept null."""
    spec = SPECS / "feedback-docs-3.1.yaml"
    package = _package_name(spec)
    script = (
        f"from {package}.models import FeedbackProjectLogsItem as Item\n"
        "item = Item(id='x', comment=None, scores=None, source=None)\n"
        "print(item.to_json())\n"
    )
    result = run([sys.executable, "-c", script], cwd=generated_history[spec])
    assert result.returncode == 0, result.stderr[-2000:]
    assert json.loads(result.stdout) == {"id": "x", "comment": None, "scores": None, "source": None}
