"""The orders resource group."""

from __future__ import annotations

from functools import cached_property

from .._base_client import RequestOptions
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..models.orders_list_response import OrdersListResponse

__all__ = [
    "AsyncOrdersResource",
    "AsyncOrdersResourceWithRawResponse",
    "OrdersResource",
    "OrdersResourceWithRawResponse",
]


class OrdersResource(SyncAPIResource):
    """The orders operations."""

    @cached_property
    def with_raw_response(self) -> OrdersResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return OrdersResourceWithRawResponse(self)

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OrdersListResponse:
        """``GET /orders``"""
        _options = RequestOptions(
            method="get",
            path="/orders",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: OrdersListResponse = self._client.request(OrdersListResponse, _options)
        return _result


class OrdersResourceWithRawResponse:
    """The orders operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: OrdersResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncOrdersResource(AsyncAPIResource):
    """The orders operations, asynchronously."""

    @cached_property
    def with_raw_response(self) -> AsyncOrdersResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncOrdersResourceWithRawResponse(self)

    async def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OrdersListResponse:
        """``GET /orders``"""
        _options = RequestOptions(
            method="get",
            path="/orders",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: OrdersListResponse = await self._client.request(OrdersListResponse, _options)
        return _result


class AsyncOrdersResourceWithRawResponse:
    """The orders operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: AsyncOrdersResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
