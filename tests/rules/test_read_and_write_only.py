"""A required property that only one direction carries: ``readOnly`` (the server sends it, a request leaves
it out) and ``writeOnly`` (the client sends it, a response leaves it out). One model class serves both
directions: it requires the read-only id of responses only (a model a caller builds, at any depth of a
request, leaves it out and does not send it) and never requires the write-only password; the method whose
body is the model asks for the password and has no argument for the id. (Before, the model required both:
a create call whose body had a required ``readOnly`` id could not be made at all, and a response without
the password it never sends back did not parse; later, a team whose body listed users still needed an id
for each, which was then sent.)"""

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
  /teams:
    post:
      operationId: createTeam
      tags: [Teams]
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [members]
              properties: {members: {type: array, items: {$ref: "#/components/schemas/User"}}}
      responses:
        "201":
          description: created
          content:
            application/json:
              schema:
                type: object
                required: [members]
                properties: {members: {type: array, items: {$ref: "#/components/schemas/User"}}}
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
    """A response carries the read-only id and leaves out the write-only password; a model built for a
    request has no id (it reads None, and is not sent)."""
    user = users.models.User.from_dict({"id": "u1", "name": "ann"})
    assert user.model_dump(exclude_unset=True) == {"id": "u1", "name": "ann"}
    built = users.models.User(name="ann", password="p")
    assert (built.id, built.to_dict()) == (None, {"name": "ann", "password": "p"})
    with pytest.raises(users.APIResponseValidationError, match=r"members\.0\.id"):
        mock_client(users.Users, lambda request: httpx.Response(201, json={"members": [{"name": "ann"}]})).teams.create(
            members=[]
        )


def test_a_model_built_for_a_request_survives_being_stored_and_read_back(users: Any) -> None:
    """to_dict()/from_dict() and to_json()/from_json(), which the generated README gives for storing a
    model, read back a caller-built model without its read-only id; a response without it still fails."""
    User = users.models.User
    built = User(name="ann", password="p")
    for restored in (User.from_dict(built.to_dict()), User.from_json(built.to_json())):
        assert (restored.id, restored.to_dict()) == (None, {"name": "ann", "password": "p"})
    assert User.from_dict({"id": "u1", "name": "ann"}).id == "u1"
    with pytest.raises(users.APIResponseValidationError, match=r"\bid\b"):
        mock_client(users.Users, lambda request: httpx.Response(201, json={"name": "ann"})).users.create(
            name="ann", password="p"
        )


def test_a_nested_model_in_a_request_leaves_its_read_only_fields_out(users: Any) -> None:
    sent: list[httpx.Request] = []
    answer = {"members": [{"id": "u1", "name": "ann"}, {"id": "u2", "name": "bo"}]}
    client = mock_client(users.Users, lambda request: httpx.Response(201, json=answer), sent)
    team = client.teams.create(members=[users.models.User(name="ann", password="a"), {"name": "bo", "password": "b"}])
    assert json.loads(sent[0].content) == {
        "members": [{"name": "ann", "password": "a"}, {"name": "bo", "password": "b"}]
    }
    assert [member.id for member in team.members] == ["u1", "u2"]


def test_a_nested_model_in_a_request_must_carry_its_write_only_fields(users: Any) -> None:
    """The password is required of requests at any depth, as the method asks for it at the top; a
    response leaves it out, and a stored one is read back without it."""
    sent: list[httpx.Request] = []
    client = mock_client(users.Users, lambda request: httpx.Response(201, json={"members": []}), sent)
    for member in (lambda: users.models.User(name="ann"), lambda: {"name": "ann"}):
        with pytest.raises(ValueError, match=r"(?s)password.*Field required"):
            client.teams.create(members=[member()])
    assert sent == []
    assert users.models.User.from_dict({"id": "u1", "name": "ann"}).password is None


def test_the_generated_package_type_checks(users: Any) -> None:
    root = Path(users.__file__).parent.parent
    checked = mypy_strict(root / "users_client")
    assert checked.returncode == 0, checked.stdout
