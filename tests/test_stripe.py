"""Stripe's public spec (468 operations, 819 schemas, expandable fields as anyOf of an id or an object,
deep recursion) generates a package that imports, builds every model, and passes mypy --strict; with the
pagination rule the README gives for it, its list methods walk every page."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from tests.support import REPO, SPECS, mypy_strict, oapigen, run

STRIPE = SPECS / "stripe" / "spec3.json"


def readme_stripe_configuration() -> str:
    """The configuration that the README gives for Stripe (its pagination rule and idempotency header)."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    found = re.search(r"Stripe's\s+lists.*?```toml\n(.*?)```", readme, re.DOTALL)
    assert found is not None, "the README no longer gives a configuration for Stripe"
    return found.group(1)


@pytest.fixture(scope="module")
def stripe_client(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("stripe") / "client"
    (out.parent / "pyproject.toml").write_text(readme_stripe_configuration(), encoding="utf-8")
    result = oapigen(
        "generate",
        "--spec",
        str(STRIPE),
        "--out",
        str(out),
        "--package-name",
        "stripe_client",
        "--client-name",
        "Stripe",
        cwd=out.parent,  # outside the repository, whose configuration is the Braintrust spec's (this one's is the rule)
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return out, result.stdout


def _output(package_root: Path, script: str) -> str:
    """What ``script`` prints, run by Python beside the generated package (it must not fail)."""
    result = run([sys.executable, "-c", script], cwd=package_root)
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def test_every_operation_and_schema_is_generated(stripe_client: tuple[Path, str]) -> None:
    out, summary = stripe_client
    assert "468 operations" in summary and ", 0 warnings" in summary  # nothing generated in a degraded way
    script = (
        "import pydantic, stripe_client.models as m\n"
        "count = 0\n"
        "for name in m.__all__:\n"
        "    value = getattr(m, name)\n"
        "    if isinstance(value, type) and issubclass(value, pydantic.BaseModel):\n"
        "        value.model_rebuild(force=True)\n"
        "    else:\n"
        "        pydantic.TypeAdapter(value)\n"
        "    count += 1\n"
        "print(count)\n"
    )
    assert int(_output(out, script)) >= 819


def test_expandable_fields_accept_an_id_or_the_object(stripe_client: tuple[Path, str]) -> None:
    out, _ = stripe_client
    script = (
        "from stripe_client.models import Charge\nfields = Charge.model_fields\nprint(fields['customer'].annotation)\n"
    )
    annotation = _output(out, script)
    assert "str" in annotation and "Customer" in annotation


def test_passes_mypy_strict(stripe_client: tuple[Path, str]) -> None:
    out, _ = stripe_client
    result = mypy_strict(out / "stripe_client")
    assert result.returncode == 0, result.stdout[-3000:]


def test_passes_ruff_check_with_the_packages_own_settings(stripe_client: tuple[Path, str]) -> None:
    """ruff's default rules, as the package declares them: its unions (Literals beside other members, the
    same type twice) must be written as ruff's fixes leave them, since the format stage does not fix them."""
    out, _ = stripe_client
    result = run([sys.executable, "-m", "ruff", "check", "--no-cache", "."], cwd=out)
    assert result.returncode == 0, result.stdout[-3000:]


def test_the_readmes_rule_pages_every_list_by_has_more(stripe_client: tuple[Path, str]) -> None:
    out, _ = stripe_client
    resources = "".join(path.read_text(encoding="utf-8") for path in (out / "stripe_client" / "resources").glob("*.py"))
    assert resources.count("Paging(") == 98 == resources.count('has_more_field="has_more"')
    script = (
        "import httpx\n"
        "from stripe_client import Stripe\n"
        "def answer(request):\n"
        "    first = 'starting_after' not in request.url.params\n"
        "    item = {'id': 'cus_1' if first else 'cus_2', 'object': 'customer', 'created': 1, 'livemode': False}\n"
        "    return httpx.Response(200, json={'object': 'list', 'url': '/v1/customers', 'has_more': first, 'data': [item]})\n"
        "client = Stripe(api_key='k', base_url='http://x', http_client=httpx.Client(transport=httpx.MockTransport(answer)))\n"
        "print([customer.id for customer in client.customers.list(limit=1)])\n"
    )
    assert _output(out, script).split() == ["['cus_1',", "'cus_2']"]


def test_the_readmes_idempotency_header_is_sent_on_posts(stripe_client: tuple[Path, str]) -> None:
    out, _ = stripe_client
    script = (
        "import httpx\n"
        "from stripe_client import Stripe\n"
        "keys = []\n"
        "def answer(request):\n"
        "    keys.append(request.headers.get('Idempotency-Key'))\n"
        "    if len(keys) == 1:\n"
        "        return httpx.Response(500, json={})\n"
        "    customer = {'id': 'cus_1', 'object': 'customer', 'created': 1, 'livemode': False}\n"
        "    if request.method == 'GET':\n"
        "        return httpx.Response(200, json={'object': 'list', 'url': '/', 'has_more': False, 'data': [customer]})\n"
        "    return httpx.Response(200, json=customer)\n"
        "client = Stripe(api_key='k', base_url='http://x', http_client=httpx.Client(transport=httpx.MockTransport(answer)))\n"
        "import stripe_client._base_client as base\n"
        "base.INITIAL_RETRY_DELAY = 0.001\n"
        "client.customers.create(email='a@b.c')\n"
        "client.customers.list()\n"
        "print(len(set(keys[:2])), keys[0] is not None, keys[2])\n"
    )
    assert _output(out, script).split() == ["1", "True", "None"]  # one key through the retry; none on a GET
