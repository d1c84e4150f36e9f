"""The cross_object resource group."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

from .._base_client import RequestOptions
from .._models import build_body
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..models.cross_object_insert_request import (
    CrossObjectInsertRequest,
    CrossObjectInsertRequestDatasetValue,
    CrossObjectInsertRequestExperimentValue,
    CrossObjectInsertRequestProjectLogsValue,
)
from ..models.cross_object_insert_response import CrossObjectInsertResponse

__all__ = [
    "AsyncCrossObjectResource",
    "AsyncCrossObjectResourceWithRawResponse",
    "CrossObjectResource",
    "CrossObjectResourceWithRawResponse",
]


class CrossObjectResource(SyncAPIResource):
    """The cross_object operations."""

    @cached_property
    def with_raw_response(self) -> CrossObjectResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return CrossObjectResourceWithRawResponse(self)

    def insert(
        self,
        *,
        experiment: Mapping[str, CrossObjectInsertRequestExperimentValue] | None | NotGiven = NOT_GIVEN,
        dataset: Mapping[str, CrossObjectInsertRequestDatasetValue] | None | NotGiven = NOT_GIVEN,
        project_logs: Mapping[str, CrossObjectInsertRequestProjectLogsValue] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CrossObjectInsertResponse:
        """Cross-object insert

        Insert events and feedback across object types

        Args:
            experiment: A mapping from experiment id to a set of log events and feedback items to insert
            dataset: A mapping from dataset id to a set of log events and feedback items to insert
            project_logs: A mapping from project id to a set of log events and feedback items to insert
        """
        _options = RequestOptions(
            method="post",
            path="/v1/insert",
            json=build_body(
                CrossObjectInsertRequest,
                {
                    "experiment": experiment,
                    "dataset": dataset,
                    "project_logs": project_logs,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: CrossObjectInsertResponse = self._client.request(CrossObjectInsertResponse, _options)
        return _result


class CrossObjectResourceWithRawResponse:
    """The cross_object operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: CrossObjectResource) -> None:
        self.insert = to_raw_response_wrapper(resource.insert)


class AsyncCrossObjectResource(AsyncAPIResource):
    """The cross_object operations, asynchronously."""

    @cached_property
    def with_raw_response(self) -> AsyncCrossObjectResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncCrossObjectResourceWithRawResponse(self)

    async def insert(
        self,
        *,
        experiment: Mapping[str, CrossObjectInsertRequestExperimentValue] | None | NotGiven = NOT_GIVEN,
        dataset: Mapping[str, CrossObjectInsertRequestDatasetValue] | None | NotGiven = NOT_GIVEN,
        project_logs: Mapping[str, CrossObjectInsertRequestProjectLogsValue] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CrossObjectInsertResponse:
        """Cross-object insert

        Insert events and feedback across object types

        Args:
            experiment: A mapping from experiment id to a set of log events and feedback items to insert
            dataset: A mapping from dataset id to a set of log events and feedback items to insert
            project_logs: A mapping from project id to a set of log events and feedback items to insert
        """
        _options = RequestOptions(
            method="post",
            path="/v1/insert",
            json=build_body(
                CrossObjectInsertRequest,
                {
                    "experiment": experiment,
                    "dataset": dataset,
                    "project_logs": project_logs,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: CrossObjectInsertResponse = await self._client.request(CrossObjectInsertResponse, _options)
        return _result


class AsyncCrossObjectResourceWithRawResponse:
    """The cross_object operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: AsyncCrossObjectResource) -> None:
        self.insert = async_to_raw_response_wrapper(resource.insert)
