"""The items resource group."""

from __future__ import annotations

from functools import cached_property

from .._base_client import RequestOptions
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..models.item import Item

__all__ = [
    "AsyncItemsResource",
    "AsyncItemsResourceWithRawResponse",
    "ItemsResource",
    "ItemsResourceWithRawResponse",
]


class ItemsResource(SyncAPIResource):
    """The items operations."""

    @cached_property
    def with_raw_response(self) -> ItemsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return ItemsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Item:
        """``GET /items``"""
        _options = RequestOptions(
            method="get",
            path="/items",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Item = self._client.request(Item, _options)
        return _result


class ItemsResourceWithRawResponse:
    """The items operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: ItemsResource) -> None:
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class AsyncItemsResource(AsyncAPIResource):
    """The items operations, asynchronously."""

    @cached_property
    def with_raw_response(self) -> AsyncItemsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncItemsResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Item:
        """``GET /items``"""
        _options = RequestOptions(
            method="get",
            path="/items",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Item = await self._client.request(Item, _options)
        return _result


class AsyncItemsResourceWithRawResponse:
    """The items operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: AsyncItemsResource) -> None:
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
