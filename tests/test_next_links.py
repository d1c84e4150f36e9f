"""Pagination by the next page's URL: the ``Link`` header's ``rel="next"`` (GitHub's), or a field of the
answer (Django REST framework's ``next``, absolute; Twilio's ``next_page_uri``, relative). The walk requests
each link as it is, until there is none; it never follows one to another origin, where the API key would
go. Sync and async alike."""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.config import PaginationRule, load_config
from generator.diagnostics import Diagnostics
from tests.support import REPO, generated_from, mock_client

SPEC = """
openapi: 3.0.3
info: {title: Tracker, version: "1"}
paths:
  /issues:
    get:
      operationId: listIssues
      tags: [issues]
      parameters:
        - {name: page, in: query, schema: {type: integer}}
        - {name: per_page, in: query, schema: {type: integer}}
        - {name: state, in: query, schema: {type: string}}
      responses:
        "200":
          description: a page of issues; the next page's link in the Link header
          content: {application/json: {schema: {type: array, items: {$ref: "#/components/schemas/Issue"}}}}
        "304": {description: not modified}
  /notes:
    get:
      operationId: listNotes
      tags: [notes]
      parameters: [{name: cursor, in: query, schema: {type: string}}]
      responses:
        "200":
          description: a page of notes, and the next page's URL
          content:
            application/json:
              schema:
                type: object
                properties:
                  results: {type: array, items: {$ref: "#/components/schemas/Issue"}}
                  next: {type: string, nullable: true}
components:
  schemas:
    Issue: {type: object, required: [title], properties: {title: {type: string}}}
"""
RULES = (
    PaginationRule(kind="next_url", cursor_param="page"),
    PaginationRule(kind="next_url", cursor_param="cursor", items_field="results", next_field="next"),
)
TITLES = [f"t{n}" for n in range(5)]


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with generated_from(tmp_path_factory.mktemp("links"), SPEC, "tracker", "Tracker", pagination=RULES) as module:
        yield module


def _server(sent: list[str], next_origin: str = "http://api.test") -> Callable[[httpx.Request], httpx.Response]:
    """Two items a page. ``/issues`` links the next page in its Link header (absolute), ``/notes`` in its
    body (relative, with a cursor the server makes up)."""

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(str(request.url))
        if request.url.path == "/issues":
            page = int(request.url.params.get("page", "1"))
            items = [{"title": title} for title in TITLES[(page - 1) * 2 : page * 2]]
            more = page * 2 < len(TITLES)
            link = {"Link": f'<{next_origin}/issues?page={page + 1}&state=open>; rel="next"'} if more else {}
            return httpx.Response(200, json=items, headers=link)
        start = int(request.url.params.get("cursor", "c0")[1:])
        results = [{"title": title} for title in TITLES[start : start + 2]]
        following = f"/notes?cursor=c{start + 2}" if start + 2 < len(TITLES) else None
        return httpx.Response(200, json={"results": results, "next": following})

    return answer


def _client(package: Any, answer: Callable[[httpx.Request], httpx.Response], name: str = "Tracker") -> Any:
    return getattr(package, name)(
        api_key="k", base_url="http://api.test", http_client=httpx.Client(transport=httpx.MockTransport(answer))
    )


def test_the_link_header_leads_to_each_page(package: Any) -> None:
    sent: list[str] = []
    client = _client(package, _server(sent))
    assert [issue.title for issue in client.issues.list(state="open")] == TITLES
    assert sent == [
        "http://api.test/issues?state=open",
        "http://api.test/issues?page=2&state=open",
        "http://api.test/issues?page=3&state=open",
    ]
    # the argument that resumes the walk, where the link sets the rule's cursor parameter
    assert client.issues.list().next_page_params() == {"page": "2"}
    assert [issue.title for issue in client.issues.list(page=2)] == TITLES[2:]


def test_a_field_of_the_answer_leads_to_each_page(package: Any) -> None:
    sent: list[str] = []
    client = _client(package, _server(sent))
    assert [note.title for note in client.notes.list()] == TITLES
    assert sent == ["http://api.test/notes", "http://api.test/notes?cursor=c2", "http://api.test/notes?cursor=c4"]
    assert client.notes.list().next_page_params() == {"cursor": "c2"}


def test_a_link_that_sets_no_cursor_is_given_whole(package: Any) -> None:
    link = {"Link": '<http://api.test/issues/after/t1>; rel="next"'}
    client = _client(package, lambda request: httpx.Response(200, json=[{"title": "t1"}], headers=link))
    assert client.issues.list().next_page_params() == {"url": "http://api.test/issues/after/t1"}


def test_async_walks_follow_links_alike(package: Any) -> None:
    sent: list[str] = []

    async def walk() -> list[str]:
        http = httpx.AsyncClient(transport=httpx.MockTransport(_server(sent)))
        async with package.AsyncTracker(api_key="k", base_url="http://api.test", http_client=http) as client:
            return [issue.title async for issue in client.issues.list()]

    assert asyncio.run(walk()) == TITLES
    assert len(sent) == 3


@pytest.mark.parametrize("origin", ["https://elsewhere.test", "https://api.test", "http://api.test:8080"])
def test_a_link_to_another_origin_is_not_followed(package: Any, caplog: pytest.LogCaptureFixture, origin: str) -> None:
    """Another host, scheme (the key would leave in clear text the other way round) or port."""
    sent: list[str] = []
    client = _client(package, _server(sent, next_origin=origin))
    with caplog.at_level(logging.WARNING):
        assert [issue.title for issue in client.issues.list()] == TITLES[:2]
    assert sent == ["http://api.test/issues"]
    assert f"the next page's URL is on {origin}, not on the API's http://api.test" in caplog.text


def test_asking_about_a_page_whose_link_goes_elsewhere_logs_nothing(
    package: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """The warning says why a walk (or get_next_page) stops; a page only looked at is no walk."""
    page = _client(package, _server([], next_origin="https://elsewhere.test")).issues.list()
    with caplog.at_level(logging.WARNING):
        assert (page.has_next_page(), page.next_page_params(), page.next_cursor()) == (False, None, None)
        assert "has_next_page=False" in repr(page)
    assert caplog.text == ""
    with caplog.at_level(logging.WARNING), pytest.raises(RuntimeError, match="no next page"):
        page.get_next_page()
    assert "https://elsewhere.test" in caplog.text


def test_next_cursor_is_what_next_page_params_gives(package: Any) -> None:
    """The cursor a link sets, not the link, which may hold what the client added to the query."""
    page = _client(package, _server([])).issues.list()
    assert (page.next_page_params(), page.next_cursor()) == ({"page": "2"}, "2")


def test_a_304_page_has_no_next_page_whatever_its_link_says(package: Any) -> None:
    sent: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(str(request.url))
        return httpx.Response(304, headers={"Link": '<http://api.test/issues?page=2>; rel="next"'})

    page = _client(package, answer).issues.list(extra_headers={"If-None-Match": '"v1"'})
    assert (page.items, page.has_next_page(), list(page), len(sent)) == ([], False, [], 1)


def test_a_bare_list_that_lists_304_still_needs_its_array(package: Any) -> None:
    """304 makes a call's answer optional, not a page's array: a 200 without one is not an empty page."""
    with pytest.raises(package.APIResponseValidationError):
        _client(package, lambda request: httpx.Response(200, json=None)).issues.list()


def test_the_readmes_rule_for_github_pages_its_lists(tmp_path: Path) -> None:
    """The README gives a rule for GitHub's lists: arrays whose next page is in the Link header."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    found = re.search(r"GitHub's lists.*?```toml\n(.*?)```", readme, re.DOTALL)
    assert found is not None, "the README no longer gives a rule for GitHub's lists"
    (tmp_path / "pyproject.toml").write_text(f"[tool.oapigen]\n{found.group(1)}", encoding="utf-8")
    diagnostics = Diagnostics()
    rules = load_config(tmp_path / "pyproject.toml", diagnostics).pagination
    assert not diagnostics.items
    sent: list[str] = []
    with generated_from(tmp_path / "gh", SPEC, "gh_client", "GitHub", pagination=rules) as module:
        client = _client(module, _server(sent), "GitHub")
        assert [issue.title for issue in client.issues.list(state="open", per_page=2)] == TITLES
    assert len(sent) == 3


def test_a_link_keeps_its_query_beside_what_the_client_adds(package: Any) -> None:
    """httpx replaces a URL's query with ``params``: the call's extra_query used to drop the link's cursor,
    and the walk fetched the first page again."""
    sent: list[str] = []
    client = _client(package, _server(sent))
    assert [note.title for note in client.notes.list(extra_query={"sort": "new"})] == TITLES
    assert sent == [
        "http://api.test/notes?sort=new",
        "http://api.test/notes?cursor=c2&sort=new",
        "http://api.test/notes?cursor=c4&sort=new",
    ]


KEYED = SPEC.replace(
    "components:\n",
    "security: [{key: []}]\ncomponents:\n  securitySchemes: {key: {type: apiKey, in: query, name: api_key}}\n",
)


def test_a_key_in_the_query_joins_the_link_once_and_stays_out_of_the_log(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    sent: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(str(request.url))
        # the server copies the whole query into its link (Django REST framework does), the key included,
        # and, at the third page, links back to the second
        cursor = {None: "c2", "c2": "c4", "c4": "c2"}[request.url.params.get("cursor")]
        following = str(request.url.copy_set_param("cursor", cursor))
        return httpx.Response(200, json={"results": [{"title": cursor}], "next": following})

    with generated_from(tmp_path, KEYED, "keyed_client", "Keyed", pagination=RULES) as module:
        client = module.Keyed(
            api_key="SECRET",
            base_url="http://api.test",
            http_client=httpx.Client(transport=httpx.MockTransport(answer)),
        )
        with caplog.at_level(logging.WARNING):
            assert [note.title for note in client.notes.list()] == ["c2", "c4", "c2"]
    assert sent == [
        "http://api.test/notes?api_key=SECRET",
        "http://api.test/notes?cursor=c2&api_key=SECRET",
        "http://api.test/notes?cursor=c4&api_key=SECRET",
    ]
    assert "the server sent a link to a page again" in caplog.text
    assert "SECRET" not in caplog.text


def test_a_link_back_to_the_first_page_ends_the_walk_with_a_key_in_the_query(tmp_path: Path) -> None:
    """The server writes the first page's link without the key the client added to its query."""
    sent: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(str(request.url))
        cursor = request.url.params.get("cursor")
        following = "http://api.test/notes" if cursor == "c2" else "http://api.test/notes?cursor=c2"
        return httpx.Response(200, json={"results": [{"title": cursor or "first"}], "next": following})

    with generated_from(tmp_path, KEYED, "keyed_client", "Keyed", pagination=RULES) as module:
        client = mock_client(module.Keyed, answer)
        assert [note.title for note in client.notes.list()] == ["first", "c2"]
    assert len(sent) == 2
