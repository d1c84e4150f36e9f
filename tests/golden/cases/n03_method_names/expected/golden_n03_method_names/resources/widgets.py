"""The widgets resource group."""

from __future__ import annotations

from functools import cached_property

from .._base_client import RequestOptions, format_path
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

__all__ = [
    "AsyncWidgetsResource",
    "AsyncWidgetsResourceWithRawResponse",
    "WidgetsResource",
    "WidgetsResourceWithRawResponse",
]


class WidgetsResource(SyncAPIResource):
    """The widgets operations."""

    @cached_property
    def with_raw_response(self) -> WidgetsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return WidgetsResourceWithRawResponse(self)

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """``GET /v1/widget``"""
        _options = RequestOptions(
            method="get",
            path="/v1/widget",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="empty",
        )
        _result: None = self._client.request(None, _options)
        return _result

    def create(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """``POST /v1/widget``"""
        _options = RequestOptions(
            method="post",
            path="/v1/widget",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="empty",
        )
        _result: None = self._client.request(None, _options)
        return _result

    def find_and_delete(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """``DELETE /v1/widget``"""
        _options = RequestOptions(
            method="delete",
            path="/v1/widget",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="empty",
        )
        _result: None = self._client.request(None, _options)
        return _result

    def retrieve(
        self,
        widget_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """``GET /v1/widget/{widget_id}``"""
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/widget/{widget_id}",
                {
                    "widget_id": widget_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="empty",
        )
        _result: None = self._client.request(None, _options)
        return _result

    def delete(
        self,
        widget_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """``DELETE /v1/widget/{widget_id}``"""
        _options = RequestOptions(
            method="delete",
            path=format_path(
                "/v1/widget/{widget_id}",
                {
                    "widget_id": widget_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="empty",
        )
        _result: None = self._client.request(None, _options)
        return _result

    def update(
        self,
        widget_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """``PATCH /v1/widget/{widget_id}``"""
        _options = RequestOptions(
            method="patch",
            path=format_path(
                "/v1/widget/{widget_id}",
                {
                    "widget_id": widget_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="empty",
        )
        _result: None = self._client.request(None, _options)
        return _result

    def fetch(
        self,
        widget_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """``GET /v1/widget/{widget_id}/fetch``"""
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/widget/{widget_id}/fetch",
                {
                    "widget_id": widget_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="empty",
        )
        _result: None = self._client.request(None, _options)
        return _result

    def fetch_post(
        self,
        widget_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """``POST /v1/widget/{widget_id}/fetch``"""
        _options = RequestOptions(
            method="post",
            path=format_path(
                "/v1/widget/{widget_id}/fetch",
                {
                    "widget_id": widget_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="empty",
        )
        _result: None = self._client.request(None, _options)
        return _result

    def batch_update(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """``POST /v1/widget/batch_update``"""
        _options = RequestOptions(
            method="post",
            path="/v1/widget/batch_update",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="empty",
        )
        _result: None = self._client.request(None, _options)
        return _result


class WidgetsResourceWithRawResponse:
    """The widgets operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: WidgetsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.find_and_delete = to_raw_response_wrapper(resource.find_and_delete)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)
        self.fetch = to_raw_response_wrapper(resource.fetch)
        self.fetch_post = to_raw_response_wrapper(resource.fetch_post)
        self.batch_update = to_raw_response_wrapper(resource.batch_update)


class AsyncWidgetsResource(AsyncAPIResource):
    """The widgets operations, asynchronously."""

    @cached_property
    def with_raw_response(self) -> AsyncWidgetsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncWidgetsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """``GET /v1/widget``"""
        _options = RequestOptions(
            method="get",
            path="/v1/widget",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="empty",
        )
        _result: None = await self._client.request(None, _options)
        return _result

    async def create(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """``POST /v1/widget``"""
        _options = RequestOptions(
            method="post",
            path="/v1/widget",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="empty",
        )
        _result: None = await self._client.request(None, _options)
        return _result

    async def find_and_delete(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """``DELETE /v1/widget``"""
        _options = RequestOptions(
            method="delete",
            path="/v1/widget",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="empty",
        )
        _result: None = await self._client.request(None, _options)
        return _result

    async def retrieve(
        self,
        widget_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """``GET /v1/widget/{widget_id}``"""
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/widget/{widget_id}",
                {
                    "widget_id": widget_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="empty",
        )
        _result: None = await self._client.request(None, _options)
        return _result

    async def delete(
        self,
        widget_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """``DELETE /v1/widget/{widget_id}``"""
        _options = RequestOptions(
            method="delete",
            path=format_path(
                "/v1/widget/{widget_id}",
                {
                    "widget_id": widget_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="empty",
        )
        _result: None = await self._client.request(None, _options)
        return _result

    async def update(
        self,
        widget_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """``PATCH /v1/widget/{widget_id}``"""
        _options = RequestOptions(
            method="patch",
            path=format_path(
                "/v1/widget/{widget_id}",
                {
                    "widget_id": widget_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="empty",
        )
        _result: None = await self._client.request(None, _options)
        return _result

    async def fetch(
        self,
        widget_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """``GET /v1/widget/{widget_id}/fetch``"""
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/widget/{widget_id}/fetch",
                {
                    "widget_id": widget_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="empty",
        )
        _result: None = await self._client.request(None, _options)
        return _result

    async def fetch_post(
        self,
        widget_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """``POST /v1/widget/{widget_id}/fetch``"""
        _options = RequestOptions(
            method="post",
            path=format_path(
                "/v1/widget/{widget_id}/fetch",
                {
                    "widget_id": widget_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="empty",
        )
        _result: None = await self._client.request(None, _options)
        return _result

    async def batch_update(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """``POST /v1/widget/batch_update``"""
        _options = RequestOptions(
            method="post",
            path="/v1/widget/batch_update",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="empty",
        )
        _result: None = await self._client.request(None, _options)
        return _result


class AsyncWidgetsResourceWithRawResponse:
    """The widgets operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: AsyncWidgetsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.find_and_delete = async_to_raw_response_wrapper(resource.find_and_delete)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.fetch = async_to_raw_response_wrapper(resource.fetch)
        self.fetch_post = async_to_raw_response_wrapper(resource.fetch_post)
        self.batch_update = async_to_raw_response_wrapper(resource.batch_update)
