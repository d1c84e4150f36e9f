"""Structural validation remembers the objects it found valid, and still reports every invalid one.

openapi-pydantic validates operations, parameters, bodies, responses, servers, security schemes and
info. A run whose objects were all found valid before does not validate (or import) anything; a new or
changed object is validated; an invalid object is reported on every run. A run with no verdicts has a
child validate ahead, and reports the same errors.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator import parallel
from generator.config import Config
from generator.diagnostics import Diagnostics, SpecError
from generator.normalize import document
from generator.normalize.operations import excluded_by
from generator.pipeline import build, build_api, load_and_resolve
from generator.render import Renderer
from tests.support import BRAINTRUST_SPEC, REPO, SPECS, raising, record_forks, repo_config


@pytest.fixture
def validations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The structures validated by openapi-pydantic in this process, in a memo of the test's own; no child
    validates ahead unless the test lets one (with ``_child_ahead``). No object is plainly valid here
    (tests/test_plain_structure.py has those), so that openapi-pydantic judges all of them."""
    monkeypatch.setattr(document, "plainly_valid", lambda structure, data: False)
    monkeypatch.setenv("OAPIGEN_CACHE_DIR", str(tmp_path / "memo"))
    monkeypatch.delenv("OAPIGEN_NO_CACHE", raising=False)
    monkeypatch.setattr(document, "run_aside", lambda work: parallel.Aside(None))
    seen: list[str] = []
    real = document.StructureCheck._validate

    def counting(self: document.StructureCheck, structure: document.Structure, *args: object) -> bool:
        seen.append(structure)
        return real(self, structure, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(document.StructureCheck, "_validate", counting)
    return seen


_VALID = BRAINTRUST_SPEC.read_text(encoding="utf-8")
_INVALID_OPERATION = _VALID.replace("summary: Create project", "summary: [not, a, string]", 1)
"""The Braintrust spec with one invalid operation (its summary a list)."""


def _spec_copy(tmp_path: Path, text: str) -> Config:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(text, encoding="utf-8")
    return dataclasses.replace(Config(), spec=spec)


def _errors(config: Config) -> list[str]:
    diagnostics = Diagnostics()
    with contextlib.suppress(SpecError):
        build_api(config, diagnostics)
    return [item.format() for item in diagnostics.errors]


def test_a_second_run_validates_only_what_changed(tmp_path: Path, validations: list[str]) -> None:
    text = BRAINTRUST_SPEC.read_text(encoding="utf-8")
    config = _spec_copy(tmp_path, text)
    assert _errors(config) == []
    assert validations.count("Operation") > 100 and "Parameter" in validations and "Response" in validations
    validations.clear()
    _spec_copy(tmp_path, text.replace("description: Unique identifier for the project", "description: Edited", 1))
    assert _errors(config) == []
    assert validations == []
    _spec_copy(tmp_path, text.replace("summary: Create project", "summary: Create a project", 1))
    assert _errors(config) == []
    assert validations == ["Operation"]


def test_an_invalid_object_is_reported_on_every_run(tmp_path: Path, validations: list[str]) -> None:
    text = BRAINTRUST_SPEC.read_text(encoding="utf-8")
    config = _spec_copy(tmp_path, text)
    assert _errors(config) == []
    broken = text.replace("summary: Create project", "summary: [not, a, string]", 1)
    assert broken != text
    _spec_copy(tmp_path, broken)
    for _ in range(2):
        validations.clear()
        errors = _errors(config)
        assert len(errors) == 1 and "Operation: Input should be a valid string" in errors[0]
        assert "/post/summary" in errors[0]
        assert validations == ["Operation"]


def test_a_run_with_nothing_new_does_not_import_openapi_pydantic(tmp_path: Path) -> None:
    """Neither does a run whose child vouched for every object; one without a child imports it. (No
    object is plainly valid here: a run with only such objects never imports it.)"""
    spec = tmp_path / "openapi.yaml"
    text = BRAINTRUST_SPEC.read_text(encoding="utf-8")
    program = (
        "import sys\n"
        "from generator import parallel\n"
        "from generator.cli import main\n"
        "from generator.normalize import document\n"
        "document.plainly_valid = lambda structure, data: False\n"
        "if sys.argv[1] == 'alone':\n"
        "    document.run_aside = lambda work: parallel.Aside(None)\n"
        "if sys.argv[1] == 'child':\n"
        "    parallel._may_fork = lambda: True\n"
        f"main.main(['generate', '--spec', {str(spec)!r}, '--out', {str(tmp_path / 'out')!r},"
        f" '--config', {str(REPO / 'pyproject.toml')!r}], standalone_mode=False)\n"
        "print('imported' if 'openapi_pydantic' in sys.modules else 'not imported')\n"
    )
    outcomes = []
    for memo, edit, child in (("a", "", "alone"), ("a", "Edited ", "alone"), ("b", "", "child")):
        env = {**os.environ, "OAPIGEN_CACHE_DIR": str(tmp_path / memo)}
        env.pop("OAPIGEN_NO_CACHE", None)
        spec.write_text(text.replace("description: Unique identifier", f"description: {edit}Unique identifier"))
        command = [sys.executable, "-c", program, child]
        run = subprocess.run(command, env=env, capture_output=True, text=True, cwd=tmp_path)
        assert run.returncode == 0, run.stderr
        outcomes.append(run.stdout.splitlines()[-1])
    assert outcomes == ["imported", "not imported", "not imported"]


def test_verdicts_hold_wherever_the_spec_lies(tmp_path: Path, validations: list[str]) -> None:
    text = BRAINTRUST_SPEC.read_text(encoding="utf-8")
    assert _errors(_spec_copy(tmp_path, text)) == []
    validations.clear()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    assert _errors(_spec_copy(elsewhere, text)) == []
    assert validations == []


def test_the_set_keeps_the_verdicts_used_last(
    tmp_path: Path, validations: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = BRAINTRUST_SPEC.read_text(encoding="utf-8")
    config = _spec_copy(tmp_path, text)
    assert _errors(config) == []
    everything = len(validations)  # each distinct object once, however many places hold it
    monkeypatch.setattr(document, "MAX_VERDICTS", 10)
    _spec_copy(tmp_path, text.replace("summary: Create project", "summary: Create a project", 1))
    assert _errors(config) == []  # all but the new operation known; the set is cut to 10
    validations.clear()
    assert _errors(config) == []
    assert validations.count("Operation") > 100  # most verdicts were dropped
    assert len(validations) == everything - 10  # the new operation's was kept, with 9 others


# --- verdicts from a child, when a run has none --------------------------------------------------------


def _child_ahead(monkeypatch: pytest.MonkeyPatch, ready: bool) -> tuple[list[object], list[int]]:
    """A child validates ahead (two cores, no memo); its verdicts count as ready when normalizing first
    needs one (``ready``), or only once normalizing is over (objects are assumed valid until then).
    Returns the work set aside, and the pids of all the children forked (the YAML's pieces are parsed by
    one too)."""
    monkeypatch.setenv("OAPIGEN_NO_CACHE", "1")
    monkeypatch.setattr(os, "sched_getaffinity", lambda _: {0, 1})
    started: list[object] = []

    def recorded(work: Callable[[], frozenset[bytes]]) -> parallel.Aside[frozenset[bytes]]:
        started.append(work)
        return parallel.run_aside(work)

    monkeypatch.setattr(document, "run_aside", recorded)
    monkeypatch.setattr(parallel.Aside, "ready", lambda self: ready)
    return started, record_forks(monkeypatch)


def test_with_no_verdicts_a_child_validates_every_object(
    tmp_path: Path, validations: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    config = _spec_copy(tmp_path, BRAINTRUST_SPEC.read_text(encoding="utf-8"))
    alone = Renderer().render(build_api(config, Diagnostics()))
    assert validations.count("Operation") > 100
    validations.clear()
    started, _ = _child_ahead(monkeypatch, ready=True)
    assert Renderer().render(build_api(config, Diagnostics())) == alone
    assert len(started) == 1
    assert validations == []  # the child found every object normalizing asked about, all valid


def test_an_invalid_object_is_reported_alike_when_a_child_validates(
    tmp_path: Path, validations: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    config = _spec_copy(tmp_path, _INVALID_OPERATION)
    alone = _errors(config)
    assert len(alone) == 1 and "/post/summary" in alone[0]
    validations.clear()
    _child_ahead(monkeypatch, ready=True)
    assert _errors(config) == alone
    assert validations == ["Operation"]  # the invalid one, validated here for its errors and pointers


def test_objects_are_assumed_valid_until_a_late_childs_verdicts_come(
    tmp_path: Path, validations: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    config = _spec_copy(tmp_path, BRAINTRUST_SPEC.read_text(encoding="utf-8"))
    alone = Renderer().render(build_api(config, Diagnostics()))
    validations.clear()
    started, children = _child_ahead(monkeypatch, ready=False)
    passes = _count_passes(monkeypatch)
    assert Renderer().render(build_api(config, Diagnostics())) == alone
    assert validations == [] and len(passes) == 1  # the child vouched for every object: one pass
    assert len(started) == 1 and children
    for child in children:
        with pytest.raises(ChildProcessError):
            os.waitpid(child, os.WNOHANG)  # reaped already: not even a zombie is left


def test_an_invalid_object_assumed_valid_is_reported_alike_after_a_second_pass(
    tmp_path: Path, validations: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    config = _spec_copy(tmp_path, _INVALID_OPERATION)
    alone = _errors(config)
    validations.clear()
    _child_ahead(monkeypatch, ready=False)
    passes = _count_passes(monkeypatch)
    assert _errors(config) == alone
    assert len(passes) == 2  # the first assumed the object valid; the second skipped and reported it
    assert validations == ["Operation"]


def test_a_failure_caused_by_an_object_assumed_valid_gives_way_to_its_report(
    tmp_path: Path, validations: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Normalizing an invalid object may fail in ways the check exists to prevent: the second pass,
    which skips the object, reports it instead; a failure with every assumption holding is raised."""
    config = _spec_copy(tmp_path, _INVALID_OPERATION)
    alone = _errors(config)
    from generator.normalize.operations import OperationNormalizer

    real = OperationNormalizer._operation

    def fragile(self: OperationNormalizer, item: Any) -> Any:
        made = real(self, item)  # None where the check found the operation invalid
        if made is not None and isinstance(item.located.node.get("summary"), list):
            raise TypeError("a summary that is not a string")
        return made

    monkeypatch.setattr(OperationNormalizer, "_operation", fragile)
    _child_ahead(monkeypatch, ready=False)
    assert _errors(config) == alone
    _spec_copy(tmp_path, _VALID)
    monkeypatch.setattr(OperationNormalizer, "_operation", raising(TypeError("a bug")))
    with pytest.raises(TypeError, match="a bug"):
        build_api(config, Diagnostics())


def test_a_late_child_that_fails_leaves_its_objects_to_this_process(
    tmp_path: Path, validations: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    config = _spec_copy(tmp_path, _INVALID_OPERATION)
    alone = _errors(config)
    _child_ahead(monkeypatch, ready=False)
    monkeypatch.setattr(document, "_valid_digests", raising(MemoryError()))
    validations.clear()
    passes = _count_passes(monkeypatch)
    assert _errors(config) == alone
    assert len(passes) == 2 and validations == ["Operation"]


def _count_passes(monkeypatch: pytest.MonkeyPatch) -> list[None]:
    """Records each pass of normalizing over the spec."""
    import generator.normalize as normalize

    passes: list[None] = []
    real = normalize._normalize_checked

    def counted(*args: Any, **kwargs: Any) -> Any:
        passes.append(None)
        return real(*args, **kwargs)

    monkeypatch.setattr(normalize, "_normalize_checked", counted)
    return passes


def test_the_child_finds_every_object_of_stripes_spec(validations: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The walk ahead finds what normalizing asks about on a spec of another shape (shared parameters,
    referenced responses and bodies, many security schemes): nothing is left to validate here."""
    config = dataclasses.replace(Config(), spec=SPECS / "stripe" / "spec3.json")
    started, _ = _child_ahead(monkeypatch, ready=True)
    assert _errors(config) == []
    assert len(started) == 1
    assert validations == []


# --- build: the draft is rendered while the check settles ----------------------------------------------


def _build_errors(config: Config) -> list[str]:
    with pytest.raises(SpecError) as raised:
        build(config)
    return [item.format() for item in raised.value.diagnostics if item.level.value == "error"]


def test_build_renders_the_draft_before_the_check_settles_and_keeps_it(
    tmp_path: Path, validations: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    config = _spec_copy(tmp_path, BRAINTRUST_SPEC.read_text(encoding="utf-8"))
    alone = build(config).files
    _child_ahead(monkeypatch, ready=False)
    order: list[str] = []
    real_settle, real_render = document.StructureCheck.settle, Renderer.render

    def settle(self: document.StructureCheck) -> bool:
        order.append("settle")
        return real_settle(self)

    def render(self: Renderer, api: Any) -> Any:
        order.append("render")
        return real_render(self, api)

    monkeypatch.setattr(document.StructureCheck, "settle", settle)
    monkeypatch.setattr(Renderer, "render", render)
    assert build(config).files == alone
    assert order == ["render", "settle"]


def test_build_reports_an_invalid_object_taken_as_valid_and_keeps_nothing_of_the_draft(
    tmp_path: Path, validations: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    config = _spec_copy(tmp_path, _INVALID_OPERATION)
    alone = _build_errors(config)
    assert len(alone) == 1 and "/post/summary" in alone[0]
    _child_ahead(monkeypatch, ready=False)
    renders: list[None] = []
    real_render = Renderer.render

    def render(self: Renderer, api: Any) -> Any:
        renders.append(None)
        return real_render(self, api)

    monkeypatch.setattr(Renderer, "render", render)
    assert _build_errors(config) == alone
    assert len(renders) == 1  # the draft's, thrown away


def test_a_render_failure_gives_way_to_the_report_of_an_object_wrongly_taken_as_valid(
    tmp_path: Path, validations: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    config = _spec_copy(tmp_path, _INVALID_OPERATION)
    alone = _build_errors(config)
    _child_ahead(monkeypatch, ready=False)
    monkeypatch.setattr(Renderer, "render", raising(TypeError("a draft no template expects")))
    assert _build_errors(config) == alone
    _spec_copy(tmp_path, _VALID)  # every object valid: the same failure is a bug, and raised
    with pytest.raises(TypeError, match="a draft no template expects"):
        build(config)


def test_the_child_validates_only_the_operations_the_configuration_keeps(
    validations: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    config = repo_config()  # Braintrust's: the 67 CORS operations left out
    _child_ahead(monkeypatch, ready=True)
    assert _errors(config) == []
    assert validations == []  # the child vouched for every object normalizing asked about
    spec = load_and_resolve(config.spec, config, Diagnostics())

    def operations(kept: Callable[[str, dict[str, Any]], bool] | None) -> int:
        return sum(1 for structure, _ in document._structural_objects(spec, kept) if structure == "Operation")

    assert operations(None) == 218
    assert operations(lambda method, operation: not excluded_by(config, method, operation)) == 151
