"""The shapes resource group."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property

from .._base_client import RequestOptions
from .._models import build_body
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..models.drawing import Drawing, DrawingPositionNamed, DrawingPositionPoint
from ..models.pet import Pet
from ..models.shape import Shape

__all__ = [
    "AsyncShapesResource",
    "AsyncShapesResourceWithRawResponse",
    "ShapesResource",
    "ShapesResourceWithRawResponse",
]


class ShapesResource(SyncAPIResource):
    """The shapes operations."""

    @cached_property
    def with_raw_response(self) -> ShapesResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return ShapesResourceWithRawResponse(self)

    def create(
        self,
        *,
        shape: Shape,
        pet: Pet | NotGiven = NOT_GIVEN,
        label: str | Sequence[str] | None | NotGiven = NOT_GIVEN,
        position: DrawingPositionPoint | DrawingPositionNamed | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Drawing:
        """``POST /shapes``"""
        _options = RequestOptions(
            method="post",
            path="/shapes",
            json=build_body(
                Drawing,
                {
                    "shape": shape,
                    "pet": pet,
                    "label": label,
                    "position": position,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Drawing = self._client.request(Drawing, _options)
        return _result


class ShapesResourceWithRawResponse:
    """The shapes operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: ShapesResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncShapesResource(AsyncAPIResource):
    """The shapes operations, asynchronously."""

    @cached_property
    def with_raw_response(self) -> AsyncShapesResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncShapesResourceWithRawResponse(self)

    async def create(
        self,
        *,
        shape: Shape,
        pet: Pet | NotGiven = NOT_GIVEN,
        label: str | Sequence[str] | None | NotGiven = NOT_GIVEN,
        position: DrawingPositionPoint | DrawingPositionNamed | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Drawing:
        """``POST /shapes``"""
        _options = RequestOptions(
            method="post",
            path="/shapes",
            json=build_body(
                Drawing,
                {
                    "shape": shape,
                    "pet": pet,
                    "label": label,
                    "position": position,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Drawing = await self._client.request(Drawing, _options)
        return _result


class AsyncShapesResourceWithRawResponse:
    """The shapes operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: AsyncShapesResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
