"""Several success codes with JSON answers of their own (``200``: the result, ``202``: a job to poll): only
the first code's schema was read, so a valid 202 failed as a response that does not match the API
description. Each code's answer is now read as its own type, and the method returns their union."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.support import generated_from, mock_client, mypy_strict

SPEC = """
openapi: 3.0.3
info: {title: Jobs, version: "1"}
components:
  schemas:
    Result: {type: object, required: [value], properties: {value: {type: integer}}}
    Job: {type: object, required: [job_id], properties: {job_id: {type: string}, state: {type: string}}}
paths:
  /reports:
    post:
      operationId: createReport
      tags: [Reports]
      responses:
        "200": {description: done, content: {application/json: {schema: {$ref: '#/components/schemas/Result'}}}}
        "202": {description: queued, content: {application/json: {schema: {$ref: '#/components/schemas/Job'}}}}
        "204": {description: nothing to report}
  /exports:
    post:
      operationId: createExport
      tags: [Exports]
      responses:
        "201": {description: made, content: {application/json: {schema: {$ref: '#/components/schemas/Result'}}}}
        "2XX":
          description: anything else
          content: {application/json: {schema: {type: object, properties: {note: {type: string}}}}}
  /items:
    post:
      operationId: createItem
      tags: [Items]
      responses:
        "200": {description: found, content: {application/json: {schema: {$ref: '#/components/schemas/Result'}}}}
        "201": {description: made, content: {application/json: {schema: {$ref: '#/components/schemas/Result'}}}}
"""


@pytest.fixture(scope="module")
def jobs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with generated_from(tmp_path_factory.mktemp("jobs"), SPEC, "jobs_client", "Jobs") as module:
        yield module


def _client(jobs: Any, status: int, body: Any = None) -> Any:
    answer = httpx.Response(status, json=body) if body is not None else httpx.Response(status)
    return mock_client(jobs.Jobs, lambda request: answer)


def test_each_success_code_is_read_as_its_own_type(jobs: Any) -> None:
    assert type(_client(jobs, 200, {"value": 1}).reports.create()).__name__ == "Result"
    job = _client(jobs, 202, {"job_id": "j-1", "state": "queued"}).reports.create()
    assert type(job).__name__ == "Job" and job.job_id == "j-1"
    assert _client(jobs, 204).reports.create() is None
    resource = type(_client(jobs, 200, {}).reports)
    assert inspect.signature(resource.create).return_annotation == "Result | Job | None"


def test_a_range_of_codes_is_read_as_its_type(jobs: Any) -> None:
    assert type(_client(jobs, 201, {"value": 3}).exports.create()).__name__ == "Result"
    other = _client(jobs, 200, {"note": "n"}).exports.create()
    assert type(other).__name__ != "Result" and other.note == "n"


def test_codes_of_one_type_keep_a_plain_return_type(jobs: Any) -> None:
    resource = type(_client(jobs, 200, {}).items)
    assert inspect.signature(resource.create).return_annotation == "Result"
    assert _client(jobs, 201, {"value": 2}).items.create().value == 2


def test_the_raw_response_and_the_async_client_read_the_code_too(jobs: Any) -> None:
    raw = _client(jobs, 202, {"job_id": "j-2"}).reports.with_raw_response.create()
    assert raw.status_code == 202 and type(raw.parse()).__name__ == "Job"

    async def call() -> Any:
        http = httpx.AsyncClient(
            transport=httpx.MockTransport(lambda request: httpx.Response(202, json={"job_id": "j"}))
        )
        async with jobs.AsyncJobs(api_key="k", base_url="http://api.test", http_client=http) as client:
            return await client.reports.create()

    assert type(asyncio.run(call())).__name__ == "Job"


def test_the_package_type_checks(tmp_path_factory: pytest.TempPathFactory) -> None:
    folder = tmp_path_factory.mktemp("jobs_typed")
    with generated_from(folder, SPEC, "jobs_typed_client", "Jobs"):
        result = mypy_strict(folder / "out" / "jobs_typed_client")
    assert result.returncode == 0, result.stdout + result.stderr
