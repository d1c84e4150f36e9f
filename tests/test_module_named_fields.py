"""A property or parameter named like a module the generated code imports whole (``builtins``,
``datetime``, ``typing_extensions``) takes a name of its own (``builtins_``): under the module's name it
read as a use of the module, which was then imported unused (ruff's F401 failed the package)."""

from __future__ import annotations

import sys
from pathlib import Path

import httpx

from generator.reserved_names import IMPORTED_MODULES
from tests.support import generate, imported, mock_client, run, write_spec

SPEC = """
openapi: 3.0.3
info: {title: T, version: "1"}
paths:
  /things/{typing_extensions}:
    post:
      operationId: makeThing
      tags: [Things]
      parameters:
        - {name: typing_extensions, in: path, required: true, schema: {type: string}}
        - {name: builtins, in: query, schema: {type: string}}
      requestBody:
        content: {application/json: {schema: {$ref: "#/components/schemas/Thing"}}}
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Thing"}}}}
components:
  schemas:
    Thing:
      type: object
      properties: {typing_extensions: {type: string}, builtins: {type: string}, datetime: {type: string}}
"""


def test_module_named_properties_and_parameters_are_renamed_and_still_sent(tmp_path: Path) -> None:
    out = generate(write_spec(tmp_path, SPEC), tmp_path / "out")
    linted = run([sys.executable, "-m", "ruff", "check", "--no-cache", "--output-format", "concise", "."], cwd=out)
    assert linted.returncode == 0, linted.stdout
    sent: list[httpx.Request] = []
    with imported(out, "client_pkg") as package:
        fields = package.models.Thing.model_fields
        assert {name: fields[name].serialization_alias for name in fields} == {
            f"{module}_": module for module in IMPORTED_MODULES
        }
        client = mock_client(package.Client, lambda request: httpx.Response(200, json={"builtins": "b"}), sent)
        thing = client.things.update("te", builtins_="q", typing_extensions__body="t", builtins__body="f")
    assert thing.builtins_ == "b"
    assert sent[0].url.path == "/things/te" and sent[0].url.params["builtins"] == "q"
    assert sent[0].content == b'{"typing_extensions":"t","builtins":"f"}'
