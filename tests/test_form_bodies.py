"""Form-encoded request bodies (application/x-www-form-urlencoded), as Stripe's API takes them and as the
spec's ``encoding`` (or OpenAPI's default) says, and the method names of nested collections."""

from __future__ import annotations

import email
import email.policy
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
            encoding:  # as Stripe's spec says of every field that is an object or an array
              metadata: {style: deepObject, explode: true}
              expand: {style: deepObject, explode: true}
              address: {style: deepObject, explode: true}
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


STYLES = """
openapi: 3.1.0
info: {title: Styles, version: "1"}
servers: [{url: "https://api.styles.test"}]
paths:
  /token:
    post:
      operationId: token
      requestBody:
        content:
          application/x-www-form-urlencoded:
            encoding:
              ids: {style: form, explode: false}
              codes: {style: pipeDelimited}
              filter: {style: form, explode: true}
              point: {style: form, explode: false}
            schema:
              type: object
              properties:
                scopes: {type: array, items: {type: string}}
                ids: {type: array, items: {type: integer}}
                codes: {type: array, items: {type: string}}
                filter: {type: object, properties: {kind: {type: string}, size: {type: integer}}}
                point: {type: object, properties: {x: {type: integer}, y: {type: integer}}}
                address: {type: object, properties: {city: {type: string}}}
                lines: {type: array, items: {type: object, properties: {sku: {type: string}}}}
      responses: {"204": {description: ok}}
  /upload:
    post:
      operationId: upload
      requestBody:
        content:
          multipart/form-data:
            encoding:
              meta: {contentType: application/json}
            schema:
              type: object
              properties:
                file: {type: string, format: binary}
                meta: {type: object, properties: {title: {type: string}, tags: {type: array, items: {type: string}}}}
                tags: {type: array, items: {type: string}}
      responses: {"204": {description: ok}}
"""


def test_each_field_is_sent_in_the_style_its_encoding_gives_or_openapis_default(tmp_path: Path) -> None:
    """An array repeated its key only under Stripe's bracket notation (``scopes[0]=read``), whatever the
    spec said: OpenAPI's default is ``scopes=read&scopes=write``, and ``encoding`` was ignored, a JSON part
    of a multipart body included."""
    out = generate(write_spec(tmp_path, STYLES), tmp_path / "out", package_name="styles_client")
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    with imported(out, "styles_client") as package:
        client = package.Client(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
        client.token.create(
            scopes=["read", "write"],
            ids=[1, 2],
            codes=["a", "b"],
            filter={"kind": "x", "size": 2},
            point={"x": 1, "y": 2},
            address={"city": "Paris"},
            lines=[{"sku": "s1"}],
        )
        assert parse_qsl(seen[-1].content.decode()) == [
            ("scopes", "read"),
            ("scopes", "write"),
            ("ids", "1,2"),
            ("codes", "a|b"),
            ("kind", "x"),
            ("size", "2"),
            ("point", "x,1,y,2"),
            ("address[city]", "Paris"),
            ("lines[0][sku]", "s1"),
        ]
        client.upload.create(file=("a.txt", b"hi", "text/plain"), meta={"title": "T", "tags": ["x"]}, tags=["p", "q"])
        message = email.message_from_bytes(
            b"Content-Type: " + seen[-1].headers["content-type"].encode() + b"\r\n\r\n" + seen[-1].content,
            policy=email.policy.HTTP,
        )
        parts = [
            (
                part.get_param("name", header="content-disposition"),
                part.get_content_type(),
                part.get_payload(decode=True),
            )
            for part in message.iter_parts()
        ]
        assert ("meta", "application/json", b'{"title":"T","tags":["x"]}') in parts
        assert [payload for name, _, payload in parts if name == "tags"] == [b"p", b"q"]
