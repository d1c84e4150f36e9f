"""Imports the golden packages, so each rule's tests exercise the code a user would get."""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

CASES = Path(__file__).resolve().parent.parent / "golden" / "cases"


def load(case: str) -> Any:
    """The golden package of ``case``, imported from its expected output."""
    root = CASES / case / "expected"
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    package = importlib.import_module(f"golden_{case}")
    importlib.import_module(f"golden_{case}.models")
    return package


class Recorder:
    """An httpx transport that records requests and answers with a canned JSON response."""

    def __init__(self, respond: Callable[[httpx.Request], httpx.Response] | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self._respond = respond or _echo

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self._respond(request)

    @property
    def last_json(self) -> Any:
        return json.loads(self.requests[-1].content)

    def client(self, package: Any) -> Any:
        return package.Client(
            api_key="k",
            base_url="http://api.test",
            max_retries=0,
            http_client=httpx.Client(transport=httpx.MockTransport(self)),
        )


def _echo(request: httpx.Request) -> httpx.Response:
    """Answers with the request's own JSON body (or {}), which fits the many operations that return it."""
    return httpx.Response(200, content=request.content or b"{}", headers={"content-type": "application/json"})


@pytest.fixture
def recorder() -> Iterator[Recorder]:
    yield Recorder()
