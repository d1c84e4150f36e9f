"""allOf members that contradict each other: a property typed ``string`` in one member and ``integer`` in
another has no value but none at all, and the generated field was typed ``None``, without a word, so
that every real value failed. Now it is any value, with a warning at the merged schema."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from generator.config import Config
from generator.pipeline import build
from tests.support import generated_from, write_spec

SPEC = """
openapi: 3.1.0
info: {title: Merge, version: "1"}
paths: {}
components:
  schemas:
    Clash:
      allOf:
        - {type: object, properties: {size: {type: string}, name: {type: string}}}
        - {type: object, properties: {size: {type: integer}}}
    BothNullable:
      allOf:
        - {type: object, properties: {size: {type: [string, "null"]}}}
        - {type: object, properties: {size: {type: [integer, "null"]}}}
    Holder:
      type: object
      properties:
        value:
          allOf: [{type: string}, {type: integer}]
"""


def test_each_contradiction_is_reported_where_the_schemas_merge(tmp_path: Path) -> None:
    config = Config(package_name="merge_client", client_name="M", spec=write_spec(tmp_path, SPEC))
    impossible = [
        w.pointer for w in build(replace(config, out=tmp_path / "out")).warnings if w.code == "schema.impossible"
    ]
    assert impossible == [
        "#/components/schemas/Clash/allOf/0/properties/size",
        "#/components/schemas/Holder/properties/value",
    ]


@pytest.fixture(scope="module")
def merged(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with generated_from(tmp_path_factory.mktemp("merge"), SPEC, "merge_client", "M") as module:
        yield module


def test_a_contradicted_property_takes_any_value_not_only_none(merged: Any) -> None:
    models = merged.models
    assert models.Clash.model_validate({"size": 3, "name": "n"}).size == 3
    assert models.Clash.model_validate({"size": "L"}).size == "L"
    assert models.Holder.model_validate({"value": 7}).value == 7


def test_where_only_null_satisfies_both_the_property_is_null(merged: Any) -> None:
    models = merged.models
    assert models.BothNullable.model_validate({"size": None}).size is None
    assert models.BothNullable.model_fields["size"].annotation is type(None)


ENUMS = """
openapi: 3.1.0
info: {title: Enums, version: "1"}
paths: {}
components:
  schemas:
    Flags:
      type: object
      properties:
        flag:
          allOf:
            - enum: [true, 2]
            - enum: [1, 2.0]
"""


def test_enums_merged_by_allof_keep_the_values_equal_as_json(tmp_path: Path) -> None:
    """``true`` is not ``1`` in JSON (it is in Python: the merge kept true); ``2.0`` is ``2``."""
    config = Config(package_name="enum_client", client_name="E", spec=write_spec(tmp_path, ENUMS))
    api = build(replace(config, out=tmp_path / "out")).api
    (flags,) = api.models
    (flag,) = flags.fields
    assert flag.type.values == (2,)  # type: ignore[union-attr]
