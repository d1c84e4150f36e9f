"""The rows resource group."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import Annotated

from pydantic import ConfigDict, Field

from .._base_client import RequestOptions, request_params
from .._models import BaseModel, NotNull, OpenConstraints, build_body
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..models.row import Row

__all__ = [
    "AsyncRowsResource",
    "AsyncRowsResourceWithRawResponse",
    "RowsResource",
    "RowsResourceWithRawResponse",
]


class _ListParams(BaseModel):
    """Checks the parameters of ``list`` before they are sent."""

    # what a ValidationError names: the call, not this private class
    model_config = ConfigDict(title="rows.list() arguments")

    limit: Annotated[Annotated[int, Field(ge=1, le=100), OpenConstraints] | None, NotNull] = None


class RowsResource(SyncAPIResource):
    """The rows operations."""

    @cached_property
    def with_raw_response(self) -> RowsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return RowsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """``GET /rows``"""
        _query, _headers = request_params(
            build_body(
                _ListParams,
                {
                    "limit": limit,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path="/rows",
            query=_query,
            headers=_headers,
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
        score: float,
        weight: float | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        code: str | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """``POST /rows``"""
        _options = RequestOptions(
            method="post",
            path="/rows",
            json=build_body(
                Row,
                {
                    "score": score,
                    "weight": weight,
                    "name": name,
                    "code": code,
                    "tags": tags,
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


class RowsResourceWithRawResponse:
    """The rows operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: RowsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)


class AsyncRowsResource(AsyncAPIResource):
    """The rows operations, asynchronously."""

    @cached_property
    def with_raw_response(self) -> AsyncRowsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncRowsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """``GET /rows``"""
        _query, _headers = request_params(
            build_body(
                _ListParams,
                {
                    "limit": limit,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path="/rows",
            query=_query,
            headers=_headers,
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
        score: float,
        weight: float | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        code: str | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """``POST /rows``"""
        _options = RequestOptions(
            method="post",
            path="/rows",
            json=build_body(
                Row,
                {
                    "score": score,
                    "weight": weight,
                    "name": name,
                    "code": code,
                    "tags": tags,
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


class AsyncRowsResourceWithRawResponse:
    """The rows operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: AsyncRowsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
