"""The jobs resource group."""

from __future__ import annotations

from functools import cached_property

from .._base_client import RequestOptions, format_path
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..models.job import Job

__all__ = [
    "AsyncJobsResource",
    "AsyncJobsResourceWithRawResponse",
    "JobsResource",
    "JobsResourceWithRawResponse",
]


class JobsResource(SyncAPIResource):
    """The jobs operations."""

    @cached_property
    def with_raw_response(self) -> JobsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return JobsResourceWithRawResponse(self)

    def retrieve(
        self,
        job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Job:
        """``GET /jobs/{job_id}``"""
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/jobs/{job_id}",
                {
                    "job_id": job_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Job = self._client.request(Job, _options)
        return _result


class JobsResourceWithRawResponse:
    """The jobs operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: JobsResource) -> None:
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class AsyncJobsResource(AsyncAPIResource):
    """The jobs operations, asynchronously."""

    @cached_property
    def with_raw_response(self) -> AsyncJobsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncJobsResourceWithRawResponse(self)

    async def retrieve(
        self,
        job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Job:
        """``GET /jobs/{job_id}``"""
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/jobs/{job_id}",
                {
                    "job_id": job_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Job = await self._client.request(Job, _options)
        return _result


class AsyncJobsResourceWithRawResponse:
    """The jobs operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: AsyncJobsResource) -> None:
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
