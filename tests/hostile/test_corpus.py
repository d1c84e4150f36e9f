"""The hostile corpus (issue 6): each broken or malicious spec gives exactly its recorded lines.

A case that fails exits 2, prints only ``file:line:col: pointer: message`` lines (DESIGN §6), never a
traceback, and leaves the previous output folder byte for byte as it was; a case that generates (with or
without warnings) gives a package that imports and whose models build. ``python -m tests.hostile.snapshots
--update`` rewrites the recorded lines; see tests/hostile/README.md.
"""

from __future__ import annotations

import hashlib
import os
import re
import resource
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.config import Config
from generator.diagnostics import SpecError
from generator.pipeline import build
from tests.hostile import exercise
from tests.hostile.make_generated_cases import alias_chain, reference_chain
from tests.hostile.snapshots import CORPUS, PACKAGE, Case, Outcome, cases, run_case
from tests.support import REPO, generate, mypy_strict, write_spec

CASES = cases()
# `file:line:col: pointer: message`, or `file: pointer: message` where no position is known
DIAGNOSTIC = re.compile(
    r"^(?P<file>[^:\s][^:]*?)(?::(?P<line>\d+):(?P<col>\d+))?: (?P<pointer>#\S*|#.*?): (?P<msg>.+)$"
)
STRICT_SUMMARY = re.compile(r"^oapigen: \d+ warning\(s\), and --strict makes them errors$")

PREVIOUS_SPEC = """openapi: 3.0.3
info: {title: Previous, version: "1"}
paths:
  /things:
    get:
      operationId: listThings
      responses:
        "200": {description: ok, content: {application/json: {schema: {type: array, items: {type: string}}}}}
"""


def digest(root: Path) -> dict[str, str]:
    """Every file and folder under ``root`` with the hash of its bytes (and its mode)."""
    return {
        p.relative_to(root).as_posix(): (hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir")
        + f" {p.stat().st_mode:o}"
        for p in sorted(root.rglob("*"))
    }


@pytest.fixture(scope="module")
def previous_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A package oapigen generated earlier: what a failing run must leave exactly as it is."""
    folder = tmp_path_factory.mktemp("previous")
    return generate(write_spec(folder / "spec", PREVIOUS_SPEC), folder / "out")


def test_the_corpus_is_large_and_covers_the_issue() -> None:
    names = {case.name for case in CASES}
    assert len(CASES) >= 60, len(CASES)
    required = {
        "yaml_bad_indentation", "json_missing_comma", "document_is_array", "no_openapi_field", "swagger_2_0",
        "openapi_3_2", "ref_dangling", "ref_missing_file", "ref_outside_folder", "ref_outside_folder_allowed",
        "ref_remote_https", "yaml_alias_bomb", "deep_yaml_flow", "deep_json_arrays", "deep_json_schema",
        "deep_yaml_schema", "duplicate_operation_ids", "names_collide_after_conversion", "names_empty",
        "names_digits", "names_keywords_and_builtins", "names_non_ascii", "path_parameter_missing",
        "path_parameter_extra",
    }  # fmt: skip
    assert required <= names, sorted(required - names)
    for case in CASES:
        assert case.expected_file.is_file(), f"{case.name} has no {case.expected_file.name}"


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case_gives_exactly_its_recorded_lines(case: Case, previous_output: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(previous_output, out)
    before = digest(out)
    started = time.perf_counter()
    outcome = run_case(case, out)
    elapsed = time.perf_counter() - started
    expected = Outcome.parse(case.expected_file.read_text())

    assert outcome.exit_code in (0, 2), f"{case.name}: exit {outcome.exit_code}: {outcome.stderr}"
    assert outcome == expected, (
        f"{case.name}: oapigen's lines changed; if the new ones are right, run "
        f"`python -m tests.hostile.snapshots --update {case.name}`\n"
        f"expected:\n{expected.render()}actual:\n{outcome.render()}"
    )
    for line in outcome.stderr:
        assert DIAGNOSTIC.match(line) or STRICT_SUMMARY.match(line), f"not in the form of DESIGN §6: {line!r}"
    assert not any("Traceback" in line or "internal error" in line for line in outcome.stderr)
    assert elapsed < 30, f"{case.name} took {elapsed:.1f} s"
    assert not [p for p in tmp_path.iterdir() if p.name != "out"], "a temporary folder was left beside the output"

    if outcome.exit_code == 2:
        assert digest(out) == before, "a failed run changed the output folder"
        return
    assert (out / ".oapigen").is_file()
    with exercise.loaded(out, PACKAGE) as package:
        exercise.import_all(package)
        exercise.check_models(package)
        exercise.call_every_method(package, "Hostile")


SUCCEEDING = [case for case in CASES if Outcome.parse(case.expected_file.read_text()).exit_code == 0]


def test_packages_from_the_odd_names_pass_mypy_strict(tmp_path: Path) -> None:
    """Names that are empty, digits, keywords, builtins, non-ASCII or colliding still type-check."""
    chosen = [case for case in SUCCEEDING if case.name.startswith(("names_", "ref_escapes", "lone_surrogates"))]
    assert len(chosen) >= 6
    packages = []
    for case in chosen:
        package = f"hostile_{case.name}"
        outcome = run_case(case, tmp_path / case.name, package)
        assert outcome.exit_code == 0
        packages.append(tmp_path / case.name / package)
    result = mypy_strict(*packages)
    assert result.returncode == 0, result.stdout[-6000:]


def test_reference_chain_of_ten_thousand_links_is_linear(tmp_path: Path) -> None:
    """Resolving, cycle detection and following references stay linear: 10,000 links in seconds."""
    for make in (reference_chain, alias_chain):
        spec = write_spec(tmp_path / make.__name__, make(10_000), "openapi.json")
        started = time.perf_counter()
        with pytest.raises(SpecError) as caught:
            build(Config(spec=spec, out=tmp_path / "out", package_name="chain_client"))
        elapsed = time.perf_counter() - started
        assert elapsed < 20, f"{make.__name__}: {elapsed:.1f} s"
        assert all("nests more than 200 levels deep" in d.message for d in caught.value.diagnostics)


def test_corpus_files_are_what_the_generator_script_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The big generated cases are reproducible: the script writes the committed bytes."""
    from tests.hostile import make_generated_cases

    monkeypatch.setattr(make_generated_cases, "CORPUS", tmp_path)
    make_generated_cases.main()
    for folder in tmp_path.iterdir():
        for file in folder.iterdir():
            assert file.read_bytes() == (CORPUS / folder.name / file.name).read_bytes(), f"{folder.name}/{file.name}"


def _generate_in_a_subprocess(
    case: Case, out: Path, timeout: float, preexec_fn: Callable[[], None] | None = None, **env: str
) -> subprocess.CompletedProcess[str]:
    """A real run of ``oapigen generate`` on a case, stopped after ``timeout`` seconds (TimeoutExpired)."""
    return subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--spec", case.spec, "--out", str(out)],
        cwd=case.folder,
        env={**os.environ, "PYTHONPATH": str(REPO), **env},
        preexec_fn=preexec_fn,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.mark.parametrize(
    "name", ["yaml_alias_bomb", "yaml_merge_key_bomb", "deep_yaml_flow", "deep_yaml_block", "deep_json_arrays"]
)
def test_bombs_are_refused_quickly_in_bounded_memory(name: str, tmp_path: Path) -> None:
    """A real run, its address space limited to 512 MB: refused (exit 2) in seconds, not swapped to death."""
    limit = 512 * 1024**2

    def bounded() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    case = next(c for c in CASES if c.name == name)
    started = time.perf_counter()
    completed = _generate_in_a_subprocess(case, tmp_path / "out", 120, bounded)
    elapsed = time.perf_counter() - started
    assert completed.returncode == 2, completed.stderr[-2000:]
    assert completed.stderr.splitlines() == Outcome.parse(case.expected_file.read_text()).stderr
    assert elapsed < 20, f"{name}: {elapsed:.1f} s"


def test_a_schema_holding_itself_many_ways_is_generated_not_expanded_without_end(tmp_path: Path) -> None:
    """Each way a map holds itself through a `$ref` with siblings used to multiply the work by itself at
    every level (minutes for three ways; 0.4 s now). Run in a subprocess, so that a regression fails by
    its time limit instead of hanging the suite; test_case_gives_exactly_its_recorded_lines checks its
    lines and exercises the package it writes, as for every case that generates."""
    case = next(c for c in CASES if c.name == "map_holds_itself_through_siblings")
    completed = _generate_in_a_subprocess(case, tmp_path / "out", 60, OAPIGEN_NO_CACHE="1")
    assert completed.returncode == 0, completed.stderr[-2000:]
    assert completed.stderr.splitlines() == Outcome.parse(case.expected_file.read_text()).stderr
