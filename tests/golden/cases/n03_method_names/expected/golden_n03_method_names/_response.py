"""Raw responses: status, headers and the parsed value of any call, through ``with_raw_response``."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar, cast

import httpx

from ._base_client import raw_response_mode
from ._exceptions import APIConnectionError

if TYPE_CHECKING:
    from typing_extensions import Self

__all__ = ["APIResponse", "async_to_raw_response_wrapper", "to_raw_response_wrapper"]

T = TypeVar("T")
P = ParamSpec("P")


class APIResponse(Generic[T]):
    """The HTTP response of a call; :meth:`parse` gives the value the method would have returned."""

    def __init__(self, http_response: httpx.Response, parse: Callable[[], T]) -> None:
        self.http_response = http_response
        self._parse = parse
        self._parsed: list[T] = []

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        """The body; a streaming call's only after :meth:`read` (or :meth:`aread`)."""
        return self.http_response.content

    def read(self) -> bytes:
        """Reads the whole body of a synchronous streaming call (any other call's is read already); its
        events then come from what was read. Raises ``APIConnectionError`` where the connection breaks."""
        try:
            return self.http_response.read()
        except httpx.HTTPError as exc:
            raise APIConnectionError(self.http_response.request) from exc

    async def aread(self) -> bytes:
        """The asynchronous form of :meth:`read`."""
        try:
            return await self.http_response.aread()
        except httpx.HTTPError as exc:
            raise APIConnectionError(self.http_response.request) from exc

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

    def close(self) -> None:
        """Closes the connection of a synchronous streaming call that is not read to the end (any other
        response was read whole, and its connection is free already); ``with raw:`` does it too."""
        self.http_response.close()

    async def aclose(self) -> None:
        """The asynchronous form of :meth:`close`; ``async with raw:`` does it too."""
        await self.http_response.aclose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return (
            f"<APIResponse [{self.status_code}] {self.http_response.request.method} {self.http_response.request.url}>"
        )


def to_raw_response_wrapper(method: Callable[P, T]) -> Callable[P, APIResponse[T]]:
    """Wraps a method so that it returns the :class:`APIResponse` instead of the parsed value."""

    @functools.wraps(method)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[T]:
        token = raw_response_mode.set(True)
        try:
            return cast(APIResponse[T], method(*args, **kwargs))
        finally:
            raw_response_mode.reset(token)

    return wrapped


def async_to_raw_response_wrapper(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[APIResponse[T]]]:
    """The asynchronous form of :func:`to_raw_response_wrapper`."""

    @functools.wraps(method)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[T]:
        token = raw_response_mode.set(True)
        try:
            return cast(APIResponse[T], await method(*args, **kwargs))
        finally:
            raw_response_mode.reset(token)

    return wrapped
