"""The widget_logs resource group."""

from __future__ import annotations

from functools import cached_property

from .._base_client import RequestOptions, format_path
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

__all__ = [
    "AsyncWidgetLogsResource",
    "AsyncWidgetLogsResourceWithRawResponse",
    "WidgetLogsResource",
    "WidgetLogsResourceWithRawResponse",
]


class WidgetLogsResource(SyncAPIResource):
    """The widget_logs operations."""

    @cached_property
    def with_raw_response(self) -> WidgetLogsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return WidgetLogsResourceWithRawResponse(self)

    def feedback(
        self,
        widget_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """``POST /v1/widget_logs/{widget_id}/feedback``"""
        _options = RequestOptions(
            method="post",
            path=format_path(
                "/v1/widget_logs/{widget_id}/feedback",
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


class WidgetLogsResourceWithRawResponse:
    """The widget_logs operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: WidgetLogsResource) -> None:
        self.feedback = to_raw_response_wrapper(resource.feedback)


class AsyncWidgetLogsResource(AsyncAPIResource):
    """The widget_logs operations, asynchronously."""

    @cached_property
    def with_raw_response(self) -> AsyncWidgetLogsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncWidgetLogsResourceWithRawResponse(self)

    async def feedback(
        self,
        widget_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """``POST /v1/widget_logs/{widget_id}/feedback``"""
        _options = RequestOptions(
            method="post",
            path=format_path(
                "/v1/widget_logs/{widget_id}/feedback",
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


class AsyncWidgetLogsResourceWithRawResponse:
    """The widget_logs operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: AsyncWidgetLogsResource) -> None:
        self.feedback = async_to_raw_response_wrapper(resource.feedback)
