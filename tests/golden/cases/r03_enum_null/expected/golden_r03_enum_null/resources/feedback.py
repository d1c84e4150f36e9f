"""The feedback resource group."""

from __future__ import annotations

from functools import cached_property
from typing import Literal

from .._base_client import RequestOptions
from .._models import build_body
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..models.feedback import Feedback
from ..models.source import Source

__all__ = [
    "AsyncFeedbackResource",
    "AsyncFeedbackResourceWithRawResponse",
    "FeedbackResource",
    "FeedbackResourceWithRawResponse",
]


class FeedbackResource(SyncAPIResource):
    """The feedback operations."""

    @cached_property
    def with_raw_response(self) -> FeedbackResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return FeedbackResourceWithRawResponse(self)

    def create(
        self,
        *,
        id: str,
        source: Source | NotGiven = NOT_GIVEN,
        kind: Literal["good", "bad"] | None | NotGiven = NOT_GIVEN,
        level: Literal["low", "high"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """``POST /feedback``"""
        _options = RequestOptions(
            method="post",
            path="/feedback",
            json=build_body(
                Feedback,
                {
                    "id": id,
                    "source": source,
                    "kind": kind,
                    "level": level,
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


class FeedbackResourceWithRawResponse:
    """The feedback operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: FeedbackResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncFeedbackResource(AsyncAPIResource):
    """The feedback operations, asynchronously."""

    @cached_property
    def with_raw_response(self) -> AsyncFeedbackResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncFeedbackResourceWithRawResponse(self)

    async def create(
        self,
        *,
        id: str,
        source: Source | NotGiven = NOT_GIVEN,
        kind: Literal["good", "bad"] | None | NotGiven = NOT_GIVEN,
        level: Literal["low", "high"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """``POST /feedback``"""
        _options = RequestOptions(
            method="post",
            path="/feedback",
            json=build_body(
                Feedback,
                {
                    "id": id,
                    "source": source,
                    "kind": kind,
                    "level": level,
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


class AsyncFeedbackResourceWithRawResponse:
    """The feedback operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: AsyncFeedbackResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
