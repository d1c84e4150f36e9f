"""Raw responses: status, headers and the parsed value of any call, through ``with_raw_response``."""

from __future__ import annotations

import asyncio
import functools
import warnings
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar, cast

import httpx

from ._base_client import aread_body, raw_response_mode, read_body
from ._exceptions import APIConnectionError, APITimeoutError, ResponseTooLargeError

if TYPE_CHECKING:
    from typing_extensions import Self

__all__ = [
    "APIResponse",
    "AsyncAPIResponse",
    "async_to_raw_response_wrapper",
    "close_dropped",
    "to_raw_response_wrapper",
]

T = TypeVar("T")
P = ParamSpec("P")

_CLOSING: set[asyncio.Task[None]] = set()
"""Closes of dropped asynchronous responses, scheduled on their loop: held here until done (a task that
nothing references may be collected before it runs)."""


def close_dropped(response: httpx.Response) -> None:
    """Closes a streaming response dropped before it was read to the end or closed, which would keep its
    connection checked out of the pool until the client closes (enough of them, and every call waits for a
    free connection). An asynchronous one closes only on its event loop, so the close is handed to the loop
    running here (the one it was dropped on), if any."""
    if response.is_closed:
        return
    if not isinstance(response.stream, httpx.AsyncByteStream):
        response.close()
        return
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        return
    closing = loop.create_task(response.aclose())
    _CLOSING.add(closing)
    closing.add_done_callback(_CLOSING.discard)


class _RawResponse(Generic[T]):
    """The HTTP response of a call; :meth:`parse` gives the value the method would have returned."""

    def __init__(self, http_response: httpx.Response, parse: Callable[[], T], max_size: int | None = None) -> None:
        self.http_response = http_response
        self._parse = parse
        self._parsed: list[T] = []
        self._max_size = max_size
        """The client's ``max_response_size``, which bounds :meth:`read` too."""

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        """The body; a streaming call's only after ``read()`` (``aread()`` for the asynchronous client)."""
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    def json(self) -> Any:
        return self.http_response.json()

    def parse(self) -> T:
        """The parsed value, validated once and cached."""
        if not self._parsed:
            self._parsed.append(self._parse())
        return self._parsed[0]

    def __del__(self) -> None:
        if not self._parsed:  # once parsed, what parse() gave (a stream) owns the response, and closes it
            close_dropped(self.http_response)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self.status_code}] {self.http_response.request.method} {self.http_response.request.url}>"


class APIResponse(_RawResponse[T]):
    """The raw response of a call of the synchronous client."""

    def read(self) -> bytes:
        """Reads the whole body of a streaming call (any other call's is read already); its
        events then come from what was read. As every body, it is read up to the client's
        ``max_response_size`` (``ResponseTooLargeError`` beyond); ``APITimeoutError`` where the server stalls,
        ``APIConnectionError`` where the connection breaks."""
        try:
            return self.http_response.content
        except httpx.ResponseNotRead:
            pass
        try:
            complete = read_body(self.http_response, self._max_size)
        except httpx.TimeoutException as exc:
            raise APITimeoutError(self.http_response.request) from exc
        except httpx.HTTPError as exc:
            raise APIConnectionError(self.http_response.request) from exc
        if not complete:
            raise ResponseTooLargeError(self.http_response, self._max_size or 0)
        return self.http_response.content

    def close(self) -> None:
        """Closes the connection of a streaming call that is not read to the end (any other
        response was read whole, and its connection is free already); ``with raw:`` does it too."""
        self.http_response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncAPIResponse(_RawResponse[T]):
    """The raw response of a call of the asynchronous client."""

    async def aread(self) -> bytes:
        """Reads the whole body of an asynchronous streaming call (as :meth:`APIResponse.read`)."""
        try:
            return self.http_response.content
        except httpx.ResponseNotRead:
            pass
        try:
            complete = await aread_body(self.http_response, self._max_size)
        except httpx.TimeoutException as exc:
            raise APITimeoutError(self.http_response.request) from exc
        except httpx.HTTPError as exc:
            raise APIConnectionError(self.http_response.request) from exc
        if not complete:
            raise ResponseTooLargeError(self.http_response, self._max_size or 0)
        return self.http_response.content

    async def aclose(self) -> None:
        """Closes the connection of an asynchronous streaming call that is not read to the end (as
        :meth:`APIResponse.close`); ``async with raw:`` does it too."""
        await self.http_response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


def _undeprecated(method: Callable[P, T]) -> tuple[Callable[P, T], str | None]:
    """The method without its ``@deprecated`` wrapper, and the deprecation's message (None where it has
    none): the raw-response wrapper warns itself, so that the warning points at its caller's line (the
    deprecated method, called from here, would warn at this module's, which Python's default filters hide)."""
    message = getattr(method, "__deprecated__", None)
    original = getattr(method, "__wrapped__", None)
    owner = getattr(method, "__self__", None)
    if not isinstance(message, str) or original is None or owner is None:
        return method, None
    return cast("Callable[P, T]", original.__get__(owner)), message


def to_raw_response_wrapper(method: Callable[P, T]) -> Callable[P, APIResponse[T]]:
    """Wraps a method so that it returns the :class:`APIResponse` instead of the parsed value."""
    call, deprecation = _undeprecated(method)

    @functools.wraps(method)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[T]:
        if deprecation is not None:
            warnings.warn(deprecation, DeprecationWarning, stacklevel=2)
        token = raw_response_mode.set(True)
        try:
            return cast(APIResponse[T], call(*args, **kwargs))
        finally:
            raw_response_mode.reset(token)

    return wrapped


def async_to_raw_response_wrapper(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[AsyncAPIResponse[T]]]:
    """The asynchronous form of :func:`to_raw_response_wrapper`."""
    call, deprecation = _undeprecated(method)

    @functools.wraps(method)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> AsyncAPIResponse[T]:
        if deprecation is not None:  # at the line that awaits the call
            warnings.warn(deprecation, DeprecationWarning, stacklevel=2)
        token = raw_response_mode.set(True)
        try:
            return cast(AsyncAPIResponse[T], await call(*args, **kwargs))
        finally:
            raw_response_mode.reset(token)

    return wrapped
