"""An API area tagged ``models`` or ``resources`` (every LLM API has a ``/models``) is ``client.models`` and
``client.resources``, as the tag says: the client class uses neither name itself (the package's ``models``
and ``resources`` subpackages are modules of the package, not attributes of the client). It was
``client.models_``, and ``resource-names`` refused to name it back."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx

from tests.support import generated_from, mock_client, mypy_strict

SPEC = """
openapi: 3.0.3
info: {title: Models, version: "1"}
paths:
  /models:
    get:
      tags: [models]
      operationId: listModels
      responses:
        "200": {description: ok, content: {application/json: {schema: {type: array, items: {$ref: "#/components/schemas/Model"}}}}}
  /models/{id}:
    get:
      tags: [models]
      operationId: getModel
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Model"}}}}
  /resources:
    get:
      tags: [resources]
      operationId: listResources
      responses:
        "200": {description: ok, content: {application/json: {schema: {type: array, items: {type: string}}}}}
components:
  schemas:
    Model: {type: object, properties: {id: {type: string}}}
"""


def _answer(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/models":
        return httpx.Response(200, json=[{"id": "m"}])
    if request.url.path.startswith("/models/"):
        return httpx.Response(200, json={"id": request.url.path.rpartition("/")[2]})
    return httpx.Response(200, json=["r"])


def test_areas_named_models_and_resources_keep_their_names(tmp_path: Path) -> None:
    with generated_from(tmp_path, SPEC, "llm_client", "Llm") as package:
        client = mock_client(package.Llm, _answer)
        assert [model.id for model in client.models.list()] == ["m"]
        assert client.models.retrieve("m2").id == "m2"
        assert client.resources.list() == ["r"]
        assert client.with_raw_response.models.list().status_code == 200
        assert package.models.Model(id="x").id == "x"  # the models subpackage is still the package's

        async def call() -> str:
            http = httpx.AsyncClient(transport=httpx.MockTransport(_answer))
            async with package.AsyncLlm(api_key="k", base_url="http://api.test", http_client=http) as client:
                return str((await client.models.retrieve("m3")).id)

        assert asyncio.run(call()) == "m3"
    result = mypy_strict(tmp_path / "out" / "llm_client")
    assert result.returncode == 0, result.stdout
