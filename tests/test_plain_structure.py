"""The plain check vouches only for structural objects openapi-pydantic finds valid, and for nearly all of
those a real spec holds, so that a run need not import openapi-pydantic at all (generator.normalize.
plain_structure).

Its table is the pinned openapi-pydantic's models, derived here from their fields; objects drawn near
each shape (well-typed, mistyped, null, spelled by a field's Python name) are judged by both, and so is
every structural object of every spec in the repository.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import types
import typing
from pathlib import Path
from typing import Any

import pydantic
import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st
from openapi_pydantic.v3 import v3_1

from generator.config import Config
from generator.diagnostics import Diagnostics
from generator.normalize import document
from generator.normalize.plain_structure import FIELDS, PYTHON_NAMES, plainly_valid
from generator.pipeline import load_and_resolve
from tests.schema_strategies import ANY_JSON
from tests.support import BRAINTRUST_SPEC, REPO, SPECS, write_spec

STRUCTURES: tuple[document.Structure, ...] = typing.get_args(document.Structure)


# --- the table is openapi-pydantic's -------------------------------------------------------------------


def _kind(annotation: Any, tables: dict[str, dict[str, str]], python_names: dict[str, frozenset[str]]) -> str:
    """The table's spelling of a field's type (without ``?``), deriving the tables of the models it uses."""
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if annotation is str:
        return "str"
    if annotation is bool:
        return "bool"
    if annotation is v3_1.ParameterLocation:
        assert {member.value for member in v3_1.ParameterLocation} == {"query", "header", "path", "cookie"}
        return "location"
    if origin is list:
        return f"list[{_kind(args[0], tables, python_names)}]"
    if origin is dict:
        assert args[0] is str
        return f"dict[{_kind(args[1], tables, python_names)}]"
    if isinstance(annotation, type) and issubclass(annotation, pydantic.BaseModel):
        _derive(annotation, frozenset(), tables, python_names)
        return annotation.__name__
    raise AssertionError(f"a type the table cannot spell: {annotation!r}")


def _derive(
    model: type[pydantic.BaseModel],
    left_out: frozenset[str],
    tables: dict[str, dict[str, str]],
    python_names: dict[str, frozenset[str]],
) -> None:
    if model.__name__ in tables:
        return
    table: dict[str, str] = {}
    tables[model.__name__] = table
    assert model.model_config.get("extra") == "allow", model  # extensions are kept as they are
    assert not model.__pydantic_decorators__.model_validators and not model.__pydantic_decorators__.field_validators
    renamed = set()
    for name, field in model.model_fields.items():
        key = field.alias or name
        if key != name:
            renamed.add(name)
        if key in left_out:
            continue
        annotation, nullable = field.annotation, False
        if typing.get_origin(annotation) in (typing.Union, types.UnionType):
            members = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
            assert len(members) == 1 and len(typing.get_args(annotation)) == 2, (model, name)
            annotation, nullable = members[0], True
        table[key] = ("!" if field.is_required() else "") + _kind(annotation, tables, python_names) + "?" * nullable
    if renamed:
        assert model.model_config.get("populate_by_name"), model
        python_names[model.__name__] = frozenset(renamed)


def test_the_table_is_openapi_pydantics_models() -> None:
    tables: dict[str, dict[str, str]] = {}
    python_names: dict[str, frozenset[str]] = {}
    for structure in STRUCTURES:
        _derive(getattr(v3_1, structure), document._STRIP.get(structure, frozenset()), tables, python_names)
    assert tables == FIELDS
    assert python_names == PYTHON_NAMES


# --- never vouching for an invalid object --------------------------------------------------------------


def _well_typed(kind: str, depth: int = 0) -> st.SearchStrategy[Any]:
    kind = kind.strip("!?")
    simple: dict[str, st.SearchStrategy[Any]] = {
        "str": st.text(max_size=5),
        "bool": st.booleans(),
        "location": st.sampled_from(["query", "header", "path", "cookie"]),
    }
    if kind in simple:
        return simple[kind]
    if kind.startswith("list["):
        return st.lists(_well_typed(kind[5:-1], depth + 1), max_size=2)
    if kind.startswith("dict["):
        return st.dictionaries(st.text(max_size=3), _well_typed(kind[5:-1], depth + 1), max_size=2)
    return _object(kind, depth + 1, near=False)


def _object(model: str, depth: int, near: bool) -> st.SearchStrategy[dict[str, Any]]:
    """An object of ``model``: every field well-typed and the required ones present; with ``near``, some
    fields mistyped, null, missing or spelled by their Python name, beside extensions."""
    fields = FIELDS[model]

    @st.composite
    def build(draw: st.DrawFn) -> dict[str, Any]:
        made: dict[str, Any] = {}
        for key, kind in fields.items():
            if not kind.startswith("!") and draw(st.booleans()):
                continue
            if near and draw(st.integers(0, 4)) == 0:
                made[key] = draw(ANY_JSON if depth < 2 else st.none() | st.text(max_size=3) | st.integers())
            else:
                made[key] = draw(_well_typed(kind, depth))
            if near and draw(st.integers(0, 9)) == 0:
                del made[key]
        if near:
            for name in PYTHON_NAMES.get(model, ()):
                if draw(st.integers(0, 5)) == 0:
                    made[name] = draw(_well_typed("location" if name.endswith("_in") else "str"))
            made.update(draw(st.dictionaries(st.sampled_from(["x-a", "other"]), ANY_JSON, max_size=2)))
        return made

    return build()


@seed(20261128)
@settings(max_examples=300, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(st.sampled_from(STRUCTURES).flatmap(lambda s: st.tuples(st.just(s), _object(s, 0, near=True))))
def test_an_object_vouched_for_is_valid(drawn: tuple[document.Structure, dict[str, Any]]) -> None:
    structure, data = drawn[0], document._validated_part(*drawn)  # as the check is given it
    if plainly_valid(structure, data):
        assert document._problems(structure, data) == []


@seed(20261128)
@settings(max_examples=200, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(st.sampled_from(STRUCTURES).flatmap(lambda s: st.tuples(st.just(s), _object(s, 0, near=False))))
def test_a_well_typed_object_is_vouched_for(drawn: tuple[document.Structure, dict[str, Any]]) -> None:
    structure, data = drawn[0], document._validated_part(*drawn)
    assert plainly_valid(structure, data)
    assert document._problems(structure, data) == []


@pytest.mark.parametrize(
    ("structure", "data"),
    [
        ("Parameter", {"name": "a", "param_in": "query"}),  # the Python name of `in`
        ("Parameter", {"name": "a", "in": "query", "param_in": "query"}),
        ("SecurityScheme", {"type": "apiKey", "security_scheme_in": "header"}),
    ],
)
def test_a_valid_object_that_is_not_plain_is_left_to_openapi_pydantic(
    structure: document.Structure, data: dict[str, Any]
) -> None:
    assert not plainly_valid(structure, data)
    assert document._problems(structure, data) == []


def _corpus() -> list[Path]:
    documents = [*SPECS.rglob("*.yaml"), *SPECS.rglob("*.json")]
    documents += REPO.joinpath("tests", "golden", "cases").glob("*/spec.yaml")
    documents += REPO.joinpath("tests", "hostile", "corpus").glob("*/openapi.yaml")
    return sorted(documents)


def test_every_object_of_the_repositorys_specs_is_judged_alike() -> None:
    """Vouched for only where valid; and every valid object of the real specs (Braintrust's, with its
    history, and Stripe's) is vouched for, so that they never need openapi-pydantic."""
    judged = invalid = 0
    for path in _corpus():
        diagnostics = Diagnostics()
        try:
            spec = load_and_resolve(path, dataclasses.replace(Config(), spec=path), diagnostics)
        except Exception:  # a hostile document that does not load: no structural objects to judge
            continue
        real = path.is_relative_to(SPECS)
        for structure, node in document._structural_objects(spec):
            data = document._validated_part(structure, node)
            valid = document._problems(structure, data) == []
            judged += 1
            invalid += not valid
            assert valid or not plainly_valid(structure, data), (path, structure, data)
            assert not real or plainly_valid(structure, data), (path, structure, data)
    assert judged > 10_000 and invalid > 0


# --- the run that needs no openapi-pydantic ------------------------------------------------------------

_PROGRAM = """
import os, sys
from generator.cli import main
forks = []
real = os.fork
def fork():
    forks.append(None)
    return real()
os.fork = fork
main.main(sys.argv[1:], standalone_mode=False)
print('imported' if 'openapi_pydantic' in sys.modules else 'not imported', len(forks))
"""


def _generate(spec: Path, out: Path) -> tuple[str, int]:
    env = {**os.environ, "OAPIGEN_NO_CACHE": "1"}
    command = [sys.executable, "-c", _PROGRAM, "generate", "--spec", str(spec), "--out", str(out)]
    command += ["--config", str(REPO / "pyproject.toml")]
    run = subprocess.run(command, env=env, capture_output=True, text=True, cwd=out.parent)
    assert run.returncode == 0, run.stderr
    outcome, forks = run.stdout.splitlines()[-1].rsplit(" ", 1)
    return outcome, int(forks)


def test_a_spec_of_plainly_valid_objects_is_generated_without_openapi_pydantic(tmp_path: Path) -> None:
    """With no memo, Braintrust's spec imports no openapi-pydantic, nor forks a child to validate; one
    object that is valid but not plainly so (a parameter that also gives `in` by its Python name) has a
    child validate it."""
    text = BRAINTRUST_SPEC.read_text(encoding="utf-8")
    plain, plain_forks = _generate(write_spec(tmp_path / "a", text), tmp_path / "a" / "out")
    assert plain == "not imported"
    coerced = text.replace("      in: query\n", "      in: query\n      param_in: query\n", 1)
    assert coerced != text
    outcome, forks = _generate(write_spec(tmp_path / "b", coerced), tmp_path / "b" / "out")
    ahead = len(os.sched_getaffinity(0)) >= 2  # a child validates it ahead; with one core, this process does
    assert outcome == ("not imported" if ahead else "imported")
    assert forks == plain_forks + ahead


@pytest.mark.parametrize("structure", ["Info", "Operation", "Parameter"])
def test_an_extension_key_that_is_no_text_is_left_to_openapi_pydantic(structure: document.Structure) -> None:
    """A lone surrogate (which no loader gives, but the check promises all the same) is a key pydantic refuses."""
    base = {"Info": {"title": "t", "version": "1"}, "Operation": {}, "Parameter": {"name": "a", "in": "query"}}
    data = document._validated_part(structure, {**base[structure], "x-\ud800": 1})
    assert not plainly_valid(structure, data)
    assert document._problems(structure, data) != []


@pytest.mark.parametrize("value", ["yes", 1, "true"])
def test_a_flag_that_is_not_a_json_boolean_is_refused(value: object) -> None:
    """openapi-pydantic reads ``"yes"`` and ``1`` as true; the generator read them as not set."""
    data = document._validated_part("Operation", {"deprecated": value})
    assert not plainly_valid("Operation", data)
    assert [error["msg"] for error in document._problems("Operation", data)] == [
        f"`deprecated` must be true or false (a JSON boolean), not {value!r}"
    ]
