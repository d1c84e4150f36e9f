"""Form-encoded request bodies (application/x-www-form-urlencoded), as Stripe's API takes them, and the
method names of nested collections."""

from __future__ import annotations

import inspect
import sys
from pathlib import Path
from urllib.parse import parse_qsl

import httpx

from tests.support import generate, imported, write_spec

SPEC = """
openapi: 3.0.0
info: {title: Forms, version: "1"}
servers: [{url: "https://api.forms.test"}]
paths:
  /v1/customers:
    post:
      operationId: PostCustomers
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              properties:
                email: {type: string}
                metadata: {type: object, additionalProperties: {type: string}}
                expand: {type: array, items: {type: string}}
                address:
                  type: object
                  properties: {city: {type: string}, line1: {type: string}}
                balance: {type: integer, minimum: 0}
              additionalProperties: false
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Customer"}}}}
  /v1/customers/{customer}:
    post:
      operationId: PostCustomersCustomer
      parameters: [{name: customer, in: path, required: true, schema: {type: string}}]
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema: {type: object, properties: {description: {type: string}}}
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Customer"}}}}
  /v1/customers/{customer}/cards:
    get:
      operationId: GetCustomersCustomerCards
      parameters: [{name: customer, in: path, required: true, schema: {type: string}}]
      responses: {"200": {description: ok}}
    post:
      operationId: PostCustomersCustomerCards
      parameters: [{name: customer, in: path, required: true, schema: {type: string}}]
      responses: {"200": {description: ok}}
  /v1/customers/{customer}/cards/{id}:
    parameters:
      - {name: customer, in: path, required: true, schema: {type: string}}
      - {name: id, in: path, required: true, schema: {type: string}}
    get: {operationId: GetCard, responses: {"200": {description: ok}}}
    delete: {operationId: DeleteCard, responses: {"200": {description: ok}}}
components:
  schemas:
    Customer:
      type: object
      required: [id]
      properties: {id: {type: string}, email: {type: string, nullable: true}}
"""


def test_form_bodies_are_sent_in_bracket_notation(tmp_path: Path) -> None:
    out = generate(write_spec(tmp_path, SPEC), tmp_path / "out", package_name="forms_client")
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"id": "cus_1", "email": None})

    with imported(out, "forms_client") as package:
        client = package.Client(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
        customer = client.customers.create(
            email="a@b.c", metadata={"plan": "pro"}, expand=["tax", "cards"], address={"city": "Paris"}
        )
        assert customer.id == "cus_1"
        request = seen[-1]
        assert request.headers["content-type"] == "application/x-www-form-urlencoded"
        assert parse_qsl(request.content.decode()) == [
            ("email", "a@b.c"),
            ("metadata[plan]", "pro"),
            ("expand[0]", "tax"),
            ("expand[1]", "cards"),
            ("address[city]", "Paris"),
        ]
        client.customers.update("cus_1", description="vip")
        assert str(seen[-1].url) == "https://api.forms.test/v1/customers/cus_1"
        assert seen[-1].content == b"description=vip"


def test_form_bodies_are_checked_like_json_ones(tmp_path: Path) -> None:
    import pydantic
    import pytest

    out = generate(write_spec(tmp_path, SPEC), tmp_path / "out", package_name="forms_checked")
    with imported(out, "forms_checked") as package:
        client = package.Client(
            api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(500)))
        )
        with pytest.raises(pydantic.ValidationError, match="balance"):
            client.customers.create(balance=-1)


def test_nested_collections_read_like_top_level_ones(tmp_path: Path) -> None:
    out = generate(write_spec(tmp_path, SPEC), tmp_path / "out", package_name="forms_names")
    with imported(out, "forms_names") as package:
        resource = type(package.Client(api_key="k").customers)
        names = {name for name, _ in inspect.getmembers(resource, inspect.isfunction) if not name.startswith("_")}
        assert names == {"create", "update", "list_cards", "create_card", "retrieve_card", "delete_card"}
        assert list(inspect.signature(resource.retrieve_card).parameters)[1:3] == ["customer", "id"]
    assert sys.modules.get("forms_names") is None
