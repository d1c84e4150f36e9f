"""Lazy loading: importing the package, or taking the client class from it, does not import every model and
resource module; using a resource loads that resource and the models it needs, no more.

Each check runs in a fresh interpreter and reads its ``sys.modules``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

from tests.support import REPO

GENERATED = REPO / "generated"


def _loaded_after(code: str) -> dict[str, list[str]]:
    script = textwrap.dedent(
        """
        import json, sys
        before = set(sys.modules)
        {code}
        ours = sorted(m for m in sys.modules if m.startswith("braintrust_client"))
        print(json.dumps({{
            "models": [m for m in ours if m.startswith("braintrust_client.models.")],
            "resources": [m for m in ours if m.startswith("braintrust_client.resources.")],
            "all": ours,
            "third_party": sorted(m.split(".")[0] for m in set(sys.modules) - before if not m.startswith("braintrust_client")),
        }}))
        """
    ).format(code=textwrap.indent(textwrap.dedent(code), ""))
    environment = {**os.environ, "PYTHONPATH": str(GENERATED)}
    completed = subprocess.run(
        [sys.executable, "-c", script], env=environment, capture_output=True, text=True, timeout=120, check=False
    )
    assert completed.returncode == 0, completed.stderr
    return json.loads(completed.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _counts() -> tuple[int, int]:
    package = GENERATED / "braintrust_client"
    models = [p for p in (package / "models").glob("*.py") if p.name != "__init__.py"]
    resources = [p for p in (package / "resources").glob("*.py") if p.name != "__init__.py"]
    return len(models), len(resources)


def test_importing_the_package_imports_no_model_and_no_resource() -> None:
    loaded = _loaded_after("import braintrust_client")
    assert loaded["all"] == ["braintrust_client", "braintrust_client._version"]
    assert "pydantic" not in loaded["third_party"] and "httpx" not in loaded["third_party"]


def test_the_client_class_loads_neither_models_nor_pydantic() -> None:
    loaded = _loaded_after("from braintrust_client import Braintrust, AsyncBraintrust, NotFoundError")
    assert loaded["models"] == [] and loaded["resources"] == []
    assert "braintrust_client.models" not in loaded["all"]
    assert "pydantic" not in loaded["third_party"]  # it loads with the first response or the first resource


def test_a_resource_loads_itself_and_only_the_models_it_uses() -> None:
    total_models, total_resources = _counts()
    loaded = _loaded_after(
        """
        from braintrust_client import Braintrust
        client = Braintrust(api_key="k", base_url="http://127.0.0.1:9")
        client.projects
        """
    )
    assert loaded["resources"] == ["braintrust_client.resources.projects"]
    assert 0 < len(loaded["models"]) <= 10 < total_models
    assert "braintrust_client.models.project" in loaded["models"]
    assert total_resources > 20


def test_a_model_loads_only_its_own_module_and_what_it_refers_to() -> None:
    total_models, _ = _counts()
    loaded = _loaded_after("from braintrust_client.models import Project")
    assert "braintrust_client.models.project" in loaded["models"]
    assert len(loaded["models"]) <= 6 < total_models
    assert loaded["resources"] == []
    assert "braintrust_client._client" not in loaded["all"]


def test_everything_is_still_reachable_lazily() -> None:
    loaded = _loaded_after(
        """
        import braintrust_client
        assert braintrust_client.models.Project.__name__ == "Project"
        assert braintrust_client.SyncPage.__name__ == "SyncPage"
        assert braintrust_client.Stream.__name__ == "Stream"
        assert "Braintrust" in dir(braintrust_client)
        try:
            braintrust_client.NoSuchThing
        except AttributeError:
            pass
        else:
            raise AssertionError("expected AttributeError")
        """
    )
    assert "braintrust_client.models.project" in loaded["models"]
