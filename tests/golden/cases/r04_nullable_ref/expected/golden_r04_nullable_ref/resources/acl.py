"""The acl resource group."""

from __future__ import annotations

from functools import cached_property

from .._base_client import RequestOptions
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..models.acl import Acl

__all__ = [
    "AclResource",
    "AclResourceWithRawResponse",
    "AsyncAclResource",
    "AsyncAclResourceWithRawResponse",
]


class AclResource(SyncAPIResource):
    """The acl operations."""

    @cached_property
    def with_raw_response(self) -> AclResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return AclResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Acl:
        """``GET /acl``"""
        _options = RequestOptions(
            method="get",
            path="/acl",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Acl = self._client.request(Acl, _options)
        return _result


class AclResourceWithRawResponse:
    """The acl operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: AclResource) -> None:
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class AsyncAclResource(AsyncAPIResource):
    """The acl operations, asynchronously."""

    @cached_property
    def with_raw_response(self) -> AsyncAclResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncAclResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Acl:
        """``GET /acl``"""
        _options = RequestOptions(
            method="get",
            path="/acl",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Acl = await self._client.request(Acl, _options)
        return _result


class AsyncAclResourceWithRawResponse:
    """The acl operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: AsyncAclResource) -> None:
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
