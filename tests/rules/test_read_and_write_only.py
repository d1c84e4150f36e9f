"""A required property that only one direction carries: ``readOnly`` (the server sends it, a request leaves
it out) and ``writeOnly`` (the client sends it, a response leaves it out). One model class serves both
directions: it requires the read-only id (responses carry it) but not the write-only password; the method
whose body is the model asks for the password and has no argument for the id, and checks its body without
the id. (Before, the model required both: a create call whose body had a required ``readOnly`` id could not
be made at all, and a response without the password it never sends back did not parse.)"""

from __future__ import annotations

import inspect
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.support import generated_from, mock_client, mypy_strict

SPEC = """
openapi: 3.0.3
info: {title: Users, version: "1"}
paths:
  /users:
    post:
      operationId: createUser
      tags: [Users]
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/User"}
      responses:
        "201":
          description: created
          content:
            application/json:
              schema: {$ref: "#/components/schemas/User"}
components:
  schemas:
    User:
      type: object
      required: [id, name, password]
      properties:
        id: {type: string, readOnly: true}
        name: {type: string}
        password: {type: string, writeOnly: true}
"""


@pytest.fixture(scope="module")
def users(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with generated_from(tmp_path_factory.mktemp("users"), SPEC, "users_client", "Users") as module:
        yield module


def _client(users: Any, sent: list[httpx.Request]) -> Any:
    # no password in the answer: it is write-only
    return mock_client(users.Users, lambda request: httpx.Response(201, json={"id": "u1", "name": "ann"}), sent)


def test_a_create_call_sends_no_read_only_field_and_reads_a_reply_without_the_write_only_one(users: Any) -> None:
    sent: list[httpx.Request] = []
    created = _client(users, sent).users.create(name="ann", password="secret")
    assert json.loads(sent[0].content) == {"name": "ann", "password": "secret"}
    assert (created.id, created.name, created.password) == ("u1", "ann", None)


def test_the_method_asks_for_the_write_only_field_and_has_no_argument_for_the_read_only_one(users: Any) -> None:
    parameters = inspect.signature(users.Users(api_key="k", base_url="http://api.test").users.create).parameters
    assert "id" not in parameters
    assert parameters["password"].default is inspect.Parameter.empty
    assert parameters["name"].default is inspect.Parameter.empty


def test_the_model_requires_what_responses_carry(users: Any) -> None:
    """A response carries the read-only id and leaves out the write-only password."""
    user = users.models.User.model_validate({"id": "u1", "name": "ann"})
    assert user.model_dump(exclude_unset=True) == {"id": "u1", "name": "ann"}
    with pytest.raises(ValueError, match="id"):
        users.models.User.model_validate({"name": "ann", "password": "p"})


def test_the_generated_package_type_checks(users: Any) -> None:
    root = Path(users.__file__).parent.parent
    checked = mypy_strict(root / "users_client")
    assert checked.returncode == 0, checked.stdout
