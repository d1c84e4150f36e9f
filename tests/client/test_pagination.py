"""Pagination over real pages from a local server (issue 4, acceptance 3), sync and async.

List methods page by id (``starting_after`` the last id, or ``ending_before`` the first for a walk that
started backwards) and stop at a page without items: a page shorter than the ``limit`` asked for is not
the last, since servers cap their pages. Event fetches follow ``cursor`` until the server stops returning
one, or returns the one it was sent. Every item is seen exactly once, and iteration ends.
"""

from __future__ import annotations

import asyncio
import importlib
from types import ModuleType
from typing import Any

import pytest

from tests.client.conftest import API_KEY, Call, call_with
from tests.client.server import LocalServer, Received, Reply

KINDS = ["sync", "async"]


def _project(number: int) -> dict[str, Any]:
    return {"id": f"p{number:03d}", "org_id": "o1", "name": f"project {number}", "created": "2024-05-01T12:00:00Z"}


def _projects_handler(total: int, default_limit: int = 100, cap: int | None = None) -> Any:
    """Projects p000, p001, ... in pages of ``limit`` (at most ``cap``), after or before a cursor id."""
    projects = [_project(n) for n in range(total)]

    def handler(request: Received) -> Reply:
        assert request.method == "GET" and request.path == "/v1/project", request
        query = dict(request.query)
        assert not {"starting_after", "ending_before"} <= set(query), "the API takes one cursor or the other"
        limit = min(int(query.get("limit", default_limit)), cap or total + 1)
        position = {p["id"]: i for i, p in enumerate(projects)}
        if "ending_before" in query:
            end = position[query["ending_before"]]
            return Reply.json({"objects": projects[max(0, end - limit) : end]})
        start = position[query["starting_after"]] + 1 if "starting_after" in query else 0
        return Reply.json({"objects": projects[start : start + limit]})

    return handler


def _event(number: int) -> dict[str, Any]:
    return {
        "id": f"e{number:03d}",
        "_xact_id": str(1000 + number),
        "created": "2024-05-01T12:00:00Z",
        "org_id": "o1",
        "project_id": "p1",
        "log_id": "g",
        "span_id": f"s{number}",
        "root_span_id": f"s{number}",
        "input": {"n": number},
    }


def _fetch_handler(total: int, page_size: int) -> Any:
    """Token-cursor pages: the cursor is an opaque token; the last page carries none."""
    events = [_event(n) for n in range(total)]
    tokens = {f"token-{n}": n for n in range(0, total, page_size)}

    def handler(request: Received) -> Reply:
        assert request.method == "POST" and request.path == "/v1/project_logs/p1/fetch", request
        body = request.json()
        start = tokens[body["cursor"]] if "cursor" in body else 0
        page = events[start : start + page_size]
        following = start + page_size
        answer: dict[str, Any] = {"events": page}
        if following < total:
            answer["cursor"] = f"token-{following}"
        return Reply.json(answer)

    return handler


def _project_ids(kind: str, **arguments: Any) -> Call:
    """A call that walks every project of the list, sync or async, and gives their ids."""

    def walk(client: Any) -> Any:
        if kind == "sync":
            return [p.id for p in client.projects.list(**arguments)]

        async def collect() -> list[str]:
            return [p.id async for p in client.projects.list(**arguments)]

        return collect()

    return walk


# --- id cursor -------------------------------------------------------------------------------------------


def _acl(n: int) -> dict[str, Any]:
    return {"id": f"a{n:03d}", "object_type": "project", "object_id": "p1", "_object_org_id": "o1"}


@pytest.mark.parametrize("kind", KINDS)
def test_a_list_whose_answer_is_the_bare_array_walks_every_page(bt: ModuleType, server: LocalServer, kind: str) -> None:
    """acls.list_org answers a plain array, with the id cursor of every other list: it returned the first
    page as a list, silently, and an org's ACLs past it were never seen."""
    acls = [_acl(n) for n in range(5)]

    def handler(request: Received) -> Reply:
        assert request.path == "/v1/acl/list_org", request
        query = dict(request.query)
        start = next((i + 1 for i, acl in enumerate(acls) if acl["id"] == query.get("starting_after")), 0)
        return Reply.json(acls[start : start + int(query["limit"])])

    server.reset(handler)

    def walk(client: Any) -> Any:
        if kind == "sync":
            return [acl.id for acl in client.acls.list_org(limit=2)]

        async def collect() -> list[str]:
            return [acl.id async for acl in client.acls.list_org(limit=2)]

        return collect()

    assert call_with(bt, kind, server.url, walk) == [acl["id"] for acl in acls]
    assert [dict(r.query).get("starting_after") for r in server.requests] == [None, "a001", "a003", "a004"]


@pytest.mark.parametrize("kind", KINDS)
def test_iterating_a_list_walks_every_page_and_ends_on_an_empty_one(
    bt: ModuleType, server: LocalServer, kind: str
) -> None:
    server.reset(_projects_handler(total=7))

    ids = call_with(bt, kind, server.url, _project_ids(kind, limit=3))
    assert ids == [f"p{n:03d}" for n in range(7)]
    # pages of 3, 3 and 1, then the empty page that proves the end (a short page may be the server's cap)
    cursors = [dict(r.query).get("starting_after") for r in server.requests]
    assert cursors == [None, "p002", "p005", "p006"]
    assert all(dict(r.query)["limit"] == "3" for r in server.requests)


@pytest.mark.parametrize("kind", KINDS)
def test_a_server_that_sends_fewer_items_than_asked_loses_none(bt: ModuleType, server: LocalServer, kind: str) -> None:
    server.reset(_projects_handler(total=10, cap=4))

    assert call_with(bt, kind, server.url, _project_ids(kind, limit=100)) == [f"p{n:03d}" for n in range(10)]
    assert len(server.requests) == 4  # 4, 4, 2, then an empty page


@pytest.mark.parametrize("kind", KINDS)
def test_a_walk_that_starts_with_ending_before_goes_backwards(bt: ModuleType, server: LocalServer, kind: str) -> None:
    server.reset(_projects_handler(total=8))

    ids = call_with(bt, kind, server.url, _project_ids(kind, ending_before="p007", limit=3))
    assert ids == ["p004", "p005", "p006", "p001", "p002", "p003", "p000"]  # page by page, each in the API's order
    assert [dict(r.query).get("ending_before") for r in server.requests] == ["p007", "p004", "p001", "p000"]
    assert all("starting_after" not in dict(r.query) for r in server.requests)


@pytest.mark.parametrize("kind", KINDS)
def test_a_full_last_page_costs_exactly_one_empty_request(bt: ModuleType, server: LocalServer, kind: str) -> None:
    server.reset(_projects_handler(total=9))

    ids = call_with(bt, kind, server.url, _project_ids(kind, limit=3))
    assert ids == [f"p{n:03d}" for n in range(9)]
    assert len(set(ids)) == 9
    assert len(server.requests) == 4  # three full pages, then the empty page that proves the end


@pytest.mark.parametrize("kind", KINDS)
def test_without_a_limit_the_walk_ends_on_an_empty_page(bt: ModuleType, server: LocalServer, kind: str) -> None:
    server.reset(_projects_handler(total=5, default_limit=2))

    assert call_with(bt, kind, server.url, _project_ids(kind)) == [f"p{n:03d}" for n in range(5)]
    assert len(server.requests) == 4  # 2, 2, 1, then an empty page (no limit was asked, so 1 is not "short")


@pytest.mark.parametrize("kind", KINDS)
def test_the_single_page_and_its_next_page_parameters_stay_reachable(
    bt: ModuleType, server: LocalServer, kind: str
) -> None:
    server.reset(_projects_handler(total=5))

    def first_two_pages(client: Any) -> Any:
        if kind == "sync":
            page = client.projects.list(limit=2, project_name="x")
            return page, page.get_next_page()

        async def pages() -> Any:
            page = await client.projects.list(limit=2, project_name="x")
            return page, await page.get_next_page()

        return pages()

    page, second = call_with(bt, kind, server.url, first_two_pages)
    assert [p.id for p in page.items] == ["p000", "p001"]
    assert len(page.items) == 2 and page.has_next_page()
    with pytest.raises(TypeError):  # a page iterates over every page's items: its len() would say otherwise
        len(page)  # type: ignore[arg-type]
    assert page.next_page_params() == {"starting_after": "p001"}
    assert page.data["objects"][0]["id"] == "p000"
    assert page.response.status_code == 200
    assert isinstance(page.items[0], bt.models.Project)
    assert [p.id for p in second.items] == ["p002", "p003"]
    # The next request keeps every other argument and only moves the cursor.
    assert dict(server.requests[1].query) == {"limit": "2", "project_name": "x", "starting_after": "p001"}
    assert len(server.requests) == 2


def test_iter_pages_and_a_page_in_the_middle(bt: ModuleType, server: LocalServer) -> None:
    server.reset(_projects_handler(total=7))
    with bt.Braintrust(api_key=API_KEY, base_url=server.url) as client:
        pages = list(client.projects.list(limit=3).iter_pages())
        assert [len(p.items) for p in pages] == [3, 3, 1, 0]  # the empty page is how the end is known
        assert pages[-2].next_page_params() == {"starting_after": "p006"}
        assert not pages[-1].has_next_page() and pages[-1].next_page_params() is None
        with pytest.raises(RuntimeError, match="no next page"):  # not StopIteration, which map() would swallow
            list(map(lambda page: page.get_next_page(), pages[-1:]))
        # Starting from the middle (the caller's own cursor) walks the rest only.
        rest = [p.id for p in client.projects.list(limit=3, starting_after="p003")]
        assert rest == ["p004", "p005", "p006"]


def test_async_iter_pages(bt: ModuleType, server: LocalServer) -> None:
    server.reset(_projects_handler(total=7))

    async def main() -> list[int]:
        async with bt.AsyncBraintrust(api_key=API_KEY, base_url=server.url) as client:
            first = await client.projects.list(limit=3)
            pages = [page async for page in first.iter_pages()]
            with pytest.raises(RuntimeError, match="no next page"):  # not StopAsyncIteration
                await pages[-1].get_next_page()
            return [len(page.items) for page in pages]

    assert asyncio.run(main()) == [3, 3, 1, 0]
    assert len(server.requests) == 4


@pytest.mark.parametrize("kind", KINDS)
def test_an_error_on_a_later_page_is_raised_from_the_iteration(bt: ModuleType, server: LocalServer, kind: str) -> None:
    good = _projects_handler(total=7)

    def handler(request: Received) -> Reply:
        if dict(request.query).get("starting_after") == "p002":
            return Reply.json({"error": "forbidden"}, 403)
        return good(request)

    server.reset(handler)

    def walk(client: Any) -> Any:
        seen: list[str] = []
        if kind == "sync":
            try:
                for p in client.projects.list(limit=3):
                    seen.append(p.id)
            except bt.PermissionDeniedError:
                return seen

        async def collect() -> list[str]:
            try:
                async for p in client.projects.list(limit=3):
                    seen.append(p.id)
            except bt.PermissionDeniedError:
                return seen
            return []

        return collect()

    assert call_with(bt, kind, server.url, walk) == ["p000", "p001", "p002"]


@pytest.mark.parametrize("body", [b"{}", b'{"error": "quota exceeded"}', b'{"objects": null}', b""])
@pytest.mark.parametrize("kind", KINDS)
def test_a_page_without_its_items_is_an_invalid_response_not_the_end(
    bt: ModuleType, server: LocalServer, kind: str, body: bytes
) -> None:
    """The spec says every page carries ``objects`` (``events`` for a fetch): a 200 without them is
    refused, where reading it as an empty page would end the walk early and silently."""
    server.reset(lambda request: Reply(200, body, {"Content-Type": "application/json"}))

    def first_items(client: Any) -> Any:
        if kind == "sync":
            return list(client.projects.list())

        async def collect() -> list[Any]:
            return [p async for p in client.projects.list()]

        return collect()

    with pytest.raises(bt.APIResponseValidationError):
        call_with(bt, kind, server.url, first_items, max_retries=0)
    events_body = body.replace(b"objects", b"events")
    server.reset(lambda request: Reply(200, events_body, {"Content-Type": "application/json"}))
    with pytest.raises(bt.APIResponseValidationError):
        call_with(bt, kind, server.url, lambda c: c.project_logs.fetch_post("p1"), max_retries=0)


def _event_ids(kind: str, **arguments: Any) -> Call:
    """A call that walks every event of project p1's fetch, sync or async, and gives their ids."""

    def walk(client: Any) -> Any:
        if kind == "sync":
            return [e.id for e in client.project_logs.fetch_post("p1", **arguments)]

        async def collect() -> list[str]:
            return [e.id async for e in client.project_logs.fetch_post("p1", **arguments)]

        return collect()

    return walk


# --- token cursor ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_event_fetch_follows_the_cursor_until_the_server_stops_returning_one(
    bt: ModuleType, server: LocalServer, kind: str
) -> None:
    server.reset(_fetch_handler(total=10, page_size=4))

    ids = call_with(bt, kind, server.url, _event_ids(kind, limit=4))
    assert ids == [f"e{n:03d}" for n in range(10)]
    assert len(server.requests) == 3  # 4, 4, 2 events; the last page has no cursor
    bodies = [r.json() for r in server.requests]
    assert bodies == [{"limit": 4}, {"limit": 4, "cursor": "token-4"}, {"limit": 4, "cursor": "token-8"}]


@pytest.mark.parametrize("kind", KINDS)
def test_event_fetch_page_exposes_cursor_and_typed_events(bt: ModuleType, server: LocalServer, kind: str) -> None:
    server.reset(_fetch_handler(total=3, page_size=2))

    def first(client: Any) -> Any:
        return client.project_logs.fetch_post("p1", limit=2, version="5")

    page = call_with(bt, kind, server.url, first)
    assert page.next_page_params() == {"cursor": "token-2"}
    assert page.data["cursor"] == "token-2"
    event = page.items[0]
    assert isinstance(event, bt.models.ProjectLogsEvent)
    assert event.xact_id == "1000"  # `_xact_id` on the wire
    assert event.input == {"n": 0}
    assert server.requests[0].json() == {"limit": 2, "version": "5"}


@pytest.mark.parametrize("kind", KINDS)
def test_event_fetch_goes_on_past_an_empty_page_that_has_a_cursor(
    bt: ModuleType, server: LocalServer, kind: str
) -> None:
    server.script(
        Reply.json({"events": [_event(1)], "cursor": "a"}),
        Reply.json({"events": [], "cursor": "b"}),
        Reply.json({"events": [_event(2)], "cursor": None}),
    )

    assert call_with(bt, kind, server.url, _event_ids(kind)) == ["e001", "e002"]
    assert [r.json().get("cursor") for r in server.requests] == [None, "a", "b"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_list_stops_when_the_server_ignores_the_cursor(
    bt: ModuleType, server: LocalServer, kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    server.reset(lambda request: Reply.json({"objects": [_project(1), _project(2)]}))
    with caplog.at_level("WARNING"):
        assert call_with(bt, kind, server.url, _project_ids(kind)) == ["p001", "p002"]
    # the second page holds the item its cursor names: the same page again, whose items are not repeated
    assert [dict(r.query).get("starting_after") for r in server.requests] == [None, "p002"]
    assert "asked for with starting_after='p002' holds that item itself" in caplog.text


def test_a_backwards_walk_stops_when_the_server_ignores_the_cursor(bt: ModuleType, server: LocalServer) -> None:
    server.reset(lambda request: Reply.json({"objects": [_project(1), _project(2)]}))
    with bt.Braintrust(api_key=API_KEY, base_url=server.url) as client:
        assert [p.id for p in client.projects.list(ending_before="p009")] == ["p001", "p002"]
    assert [dict(r.query).get("ending_before") for r in server.requests] == ["p009", "p001"]


def test_a_page_fetched_by_hand_is_the_servers_answer_as_it_is(bt: ModuleType, server: LocalServer) -> None:
    server.reset(lambda request: Reply.json({"objects": [_project(1), _project(2)]}))
    with bt.Braintrust(api_key=API_KEY, base_url=server.url) as client:
        repeated = client.projects.list().get_next_page()
    assert [p.id for p in repeated.items] == ["p001", "p002"]  # only a walk leaves a repeated page out


def test_event_fetch_stops_when_the_server_sends_back_the_cursor_it_was_sent(
    bt: ModuleType, server: LocalServer
) -> None:
    server.script(Reply.json({"events": [_event(1)], "cursor": "a"}), Reply.json({"events": [], "cursor": "a"}))
    with bt.Braintrust(api_key=API_KEY, base_url=server.url) as client:
        assert [e.id for e in client.project_logs.fetch_post("p1")] == ["e001"]
    assert len(server.requests) == 2


@pytest.mark.parametrize("kind", KINDS)
def test_a_walk_stops_where_the_server_goes_round_in_a_circle(
    bt: ModuleType, server: LocalServer, kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Cursors a, b, a, b, ... over empty pages: each differs from the one just sent, and none ends."""

    pages = {None: ([_event(1)], "a"), "a": ([], "b"), "b": ([], "a")}

    def circle(request: Received) -> Reply:
        events, following = pages[request.json().get("cursor")]
        return Reply.json({"events": events, "cursor": following})

    server.reset(circle)

    with caplog.at_level("WARNING"):
        assert call_with(bt, kind, server.url, _event_ids(kind)) == ["e001"]
    assert [r.json().get("cursor") for r in server.requests] == [None, "a", "b"]
    assert "sent cursor='a' again" in caplog.text


@pytest.mark.parametrize("kind", KINDS)
def test_a_resumed_walk_stops_where_the_server_leads_back_to_its_first_cursor(
    bt: ModuleType, server: LocalServer, kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Resumed from a saved cursor z: z, a, z, ... repeated the first page before the walk noticed."""

    pages = {"z": ([_event(1)], "a"), "a": ([_event(2)], "z")}

    def circle(request: Received) -> Reply:
        events, following = pages[request.json().get("cursor")]
        return Reply.json({"events": events, "cursor": following})

    server.reset(circle)

    with caplog.at_level("WARNING"):
        assert call_with(bt, kind, server.url, _event_ids(kind, cursor="z")) == ["e001", "e002"]
    assert [r.json().get("cursor") for r in server.requests] == ["z", "a"]
    assert "sent cursor='z' again" in caplog.text


@pytest.mark.parametrize("resource", ["experiments", "datasets"])
def test_other_event_fetches_page_the_same_way(bt: ModuleType, server: LocalServer, resource: str) -> None:
    path = {"experiments": "/v1/experiment/x1/fetch", "datasets": "/v1/dataset/x1/fetch"}[resource]
    extra = {"experiments": {"experiment_id": "x1"}, "datasets": {"dataset_id": "x1"}}[resource]
    events = [{**_event(n), "project_id": "p1", **extra} for n in range(5)]
    events = [{k: v for k, v in e.items() if k != "log_id"} for e in events]

    def handler(request: Received) -> Reply:
        assert request.path == path
        start = int(request.json().get("cursor", "0"))
        answer: dict[str, Any] = {"events": events[start : start + 2]}
        if start + 2 < len(events):
            answer["cursor"] = str(start + 2)
        return Reply.json(answer)

    server.reset(handler)
    with bt.Braintrust(api_key=API_KEY, base_url=server.url) as client:
        ids = [e.id for e in getattr(client, resource).fetch_post("x1", limit=2)]
    assert ids == [f"e{n:03d}" for n in range(5)]
    assert len(server.requests) == 3


def test_a_page_that_does_not_match_the_spec_is_named_page_in_the_error(bt: ModuleType, server: LocalServer) -> None:
    server.reset(lambda request: Reply.json({"objects": [{**_project(1), "name": {"not": "a string"}}]}))
    with (
        bt.Braintrust(api_key=API_KEY, base_url=server.url) as client,
        pytest.raises(bt.APIResponseValidationError) as caught,
    ):
        client.projects.list()
    message = str(caught.value)
    assert message.startswith("The response does not match the API description\n  objects.0.name: Input should be")
    assert "_Page" not in message


def test_a_page_built_by_hand_takes_the_arguments_it_took_before_has_more(bt: ModuleType, server: LocalServer) -> None:
    """``SyncPage`` is exported: the constructor keeps ``items`` and ``next_token`` (``has_more`` is new, and
    optional), so code that builds a page (a test double, say) keeps working."""
    base_client = importlib.import_module(bt.__name__ + "._base_client")
    pagination = importlib.import_module(bt.__name__ + "._pagination")
    server.reset(lambda request: Reply.json({"objects": []}))
    with bt.Braintrust(api_key=API_KEY, base_url=server.url) as client:
        page = bt.SyncPage(
            client=client,
            item_type=Any,
            options=base_client.RequestOptions(method="get", path="/v1/project"),
            paging=pagination.Paging(
                kind="id_cursor", items_field="objects", cursor_param="starting_after", cursor_location="query"
            ),
            items=[_project(1)],
            next_token=None,
        )
        assert page.next_page_params() == {"starting_after": "p001"}
        assert list(page) == [_project(1)]
