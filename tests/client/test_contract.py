"""Contract suite (issue 4, acceptance 1): every operation of specs/openapi.yaml, called through the
generated client, sync and async, against Prism.

Prism is fed the normalized spec (``prism_spec()``) with ``--errors``: it answers 422 to a request that
does not conform (so every call must succeed) and invents a response from the schema (``-d``), which the
client must parse into its models. Every argument of every operation is filled with a conforming value
(see values.py). List operations read one page: the ids Prism invents do not form real cursors.

Two limits of Prism 5.16, not of the client, are handled in the open:

- Its response faker (json-schema-faker) sometimes fails on its own: it crashes on some arrays of events,
  or invents a body that its own validator then rejects (a 500 whose violations are all in the
  *response*). Such a call is repeated (the request was already validated) and, after ``DYNAMIC_TRIES``
  failures, asked for Prism's static example instead (``Prefer: dynamic=false``). The operations that
  needed it are printed.
- It cannot route the greedy path template ``/v1/proxy/{path+}`` at all (404 "no path matched", whatever
  the path). That operation is sent to Prism, which must answer exactly that, and then to the local
  server of these tests, which checks the request and answers as the spec says.
"""

from __future__ import annotations

import asyncio
import traceback
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest

from generator.diagnostics import Diagnostics
from generator.ir import Api, ModelDecl, ModelType, Operation
from generator.load import load_document
from generator.pipeline import build_api
from tests.client.server import LocalServer, Received, Reply
from tests.client.values import ValueBuilder
from tests.support import BRAINTRUST_SPEC, prism, prism_spec, repo_config

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "trace")
CONCURRENCY = 6
"""Async calls in flight at once (Prism is one Node process; more does not make it faster)."""
DYNAMIC_TRIES = 20
"""Calls before asking Prism for its static example, when its faker keeps failing on its own."""
UNROUTABLE = frozenset({"proxy{path+}"})
"""Operations whose path template Prism cannot route."""
STATIC = {"Prefer": "dynamic=false"}


def _prism_own_fault(error: BaseException) -> bool:
    """A 500 that Prism made up about its own invented response (never about the request)."""
    body = getattr(error, "body", None)
    if getattr(error, "status_code", None) != 500 or not isinstance(body, dict):
        return False
    kind = str(body.get("type", ""))
    if kind.endswith("errors#UNKNOWN"):
        return True
    violations = body.get("validation") or []
    return (
        kind.endswith("errors#VIOLATIONS")
        and bool(violations)
        and all(v.get("location", [""])[0] == "response" for v in violations)
    )


def _unroutable(error: BaseException) -> bool:
    body = getattr(error, "body", None)
    return isinstance(body, dict) and str(body.get("type", "")).endswith("errors#NO_PATH_MATCHED_ERROR")


def _proxy_handler(request: Received) -> Reply:
    """The local stand-in for what Prism cannot route: checks the request, answers as the spec says."""
    assert request.method == "POST" and request.path.startswith("/v1/proxy/"), request
    assert request.headers["Authorization"] == "Bearer contract-test-key"
    return Reply.json({"anything": "the spec allows any JSON"})


@pytest.fixture(scope="module")
def api() -> Api:
    return build_api(repo_config(), Diagnostics())


@pytest.fixture(scope="module")
def fallbacks() -> dict[str, set[str]]:
    """Operations that needed Prism's static example, by client kind (reported, not failed)."""
    return {"sync": set(), "async": set()}


@pytest.fixture(scope="module")
def prism_url() -> Iterator[str]:
    with prism(prism_spec(), dynamic=True) as url:
        yield url


def _spec_operation_ids() -> set[str]:
    """The spec's operations, straight from the document (the CORS `options` are not API operations)."""
    document = load_document(BRAINTRUST_SPEC, Diagnostics())
    assert document is not None
    return {
        item[method]["operationId"]
        for item in document.data["paths"].values()
        for method in HTTP_METHODS
        if method in item
    }


def _operations(api: Api) -> list[tuple[str, Operation]]:
    return [(resource.attr_name, op) for resource in api.resources for op in resource.operations]


def _check_result(bt: ModuleType, api: Api, operation: Operation, result: Any, is_async: bool) -> None:
    """The answer has the type the method promises: a page of models, a model, text or nothing."""
    declarations = {d.symbol.key: d for d in api.declarations}

    def model_class(expr: Any) -> type | None:
        if isinstance(expr, ModelType) and isinstance(declarations.get(expr.symbol.key), ModelDecl):
            return getattr(bt.models, expr.symbol.name)  # type: ignore[no-any-return]
        return None

    if operation.pagination is not None:
        assert isinstance(result, bt.AsyncPage if is_async else bt.SyncPage), type(result)
        item_class = model_class(operation.pagination.item_type)
        assert item_class is not None
        assert all(isinstance(item, item_class) for item in result.items)
        return
    if operation.response.kind == "empty":
        assert result is None
    elif operation.response.kind == "text":
        assert isinstance(result, str)
    elif operation.response.kind == "binary":
        assert isinstance(result, bytes)
    else:
        expected = model_class(operation.response.type)
        if expected is not None:
            assert isinstance(result, expected), f"{type(result).__name__} is not {expected.__name__}"


def _describe(resource: str, operation: Operation, error: BaseException) -> str:
    body = getattr(error, "body", None)
    detail = f" body={body!r}"[:1500] if body is not None else ""
    lines = traceback.format_exception_only(error)
    return f"{resource}.{operation.method_name} ({operation.operation_id}): {''.join(lines).strip()[:1500]}{detail}"


def _exercise_sync(
    bt: ModuleType, api: Api, url: str, local: LocalServer, fallbacks: set[str]
) -> tuple[set[str], list[str]]:
    builder = ValueBuilder(api, bt.models)
    done: set[str] = set()
    failures: list[str] = []
    local.reset(_proxy_handler)
    options: dict[str, Any] = {"api_key": "contract-test-key", "max_retries": 0}
    with bt.Braintrust(base_url=url, **options) as client, bt.Braintrust(base_url=local.url, **options) as stand_in:
        for resource, operation in _operations(api):
            args, kwargs = builder.arguments(operation)
            method = getattr(getattr(client, resource), operation.method_name)
            try:
                for attempt in range(DYNAMIC_TRIES + 1):
                    extra = {"extra_headers": STATIC} if attempt == DYNAMIC_TRIES else {}
                    try:
                        result = method(*args, **kwargs, **extra)
                        break
                    except bt.APIStatusError as error:
                        if str(operation.operation_id) in UNROUTABLE and _unroutable(error):
                            method = getattr(getattr(stand_in, resource), operation.method_name)
                        elif not _prism_own_fault(error) or attempt == DYNAMIC_TRIES:
                            raise
                if extra:
                    fallbacks.add(str(operation.operation_id))
                _check_result(bt, api, operation, result, is_async=False)
            except Exception as error:
                failures.append(_describe(resource, operation, error))
            else:
                done.add(str(operation.operation_id))
    return done, failures


def _exercise_async(
    bt: ModuleType, api: Api, url: str, local: LocalServer, fallbacks: set[str]
) -> tuple[set[str], list[str]]:
    builder = ValueBuilder(api, bt.models)
    done: set[str] = set()
    failures: list[str] = []
    local.reset(_proxy_handler)
    options: dict[str, Any] = {"api_key": "contract-test-key", "max_retries": 0}

    async def one(client: Any, stand_in: Any, gate: asyncio.Semaphore, resource: str, operation: Operation) -> None:
        args, kwargs = builder.arguments(operation)
        method = getattr(getattr(client, resource), operation.method_name)
        async with gate:
            try:
                for attempt in range(DYNAMIC_TRIES + 1):
                    extra = {"extra_headers": STATIC} if attempt == DYNAMIC_TRIES else {}
                    try:
                        result = await method(*args, **kwargs, **extra)
                        break
                    except bt.APIStatusError as error:
                        if str(operation.operation_id) in UNROUTABLE and _unroutable(error):
                            method = getattr(getattr(stand_in, resource), operation.method_name)
                        elif not _prism_own_fault(error) or attempt == DYNAMIC_TRIES:
                            raise
                if extra:
                    fallbacks.add(str(operation.operation_id))
                _check_result(bt, api, operation, result, is_async=True)
            except Exception as error:
                failures.append(_describe(resource, operation, error))
            else:
                done.add(str(operation.operation_id))

    async def main() -> None:
        gate = asyncio.Semaphore(CONCURRENCY)
        async with (
            bt.AsyncBraintrust(base_url=url, **options) as client,
            bt.AsyncBraintrust(base_url=local.url, **options) as stand_in,
        ):
            await asyncio.gather(*(one(client, stand_in, gate, r, op) for r, op in _operations(api)))

    asyncio.run(main())
    return done, failures


def test_the_ir_covers_every_operation_of_the_spec(api: Api) -> None:
    spec_ids = _spec_operation_ids()
    assert len(spec_ids) == 151
    assert {str(op.operation_id) for op in api.operations} == spec_ids


def test_every_operation_sync(
    bt: ModuleType, api: Api, prism_url: str, local_server: LocalServer, fallbacks: dict[str, set[str]]
) -> None:
    done, failures = _exercise_sync(bt, api, prism_url, local_server, fallbacks["sync"])
    assert not failures, f"{len(failures)} of {len(api.operations)} operations failed:\n" + "\n".join(failures)
    assert done == _spec_operation_ids()
    assert len(done) == 151
    assert [r.path for r in local_server.requests] == ["/v1/proxy/text"]  # only what Prism cannot route
    print(f"sync: 151 operations; Prism's static example was needed for {sorted(fallbacks['sync'])}")


def test_every_operation_async(
    bt: ModuleType, api: Api, prism_url: str, local_server: LocalServer, fallbacks: dict[str, set[str]]
) -> None:
    done, failures = _exercise_async(bt, api, prism_url, local_server, fallbacks["async"])
    assert not failures, f"{len(failures)} of {len(api.operations)} operations failed:\n" + "\n".join(failures)
    assert done == _spec_operation_ids()
    assert len(done) == 151
    assert [r.path for r in local_server.requests] == ["/v1/proxy/text"]
    print(f"async: 151 operations; Prism's static example was needed for {sorted(fallbacks['async'])}")


def test_every_argument_was_filled(api: Api) -> None:
    """The values cover every parameter and body field of every operation (none left at NOT_GIVEN)."""
    builder = ValueBuilder(api)
    for operation in api.operations:
        args, kwargs = builder.arguments(operation)
        assert len(args) == len(operation.positional)
        assert set(kwargs) == {a.py_name for a in operation.keyword}, operation.operation_id


def test_prism_refuses_a_request_that_does_not_conform(bt: ModuleType, prism_url: str) -> None:
    """The control: without this, a Prism that accepted anything would make the suite above meaningless.

    Prism answers a nonconforming request with the operation's 422 response, or its 400 when it has no 422.
    """
    refused = (bt.UnprocessableEntityError, bt.BadRequestError)
    with bt.Braintrust(api_key="contract-test-key", base_url=prism_url, max_retries=0) as client:
        with pytest.raises(refused):
            client.projects.create(name="ok", extra_body={"name": 12345})
        with pytest.raises(refused):
            client.project_logs.feedback(
                "4f1e2d3c-b4a5-4697-8a1b-0c2d3e4f5a6b", feedback=[], extra_body={"feedback": [{"no_id": True}]}
            )
        with pytest.raises(refused):
            client.projects.list(limit=1, extra_query={"limit": "many"})
