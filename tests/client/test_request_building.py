"""What the client puts on the wire when callers give it unusual values: headers in another case, a query
parameter given twice, path values that are dot segments, a greedy path given as one string, a number
JSON cannot hold, a streaming call, and base URLs that requests could not be sent to as meant.

Each request is caught by an ``httpx.MockTransport``, which shows it exactly as httpx would send it
(repeated headers included), sync and async.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json
from collections.abc import Callable
from types import ModuleType
from typing import Any

import httpx
import pydantic
import pytest

from tests.client.conftest import API_KEY

KINDS = ["sync", "async"]
PROJECT = {"id": "p1", "org_id": "o1", "name": "demo"}


def _send(
    bt: ModuleType, kind: str, call: Callable[[Any], Any], reply: httpx.Response | None = None, **options: Any
) -> list[httpx.Request]:
    """Runs ``call(client)`` against a mock transport; returns the requests it sent."""
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return reply if reply is not None else httpx.Response(200, json=PROJECT)

    transport = httpx.MockTransport(handler)
    options = {"api_key": API_KEY, "base_url": "http://api.test", "max_retries": 0, **options}
    if kind == "sync":
        with bt.Braintrust(http_client=httpx.Client(transport=transport), **options) as client:
            call(client)
    else:

        async def main() -> None:
            async with bt.AsyncBraintrust(http_client=httpx.AsyncClient(transport=transport), **options) as client:
                result = call(client)
                if inspect.isawaitable(result):
                    await result

        asyncio.run(main())
    return sent


# --- headers ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_a_callers_header_replaces_the_clients_whatever_its_case(bt: ModuleType, kind: str) -> None:
    (request,) = _send(
        bt,
        kind,
        lambda c: c.projects.retrieve("p1", extra_headers={"authorization": "Bearer other", "accept": "text/plain"}),
    )
    assert request.headers.get_list("Authorization") == ["Bearer other"]
    assert request.headers.get_list("Accept") == ["text/plain"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_callers_content_type_replaces_the_bodys(bt: ModuleType, kind: str) -> None:
    (request,) = _send(
        bt, kind, lambda c: c.projects.create(name="n", extra_headers={"content-type": "application/vnd.x+json"})
    )
    assert request.headers.get_list("Content-Type") == ["application/vnd.x+json"]
    assert json.loads(request.content) == {"name": "n"}


def test_default_headers_replace_the_clients_whatever_their_case(bt: ModuleType) -> None:
    (request,) = _send(
        bt, "sync", lambda c: c.projects.retrieve("p1"), default_headers={"AUTHORIZATION": "Bearer from-defaults"}
    )
    assert request.headers.get_list("Authorization") == ["Bearer from-defaults"]


def test_header_merging_keeps_the_last_value_and_its_spelling(bt: ModuleType) -> None:
    merge = importlib.import_module(f"{bt.__name__}._base_client").merge_headers
    assert merge({"Accept": "a", "X-One": "1"}, None, {"accept": "b"}, {"x-two": "2"}) == {
        "X-One": "1",
        "accept": "b",
        "x-two": "2",
    }


# --- query -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_extra_query_replaces_a_parameter_the_method_sends(bt: ModuleType, kind: str) -> None:
    reply = httpx.Response(200, json={"objects": []})
    (request,) = _send(bt, kind, lambda c: c.projects.list(limit=2, extra_query={"limit": 5}), reply)
    assert request.url.params.get_list("limit") == ["5"]


# --- path ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [".", ".."])
@pytest.mark.parametrize("kind", KINDS)
def test_a_dot_segment_is_refused_before_any_request(bt: ModuleType, kind: str, value: str) -> None:
    with pytest.raises(ValueError, match="cannot be"):
        _send(bt, kind, lambda c: c.projects.delete(value))


@pytest.mark.parametrize(("value", "message"), [(None, "got None"), ("", "non-empty"), ([], "non-empty")])
@pytest.mark.parametrize("kind", KINDS)
def test_a_missing_path_value_is_refused_before_any_request(
    bt: ModuleType, kind: str, value: Any, message: str
) -> None:
    """``/v1/project/`` names the collection: ``delete(os.environ.get("UNSET"))`` must not be sent there."""
    with pytest.raises(ValueError, match=message):
        _send(bt, kind, lambda c: c.projects.delete(value))
    with pytest.raises(ValueError, match=message):
        _send(bt, kind, lambda c: c.proxy.forward(value, body={}))


@pytest.mark.parametrize("kind", KINDS)
def test_an_empty_list_filter_is_refused_not_dropped(bt: ModuleType, kind: str) -> None:
    """Left out, ``ids=[]`` would list every project where the caller asked for none of them."""
    with pytest.raises(ValueError, match="'ids' cannot be an empty list"):
        _send(bt, kind, lambda c: c.projects.list(ids=[]))
    (request,) = _send(bt, kind, lambda c: c.projects.list(ids=["p1"]), reply=httpx.Response(200, json={"objects": []}))
    assert request.url.params.get_list("ids") == ["p1"]


def test_dots_inside_a_value_are_sent_as_they_are(bt: ModuleType) -> None:
    (request,) = _send(bt, "sync", lambda c: c.projects.retrieve("v1.2..3"))
    assert request.url.raw_path == b"/v1/project/v1.2..3"


@pytest.mark.parametrize("kind", KINDS)
def test_a_greedy_path_given_as_a_string_keeps_its_slashes(bt: ModuleType, kind: str) -> None:
    (request,) = _send(bt, kind, lambda c: c.proxy.forward("models/list", body={}))
    assert request.url.raw_path == b"/v1/proxy/models/list"


def test_a_greedy_paths_segments_are_encoded_and_checked(bt: ModuleType) -> None:
    (request,) = _send(bt, "sync", lambda c: c.proxy.forward(["a b", "c?d"], body={}))
    assert request.url.raw_path == b"/v1/proxy/a%20b/c%3Fd"
    with pytest.raises(ValueError, match="cannot be"):
        _send(bt, "sync", lambda c: c.proxy.forward(["..", "project"], body={}))
    with pytest.raises(ValueError, match="cannot be"):
        _send(bt, "sync", lambda c: c.proxy.forward("models/../project", body={}))


# --- body ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("number", [float("nan"), float("inf"), -float("inf")])
@pytest.mark.parametrize("kind", KINDS)
def test_a_number_json_cannot_hold_is_refused_not_sent_as_null(bt: ModuleType, kind: str, number: float) -> None:
    with pytest.raises(ValueError, match="cannot be sent as JSON"):
        _send(bt, kind, lambda c: c.project_logs.insert("p1", events=[{"input": number}]))
    with pytest.raises(ValueError, match="cannot be sent as JSON"):
        _send(bt, kind, lambda c: c.projects.update("p1", name="n", extra_body={"score": number}))


# --- streaming -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_a_streaming_call_asks_for_server_sent_events(bt: ModuleType, kind: str) -> None:
    reply = httpx.Response(200, headers={"Content-Type": "text/event-stream"}, content=b"event: done\ndata: \n\n")
    (streamed,) = _send(bt, kind, lambda c: c.functions.invoke("f1", stream=True), reply)
    assert streamed.headers.get_list("Accept") == ["text/event-stream"]
    (plain,) = _send(bt, kind, lambda c: c.functions.invoke("f1"), httpx.Response(200, json={}))
    assert plain.headers.get_list("Accept") == ["application/json"]


# --- base URL --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("base_url", "reason"),
    [
        ("api.braintrust.dev", "must be an http"),
        ("ftp://api.braintrust.dev", "must be an http"),
        ("https://", "must be an http"),
        ("https://api.braintrust.dev/z?k=v", "cannot have a query"),
        ("https://api.braintrust.dev/#part", "cannot have a query or a fragment"),
    ],
)
@pytest.mark.parametrize("client_class", ["Braintrust", "AsyncBraintrust"])
def test_a_base_url_requests_cannot_use_is_refused_when_the_client_is_made(
    bt: ModuleType, client_class: str, base_url: str, reason: str
) -> None:
    with pytest.raises(ValueError, match=reason):
        getattr(bt, client_class)(api_key=API_KEY, base_url=base_url)


def test_a_base_url_with_a_path_keeps_it(bt: ModuleType) -> None:
    (request,) = _send(bt, "sync", lambda c: c.projects.retrieve("p1"), base_url="https://proxy.test/braintrust/")
    assert str(request.url) == "https://proxy.test/braintrust/v1/project/p1"


# --- arguments checked before sending ----------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_an_argument_the_api_would_refuse_names_the_call_not_a_private_class(bt: ModuleType, kind: str) -> None:
    with pytest.raises(pydantic.ValidationError) as caught:
        _send(bt, kind, lambda client: client.projects.list(limit="many"))
    assert caught.value.title == "projects.list() arguments"
    assert str(caught.value).startswith("1 validation error for projects.list() arguments\nlimit\n")


@pytest.mark.parametrize("kind", KINDS)
def test_an_evals_timeout_in_milliseconds_is_not_the_calls_timeout(bt: ModuleType, kind: str) -> None:
    """RunEval's `timeout` (milliseconds) is `timeout_ms` (pyproject.toml's field-names): under its own
    name it went out as `timeout_`, beside the per-call `timeout` (seconds), and `timeout=60_000` set a
    16-hour HTTP timeout without a word."""
    reply = httpx.Response(
        200, json={"project_name": "p", "experiment_name": "e", "project_url": "u", "experiment_url": "v"}
    )
    arguments = {"project_id": "p1", "data": {"dataset_id": "d1"}, "task": {"function_id": "f"}, "scores": []}
    (request,) = _send(bt, kind, lambda c: c.evals.create(**arguments, timeout_ms=60_000, timeout=5), reply)
    assert json.loads(request.content)["timeout"] == 60_000
    assert request.extensions["timeout"]["read"] == 5
    assert "timeout_" not in inspect.signature(bt.Braintrust(api_key="k").evals.create).parameters
