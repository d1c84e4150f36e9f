"""Pagination by page number (GitHub's ``page``) and by offset: the client counts the next page's cursor,
from the cursor it sent (or the first page, where it sent none) and the items it received, and the walk
ends at a page without items, or where the server ignores the cursor and answers the same items again.
Lists whose answer is the array itself page so too. Sync and async alike. (Only id and token cursors could
be configured: such lists were single-page methods, and a caller looped by hand.)"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.config import PaginationRule
from tests.support import generated_from, mock_client

ISSUE = '{$ref: "#/components/schemas/Issue"}'
SPEC = f"""
openapi: 3.0.3
info: {{title: Tracker, version: "1"}}
paths:
  /issues:
    get:
      operationId: listIssues
      tags: [issues]
      parameters:
        - {{name: page, in: query, schema: {{type: integer, default: 1, minimum: 0}}}}
        - {{name: per_page, in: query, schema: {{type: integer}}}}
      responses:
        "200":
          description: a page of issues
          content: {{application/json: {{schema: {{type: array, items: {ISSUE}}}}}}}
  /sheets:
    get:
      operationId: listSheets
      tags: [sheets]
      parameters: [{{name: page, in: query, schema: {{type: integer, minimum: 0}}}}]
      responses:
        "200":
          description: a page of sheets
          content: {{application/json: {{schema: {{type: array, items: {ISSUE}}}}}}}
  /reports:
    get:
      operationId: listReports
      tags: [reports]
      parameters: [{{name: page, in: query, description: Zero-based page index, schema: {{type: integer, default: 0}}}}]
      responses:
        "200":
          description: a page of reports (Spring Data's Pageable)
          content: {{application/json: {{schema: {{type: array, items: {ISSUE}}}}}}}
  /tags:
    get:
      operationId: listTags
      tags: [tags]
      parameters: [{{name: offset, in: query, schema: {{type: integer}}}}]
      responses:
        "200":
          description: tags, which repeat
          content: {{application/json: {{schema: {{type: object, properties: {{results: {{type: array, items: {{type: string}}}}}}}}}}}}
  /events:
    get:
      operationId: listEvents
      tags: [events]
      parameters:
        - {{name: offset, in: query, schema: {{type: integer, minimum: 0}}}}
        - {{name: limit, in: query, schema: {{type: integer}}}}
      responses:
        "200":
          description: a page of events
          content:
            application/json:
              schema: {{type: object, required: [results], properties: {{results: {{type: array, items: {ISSUE}}}}}}}
  /labels:
    get:
      operationId: listLabels
      tags: [labels]
      parameters: [{{name: page, in: query, schema: {{type: string}}}}]
      responses:
        "200":
          description: labels, paged by a token named page
          content: {{application/json: {{schema: {{type: array, items: {ISSUE}}}}}}}
components:
  schemas:
    Issue: {{type: object, required: [title], properties: {{title: {{type: string}}}}}}
"""
RULES = (
    PaginationRule(kind="page_number", cursor_param="page", limit_param="per_page"),
    PaginationRule(kind="offset", cursor_param="offset", items_field="results", limit_param="limit"),
)
TITLES = [f"t{n}" for n in range(5)]


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with generated_from(tmp_path_factory.mktemp("counted"), SPEC, "tracker", "Tracker", pagination=RULES) as module:
        yield module


def _server(sent: list[dict[str, str]], ignores_cursor: bool = False) -> Callable[[httpx.Request], httpx.Response]:
    """Two items a page: pages numbered from 1 (``/issues``) or 0 (``/sheets``), or by offset (``/events``)."""

    def answer(request: httpx.Request) -> httpx.Response:
        query = dict(request.url.params)
        sent.append(query)
        path = request.url.path
        if path == "/events":
            start = 0 if ignores_cursor else int(query.get("offset", 0))
        elif path == "/tags":
            offset = int(query.get("offset", 0))
            return httpx.Response(200, json={"results": ["a", "b", "a", "b", "c"][offset : offset + 2]})
        else:
            first = 0 if path in ("/sheets", "/reports") else 1
            start = 0 if ignores_cursor else (int(query.get("page", first)) - first) * 2
        items = [{"title": title} for title in TITLES[start : start + 2]]
        return httpx.Response(200, json={"results": items} if path == "/events" else items)

    return answer


def _client(package: Any, answer: Callable[[httpx.Request], httpx.Response], aio: bool = False) -> Any:
    if aio:
        http: Any = httpx.AsyncClient(transport=httpx.MockTransport(answer))
        return package.AsyncTracker(api_key="k", base_url="http://api.test", http_client=http)
    return package.Tracker(
        api_key="k", base_url="http://api.test", http_client=httpx.Client(transport=httpx.MockTransport(answer))
    )


def test_page_numbers_count_from_the_first_page(package: Any) -> None:
    sent: list[dict[str, str]] = []
    client = _client(package, _server(sent))
    assert [issue.title for issue in client.issues.list(per_page=2)] == TITLES
    assert [query.get("page") for query in sent] == [None, "2", "3", "4"]
    assert client.issues.list(page=2).next_page_params() == {"page": "3"}

    sent.clear()
    assert [sheet.title for sheet in client.sheets.list()] == TITLES  # the parameter's minimum: page 0 first
    assert [query.get("page") for query in sent] == [None, "1", "2", "3"]
    sent.clear()
    assert [report.title for report in client.reports.list()] == TITLES  # its default: page 0 first
    assert [query.get("page") for query in sent] == [None, "1", "2", "3"]


def test_offsets_count_the_items_received(package: Any) -> None:
    sent: list[dict[str, str]] = []
    client = _client(package, _server(sent))
    assert [event.title for event in client.events.list(limit=2)] == TITLES
    assert [query.get("offset") for query in sent] == [None, "2", "4", "5"]
    sent.clear()
    assert [event.title for event in client.events.list(offset=3)] == TITLES[3:]
    assert [query.get("offset") for query in sent] == ["3", "5"]


def test_plain_values_may_repeat_from_page_to_page(package: Any) -> None:
    """The guard against a server that ignores the cursor compares objects, not tags that repeat."""
    client = _client(package, _server([]))
    assert list(client.tags.list()) == ["a", "b", "a", "b", "c"]


def test_async_walks_count_alike(package: Any) -> None:
    sent: list[dict[str, str]] = []

    async def walk() -> list[str]:
        async with _client(package, _server(sent), aio=True) as client:
            return [issue.title async for issue in client.issues.list()]

    assert asyncio.run(walk()) == TITLES
    assert [query.get("page") for query in sent] == [None, "2", "3", "4"]


def test_a_server_that_ignores_the_cursor_ends_the_walk(package: Any, caplog: pytest.LogCaptureFixture) -> None:
    sent: list[dict[str, str]] = []
    client = _client(package, _server(sent, ignores_cursor=True))
    with caplog.at_level(logging.WARNING):
        assert [issue.title for issue in client.issues.list()] == TITLES[:2]
        assert [event.title for event in client.events.list()] == TITLES[:2]
    assert len(sent) == 4
    assert "ignored the page number" in caplog.text and "ignored the offset" in caplog.text


def test_a_cursor_that_is_no_number_is_no_page_number(package: Any) -> None:
    """``/labels`` takes a string named ``page``: a token, not a count; its method returns the list."""
    client = _client(package, lambda request: httpx.Response(200, json=[{"title": "bug"}]))
    assert [label.title for label in client.labels.list()] == ["bug"]
    assert isinstance(client.labels.list(), list)


JIRA = """
openapi: 3.0.3
info: {title: Jira, version: "1"}
paths:
  /search:
    get:
      operationId: searchProjects
      tags: [projects]
      parameters:
        - {name: startAt, in: query, schema: {type: integer}}
        - {name: maxResults, in: query, schema: {type: integer}}
      responses:
        "200":
          description: a page of projects
          content:
            application/json:
              schema: {type: object, required: [values], properties: {values: {type: array, items: {type: string}}}}
"""


def test_the_next_page_params_are_the_methods_arguments(tmp_path: Path) -> None:
    """``startAt`` is the method's ``start_at``: what next_page_params() gives is passed back as it is."""
    rules = (PaginationRule(kind="offset", cursor_param="startAt", items_field="values", limit_param="maxResults"),)

    def answer(request: httpx.Request) -> httpx.Response:
        start = int(request.url.params.get("startAt", "0"))
        return httpx.Response(200, json={"values": ["a", "b", "c", "d"][start : start + 2]})

    with generated_from(tmp_path, JIRA, "jira", "Jira", pagination=rules) as module:
        client = mock_client(module.Jira, answer)
        params = client.projects.search().next_page_params()
        assert params == {"start_at": "2"}
        assert client.projects.search(**params).items == ["c", "d"]
        readme = next((tmp_path / "out").glob("**/README.md")).read_text(encoding="utf-8")
        assert '# e.g. {"start_at": "10"}' in readme
