"""The metrics resource group."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any

from .._base_client import RequestOptions
from .._models import build_body
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..models.closed import Closed
from ..models.metrics import Metrics
from ..models.report import Report, ReportOpen
from ..models.scores import Scores

__all__ = [
    "AsyncMetricsResource",
    "AsyncMetricsResourceWithRawResponse",
    "MetricsResource",
    "MetricsResourceWithRawResponse",
]


class MetricsResource(SyncAPIResource):
    """The metrics operations."""

    @cached_property
    def with_raw_response(self) -> MetricsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return MetricsResourceWithRawResponse(self)

    def create(
        self,
        *,
        scores: Scores | NotGiven = NOT_GIVEN,
        closed: Closed | NotGiven = NOT_GIVEN,
        metrics: Metrics | NotGiven = NOT_GIVEN,
        open: ReportOpen | NotGiven = NOT_GIVEN,
        bag: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Report:
        """``POST /metrics``"""
        _options = RequestOptions(
            method="post",
            path="/metrics",
            json=build_body(
                Report,
                {
                    "scores": scores,
                    "closed": closed,
                    "metrics": metrics,
                    "open": open,
                    "bag": bag,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Report = self._client.request(Report, _options)
        return _result


class MetricsResourceWithRawResponse:
    """The metrics operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: MetricsResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncMetricsResource(AsyncAPIResource):
    """The metrics operations, asynchronously."""

    @cached_property
    def with_raw_response(self) -> AsyncMetricsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncMetricsResourceWithRawResponse(self)

    async def create(
        self,
        *,
        scores: Scores | NotGiven = NOT_GIVEN,
        closed: Closed | NotGiven = NOT_GIVEN,
        metrics: Metrics | NotGiven = NOT_GIVEN,
        open: ReportOpen | NotGiven = NOT_GIVEN,
        bag: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Report:
        """``POST /metrics``"""
        _options = RequestOptions(
            method="post",
            path="/metrics",
            json=build_body(
                Report,
                {
                    "scores": scores,
                    "closed": closed,
                    "metrics": metrics,
                    "open": open,
                    "bag": bag,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Report = await self._client.request(Report, _options)
        return _result


class AsyncMetricsResourceWithRawResponse:
    """The metrics operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: AsyncMetricsResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
