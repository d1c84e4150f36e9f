"""The events resource group."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, Literal

from .._base_client import RequestOptions
from .._models import build_body
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

    def create(
        self,
        *,
        xact_id_: str | NotGiven = NOT_GIVEN,
        xact_id: str | NotGiven = NOT_GIVEN,
        schema__: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        from_: str | NotGiven = NOT_GIVEN,
        schema_: str | NotGiven = NOT_GIVEN,
        type_: str | NotGiven = NOT_GIVEN,
        json_: str | NotGiven = NOT_GIVEN,
        model_config_: str | NotGiven = NOT_GIVEN,
        span_field_order: Sequence[str] | NotGiven = NOT_GIVEN,
        http_status: int | NotGiven = NOT_GIVEN,
        n_2_fa: bool | NotGiven = NOT_GIVEN,
        brain_facet_1: str | NotGiven = NOT_GIVEN,
        cafe: str | NotGiven = NOT_GIVEN,
        str_: str | NotGiven = NOT_GIVEN,
        global_: Literal["global", "lambda", "brain-facet-1"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Event:
        """``POST /events``"""
        _options = RequestOptions(
            method="post",
            path="/events",
            json=build_body(
                Event,
                {
                    "_xact_id": xact_id_,
                    "xact_id": xact_id,
                    "__schema": schema__,
                    "from": from_,
                    "schema": schema_,
                    "type": type_,
                    "json": json_,
                    "model_config": model_config_,
                    "spanFieldOrder": span_field_order,
                    "HTTPStatus": http_status,
                    "2fa": n_2_fa,
                    "brain-facet-1": brain_facet_1,
                    "café": cafe,
                    "str": str_,
                    "global": global_,
                },
            ),
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
        self.create = to_raw_response_wrapper(resource.create)


class AsyncEventsResource(AsyncAPIResource):
    """The events operations, asynchronously."""

    @cached_property
    def with_raw_response(self) -> AsyncEventsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncEventsResourceWithRawResponse(self)

    async def create(
        self,
        *,
        xact_id_: str | NotGiven = NOT_GIVEN,
        xact_id: str | NotGiven = NOT_GIVEN,
        schema__: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        from_: str | NotGiven = NOT_GIVEN,
        schema_: str | NotGiven = NOT_GIVEN,
        type_: str | NotGiven = NOT_GIVEN,
        json_: str | NotGiven = NOT_GIVEN,
        model_config_: str | NotGiven = NOT_GIVEN,
        span_field_order: Sequence[str] | NotGiven = NOT_GIVEN,
        http_status: int | NotGiven = NOT_GIVEN,
        n_2_fa: bool | NotGiven = NOT_GIVEN,
        brain_facet_1: str | NotGiven = NOT_GIVEN,
        cafe: str | NotGiven = NOT_GIVEN,
        str_: str | NotGiven = NOT_GIVEN,
        global_: Literal["global", "lambda", "brain-facet-1"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Event:
        """``POST /events``"""
        _options = RequestOptions(
            method="post",
            path="/events",
            json=build_body(
                Event,
                {
                    "_xact_id": xact_id_,
                    "xact_id": xact_id,
                    "__schema": schema__,
                    "from": from_,
                    "schema": schema_,
                    "type": type_,
                    "json": json_,
                    "model_config": model_config_,
                    "spanFieldOrder": span_field_order,
                    "HTTPStatus": http_status,
                    "2fa": n_2_fa,
                    "brain-facet-1": brain_facet_1,
                    "café": cafe,
                    "str": str_,
                    "global": global_,
                },
            ),
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
        self.create = async_to_raw_response_wrapper(resource.create)
