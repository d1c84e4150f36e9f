"""Golden outputs: each fixture spec's whole generated package, compared byte for byte and type-checked.

Regenerate them with ``python -m tests.golden.regenerate`` (never by hand), then review the diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.write import read_tree, render_in_memory
from tests.golden.regenerate import cases, render_case
from tests.support import mypy_strict, run

CASES = cases()


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_golden_output_matches(case: Path) -> None:
    expected = read_tree(case / "expected")
    actual = render_in_memory(render_case(case))
    assert sorted(actual) == sorted(expected), "files differ; run python -m tests.golden.regenerate"
    changed = [path for path in actual if actual[path] != expected[path]]
    assert not changed, f"{case.name}: {changed} differ; run python -m tests.golden.regenerate and review"


def test_every_golden_passes_mypy_strict() -> None:
    packages = [next((case / "expected").glob("golden_*")) for case in CASES]
    result = mypy_strict(*packages)
    assert result.returncode == 0, result.stdout[-5000:]


def test_every_golden_passes_ruff() -> None:
    import sys

    for case in CASES:
        result = run(
            [sys.executable, "-m", "ruff", "check", "--no-cache", str(case / "expected")], cwd=case / "expected"
        )
        assert result.returncode == 0, f"{case.name}: {result.stdout[-3000:]}"


def test_there_is_a_golden_for_every_rule() -> None:
    names = {case.name.split("_")[0] for case in CASES}
    assert {f"r{n:02d}" for n in range(1, 12)} <= names
    assert {"n01", "n02", "n03", "n04"} <= names
