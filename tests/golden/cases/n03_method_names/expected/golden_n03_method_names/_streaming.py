"""Server-sent events: a decoder for the ``text/event-stream`` format and typed streams over it."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from ._models import parse_response

if TYPE_CHECKING:
    from typing_extensions import Self

__all__ = ["AsyncStream", "ServerSentEvent", "Stream"]

T = TypeVar("T")


@dataclass(frozen=True)
class ServerSentEvent:
    """One event: its type (``event:``), its data (the ``data:`` lines joined), and its id."""

    event: str
    data: str
    id: str | None = None
    retry: int | None = None

    def json(self) -> Any:
        """The data parsed as JSON."""
        return json.loads(self.data)


class SSEDecoder:
    """Turns lines into events, following the WHATWG event-stream rules."""

    def __init__(self) -> None:
        self._event = ""
        self._data: list[str] = []
        self._id: str | None = None
        self._retry: int | None = None

    def feed(self, line: str) -> ServerSentEvent | None:
        if not line:
            if not self._data and not self._event:
                return None
            event = ServerSentEvent(self._event or "message", "\n".join(self._data), self._id, self._retry)
            self._event, self._data, self._retry = "", [], None
            return event
        if line.startswith(":"):
            return None
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "event":
            self._event = value
        elif name == "data":
            self._data.append(value)
        elif name == "id" and "\0" not in value:
            self._id = value
        elif name == "retry" and value.isdigit():
            self._retry = int(value)
        return None


def _typed(event_type: Any, event: ServerSentEvent) -> Any:
    if event_type is ServerSentEvent:
        return event
    try:
        data = event.json()
    except ValueError:
        data = event.data
    return parse_response(event_type, {"event": event.event, "data": data})


class Stream(Generic[T]):
    """The events of a streaming response, as they arrive; close it (or exhaust it) to free the connection."""

    def __init__(self, response: httpx.Response, event_type: Any) -> None:
        self.response = response
        self._event_type = event_type

    def __iter__(self) -> Iterator[T]:
        decoder = SSEDecoder()
        try:
            for line in self.response.iter_lines():
                event = decoder.feed(line)
                if event is not None:
                    yield _typed(self._event_type, event)
            event = decoder.feed("")
            if event is not None:
                yield _typed(self._event_type, event)
        finally:
            self.response.close()

    def close(self) -> None:
        self.response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncStream(Generic[T]):
    """The asynchronous form of :class:`Stream`."""

    def __init__(self, response: httpx.Response, event_type: Any) -> None:
        self.response = response
        self._event_type = event_type

    async def __aiter__(self) -> AsyncIterator[T]:
        decoder = SSEDecoder()
        try:
            async for line in self.response.aiter_lines():
                event = decoder.feed(line)
                if event is not None:
                    yield _typed(self._event_type, event)
            event = decoder.feed("")
            if event is not None:
                yield _typed(self._event_type, event)
        finally:
            await self.response.aclose()

    async def close(self) -> None:
        await self.response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
