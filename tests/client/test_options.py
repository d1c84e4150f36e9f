"""What every call can say, and what the client sends: per-call options, arrays in the query, omitted versus
null, authentication and configuration from the environment, raw responses, copies, closing the pool."""

from __future__ import annotations

import asyncio
import datetime
import decimal
import enum
import importlib
import uuid
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.client.conftest import API_KEY, call_with
from tests.client.server import LocalServer, Received, Reply

KINDS = ["sync", "async"]
PROJECT = {"id": "p1", "org_id": "o1", "name": "demo"}


def _echo_project(request: Received) -> Reply:
    return Reply.json(PROJECT)


@pytest.mark.parametrize("kind", KINDS)
def test_per_call_extra_headers_query_and_body(bt: ModuleType, server: LocalServer, kind: str) -> None:
    server.reset(_echo_project)
    call_with(
        bt,
        kind,
        server.url,
        lambda c: c.projects.update(
            "p1",
            name="renamed",
            extra_headers={"X-Trace": "abc", "Authorization": "Bearer per-call"},
            extra_query={"dry_run": True, "tag": ["a", "b"]},
            extra_body={"beta_field": {"x": 1}, "name": "overridden"},
        ),
    )
    (request,) = server.requests
    assert request.method == "PATCH" and request.path == "/v1/project/p1"
    assert request.headers["X-Trace"] == "abc"
    assert request.headers["Authorization"] == "Bearer per-call"  # extra headers win over the client's
    assert request.query == [("dry_run", "true"), ("tag", "a"), ("tag", "b")]
    assert request.json() == {"name": "overridden", "beta_field": {"x": 1}}


@pytest.mark.parametrize("kind", KINDS)
def test_per_call_timeout_overrides_the_client(bt: ModuleType, server: LocalServer, kind: str) -> None:
    server.script(Reply(200, b"{}", delay=0.5))
    with pytest.raises(bt.APITimeoutError):
        call_with(bt, kind, server.url, lambda c: c.projects.retrieve("p1", timeout=0.1), timeout=30, max_retries=0)
    assert len(server.requests) == 1
    server.script(
        Reply(200, b'{"id": "p1", "org_id": "o", "name": "n"}', {"Content-Type": "application/json"}, delay=0.3)
    )
    project = call_with(
        bt,
        kind,
        server.url,
        lambda c: c.projects.retrieve("p1", timeout=httpx.Timeout(5.0)),
        timeout=0.1,
        max_retries=0,
    )
    assert project.id == "p1"


@pytest.mark.parametrize("kind", KINDS)
def test_the_timeout_of_the_callers_own_http_client_is_kept(bt: ModuleType, server: LocalServer, kind: str) -> None:
    server.script(Reply(200, b"{}", delay=0.5))
    own = httpx.Client(timeout=0.1) if kind == "sync" else httpx.AsyncClient(timeout=0.1)
    with pytest.raises(bt.APITimeoutError):
        call_with(bt, kind, server.url, lambda c: c.projects.retrieve("p1"), http_client=own, max_retries=0)


@pytest.mark.parametrize("given", ["nothing", "httpx's default"])
def test_the_default_timeout_stands_where_the_caller_chose_none(bt: ModuleType, given: str) -> None:
    own = httpx.Client() if given == "httpx's default" else None
    with bt.Braintrust(api_key=API_KEY, http_client=own) as client:
        assert client.timeout == httpx.Timeout(60.0, connect=5.0)
        assert client.with_options(max_retries=1).timeout == client.timeout
    with bt.Braintrust(api_key=API_KEY, http_client=own, timeout=3.0) as client:
        assert client.timeout == 3.0


@pytest.mark.parametrize("kind", KINDS)
def test_array_query_parameters_repeat_the_key(bt: ModuleType, server: LocalServer, kind: str) -> None:
    server.reset(lambda request: Reply.json({"objects": []}))
    call_with(bt, kind, server.url, lambda c: c.projects.list(ids=["a", "b", "c"], limit=10))
    (request,) = server.requests
    assert request.query == [("limit", "10"), ("ids", "a"), ("ids", "b"), ("ids", "c")]
    server.reset(lambda request: Reply.json({"objects": []}))
    call_with(bt, kind, server.url, lambda c: c.projects.list(ids="single"))
    assert server.requests[0].query == [("ids", "single")]


@pytest.mark.parametrize("kind", KINDS)
def test_omitted_arguments_are_not_sent_and_none_is_sent_as_null(
    bt: ModuleType, server: LocalServer, kind: str
) -> None:
    server.reset(_echo_project)
    call_with(bt, kind, server.url, lambda c: c.projects.update("p1", description=None))
    assert server.requests[0].json() == {"description": None}
    server.reset(_echo_project)
    call_with(bt, kind, server.url, lambda c: c.projects.update("p1"))
    assert server.requests[0].json() == {}


def test_values_the_api_refuses_fail_before_any_request(bt: ModuleType, server: LocalServer) -> None:
    import pydantic

    with bt.Braintrust(api_key=API_KEY, base_url=server.url) as client:
        with pytest.raises(pydantic.ValidationError):
            client.projects.list(limit=-1)  # minimum: 0
        with pytest.raises(pydantic.ValidationError):
            client.projects.create(name=None)  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="non-empty"):
            client.projects.retrieve("")
    assert server.requests == []


def test_path_parameters_are_percent_encoded(bt: ModuleType, server: LocalServer) -> None:
    server.reset(_echo_project)
    with bt.Braintrust(api_key=API_KEY, base_url=server.url) as client:
        client.projects.retrieve("../admin?x=1")
    assert server.requests[0].path == "/v1/project/..%2Fadmin%3Fx%3D1"


class Region(str, enum.Enum):  # noqa: UP042 - not StrEnum: the str() of this kind is "Region.EU"
    EU = "eu"


def test_values_in_extra_options_and_paths_are_written_as_typed_arguments_are(
    bt: ModuleType, server: LocalServer
) -> None:
    """An enum that derives from str went out as ``Region.EU`` (its str()), a set and bytes as their Python
    reprs, and a UUID or a Decimal in extra_body raised a bare TypeError from the JSON encoder."""
    server.reset(_echo_project)
    with bt.Braintrust(api_key=API_KEY, base_url=server.url) as client:
        client.projects.update(
            Region.EU,
            extra_query={"region": Region.EU, "tag": {"x"}, "raw": b"raw"},
            extra_body={"id": uuid.UUID(int=1), "amount": decimal.Decimal("1.5"), "at": datetime.time(9, 30)},
        )
        with pytest.raises(TypeError, match="the request body cannot be sent as JSON: Object of type object"):
            client.projects.update("p1", extra_body={"x": object()})
    (request,) = server.requests
    assert request.path == "/v1/project/eu"
    assert request.query == [("region", "eu"), ("tag", "x"), ("raw", "raw")]
    assert request.json() == {"id": "00000000-0000-0000-0000-000000000001", "amount": "1.5", "at": "09:30:00"}


def test_a_lone_surrogate_is_sent_escaped(bt: ModuleType, server: LocalServer) -> None:
    """A string cut in the middle of an emoji holds a lone surrogate, which UTF-8 cannot carry: the body
    raised a bare UnicodeEncodeError; JSON's escape carries it, as JavaScript sends one."""
    server.reset(lambda request: Reply.json({}))
    with bt.Braintrust(api_key=API_KEY, base_url=server.url) as client:
        client.functions.invoke("f1", input={"q": "cut \ud83d"})
    assert b'"cut \\ud83d"' in server.requests[0].body


def test_models_and_datetimes_are_sent_as_json(bt: ModuleType, server: LocalServer) -> None:
    server.reset(lambda request: Reply.json({"status": "success"}))
    with bt.Braintrust(api_key=API_KEY, base_url=server.url) as client:
        result = client.project_logs.feedback(
            "p1", feedback=[bt.models.FeedbackProjectLogsItem(id="r1", scores={"accuracy": 0.5}, comment="ok")]
        )
    assert result.status == "success"
    assert server.requests[0].json() == {"feedback": [{"id": "r1", "scores": {"accuracy": 0.5}, "comment": "ok"}]}
    assert server.requests[0].headers["Content-Type"] == "application/json"


# --- authentication and configuration -----------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_api_key_and_base_url_from_the_environment(
    bt: ModuleType, server: LocalServer, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRAINTRUST_API_KEY", "from-env")
    monkeypatch.setenv("BRAINTRUST_BASE_URL", server.url)
    server.reset(_echo_project)

    def call() -> Any:
        if kind == "sync":
            with bt.Braintrust() as client:
                return client.projects.retrieve("p1")

        async def main() -> Any:
            async with bt.AsyncBraintrust() as client:
                return await client.projects.retrieve("p1")

        return asyncio.run(main())

    assert call().id == "p1"
    headers = server.requests[0].headers
    assert headers["Authorization"] == "Bearer from-env"
    assert headers["User-Agent"].startswith("braintrust-client/0.1.0 python/")
    assert headers["Accept"] == "application/json"


def test_the_default_base_url_is_the_specs_first_server(bt: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BRAINTRUST_BASE_URL", raising=False)
    client = bt.Braintrust(api_key="k")
    assert str(client.base_url) == "https://api.braintrust.dev/"
    client.close()


def test_no_api_key_sends_no_authorization(
    bt: ModuleType, server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("BRAINTRUST_API_KEY", raising=False)
    server.reset(_echo_project)
    with bt.Braintrust(base_url=server.url) as client:
        assert client.api_key is None
        client.projects.retrieve("p1")
    assert "Authorization" not in server.requests[0].headers


def test_default_headers_and_an_own_http_client(bt: ModuleType, server: LocalServer) -> None:
    server.reset(_echo_project)
    seen: list[str] = []
    http = httpx.Client(event_hooks={"request": [lambda request: seen.append(str(request.url))]})
    with bt.Braintrust(
        api_key=API_KEY, base_url=server.url, default_headers={"X-Team": "eval"}, http_client=http
    ) as client:
        client.projects.retrieve("p1")
    assert server.requests[0].headers["X-Team"] == "eval"
    assert seen == [f"{server.url}/v1/project/p1"]
    assert not http.is_closed  # the caller's pool stays the caller's to close
    http.close()


def test_context_managers_close_the_pool(bt: ModuleType, server: LocalServer) -> None:
    with bt.Braintrust(api_key=API_KEY, base_url=server.url) as client:
        assert not client.is_closed
    assert client.is_closed

    async def main() -> Any:
        async with bt.AsyncBraintrust(api_key=API_KEY, base_url=server.url) as client:
            assert not client.is_closed
        return client

    assert asyncio.run(main()).is_closed


def test_with_options_copies_share_the_pool_and_change_only_what_they_say(bt: ModuleType, server: LocalServer) -> None:
    server.reset(_echo_project)
    with bt.Braintrust(
        api_key=API_KEY, base_url=server.url, max_retries=4, timeout=12.0, default_headers={"X-Team": "a", "X-Env": "1"}
    ) as client:
        copy = client.with_options(max_retries=0, default_headers={"X-Copy": "1", "x-env": "2"})
        assert copy.max_retries == 0 and client.max_retries == 4
        assert copy.timeout == 12.0 and copy.api_key == API_KEY
        assert copy._http is client._http
        copy.projects.retrieve("p1")
        copy.close()
        assert not client.is_closed  # closing a copy leaves the original's pool open
    sent = {name.lower(): value for name, value in server.requests[0].headers.items()}
    # the copy's headers are added to the original's, replacing those of the same name (in any case)
    assert (sent["x-copy"], sent["x-team"], sent["x-env"]) == ("1", "a", "2")


def test_a_copy_of_a_subclass_is_of_the_subclass_and_a_keyless_one_reads_no_environment(
    bt: ModuleType, server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """with_options built a Braintrust whatever the class, so a subclass's copy lost its methods; and a copy
    with api_key=None read (and checked) BRAINTRUST_API_KEY, which a malformed value made raise."""

    class Mine(bt.Braintrust):  # type: ignore[misc,name-defined]
        def team(self) -> str:
            return "a"

    server.reset(_echo_project)
    with Mine(api_key=API_KEY, base_url=server.url) as client:
        copy = client.with_options(max_retries=0)
        assert isinstance(copy, Mine) and copy.team() == "a"
        monkeypatch.setenv("BRAINTRUST_API_KEY", "line\nbreak")
        keyless = client.with_options(api_key=None)
        assert isinstance(keyless, Mine) and keyless.api_key is None
        keyless.projects.retrieve("p1")
    assert "authorization" not in {name.lower() for name in server.requests[0].headers}


def test_negative_max_retries_is_refused(bt: ModuleType) -> None:
    with pytest.raises(ValueError, match="max_retries"):
        bt.Braintrust(api_key="k", base_url="http://127.0.0.1:9", max_retries=-1)


# --- raw responses ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_raw_response_gives_status_headers_and_the_parsed_value(bt: ModuleType, server: LocalServer, kind: str) -> None:
    server.reset(lambda request: Reply.json(PROJECT, 200, {"X-Request-Id": "req-1"}))
    raw = call_with(bt, kind, server.url, lambda c: c.with_raw_response.projects.retrieve("p1"))
    assert raw.status_code == 200
    assert raw.headers["x-request-id"] == "req-1"
    assert raw.json() == PROJECT
    project = raw.parse()
    assert isinstance(project, bt.models.Project) and project.name == "demo"
    assert raw.parse() is project  # parsed once
    # The resource's own attribute reads the same.
    raw = call_with(bt, kind, server.url, lambda c: c.projects.with_raw_response.retrieve("p1"))
    assert raw.parse().id == "p1"


@pytest.mark.parametrize("kind", KINDS)
def test_raw_response_of_a_list_parses_into_the_page(bt: ModuleType, server: LocalServer, kind: str) -> None:
    projects = [{**PROJECT, "id": f"p{n}"} for n in range(5)]

    def handler(request: Received) -> Reply:
        start = 0 if "starting_after" not in dict(request.query) else 2
        return Reply.json({"objects": projects[start : start + 2]}, 200, {"X-Page": str(start)})

    server.reset(handler)

    def call(client: Any) -> Any:
        if kind == "sync":
            raw = client.with_raw_response.projects.list(limit=2)
            page = raw.parse()
            return raw, page, page.get_next_page()

        async def main() -> Any:
            raw = await client.with_raw_response.projects.list(limit=2)
            page = raw.parse()
            return raw, page, await page.get_next_page()

        return main()

    raw, page, second = call_with(bt, kind, server.url, call)
    assert raw.status_code == 200 and raw.headers["x-page"] == "0"
    page_class = bt.SyncPage if kind == "sync" else bt.AsyncPage
    assert isinstance(page, page_class)
    assert [p.id for p in page.items] == ["p0", "p1"]
    assert [p.id for p in second.items] == ["p2", "p3"]  # the page still pages, outside raw mode


def test_raw_response_of_an_error_still_raises(bt: ModuleType, server: LocalServer) -> None:
    server.script(Reply.json({"error": "nope"}, 404))
    with bt.Braintrust(api_key=API_KEY, base_url=server.url) as client, pytest.raises(bt.NotFoundError):
        client.with_raw_response.projects.retrieve("p1")


def test_raw_mode_does_not_leak_into_later_calls(bt: ModuleType, server: LocalServer) -> None:
    server.reset(_echo_project)
    with bt.Braintrust(api_key=API_KEY, base_url=server.url) as client:
        client.with_raw_response.projects.retrieve("p1")
        assert isinstance(client.projects.retrieve("p1"), bt.models.Project)


def test_text_responses(bt: ModuleType, server: LocalServer) -> None:
    server.reset(lambda request: Reply.text("Hello World", 200))
    with bt.Braintrust(api_key=API_KEY, base_url=server.url) as client:
        assert client.top_level.hello_world() == "Hello World"


def test_logging_is_switched_on_by_the_environment(bt: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    import logging

    logs = importlib.import_module("braintrust_client._logs")
    logger = logging.getLogger("braintrust_client")
    monkeypatch.setattr(logger, "handlers", [])
    monkeypatch.setattr(logger, "propagate", True)
    monkeypatch.setattr(logging.getLogger(), "handlers", [])  # an application that configured no logging
    monkeypatch.setenv("BRAINTRUST_LOG", "debug")
    logs.setup_logging()
    assert logger.level == logging.DEBUG and len(logger.handlers) == 1
    assert not logger.propagate  # a handler the application adds later must not print each line again
    logger.handlers.clear()
    logger.setLevel(logging.NOTSET)
    monkeypatch.setenv("BRAINTRUST_LOG", "info")
    logs.setup_logging()
    assert logger.level == logging.INFO
    logger.handlers.clear()
    logger.setLevel(logging.NOTSET)
    monkeypatch.delenv("BRAINTRUST_LOG")
    logs.setup_logging()
    assert not logger.handlers and logger.level == logging.NOTSET


def test_logging_goes_through_the_applications_handlers_once(
    bt: ModuleType, server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the application configured logging, the client added a stderr handler of its own and let
    the lines reach the application's too: each one was printed twice."""
    import logging

    logger = logging.getLogger("braintrust_client")
    monkeypatch.setattr(logger, "handlers", [])
    monkeypatch.setattr(logger, "propagate", True)
    monkeypatch.setattr(logger, "level", logging.NOTSET)
    seen: list[logging.LogRecord] = []
    application = logging.Handler()
    application.emit = seen.append  # type: ignore[method-assign]
    monkeypatch.setattr(logging.getLogger(), "handlers", [application])
    monkeypatch.setenv("BRAINTRUST_LOG", "info")
    server.reset(_echo_project)
    with bt.Braintrust(api_key=API_KEY, base_url=server.url) as client:
        client.projects.retrieve("p1")
    assert logger.handlers == []
    assert [record.name for record in seen if record.name == "braintrust_client"] == ["braintrust_client"]


def test_the_base_url_and_timeout_cannot_be_assigned_where_assigning_would_change_nothing(bt: ModuleType) -> None:
    """Requests use forms of both made once: ``client.timeout = 0.2`` changed the attribute, not the calls."""
    with bt.Braintrust(api_key=API_KEY, base_url="http://api.test", timeout=5.0) as client:
        for name, value in (("base_url", "http://elsewhere.test"), ("timeout", 0.2)):
            with pytest.raises(AttributeError):
                setattr(client, name, value)
        changed = client.with_options(base_url="http://elsewhere.test", timeout=0.2)
        assert (str(changed.base_url), changed.timeout) == ("http://elsewhere.test/", 0.2)
        assert (str(client.base_url), client.timeout) == ("http://api.test/", 5.0)
