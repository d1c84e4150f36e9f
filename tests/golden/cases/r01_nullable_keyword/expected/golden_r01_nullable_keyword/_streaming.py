"""Server-sent events: a decoder for the ``text/event-stream`` format and typed streams over it.

Each event ``event: <type>`` / ``data: <payload>`` becomes a typed value: the payload is decoded as JSON
(except for the event types the configuration marks as text), then ``{"event", "data", "id"}`` is
validated into the operation's event type, leniently like every response. An event of a type the API
description does not know is skipped (and logged), so a server that adds a new event type does not break
a deployed client.

A stream may last as long as the server likes, but one event may not grow without end: an event larger
than the client's ``max_response_size`` (a line that never ends, say) raises
:class:`~._exceptions.ResponseTooLargeError` and closes the connection. Lines must be UTF-8 (else
:class:`~._exceptions.APIResponseValidationError`); a connection that breaks mid-stream raises
:class:`~._exceptions.APIConnectionError`.
"""

from __future__ import annotations

import contextlib
import socket
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx
import pydantic

from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    ResponseTooLargeError,
    mismatch_message,
    redact_error,
    shortened,
)
from ._logs import logger
from ._models import UnknownVariant, loads_json, parse_response
from ._response import close_dropped

if TYPE_CHECKING:
    from typing_extensions import Self

__all__ = ["AsyncStream", "SSEDecoder", "ServerSentEvent", "Stream", "asks_for_stream"]

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
        return loads_json(self.data)


class SSEDecoder:
    """Turns lines into events, following the WHATWG event-stream rules, with one leniency: an event with
    an ``event:`` line and no ``data:`` line is delivered (with empty data), not dropped."""

    def __init__(self) -> None:
        self._event = ""
        self._data: list[str] = []
        self._id: str | None = None
        self._retry: int | None = None

    def feed(self, line: str) -> ServerSentEvent | None:
        """Takes one line (without its line break); returns the event that an empty line completes."""
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
        elif name == "retry" and value.isascii() and value.isdigit():  # not "²", which int() refuses
            self._retry = int(value)
        return None


_SKIP = object()

_SHOWN_BODY = 4096
"""How much of an answer that is not a stream is read, for its error (a proxy's page, a JSON error)."""


def asks_for_stream(key: str, body: object, extra_body: Mapping[str, object] | None) -> bool:
    """Whether a call whose JSON body is free-form asks for a stream: ``key`` is true in ``extra_body``
    (sent merged over the body, so it decides where it holds the key), else in the body."""
    for part in (extra_body, body):
        if isinstance(part, Mapping) and key in part:
            return part[key] is True
    return False


def _interrupt_reading(response: httpx.Response) -> None:
    """Makes a read that another thread waits in return at once: closing the response alone leaves it
    waiting until the server sends more, or the read timeout. Only a connection of the response's own
    (HTTP/1.1, through httpx's own transport) is shut down: an HTTP/2 one carries other calls."""
    if response.is_closed or response.http_version != "HTTP/1.1":
        return
    network = response.extensions.get("network_stream")
    connection = network.get_extra_info("socket") if network is not None else None
    if isinstance(connection, socket.socket):
        with contextlib.suppress(OSError):
            connection.shutdown(socket.SHUT_RDWR)


def _unchanged(text: str) -> str:
    return text


class _Decoding:
    """What the sync and async streams share: checking the response, cutting lines, typing each event."""

    def __init__(
        self,
        response: httpx.Response,
        event_type: Any,
        text_events: frozenset[str] = frozenset(),
        max_event_size: int | None = None,
        redact: Callable[[str], str] | None = None,
        end_data: str | None = None,
    ) -> None:
        self.response = response
        self._end_data = end_data
        """The data of the event that ends the stream (OpenAI's ``[DONE]``), which is not delivered."""
        self._event_type = event_type
        self._text_events = text_events
        self._max_event_size = max_event_size
        self._redact = redact or _unchanged
        self._closed_by_caller = False
        """Scrubs error messages of the API key (the client's), should the server echo it."""
        self._pending: list[bytes] = []
        """The start of a line whose end has not arrived."""
        self._pending_size = 0
        self._event_size = 0
        """Bytes of the complete lines of the event being read."""
        self._after_cr = False
        self._started = False
        self._skipped_types: set[str] = set()
        self._overflow: ResponseTooLargeError | None = None
        """An event over the limit, found in a chunk that also completed earlier events: raised once those
        have been delivered."""

    def _lines(self, chunk: bytes) -> list[str]:
        """The lines that ``chunk`` completes (a line ends at CR, LF or CRLF), decoded from UTF-8."""
        if self._after_cr:
            self._after_cr = False
            if chunk[:1] == b"\n":
                chunk = chunk[1:]
        if b"\n" not in chunk and b"\r" not in chunk:
            if chunk:
                self._pending.append(chunk)
                self._pending_size += len(chunk)
                self._check_size()
            return []
        if self._pending:
            self._pending.append(chunk)
            chunk = b"".join(self._pending)
            self._pending, self._pending_size = [], 0
        raw_lines = chunk.splitlines()
        rest: bytes | None = None
        if chunk.endswith(b"\r"):
            self._after_cr = True
        elif not chunk.endswith(b"\n"):
            rest = raw_lines.pop()
        lines = []
        for raw in raw_lines:
            if not raw:
                self._event_size = 0
            elif raw[:1] != b":":  # a comment (a keep-alive) is dropped, so it does not count
                self._event_size += len(raw) + 1
                if self._over_limit():
                    break
            lines.append(self._decode(raw))
        else:
            # the start of the next line counts from here on, with the event it belongs to (not the one
            # the lines above completed: counted with it, two events just under the limit were refused)
            if rest is not None:
                self._pending, self._pending_size = [rest], len(rest)
            self._over_limit()
        return lines

    def _over_limit(self) -> bool:
        """Whether the event being read is over the limit; its error then waits in ``_overflow`` (see
        :meth:`_raise_overflow`), so that the events completed before it are delivered first."""
        if self._overflow is None:
            self._overflow = self._size_error()
        return self._overflow is not None

    def _raise_overflow(self) -> None:
        if self._overflow is not None:
            raise self._overflow

    def _last_event(self, decoder: SSEDecoder) -> ServerSentEvent | None:
        """The event left open when the stream ends. It is delivered when every line of it arrived whole:
        some servers leave out the empty line after their last event. It is dropped when the stream
        stopped in the middle of a line (WHATWG drops every unfinished event): its data would be cut."""
        if self._pending:
            self._pending, self._pending_size = [], 0
            return None
        return decoder.feed("")

    def _decode(self, raw: bytes) -> str:
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise APIResponseValidationError(
                self.response,
                None,
                f"The stream is not valid UTF-8 (byte 0x{raw[exc.start]:02x} in the line {shortened(repr(raw), 100, self._redact)})",
            ) from exc
        if not self._started:
            self._started = True
            line = line.removeprefix("\ufeff")
        return line

    def _check_size(self) -> None:
        error = self._size_error()
        if error is not None:
            raise error

    def _size_error(self) -> ResponseTooLargeError | None:
        """The error for the event being read, where it is over the limit."""
        limit = self._max_event_size
        if limit is None or self._event_size + self._pending_size <= limit:
            return None
        return ResponseTooLargeError(
            self.response,
            limit,
            f"A server-sent event is larger than max_response_size ({limit} bytes); the stream was closed.",
        )

    def _failure(self, error: httpx.HTTPError) -> Exception:
        """The package's error for what httpx raised while the stream was read."""
        request = self.response.request
        if isinstance(error, httpx.TimeoutException):
            return APITimeoutError(request)
        if isinstance(error, httpx.DecodingError):
            return APIResponseValidationError(self.response, None, f"The stream could not be decoded: {error}")
        return APIConnectionError(request, f"Connection error: the stream broke ({type(error).__name__}).")

    def _is_event_stream(self) -> bool:
        content_type = self.response.headers.get("content-type", "")
        return not content_type or "text/event-stream" in content_type.lower()  # media types ignore case

    def _not_a_stream(self, start: bytes) -> APIResponseValidationError:
        """The error for an answer that is not a stream (a proxy's page, a JSON error object), showing the
        start of what came instead (``start``: at most ``_SHOWN_BODY`` bytes of it), as a JSON answer's does."""
        content_type = self.response.headers.get("content-type", "")
        text = self._redact(start.decode("utf-8", "replace"))
        body: object = text or None
        if "json" in content_type.lower():
            with contextlib.suppress(ValueError):
                body = loads_json(text)
        shown = repr(text[:200]) + ("..." if len(text) > 200 else "") if text else "(empty)"
        message = f"Expected a stream of server-sent events (text/event-stream), got {content_type!r}; the body starts {shown}"
        return APIResponseValidationError(self.response, body, message)

    def _typed(self, event: ServerSentEvent) -> Any:
        if self._event_type is ServerSentEvent:
            return event
        data: Any = event.data
        if event.event not in self._text_events:
            try:
                data = loads_json(event.data)
            except ValueError:
                data = event.data
        payload: dict[str, Any] = {"event": event.event, "data": data}
        if event.id is not None:
            payload["id"] = event.id
        try:
            typed = parse_response(self._event_type, payload)
        except pydantic.ValidationError as exc:
            message = self._redact(mismatch_message(f"The {event.event!r} event", exc))
            raise APIResponseValidationError(self.response, payload, message) from None  # see mismatch_message
        if isinstance(typed, UnknownVariant):  # the event union keeps an unknown type, as any response does
            if event.event not in self._skipped_types:  # once per type and stream: a stream may hold thousands
                self._skipped_types.add(event.event)
                logger.warning("skipping server-sent events of unknown type %r", event.event)
            return _SKIP
        return typed


def _closed_unread(response: httpx.Response) -> bool:
    """Whether the response was closed before its body was read: no event will arrive. A response that
    holds its whole body (an ``httpx.Response(content=...)`` from a test's mock transport: httpx reads it
    and marks it closed at once) still has its events."""
    if not response.is_closed:
        return False
    try:
        response.content  # noqa: B018 (raises where the body was never read)
    except httpx.ResponseNotRead:
        return True
    return False


class Stream(_Decoding, Generic[T]):
    """The events of a streaming response, as they arrive: ``for event in stream``.

    Exhausting the stream closes the connection; otherwise close it with ``with stream:`` or
    :meth:`close`. ``stream.response`` is the HTTP response (status, headers).
    """

    def __init__(
        self,
        response: httpx.Response,
        event_type: Any,
        text_events: frozenset[str] = frozenset(),
        max_event_size: int | None = None,
        redact: Callable[[str], str] | None = None,
        end_data: str | None = None,
    ) -> None:
        super().__init__(response, event_type, text_events, max_event_size, redact, end_data)
        self._iterator: Iterator[T] | None = None
        """Made on first use: a stream never read then holds no reference to itself, and is closed (by
        ``__del__``) as soon as the caller drops it."""

    def _events(self) -> Iterator[T]:
        if _closed_unread(self.response):
            return
        try:
            if not self._is_event_stream():
                start = b""
                for chunk in self.response.iter_bytes():
                    start += chunk
                    if len(start) >= _SHOWN_BODY:
                        break
                raise self._not_a_stream(start[:_SHOWN_BODY])
            decoder = SSEDecoder()
            try:
                for chunk in self.response.iter_bytes():
                    for line in self._lines(chunk):
                        event = decoder.feed(line)
                        if event is not None and event.data == self._end_data:
                            return  # the server says the stream is over (the connection is closed below)
                        if event is not None and (typed := self._typed(event)) is not _SKIP:
                            yield typed
                            if self._closed_by_caller:
                                return
                    self._raise_overflow()
            except (httpx.HTTPError, httpx.StreamError) as exc:
                if self._closed_by_caller:
                    return  # close() while the loop was reading: the stream ends, as asked, without an error
                if not isinstance(exc, httpx.HTTPError):
                    raise
                raise self._failure(exc) from exc
            if self._closed_by_caller:
                return  # the read close() interrupted ended like a stream that is over: nothing more is given
            event = self._last_event(decoder)
            if event is not None and event.data != self._end_data and (typed := self._typed(event)) is not _SKIP:
                yield typed
        except APIError as error:
            redact_error(error, self._redact)
            raise
        finally:
            self.response.close()

    def __iter__(self) -> Iterator[T]:
        if self._iterator is None:
            self._iterator = self._events()
        return self._iterator

    def __next__(self) -> T:
        return next(iter(self))

    def close(self) -> None:
        """Closes the connection; events not yet read are dropped, and a loop reading the stream ends
        (from another thread too) without an error: at once, also one waiting for the server, over HTTP/1.1
        through httpx's own transport; otherwise when its read returns."""
        self._closed_by_caller = True
        _interrupt_reading(self.response)
        self.response.close()

    def __del__(self) -> None:
        close_dropped(self.response)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncStream(_Decoding, Generic[T]):
    """The asynchronous form of :class:`Stream`: ``async for event in stream``."""

    def __init__(
        self,
        response: httpx.Response,
        event_type: Any,
        text_events: frozenset[str] = frozenset(),
        max_event_size: int | None = None,
        redact: Callable[[str], str] | None = None,
        end_data: str | None = None,
    ) -> None:
        super().__init__(response, event_type, text_events, max_event_size, redact, end_data)
        self._iterator: AsyncIterator[T] | None = None
        """Made on first use, as :class:`Stream`'s is."""

    async def _events(self) -> AsyncIterator[T]:
        if _closed_unread(self.response):
            return
        try:
            if not self._is_event_stream():
                start = b""
                async for chunk in self.response.aiter_bytes():
                    start += chunk
                    if len(start) >= _SHOWN_BODY:
                        break
                raise self._not_a_stream(start[:_SHOWN_BODY])
            decoder = SSEDecoder()
            try:
                async for chunk in self.response.aiter_bytes():
                    for line in self._lines(chunk):
                        event = decoder.feed(line)
                        if event is not None and event.data == self._end_data:
                            return  # the server says the stream is over (the connection is closed below)
                        if event is not None and (typed := self._typed(event)) is not _SKIP:
                            yield typed
                            if self._closed_by_caller:
                                return
                    self._raise_overflow()
            except (httpx.HTTPError, httpx.StreamError) as exc:
                if self._closed_by_caller:
                    return  # close() while the loop was reading: the stream ends, as asked, without an error
                if not isinstance(exc, httpx.HTTPError):
                    raise
                raise self._failure(exc) from exc
            if self._closed_by_caller:
                return  # the read close() interrupted ended like a stream that is over: nothing more is given
            event = self._last_event(decoder)
            if event is not None and event.data != self._end_data and (typed := self._typed(event)) is not _SKIP:
                yield typed
        except APIError as error:
            redact_error(error, self._redact)
            raise
        finally:
            await self.response.aclose()

    def __aiter__(self) -> AsyncIterator[T]:
        if self._iterator is None:
            self._iterator = self._events()
        return self._iterator

    async def __anext__(self) -> T:
        return await self.__aiter__().__anext__()

    async def close(self) -> None:
        """Closes the connection; events not yet read are dropped, and a loop reading the stream ends
        (from another task too) without an error."""
        self._closed_by_caller = True
        await self.response.aclose()

    def __del__(self) -> None:
        close_dropped(self.response)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
