"""The events resource group."""

from __future__ import annotations

from functools import cached_property

from .._base_client import RequestOptions
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..models.event import Event

__all__ = [
    "AsyncEventsResource",
    "AsyncEventsResourceWithRawResponse",
    "EventsResource",
    "EventsResourceWithRawResponse",
]


class EventsResource(SyncAPIResource):
    """The events operations."""

    @cached_property
    def with_raw_response(self) -> EventsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return EventsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Event:
        """``GET /events``"""
        _options = RequestOptions(
            method="get",
            path="/events",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Event = self._client.request(Event, _options)
        return _result


class EventsResourceWithRawResponse:
    """The events operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: EventsResource) -> None:
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class AsyncEventsResource(AsyncAPIResource):
    """The events operations, asynchronously."""

    @cached_property
    def with_raw_response(self) -> AsyncEventsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncEventsResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Event:
        """``GET /events``"""
        _options = RequestOptions(
            method="get",
            path="/events",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Event = await self._client.request(Event, _options)
        return _result


class AsyncEventsResourceWithRawResponse:
    """The events operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: AsyncEventsResource) -> None:
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
