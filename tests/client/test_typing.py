"""Typing (issue 4, acceptance 5): `mypy --strict` passes on a file of typical calls against the generated
package, reports every wrong call of another file where it is marked, and reveals responses as their models.

One mypy run checks both files (typing_samples/), with the generated package on its path.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import REPO

SAMPLES = Path(__file__).parent / "typing_samples"
_LINE = re.compile(
    r"^(?P<file>[^:]+):(?P<line>\d+): (?P<kind>error|note): (?P<message>.*?)(?:  \[(?P<code>[\w-]+)\])?$"
)


def readme_examples() -> list[str]:
    """The Python code blocks of the generated README."""
    text = (REPO / "generated" / "README.md").read_text()
    return re.findall(r"```python\n(.*?)```", text, flags=re.DOTALL)


@pytest.fixture(scope="module")
def mypy_output(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, str]]:
    cache = tmp_path_factory.mktemp("mypy-cache")
    examples = tmp_path_factory.mktemp("readme")
    example_files = []
    for number, block in enumerate(readme_examples(), start=1):
        path = examples / f"readme_example_{number:02d}.py"
        path.write_text(block)
        example_files.append(str(path))
    completed = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), "--hide-error-context",
         "--no-color-output", "--no-error-summary", "--show-absolute-path",
         str(SAMPLES / "typical_calls.py"), str(SAMPLES / "wrong_calls.py"), *example_files],
        cwd=REPO / "generated",
        env={**os.environ, "MYPYPATH": str(REPO / "generated")},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )  # fmt: skip
    assert completed.returncode in (0, 1), completed.stderr
    found = []
    for line in completed.stdout.splitlines():
        match = _LINE.match(line)
        if match:
            found.append({k: v or "" for k, v in match.groupdict().items()})
    return found


def _marked(path: Path, marker: str) -> dict[int, str]:
    marks = {}
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        if f"# {marker}: " in line:
            marks[number] = line.split(f"# {marker}: ", 1)[1].strip()
    return marks


def test_typical_calls_pass_mypy_strict(mypy_output: list[dict[str, str]]) -> None:
    problems = [m for m in mypy_output if m["file"].endswith("typical_calls.py") and m["kind"] == "error"]
    assert not problems, problems


def test_wrong_argument_types_are_reported(mypy_output: list[dict[str, str]]) -> None:
    expected = _marked(SAMPLES / "wrong_calls.py", "error")
    assert len(expected) >= 14
    errors = [m for m in mypy_output if m["file"].endswith("wrong_calls.py") and m["kind"] == "error"]
    reported = {int(m["line"]): m["code"] for m in errors}
    for line, code in expected.items():
        assert reported.get(line) == code, f"line {line}: expected [{code}], mypy said {reported.get(line)}"
    unexpected = {line: code for line, code in reported.items() if line not in expected}
    assert not unexpected, unexpected


def test_reveal_type_of_a_response_is_its_model(mypy_output: list[dict[str, str]]) -> None:
    expected = _marked(SAMPLES / "wrong_calls.py", "reveal")
    assert len(expected) >= 10
    revealed = {
        int(m["line"]): m["message"].removeprefix('Revealed type is "').removesuffix('"')
        for m in mypy_output
        if m["file"].endswith("wrong_calls.py") and m["message"].startswith("Revealed type is")
    }
    for line, prefix in expected.items():
        assert revealed.get(line, "").startswith(prefix), f"line {line}: {revealed.get(line)!r} is not {prefix!r}..."


def test_the_readme_examples_pass_mypy_strict(mypy_output: list[dict[str, str]]) -> None:
    assert len(readme_examples()) >= 10
    problems = [m for m in mypy_output if "readme_example_" in m["file"] and m["kind"] == "error"]
    assert not problems, problems
