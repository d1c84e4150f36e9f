"""A GET of a resource's own path is ``list``, except where no item path is below it and the answer is one
object: Stripe's ``GET /v1/balance`` is ``balance.retrieve()``, not ``balance.list()``. What reads as a
listing keeps ``list``: an array, an object whose array is the list (a pagination rule's items field, or
any array under a plural name), a union, and what the operation's own id calls a listing."""

from __future__ import annotations

from pathlib import Path

from generator.config import Config
from generator.diagnostics import Diagnostics
from generator.pipeline import build_api
from tests.support import write_spec


def _get(path: str, schema: str, operation_id: str) -> str:
    return (
        f"  {path}:\n    get:\n      operationId: {operation_id}\n      tags: [{[s for s in path.split('/') if s and '{' not in s][-1]}]\n"
        f"      responses:\n        '200':\n          description: ok\n"
        f"          content: {{application/json: {{schema: {schema}}}}}\n"
    )


ANSWERS = {
    # path: (answer schema, operationId, expected method name)
    "/v1/balance": ("{$ref: '#/components/schemas/Balance'}", "GetBalance", "retrieve"),
    "/settings": ("{type: object, properties: {theme: {type: string}}}", "getSettings", "retrieve"),
    "/me": ("{allOf: [{$ref: '#/components/schemas/Person'}]}", "whoAmI", "retrieve"),
    "/users": ("{type: object, properties: {data: {type: array, items: {type: string}}}}", "getUsers", "list"),
    "/project": ("{type: object, properties: {objects: {type: array, items: {type: string}}}}", "getProject", "list"),
    "/things": ("{type: array, items: {type: string}}", "getThings", "list"),
    "/reports": ("{type: object, properties: {n: {type: integer}}}", "listReports", "list"),
    "/pets": ("{oneOf: [{type: object}, {type: array}]}", "getPets", "list"),
    "/cards": ("{type: object, properties: {n: {type: integer}}}", "getCards", "list"),  # /cards/{id} below
    "/people": ("{type: object, properties: {data: {type: array, items: {type: string}}}}", "getPeople", "list"),
    "/status": ("{type: object, properties: {checks: {type: array, items: {type: string}}}}", "getStatus", "retrieve"),
    "/profile": ("{type: object, nullable: true, properties: {name: {type: string}}}", "getProfile", "retrieve"),
    "/count": ("{type: integer}", "getCount", "retrieve"),
    "/labels": ("{type: string}", "getLabels", "retrieve"),  # a plural name, but one value
}

SPEC = (
    "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n"
    + "".join(_get(path, schema, operation_id) for path, (schema, operation_id, _) in ANSWERS.items())
    + _get("/cards/{id}", "{type: object}", "getCard").replace(
        "      responses:",
        "      parameters: [{name: id, in: path, required: true, schema: {type: string}}]\n      responses:",
    )
    + """components:
  schemas:
    Balance:
      type: object
      properties:
        available: {type: array, items: {type: integer}}
        pending: {type: array, items: {type: integer}}
    Person: {type: object, properties: {name: {type: string}}}
"""
)


def test_a_get_that_answers_one_object_is_retrieve_and_a_listing_stays_list(tmp_path: Path) -> None:
    config = Config(package_name="p", client_name="C", spec=write_spec(tmp_path, SPEC), out=tmp_path / "out")
    diagnostics = Diagnostics()
    api = build_api(config, diagnostics)
    assert not diagnostics.items, [d.format() for d in diagnostics.items]
    names = {op.path: op.method_name for op in api.operations}
    assert names == {path: expected for path, (_, _, expected) in ANSWERS.items()} | {"/cards/{id}": "retrieve"}


def test_a_get_that_answers_text_is_retrieve(tmp_path: Path) -> None:
    """``GET /ping`` answering a string was ``ping.list()``."""
    spec = (
        "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n"
        + _get("/ping", "{type: string}", "ping").replace("application/json", "text/plain")
        + _get("/reports", "{type: string, format: binary}", "getReport").replace("application/json", "application/pdf")
    )
    config = Config(package_name="p", client_name="C", spec=write_spec(tmp_path, spec), out=tmp_path / "out")
    diagnostics = Diagnostics()
    api = build_api(config, diagnostics)
    assert not diagnostics.items, [d.format() for d in diagnostics.items]
    assert {op.path: op.method_name for op in api.operations} == {"/ping": "retrieve", "/reports": "retrieve"}
