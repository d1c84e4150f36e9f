"""The import_ resource group."""

from __future__ import annotations

from functools import cached_property

from .._base_client import RequestOptions
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

__all__ = [
    "AsyncImportResource",
    "AsyncImportResourceWithRawResponse",
    "ImportResource",
    "ImportResourceWithRawResponse",
]


class ImportResource(SyncAPIResource):
    """The import_ operations."""

    @cached_property
    def with_raw_response(self) -> ImportResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return ImportResourceWithRawResponse(self)

    def create(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """``POST /v1/import``"""
        _options = RequestOptions(
            method="post",
            path="/v1/import",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="empty",
        )
        _result: None = self._client.request(None, _options)
        return _result


class ImportResourceWithRawResponse:
    """The import_ operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: ImportResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncImportResource(AsyncAPIResource):
    """The import_ operations, asynchronously."""

    @cached_property
    def with_raw_response(self) -> AsyncImportResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncImportResourceWithRawResponse(self)

    async def create(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """``POST /v1/import``"""
        _options = RequestOptions(
            method="post",
            path="/v1/import",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="empty",
        )
        _result: None = await self._client.request(None, _options)
        return _result


class AsyncImportResourceWithRawResponse:
    """The import_ operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: AsyncImportResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
