"""A server URL relative to wherever the API is served (``/api/v1``, which OpenAPI allows): the generated
client used to take it as its default base URL, and ``Client()`` then failed with "must be an http://
or https:// URL with a host", naming no way out. Now the generator warns; the default is the first
absolute server URL, and where there is none the client needs ``base_url=`` or the environment variable,
and says so."""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.config import Config
from generator.pipeline import build
from tests.support import generated_from, write_spec

OPERATIONS = """
paths:
  /items:
    get:
      operationId: listItems
      tags: [Items]
      responses:
        "200": {description: ok, content: {application/json: {schema: {type: array, items: {type: string}}}}}
"""

RELATIVE_ONLY = 'openapi: 3.1.0\ninfo: {title: Rel, version: "1"}\nservers: [{url: /api/v1}]\n' + OPERATIONS
RELATIVE_FIRST = (
    'openapi: 3.1.0\ninfo: {title: Rel, version: "1"}\n'
    "servers: [{url: /api/v1}, {url: 'https://eu.example.com/api/v1'}]\n" + OPERATIONS
)
ABSOLUTE = (
    'openapi: 3.1.0\ninfo: {title: Rel, version: "1"}\nservers: [{url: "https://api.example.com"}]\n' + OPERATIONS
)


def _warnings(folder: Path, spec_text: str) -> list[Any]:
    config = Config(package_name="rel_client", client_name="Rel", spec=write_spec(folder, spec_text))
    return [w for w in build(replace(config, out=folder / "out")).warnings if w.code == "document.server-relative"]


def test_a_relative_first_server_is_reported_with_what_the_client_does_instead(tmp_path: Path) -> None:
    (alone,) = _warnings(tmp_path / "alone", RELATIVE_ONLY)
    assert alone.pointer == "#/servers/0/url"
    assert "'/api/v1' is relative" in alone.message
    assert "no default base URL: it needs base_url= or REL_BASE_URL" in alone.message
    (first,) = _warnings(tmp_path / "first", RELATIVE_FIRST)
    assert "the first absolute one, 'https://eu.example.com/api/v1'" in first.message
    assert _warnings(tmp_path / "absolute", ABSOLUTE) == []


@pytest.fixture(scope="module")
def relative(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with generated_from(tmp_path_factory.mktemp("relative"), RELATIVE_ONLY, "rel_client", "Rel") as module:
        yield module


def test_without_an_absolute_server_the_client_asks_for_its_base_url(
    relative: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("REL_BASE_URL", raising=False)
    for client_class in (relative.Rel, relative.AsyncRel):
        with pytest.raises(relative.RelError) as caught:
            client_class(api_key="k")
        assert "pass base_url= or set REL_BASE_URL" in str(caught.value)
        assert "/api/v1" in str(caught.value)
    assert "which has no default" in (inspect.getdoc(relative.Rel) or "")


def test_the_base_url_given_or_from_the_environment_is_used(relative: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=["a"])

    monkeypatch.setenv("REL_BASE_URL", "https://env.example.com/api/v1")
    from_env = relative.Rel(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
    assert from_env.items.list() == ["a"]
    given = relative.Rel(
        api_key="k",
        base_url="https://given.example.com/api/v1",
        http_client=httpx.Client(transport=httpx.MockTransport(answer)),
    )
    assert given.items.list() == ["a"]
    assert [str(request.url) for request in sent] == [
        "https://env.example.com/api/v1/items",
        "https://given.example.com/api/v1/items",
    ]


def test_a_later_absolute_server_is_the_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REL_BASE_URL", raising=False)
    with generated_from(tmp_path, RELATIVE_FIRST, "rel_first_client", "Rel") as module:
        assert str(module.Rel(api_key="k").base_url) == "https://eu.example.com/api/v1/"
