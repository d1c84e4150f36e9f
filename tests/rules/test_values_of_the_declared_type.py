"""An enum, const or default value that its own schema's ``type`` rules out cannot be valid: JSON Schema
asks for both at once. Such a value is left out of the generated type, or not used as a default, with a
warning at the schema that names it (it used to go in silently, and a default of the wrong type vanished
without a word). Where no listed value is of the type, the values are what the author meant (a tag
written as ``type: integer, enum: [Dog]``): they are kept, and the warning says the type is ignored."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pydantic
import pytest

from generator.config import Config
from generator.pipeline import build
from generator.write import write_output
from tests.support import imported, write_spec

SPEC = """
openapi: 3.1.0
info: {title: Values, version: "1"}
paths: {}
components:
  schemas:
    Thing:
      type: object
      properties:
        const_misfit: {type: string, const: 5}
        some_misfit: {type: integer, enum: [1, "two", 3.0, 3.5, true]}
        too_large: {type: integer, enum: [1e400, 2]}
        nullable_misfit: {type: [string, "null"], enum: [a, 1, null]}
        untyped: {enum: [a, 1]}
        default_misfit: {type: integer, default: "ten"}
        default_too_large: {type: integer, default: 1e400}
        default_fits: {type: integer, default: 10}
        default_whole_float: {type: integer, default: 1.0}
        default_when_required: {type: string, default: abc}
        default_moment: {type: string, format: date-time, default: "2020-01-01T00:00:00Z"}
        default_bool_for_number: {type: integer, enum: [0, 1], default: false}
      required: [default_when_required]
"""


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, list[str]]]:
    folder = tmp_path_factory.mktemp("values")
    config = Config(package_name="values_client", client_name="C", spec=write_spec(folder, SPEC), out=folder / "out")
    result = build(config)
    write_output(result.files, config.out)
    with imported(config.out, "values_client") as module:
        yield module, [f"{w.pointer}: {w.message}" for w in result.warnings]


def _thing(generated: tuple[Any, list[str]], **fields: object) -> Any:
    return generated[0].models.Thing(**{"default_when_required": "x", **fields})


def test_each_value_of_another_type_is_reported_at_its_schema(generated: tuple[Any, list[str]]) -> None:
    prefix = "#/components/schemas/Thing/properties"
    assert generated[1] == [  # in the order of the spec
        f"{prefix}/const_misfit: no value listed (enum or const) is of the declared type (string); "
        "the listed values are generated, and the type is ignored",
        f'{prefix}/some_misfit: "two" is listed (enum or const) but is not of the declared type (integer); '
        "no value can be both, so it is left out",
        f"{prefix}/some_misfit: 3.5 is listed (enum or const) but is not of the declared type (integer); "
        "no value can be both, so it is left out",
        f"{prefix}/some_misfit: true is listed (enum or const) but is not of the declared type (integer); "
        "no value can be both, so it is left out",
        f"{prefix}/too_large: infinity is listed (enum or const) but is not of the declared type (integer); "
        "no value can be both, so it is left out",
        f"{prefix}/nullable_misfit: 1 is listed (enum or const) but is not of the declared type (string); "
        "no value can be both, so it is left out",
        f'{prefix}/default_misfit: the default, "ten", is not a value of the property\'s type; it is not used',
        f"{prefix}/default_too_large: the default, infinity, is not a value of the property's type; it is not used",
        f"{prefix}/default_bool_for_number: the default, false, is not a value of the property's type; it is not used",
    ]


def test_where_no_value_is_of_the_declared_type_the_values_stay(generated: tuple[Any, list[str]]) -> None:
    assert _thing(generated, const_misfit=5).const_misfit == 5
    with pytest.raises(pydantic.ValidationError):
        _thing(generated, const_misfit="any text")


@pytest.mark.parametrize(("field", "value"), [("some_misfit", 1), ("some_misfit", 3), ("too_large", 2)])
def test_the_values_of_the_declared_type_stay(generated: tuple[Any, list[str]], field: str, value: object) -> None:
    assert getattr(_thing(generated, **{field: value}), field) == value


@pytest.mark.parametrize(
    ("field", "value"),
    [("some_misfit", "two"), ("some_misfit", 3.5), ("nullable_misfit", 1)],
)
def test_a_value_of_another_type_is_refused(generated: tuple[Any, list[str]], field: str, value: object) -> None:
    with pytest.raises(pydantic.ValidationError):
        _thing(generated, **{field: value})


def test_null_and_untyped_enums_are_unchanged(generated: tuple[Any, list[str]]) -> None:
    assert _thing(generated, nullable_misfit=None).nullable_misfit is None
    assert _thing(generated, untyped=1).untyped == 1 and _thing(generated, untyped="a").untyped == "a"


def test_only_a_default_of_the_property_type_is_used(generated: tuple[Any, list[str]]) -> None:
    thing = _thing(generated)
    assert (thing.default_fits, thing.default_misfit, thing.default_too_large) == (10, None, None)
    assert thing.default_bool_for_number is None  # false is not 0 in JSON, though Python says False == 0


def test_the_source_names_no_value_of_another_type(generated: tuple[Any, list[str]]) -> None:
    source = Path(generated[0].__file__).parent.joinpath("models", "thing.py").read_text()
    assert '"two"' not in source and "3.5" not in source and "inf" not in source
