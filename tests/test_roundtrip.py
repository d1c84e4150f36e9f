"""Every component schema of the Braintrust spec, round-tripped: JSON instances drawn from the
normalized schema parse into the generated model and serialize back (by wire name, unset fields left
out) to the same JSON.

CI draws a bounded number of examples with a fixed seed. A longer run:

    OAPIGEN_ROUNDTRIP_EXAMPLES=500 python -m pytest tests/test_roundtrip.py
"""

from __future__ import annotations

import datetime
import json
import os
import re
import sys
from collections.abc import Iterator
from typing import Any

import pydantic
import pytest
from hypothesis import HealthCheck, given, seed, settings

from tests.schema_strategies import SchemaStrategies
from tests.support import REPO, prism_spec

EXAMPLES = int(os.environ.get("OAPIGEN_ROUNDTRIP_EXAMPLES", "12"))
DOCUMENT = json.loads(prism_spec().read_text())
NAMES = list(DOCUMENT["components"]["schemas"])
STRATEGIES = SchemaStrategies(DOCUMENT)
_DATE_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")
_RESPONSE = {"__braintrust_client_response__": True}


@pytest.fixture(scope="module")
def models() -> Iterator[Any]:
    sys.path.insert(0, str(REPO / "generated"))
    import braintrust_client.models as module

    yield module
    sys.path.remove(str(REPO / "generated"))


def canonical(value: Any) -> Any:
    """Date-times compared as instants (the model may print 2024-01-01T00:00:00Z with more digits)."""
    if isinstance(value, dict):
        return {key: canonical(item) for key, item in value.items()}
    if isinstance(value, list):
        return [canonical(item) for item in value]
    if isinstance(value, str) and _DATE_TIME.match(value):
        return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def test_every_component_is_covered(models: Any) -> None:
    assert len(NAMES) == 238
    assert set(NAMES) <= set(models.__all__)


def reference_type(name: str, models: Any) -> Any:
    """What a `$ref` to the component reads as: a nullable object schema is its class or None."""
    model = getattr(models, name)
    schema = DOCUMENT["components"]["schemas"][name]
    types = schema.get("type")
    nullable_object = isinstance(types, list) and "null" in types and isinstance(model, type)
    return model | None if nullable_object else model


def always_sent_wire_names(models: Any) -> frozenset[str]:
    """The wire names of the fields some model sends even when not set (``__always_sent__``)."""
    names = set()
    for name in models.__all__:
        model = getattr(models, name)
        for field_name in getattr(model, "__always_sent__", ()):
            field = model.model_fields[field_name]
            names.add(field.serialization_alias or field_name)
    return frozenset(names)


def without_added_constants(dumped: Any, instance: Any, added: frozenset[str]) -> Any:
    """``dumped`` without the keys among ``added`` that ``instance`` lacks, at every level."""
    if isinstance(dumped, dict) and isinstance(instance, dict):
        return {
            key: without_added_constants(item, instance.get(key), added)
            for key, item in dumped.items()
            if key in instance or key not in added
        }
    if isinstance(dumped, list) and isinstance(instance, list) and len(dumped) == len(instance):
        return [without_added_constants(item, original, added) for item, original in zip(dumped, instance, strict=True)]
    return dumped


@pytest.mark.parametrize("name", NAMES)
def test_round_trip(name: str, models: Any) -> None:
    adapter = pydantic.TypeAdapter(reference_type(name, models))
    strategy = STRATEGIES.for_schema({"$ref": f"#/components/schemas/{name}"})

    @seed(20261127)
    @settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(strategy)
    def round_trip(instance: Any) -> None:
        for context in (None, _RESPONSE):  # what a user builds, and what the client reads
            value = adapter.validate_python(instance, context=context)
            dumped = adapter.dump_python(value, mode="json", by_alias=True, exclude_unset=True)
            if context is None:  # built to be sent, a model adds the constants it always sends
                dumped = without_added_constants(dumped, instance, always_sent_wire_names(models))
            assert canonical(dumped) == canonical(instance), f"{name}: {json.dumps(instance)[:300]}"

    round_trip()


@pytest.mark.parametrize(
    ("name", "instance"),
    [
        (
            "ProjectLogsEvent",
            {
                "id": "i",
                "_xact_id": "x",
                "created": "2024-01-01T00:00:00Z",
                "org_id": "o",
                "project_id": "p",
                "log_id": "g",
                "span_id": "s",
                "root_span_id": "r",
                "_pagination_key": "k",
            },
        ),
        (
            "InsertProjectLogsEvent",
            {"_is_merge": False, "_parent_id": None, "_object_delete": True, "span_attributes": {"type": "llm"}},
        ),
        (
            "FunctionDataNullish",
            {"type": "parameters", "__schema": {"type": "object", "properties": {"a": {}}}, "data": {}},
        ),
        (
            "ViewOptions",
            {"viewType": "monitor", "options": {"spanType": "range", "tzUTC": True}, "freezeColumns": None},
        ),
        ("SpanAttributes", {"type": "llm", "name": "n", "purpose": "scorer"}),
        ("AclItem", {"object_type": "project", "object_id": "o", "permission": None}),
    ],
)
def test_wire_names_survive(name: str, instance: dict[str, Any], models: Any) -> None:
    """`_xact_id` and the other underscore fields, `from`, `schema`, `type` and camelCase keep their wire names."""
    adapter = pydantic.TypeAdapter(getattr(models, name))
    value = adapter.validate_python(instance)
    assert adapter.dump_python(value, mode="json", by_alias=True, exclude_unset=True) == instance
    if isinstance(value, pydantic.BaseModel):
        assert not value.model_extra, f"{name}: a known field was taken for an unknown one: {value.model_extra}"
