"""The echo resource group."""

from __future__ import annotations

from functools import cached_property
from typing import Any

from .._base_client import RequestOptions
from .._models import build_body
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..models.envelope import Envelope

__all__ = [
    "AsyncEchoResource",
    "AsyncEchoResourceWithRawResponse",
    "EchoResource",
    "EchoResourceWithRawResponse",
]


class EchoResource(SyncAPIResource):
    """The echo operations."""

    @cached_property
    def with_raw_response(self) -> EchoResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return EchoResourceWithRawResponse(self)

    def create(
        self,
        *,
        payload: Any,
        maybe: Any | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Args:
        payload: any JSON value
        """
        _options = RequestOptions(
            method="post",
            path="/echo",
            json=build_body(
                Envelope,
                {
                    "payload": payload,
                    "maybe": maybe,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Any = self._client.request(Any, _options)
        return _result


class EchoResourceWithRawResponse:
    """The echo operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: EchoResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncEchoResource(AsyncAPIResource):
    """The echo operations, asynchronously."""

    @cached_property
    def with_raw_response(self) -> AsyncEchoResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncEchoResourceWithRawResponse(self)

    async def create(
        self,
        *,
        payload: Any,
        maybe: Any | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Args:
        payload: any JSON value
        """
        _options = RequestOptions(
            method="post",
            path="/echo",
            json=build_body(
                Envelope,
                {
                    "payload": payload,
                    "maybe": maybe,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Any = await self._client.request(Any, _options)
        return _result


class AsyncEchoResourceWithRawResponse:
    """The echo operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: AsyncEchoResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
