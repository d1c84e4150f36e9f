"""The committed Braintrust client covers the whole spec: every operation a method, every schema a model."""

from __future__ import annotations

import inspect
from pathlib import Path

import yaml

from generator.load_yaml import _SpecLoader
from tests.support import imported

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "trace")


def _spec_operations(spec: Path) -> list[tuple[str, str, str]]:
    """The spec's operations, read straight from the YAML (CORS `options` are not API operations)."""
    document = yaml.load(spec.read_text(), Loader=_SpecLoader)
    found = []
    for path, item in document["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                found.append((method, path, item[method]["operationId"]))
    return found


def test_the_spec_has_151_operations(braintrust_spec: Path) -> None:
    assert len(_spec_operations(braintrust_spec)) == 151


def test_every_operation_has_a_method_on_both_clients(braintrust_spec: Path, generated_root: Path) -> None:
    operations = _spec_operations(braintrust_spec)
    with imported(generated_root, "braintrust_client") as package:
        sync_client = package.Braintrust(api_key="k", base_url="http://127.0.0.1:9")
        async_client = package.AsyncBraintrust(api_key="k", base_url="http://127.0.0.1:9")
        found: dict[str, list[str]] = {"sync": [], "async": []}
        for kind, client in (("sync", sync_client), ("async", async_client)):
            for resource_name in _resource_names(package, client):
                resource = getattr(client, resource_name)
                for name, member in inspect.getmembers(type(resource), inspect.isfunction):
                    if not name.startswith("_"):
                        found[kind].append(f"{resource_name}.{name}")
                        if kind == "async" and "Pager" not in str(inspect.signature(member).return_annotation):
                            assert inspect.iscoroutinefunction(member), f"{resource_name}.{name} is not async"
    assert len(found["sync"]) == len(operations) == 151
    assert len(found["async"]) == len(operations)
    assert sorted(found["sync"]) == sorted(found["async"])
    for expected in (
        "project_logs.feedback",
        "projects.list",
        "projects.retrieve",
        "projects.create",
        "projects.update",
        "projects.delete",
    ):
        assert expected in found["sync"]


def _resource_names(package: object, client: object) -> list[str]:
    return [
        name for name, value in vars(type(client)).items() if hasattr(value, "func") and name != "with_raw_response"
    ]


def test_every_component_schema_has_a_model(braintrust_spec: Path, generated_root: Path) -> None:
    document = yaml.load(braintrust_spec.read_text(), Loader=_SpecLoader)
    names = list(document["components"]["schemas"])
    assert len(names) == 238
    with imported(generated_root, "braintrust_client") as package:
        from importlib import import_module

        models = import_module("braintrust_client.models")
        missing = [name for name in names if not hasattr(models, name)]
        assert not missing
        assert set(names) <= set(models.__all__)
        for name in names:
            getattr(models, name)  # every module imports
        assert package.__version__ == "0.1.0"
