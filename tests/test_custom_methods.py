"""A path whose last segment ends in a custom method (Google's AIP-136: ``/books/{id}:archive``,
``/books:batchDelete``) is named by that method, in the resource of the path before it: ``books.archive(id)``,
``books.batch_delete(ids=...)``. Read as a plain path, the POST on an item was named ``update`` (and the real
PATCH ``update_patch``), and ``/books:batchDelete`` made an API area of its own whose ``create`` deleted."""

from __future__ import annotations

from pathlib import Path

import httpx

from generator.config import Config
from generator.diagnostics import Diagnostics
from generator.pipeline import build_api
from tests.support import generated_from, mock_client, write_spec

BOOK = "{type: object, properties: {id: {type: string}, title: {type: string}}}"
ID = "[{name: id, in: path, required: true, schema: {type: string}}]"


def _operation(method: str, operation_id: str, body: str | None = None, parameters: str | None = None) -> str:
    return (
        f"    {method}:\n      operationId: {operation_id}\n"
        + (f"      parameters: {parameters}\n" if parameters else "")
        + (
            f"      requestBody: {{required: true, content: {{application/json: {{schema: {body}}}}}}}\n"
            if body
            else ""
        )
        + f"      responses: {{'200': {{description: ok, content: {{application/json: {{schema: {BOOK}}}}}}}}}\n"
    )


SPEC = (
    "openapi: 3.0.3\ninfo: {title: Library, version: '1'}\npaths:\n"
    "  /books:\n" + _operation("post", "createBook", BOOK) + "  /books/{id}:\n"
    "    parameters: " + ID + "\n" + _operation("patch", "updateBook", BOOK) + _operation("delete", "deleteBook") + ""
    "  /books/{id}:archive:\n" + _operation("post", "archiveBook", parameters=ID) + ""
    "  /books/{id}:undelete:\n" + _operation("post", "undeleteBook", parameters=ID) + ""
    "  /books:batchDelete:\n"
    + _operation("post", "batchDeleteBooks", "{type: object, properties: {ids: {type: array, items: {type: string}}}}")
    + "  /shelves/{id}/books:batchMove:\n"
    + _operation("post", "moveBooks", "{type: object}", parameters=ID)
)


def test_a_custom_method_names_the_method_in_the_resource_of_its_path(tmp_path: Path) -> None:
    config = Config(package_name="p", client_name="C", spec=write_spec(tmp_path, SPEC), out=tmp_path / "out")
    diagnostics = Diagnostics()
    api = build_api(config, diagnostics)
    assert not diagnostics.items, [d.format() for d in diagnostics.items]
    names = {
        (op.http_method, op.path): (resource.attr_name, op.method_name)
        for resource in api.resources
        for op in resource.operations
    }
    assert names == {
        ("post", "/books"): ("books", "create"),
        ("patch", "/books/{id}"): ("books", "update"),
        ("delete", "/books/{id}"): ("books", "delete"),
        ("post", "/books/{id}:archive"): ("books", "archive"),
        ("post", "/books/{id}:undelete"): ("books", "undelete"),
        ("post", "/books:batchDelete"): ("books", "batch_delete"),
        ("post", "/shelves/{id}/books:batchMove"): ("shelves", "batch_move_books"),
    }


def test_the_custom_method_is_sent_as_the_spec_writes_it(tmp_path: Path) -> None:
    sent: list[httpx.Request] = []
    with generated_from(tmp_path, SPEC, "library_client", "Library") as package:
        client = mock_client(package.Library, lambda request: httpx.Response(200, json={"id": "b 1"}), sent)
        assert client.books.archive("b 1").id == "b 1"
        client.books.batch_delete(ids=["a", "b"])
    assert [(r.method, r.url.raw_path) for r in sent] == [
        ("POST", b"/books/b%201:archive"),
        ("POST", b"/books:batchDelete"),
    ]
    assert sent[1].content == b'{"ids":["a","b"]}'
