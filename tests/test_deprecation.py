"""What the spec marks ``deprecated`` is deprecated in the client too: an operation's methods carry PEP 702's
``@typing_extensions.deprecated`` (type checkers flag the calls; each call warns at the caller's line), a
property's field warns where it is read (not where a response sets it), and the docstrings say so for
operations, parameters, models and fields. Nothing that is not deprecated warns."""

from __future__ import annotations

import asyncio
import dataclasses
import inspect
import json
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.config import Config, StreamingRule
from tests.support import generate, imported, mock_client, mypy_strict, run, write_spec

SPEC = """
openapi: 3.0.3
info: {title: Shop, version: "1"}
paths:
  /orders/{id}:
    get:
      operationId: getOrder
      tags: [Orders]
      summary: One order.
      deprecated: true
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
        - {name: legacy_view, in: query, deprecated: true, schema: {type: boolean}}
        - {name: expand, in: query, description: What to expand., deprecated: true, schema: {type: string}}
        - {name: fields, in: query, description: Which fields., schema: {type: string}}
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Order"}}}}
  /orders:
    post:
      operationId: createOrder
      tags: [Orders]
      deprecated: true
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              properties:
                item: {type: string}
                stream: {type: boolean}
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Order"}}}}
  /orders/{id}/receipt:
    get:
      operationId: getReceipt
      tags: [Orders]
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Receipt"}}}}
  /pets:
    get:
      operationId: listPets
      tags: [Pets]
      parameters:
        - {name: starting_after, in: query, schema: {type: string}}
        - {name: limit, in: query, schema: {type: integer}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                required: [objects]
                properties: {objects: {type: array, items: {$ref: "#/components/schemas/Cat"}}}
components:
  schemas:
    Pet:
      oneOf: [{$ref: "#/components/schemas/Cat"}, {$ref: "#/components/schemas/Dog"}]
      discriminator: {propertyName: kind}
    Cat:
      type: object
      required: [kind, id]
      properties: {kind: {type: string, enum: [Cat], deprecated: true}, id: {type: string, deprecated: true}}
    Dog:
      type: object
      required: [kind, id]
      properties: {kind: {type: string, enum: [Dog]}, id: {type: string}}
    Home: {type: object, properties: {pet: {$ref: "#/components/schemas/Pet"}}}
    Child:
      allOf: [{$ref: "#/components/schemas/Receipt"}, {type: object, properties: {extra: {type: string}}}]
    Order:
      type: object
      required: [id]
      properties:
        id: {type: string}
        total: {type: integer, description: In cents., deprecated: true}
        totalAmount: {type: integer, deprecated: true}
        note: {type: string}
    Receipt:
      type: object
      description: A receipt.
      deprecated: true
      properties:
        number: {type: string}
"""

ORDER = {"id": "o1", "total": 5, "totalAmount": 6, "note": "n"}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("deprecation")
    config = Config(
        package_name="shop_client",
        client_name="Shop",
        spec=write_spec(folder, SPEC),
        out=folder / "out",
        streaming={"createOrder": StreamingRule(param="stream")},
    )
    generate(config.spec, config.out, dataclasses.replace(config))
    return config.out


@pytest.fixture(scope="module")
def shop(package: Path) -> Iterator[Any]:
    with imported(package, "shop_client") as module:
        yield module


def _answer(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/pets":
        after = request.url.params.get("starting_after")
        return httpx.Response(200, json={"objects": [{"kind": "Cat", "id": "c1"}] if after is None else []})
    body = {"number": "r1"} if request.url.path.endswith("/receipt") else ORDER
    return httpx.Response(200, json=body)


def _caught(call: Any) -> tuple[Any, list[warnings.WarningMessage]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = call()
    return result, [w for w in caught if issubclass(w.category, DeprecationWarning)]


def test_a_deprecated_operation_warns_at_the_callers_line(shop: Any) -> None:
    client = mock_client(shop.Shop, _answer)
    order, caught = _caught(lambda: client.orders.retrieve("o1"))
    assert order.id == "o1"
    assert [str(w.message) for w in caught] == ["GET /orders/{id} is deprecated by the API"]
    assert caught[0].filename == __file__  # where the call is, so Python's default filters show it in scripts


def test_a_deprecated_streaming_operation_warns_through_its_overloads(shop: Any) -> None:
    client = mock_client(shop.Shop, _answer)
    order, caught = _caught(lambda: client.orders.create(item="i"))
    assert order.id == "o1"
    assert [str(w.message) for w in caught] == ["POST /orders is deprecated by the API"]


def test_an_asynchronous_deprecated_operation_warns_when_called(shop: Any) -> None:
    http = httpx.AsyncClient(transport=httpx.MockTransport(_answer))
    client = shop.AsyncShop(api_key="k", base_url="http://api.test", max_retries=0, http_client=http)
    coroutine, caught = _caught(lambda: client.orders.retrieve("o1"))
    assert asyncio.run(coroutine).id == "o1"
    assert [str(w.message) for w in caught] == ["GET /orders/{id} is deprecated by the API"]


def test_nothing_that_is_not_deprecated_warns(shop: Any) -> None:
    client = mock_client(shop.Shop, _answer)
    receipt, caught = _caught(lambda: client.orders.receipt("o1"))
    assert receipt.number == "r1" and caught == []
    order, caught = _caught(lambda: shop.models.Order.model_validate(ORDER))
    assert caught == []  # a response that carries deprecated fields is no use of them
    _, caught = _caught(lambda: (order.id, order.note, order.model_dump(), order.model_dump_json(), repr(order)))
    assert caught == []


def test_the_clients_own_reading_of_deprecated_fields_does_not_warn(shop: Any) -> None:
    sent: list[httpx.Request] = []
    client = mock_client(shop.Shop, _answer, sent)
    pets, caught = _caught(lambda: list(client.pets.list()))  # the next page starts after the last id
    assert [pet.__dict__["id"] for pet in pets] == ["c1"] and caught == []
    assert [request.url.params.get("starting_after") for request in sent] == [None, "c1"]
    cat = shop.models.Cat(kind="Cat", id="c2")
    home, caught = _caught(lambda: shop.models.Home(pet=cat))  # the union reads the tag of a model given to it
    assert home.pet is cat and caught == []


def test_reading_a_deprecated_field_warns(shop: Any) -> None:
    order = shop.models.Order.model_validate(ORDER)
    total, caught = _caught(lambda: order.total)
    assert total == 5
    assert [str(w.message) for w in caught] == ["Order.total is deprecated by the API"]
    amount, caught = _caught(lambda: order.total_amount)  # an aliased field keeps its alias
    assert amount == 6 and [str(w.message) for w in caught] == ["Order.total_amount is deprecated by the API"]
    assert json.loads(order.model_dump_json(by_alias=True))["totalAmount"] == 6
    assert shop.models.Order.model_json_schema()["properties"]["total"]["deprecated"] is True


def test_docstrings_say_what_is_deprecated(shop: Any) -> None:
    method = inspect.getdoc(shop.Shop(api_key="k").orders.retrieve) or ""
    assert "One order.\n\nDeprecated by the API." in method
    assert "legacy_view: Deprecated by the API.\n" in method
    assert "expand: Deprecated by the API. What to expand.\n" in method
    assert "fields: Which fields." in method
    assert inspect.getdoc(shop.models.Receipt) == "A receipt.\n\nDeprecated by the API."
    # a model built on a deprecated one (allOf) is not deprecated itself
    assert "Deprecated" not in (inspect.getdoc(shop.models.Child) or "")
    source = inspect.getsource(shop.models.Order)
    assert '"""In cents.\n\n    Deprecated by the API.\n    """' in source
    assert "Deprecated by the API." not in (inspect.getdoc(shop.Shop(api_key="k").orders.receipt) or "")


def _mypy_with_deprecations(*arguments: str, cwd: Path) -> Any:
    """mypy --strict with its ``deprecated`` error code (off by default), as a user who wants PEP 702 runs it."""
    command = [sys.executable, "-m", "mypy", "--strict", "--enable-error-code", "deprecated", "--no-incremental"]
    return run([*command, *arguments], cwd=cwd)


def test_type_checkers_flag_a_call_of_a_deprecated_method(package: Path, tmp_path: Path) -> None:
    user = tmp_path / "user.py"
    user.write_text(
        "from shop_client import Shop\n\n"
        "client = Shop(api_key='k')\n"
        "client.orders.retrieve('o1')\n"
        "client.orders.create(item='i')\n"
        "client.orders.receipt('o1')\n",
        encoding="utf-8",
    )
    # --follow-imports silent: the package is checked as an installed one is, for the user's file alone
    flagged = _mypy_with_deprecations("--follow-imports", "silent", str(user), cwd=package)
    lines = [line for line in flagged.stdout.splitlines() if "[deprecated]" in line]
    assert [line.split(":")[1] for line in lines] == ["4", "5"], flagged.stdout
    assert "GET /orders/{id} is deprecated by the API" in lines[0]
    checked = mypy_strict(package / "shop_client", cwd=package)
    assert checked.returncode == 0, checked.stdout
    # the package's own raw-response wrappers refer to its deprecated methods on purpose
    strictest = _mypy_with_deprecations("shop_client", cwd=package)
    assert strictest.returncode == 0, strictest.stdout
    linted = run([sys.executable, "-m", "ruff", "check", "--no-cache", "."], cwd=package)
    assert linted.returncode == 0, linted.stdout


def test_a_deprecated_operation_warns_through_with_raw_response_at_the_callers_line(shop: Any) -> None:
    client = mock_client(shop.Shop, _answer)
    raw, caught = _caught(lambda: client.with_raw_response.orders.retrieve("o1"))
    assert raw.parse().id == "o1"
    assert [(str(w.message), w.filename) for w in caught] == [("GET /orders/{id} is deprecated by the API", __file__)]

    async def call() -> Any:
        http = httpx.AsyncClient(transport=httpx.MockTransport(_answer))
        client = shop.AsyncShop(api_key="k", base_url="http://api.test", max_retries=0, http_client=http)
        return await client.with_raw_response.orders.retrieve("o1")

    raw, caught = _caught(lambda: asyncio.run(call()))
    assert raw.status_code == 200
    assert [(str(w.message), w.filename) for w in caught] == [("GET /orders/{id} is deprecated by the API", __file__)]
