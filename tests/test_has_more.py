"""A pagination rule's ``has-more-field`` (Stripe's ``has_more``): where the answer says no page follows,
the walk ends there, without the request for an empty page that ends it otherwise; where the answer does
not say (no such field, or not false), the walk goes on as before. Sync and async alike."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.config import Config, PaginationRule, load_config
from generator.diagnostics import Diagnostics
from generator.pipeline import build_api
from tests.support import generate, imported, write_spec

ITEMS = '{type: array, items: {$ref: "#/components/schemas/Customer"}}'
CURSOR = "{name: starting_after, in: query, schema: {type: string}}"


def _listing(name: str, parameters: list[str], answer: dict[str, str], required: str = "") -> str:
    """A GET of ``/<name>`` whose answer is an object with ``data`` (the items) and the ``answer`` properties."""
    properties = ", ".join(f"{key}: {schema}" for key, schema in {"data": ITEMS, **answer}.items())
    return f"""
  /{name}:
    get:
      operationId: list{name.title()}
      tags: [{name.title()}]
      parameters: [{", ".join(parameters)}]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {{type: object, {f"required: {required}, " if required else ""}properties: {{{properties}}}}}"""


SPEC = (
    'openapi: 3.0.3\ninfo: {title: Shop, version: "1"}\npaths:'
    + _listing(
        "customers",
        [CURSOR, "{name: limit, in: query, schema: {type: integer}}"],
        {"has_more": "{type: boolean}"},
        "[data, has_more]",
    )
    + _listing("invoices", [CURSOR], {})  # no has-more field
    + _listing(
        "events",
        ["{name: page, in: query, schema: {type: string}}"],
        {"next_page": "{type: string}", "has_more": "{type: boolean}"},
    )
    + _listing("refunds", [CURSOR], {"has_more": '{type: string, enum: ["yes", "no"]}'})
    + _listing("payouts", [CURSOR], {"has_more": "{type: boolean, enum: [true, false]}"})
    + """
components:
  schemas:
    Customer: {type: object, required: [id], properties: {id: {type: string}}}
"""
)

RULES = (
    PaginationRule(
        kind="id_cursor",
        cursor_param="starting_after",
        items_field="data",
        limit_param="limit",
        has_more_field="has_more",
    ),
    PaginationRule(
        kind="token_cursor", cursor_param="page", items_field="data", next_field="next_page", has_more_field="has_more"
    ),
)
IDS = [f"c{n}" for n in range(5)]


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("has_more")
    config = Config(package_name="shop_client", client_name="Shop", pagination=RULES)
    return generate(write_spec(folder, SPEC), folder / "out", config)


@pytest.fixture(scope="module")
def shop(package: Path) -> Iterator[Any]:
    with imported(package, "shop_client") as module:
        yield module


def _pages(says_more: Callable[[int, bool], object]) -> Callable[[httpx.Request], httpx.Response]:
    """Pages of two customers after ``starting_after``; ``says_more(end, more_follow)`` is the answer's
    has_more (left out where it gives ``...``)."""

    def answer(request: httpx.Request) -> httpx.Response:
        after = request.url.params.get("starting_after")
        start = IDS.index(after) + 1 if after else 0
        body: dict[str, Any] = {"data": [{"id": id_} for id_ in IDS[start : start + 2]]}
        more = says_more(start + 2, start + 2 < len(IDS))
        if more is not ...:
            body["has_more"] = more
        return httpx.Response(200, json=body)

    return answer


def _walk(
    shop: Any, kind: str, resource: str, answer: Callable[[httpx.Request], httpx.Response]
) -> tuple[list[str], list[httpx.Request]]:
    sent: list[httpx.Request] = []

    def recording(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return answer(request)

    if kind == "sync":
        client = shop.Shop(
            api_key="k", base_url="http://api.test", http_client=httpx.Client(transport=httpx.MockTransport(recording))
        )
        return [item.id for item in getattr(client, resource).list()], sent

    async def walk() -> list[str]:
        http = httpx.AsyncClient(transport=httpx.MockTransport(recording))
        client = shop.AsyncShop(api_key="k", base_url="http://api.test", http_client=http)
        return [item.id async for item in getattr(client, resource).list()]

    return asyncio.run(walk()), sent


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_has_more_false_ends_the_walk_without_asking_for_an_empty_page(shop: Any, kind: str) -> None:
    ids, sent = _walk(shop, kind, "customers", _pages(lambda end, more: more))
    assert ids == IDS
    assert [request.url.params.get("starting_after") for request in sent] == [None, "c1", "c3"]


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_an_answer_that_does_not_say_false_goes_on_to_the_empty_page(shop: Any, kind: str) -> None:
    for says in (lambda end, more: ..., lambda end, more: None, lambda end, more: True):
        ids, sent = _walk(shop, kind, "customers", _pages(says))
        assert ids == IDS and len(sent) == 4  # three pages, then the empty one that ends the walk


def test_has_more_false_on_the_first_page_is_the_last_page(shop: Any) -> None:
    ids, sent = _walk(shop, "sync", "customers", _pages(lambda end, more: False))
    assert ids == ["c0", "c1"] and len(sent) == 1
    client = shop.Shop(
        api_key="k",
        base_url="http://api.test",
        http_client=httpx.Client(transport=httpx.MockTransport(_pages(lambda e, m: False))),
    )
    page = client.customers.list()
    assert not page.has_next_page() and page.next_page_params() is None


def test_a_token_cursor_with_has_more_false_ends_though_a_cursor_came_back(shop: Any) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        first = request.url.params.get("page") is None
        return httpx.Response(200, json={"data": [{"id": "a" if first else "b"}], "next_page": "p2", "has_more": first})

    ids, sent = _walk(shop, "sync", "events", answer)
    assert ids == ["a", "b"] and [request.url.params.get("page") for request in sent] == [None, "p2"]


def test_an_answer_without_the_field_pages_as_before(package: Path, shop: Any) -> None:
    invoices = (package / "shop_client" / "resources" / "invoices.py").read_text(encoding="utf-8")
    assert "has_more_field" not in invoices  # the rule's field is not in this answer
    refunds = (package / "shop_client" / "resources" / "refunds.py").read_text(encoding="utf-8")
    assert "Paging(" in refunds and "has_more_field" not in refunds  # not a boolean: it cannot say false
    payouts = (package / "shop_client" / "resources" / "payouts.py").read_text(encoding="utf-8")
    assert 'has_more_field="has_more"' in payouts  # an enum of booleans says false as well
    customers = (package / "shop_client" / "resources" / "customers.py").read_text(encoding="utf-8")
    assert 'has_more_field="has_more"' in customers
    ids, sent = _walk(shop, "sync", "invoices", _pages(lambda end, more: False))
    assert ids == IDS and len(sent) == 4


def test_the_configuration_key_is_has_more_field(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        "[tool.oapigen]\n[[tool.oapigen.pagination]]\n"
        'kind = "id_cursor"\ncursor-param = "starting_after"\nitems-field = "data"\nhas-more-field = "has_more"\n',
        encoding="utf-8",
    )
    diagnostics = Diagnostics()
    config = load_config(tmp_path / "pyproject.toml", diagnostics)
    assert not diagnostics.items
    assert config.pagination == (
        PaginationRule(kind="id_cursor", cursor_param="starting_after", items_field="data", has_more_field="has_more"),
    )


def test_a_has_more_field_that_is_no_boolean_is_reported(tmp_path: Path) -> None:
    config = Config(package_name="p", client_name="C", pagination=RULES, spec=write_spec(tmp_path, SPEC))
    diagnostics = Diagnostics()
    build_api(config, diagnostics)
    assert [(d.pointer, d.code) for d in diagnostics.items] == [("#/paths/~1refunds/get", "operation.has-more-field")]
    assert "`has_more` (the pagination rule's has-more-field) is not a boolean" in diagnostics.items[0].message
