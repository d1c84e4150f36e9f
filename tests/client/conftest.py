"""Fixtures of the client tests: the committed generated package, imported once per module, and a local server."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import pytest

from tests.client.server import LocalServer, serve
from tests.support import REPO, imported

API_KEY = "sk-test-0123456789abcdef-SECRET"


@pytest.fixture(scope="module")
def bt() -> Iterator[ModuleType]:
    """The generated ``braintrust_client`` package (the committed one in generated/)."""
    with imported(REPO / "generated", "braintrust_client") as package:
        yield package


@pytest.fixture(scope="module")
def local_server() -> Iterator[LocalServer]:
    yield from serve()


@pytest.fixture
def server(local_server: LocalServer, bt: ModuleType, monkeypatch: pytest.MonkeyPatch) -> LocalServer:
    """The module's server, cleared for this test; retries wait 20-ms-scale delays instead of 0.5 s."""
    local_server.reset()
    base_client = __import__("braintrust_client._base_client", fromlist=["_"])
    monkeypatch.setattr(base_client, "INITIAL_RETRY_DELAY", 0.02)
    monkeypatch.setattr(base_client, "MAX_RETRY_DELAY", 0.2)
    return local_server


Call = Callable[[Any], Any]


def call_with(bt: ModuleType, kind: str, url: str, call: Call, **options: Any) -> Any:
    """Runs ``call(client)`` with a sync or an async client against ``url``; awaits what needs awaiting."""
    options.setdefault("api_key", API_KEY)
    if kind == "sync":
        with bt.Braintrust(base_url=url, **options) as client:
            return call(client)

    async def main() -> Any:
        async with bt.AsyncBraintrust(base_url=url, **options) as client:
            result = call(client)
            return await result if inspect.isawaitable(result) else result

    return asyncio.run(main())
