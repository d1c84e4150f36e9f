"""The top_level resource group."""

from __future__ import annotations

from functools import cached_property

from .._base_client import RequestOptions
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

__all__ = [
    "AsyncTopLevelResource",
    "AsyncTopLevelResourceWithRawResponse",
    "TopLevelResource",
    "TopLevelResourceWithRawResponse",
]


class TopLevelResource(SyncAPIResource):
    """The top_level operations."""

    @cached_property
    def with_raw_response(self) -> TopLevelResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return TopLevelResourceWithRawResponse(self)

    def hello_world(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> str:
        """Hello world endpoint

        Default endpoint. Simply replies with 'Hello, World!'. Authorization is not required
        """
        _options = RequestOptions(
            method="get",
            path="/v1",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="text",
            accept="text/plain",
        )
        _result: str = self._client.request(str, _options)
        return _result


class TopLevelResourceWithRawResponse:
    """The top_level operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: TopLevelResource) -> None:
        self.hello_world = to_raw_response_wrapper(resource.hello_world)


class AsyncTopLevelResource(AsyncAPIResource):
    """The top_level operations, asynchronously."""

    @cached_property
    def with_raw_response(self) -> AsyncTopLevelResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncTopLevelResourceWithRawResponse(self)

    async def hello_world(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> str:
        """Hello world endpoint

        Default endpoint. Simply replies with 'Hello, World!'. Authorization is not required
        """
        _options = RequestOptions(
            method="get",
            path="/v1",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="text",
            accept="text/plain",
        )
        _result: str = await self._client.request(str, _options)
        return _result


class AsyncTopLevelResourceWithRawResponse:
    """The top_level operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: AsyncTopLevelResource) -> None:
        self.hello_world = async_to_raw_response_wrapper(resource.hello_world)
