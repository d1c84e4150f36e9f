"""datamodel-code-generator as an independent oracle for the models, with JSON Schema as referee.

For every component schema of the Braintrust spec, instances are drawn from the normalized schema and
mutated (a property dropped, set to null, given the wrong type, an unknown key, a value outside an
enum). Each instance goes to our model (as user input, the strict side), to datamodel-code-generator's
model, and to a JSON Schema 2020-12 validator. Where the two models disagree, or ours disagrees with the
schema, the case must be one explained below: a rule of DESIGN §2 where we differ on purpose, or a place
where datamodel-code-generator departs from the schema and we do not. Anything else fails the test.
"""

from __future__ import annotations

import collections
import importlib.util
import json
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import jsonschema
import pydantic
import pytest
from hypothesis import HealthCheck, given, seed, settings

from tests.schema_strategies import SchemaStrategies
from tests.support import REPO, prism_spec

DOCUMENT = json.loads(prism_spec().read_text())
SCHEMAS = DOCUMENT["components"]["schemas"]
EXAMPLES = 4

# (mutation, what JSON Schema says, what our model says, what datamodel-code-generator's says) -> why
EXPLAINED: dict[tuple[str, bool, bool, bool], str] = {
    # Where the two models differ and JSON Schema sides with ours: datamodel-code-generator's departures.
    ("null_value", False, False, True): "R5: an optional, non-nullable property may be omitted but not sent as null; "
    "datamodel-code-generator types every optional property `X | None` and accepts null",
    ("null_top", True, True, False): "R1/R4: a component that says `nullable` (ProjectSettings, SpanAttributes...) is "
    "nullable wherever it is referenced; datamodel-code-generator's class refuses null",
    ("valid", True, True, False): "datamodel-code-generator refuses valid instances: the nullable components of "
    "`null_top`; RunEval.parent, `allOf: [$ref to a union, {description}]`, which it turns into one class instead "
    "of the union (R7); and a nested class of Function that it shares with another schema of the same name "
    "(so `arguments` becomes required)",
    ("drop_optional", True, True, False): "mutations of the valid instances of `valid` that it already refuses",
    ("null_value", True, True, False): "mutations of the valid instances of `valid` that it already refuses",
    ("extra_key", True, True, False): "mutations of the valid instances of `valid` that it already refuses",
    ("wrong_type", True, True, False): "mutations of the valid instances of `valid` that it already refuses",
    ("wrong_type", False, False, True): "R8/R10: the value schema of additionalProperties (scores between 0 and 1) "
    "is enforced; datamodel-code-generator turns a nullable map into dict[str, Any]",
    # Where our model departs from JSON Schema: on purpose, by a rule of DESIGN §2.
    ("valid", False, True, True): "R6: oneOf is read as a union (the variant that fits); JSON Schema also demands "
    "that exactly one variant match, which neither model checks (the strategy drew an instance two variants fit)",
    ("extra_key", False, True, True): "the same oneOf exclusivity as `valid`",
    ("drop_optional", False, True, True): "the same oneOf exclusivity as `valid`",
    ("null_value", False, True, True): "the same oneOf exclusivity as `valid`",
    ("wrong_type", False, True, True): "the same oneOf exclusivity as `valid`",
    ("enum_value", False, True, True): "the same oneOf exclusivity as `valid`",
    ("drop_required", False, True, False): "a required property that allows one value (a union's tag, "
    "`role: assistant`) is filled in where the caller leaves it out, and sent: what our model sends is valid; "
    "datamodel-code-generator asks for it",
}
DEPARTURES = ("oneOf", "filled in")
"""What an explanation of our model accepting what JSON Schema refuses must say: why (a rule of DESIGN)."""


@pytest.fixture(scope="module")
def their_models(tmp_path_factory: pytest.TempPathFactory) -> Any:
    output = tmp_path_factory.mktemp("dcg") / "dcg_models.py"
    command = [
        sys.executable, "-m", "datamodel_code_generator", "--input", str(prism_spec()), "--input-file-type", "openapi",
        "--output-model-type", "pydantic_v2.BaseModel", "--output", str(output), "--target-python-version", "3.11",
        "--enum-field-as-literal", "all", "--use-annotated", "--field-constraints", "--disable-timestamp",
    ]  # fmt: skip
    subprocess.run(command, check=True, capture_output=True, timeout=600)
    spec = importlib.util.spec_from_file_location("dcg_models", output)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["dcg_models"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def our_models() -> Iterator[Any]:
    sys.path.insert(0, str(REPO / "generated"))
    import braintrust_client.models as module

    yield module
    sys.path.remove(str(REPO / "generated"))


def _mutations(name: str, instance: Any) -> Iterator[tuple[str, Any]]:
    yield "valid", instance
    yield "null_top", None
    if not isinstance(instance, dict):
        return
    schema = SCHEMAS[name]
    required = set(schema.get("required", []))
    for key in list(instance)[:8]:
        yield ("drop_required" if key in required else "drop_optional"), {k: v for k, v in instance.items() if k != key}
        yield "null_value", {**instance, key: None}
        yield "wrong_type", {**instance, key: "x" if isinstance(instance[key], dict) else {"x": [1]}}
    yield "extra_key", {**instance, "zz_unknown": 1}
    for key, property_schema in schema.get("properties", {}).items():
        if isinstance(property_schema, dict) and "enum" in property_schema:
            yield "enum_value", {**instance, key: "__not_listed__"}


def _draw_instances(strategies: SchemaStrategies, name: str) -> list[Any]:
    """The same instances of one component schema on every run (fixed seed, no example database)."""
    instances: list[Any] = []

    @seed(7)
    @settings(max_examples=EXAMPLES, database=None, deadline=None, suppress_health_check=list(HealthCheck))
    @given(strategies.for_schema({"$ref": f"#/components/schemas/{name}"}))
    def collect(instance: Any) -> None:
        instances.append(instance)

    collect()
    return instances


def _accepts(adapter: pydantic.TypeAdapter[Any], instance: Any) -> bool:
    try:
        adapter.validate_python(instance)
    except pydantic.ValidationError:
        return False
    return True


def _as_sent(adapter: pydantic.TypeAdapter[Any], instance: Any) -> Any:
    """The instance as our model sends it: validated, then dumped by wire name with the fields it sets."""
    return adapter.dump_python(adapter.validate_python(instance), mode="json", by_alias=True, exclude_unset=True)


def test_disagreements_are_all_explained(our_models: Any, their_models: Any) -> None:
    strategies = SchemaStrategies(DOCUMENT)
    validator = jsonschema.Draft202012Validator({"components": DOCUMENT["components"]})
    seen: collections.Counter[tuple[str, bool, bool, bool]] = collections.Counter()
    unexplained: list[str] = []
    compared = 0
    for name, schema in SCHEMAS.items():
        model = getattr(our_models, name)
        nullable_object = isinstance(model, type) and "null" in (schema.get("type") or [])
        ours = pydantic.TypeAdapter(model | None if nullable_object else model)
        theirs = pydantic.TypeAdapter(getattr(their_models, name))
        referee = validator.evolve(
            schema={"$ref": f"#/components/schemas/{name}", "components": DOCUMENT["components"]}
        )
        for instance in _draw_instances(strategies, name):
            for mutation, candidate in _mutations(name, instance):
                compared += 1
                verdict = (
                    mutation,
                    referee.is_valid(candidate),
                    _accepts(ours, candidate),
                    _accepts(theirs, candidate),
                )
                if verdict[1] == verdict[2] == verdict[3]:
                    continue
                seen[verdict] += 1
                if verdict not in EXPLAINED:
                    unexplained.append(f"{name} {verdict}: {json.dumps(candidate)[:200]}")
                elif not verdict[1] and verdict[2]:
                    # where ours accepts what JSON Schema refuses, the only objection must be oneOf's
                    # "exactly one", or what ours sends must be valid (a fixed property filled in): the
                    # explanations say so; the verdict alone would excuse anything
                    objections = {error.validator for error in referee.iter_errors(candidate)}
                    if objections != {"oneOf"} and not referee.is_valid(_as_sent(ours, candidate)):
                        unexplained.append(
                            f"{name} {verdict}, refused for {sorted(objections)}: {json.dumps(candidate)[:200]}"
                        )
    assert not unexplained, "\n".join(unexplained[:20])
    assert compared > 5000
    # Our model departs from JSON Schema only where a DESIGN rule says so (oneOf read as a union, a fixed
    # property filled in).
    assert all(verdict[1] == verdict[2] or any(why in EXPLAINED[verdict] for why in DEPARTURES) for verdict in seen)
    print(f"\n{compared} instances compared; disagreements by kind: {dict(seen)}")


def test_every_component_exists_on_both_sides(our_models: Any, their_models: Any) -> None:
    assert all(hasattr(our_models, name) for name in SCHEMAS)
    assert all(hasattr(their_models, name) for name in SCHEMAS)


def test_a_disagreement_we_chose_is_real(our_models: Any, their_models: Any) -> None:
    """R5 on a concrete body: `comment` may be null, `id` may not."""
    item = {"id": "row", "comment": None}
    assert _accepts(pydantic.TypeAdapter(our_models.FeedbackProjectLogsItem), item)
    assert not _accepts(pydantic.TypeAdapter(our_models.FeedbackProjectLogsItem), {"id": None})
    assert not _accepts(
        pydantic.TypeAdapter(our_models.FeedbackProjectLogsItem),
        {"id": "row", "tags": ["a"], "source": None} | {"scores": {"a": 5}},
    )
    assert _accepts(pydantic.TypeAdapter(their_models.FeedbackProjectLogsItem), {"id": "row", "scores": {"a": 5}})


if __name__ == "__main__":  # pragma: no cover
    sys.exit(pytest.main([__file__, "-s"]))
