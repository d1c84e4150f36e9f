"""The project_logs resource group."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import Annotated

from pydantic import ConfigDict, Field

from .._base_client import RequestOptions, format_path, request_params
from .._models import BaseModel, NotNull, OpenConstraints, build_body
from .._pagination import AsyncPage, AsyncPager, Paging, SyncPage
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..models.feedback_project_logs_event_request import FeedbackProjectLogsEventRequest
from ..models.feedback_project_logs_item import FeedbackProjectLogsItem
from ..models.feedback_response_schema import FeedbackResponseSchema
from ..models.fetch_events_request import FetchEventsRequest
from ..models.fetch_project_logs_events_response import FetchProjectLogsEventsResponse
from ..models.insert_events_response import InsertEventsResponse
from ..models.insert_project_logs_event import InsertProjectLogsEvent
from ..models.insert_project_logs_event_request import InsertProjectLogsEventRequest
from ..models.project_logs_event import ProjectLogsEvent

__all__ = [
    "AsyncProjectLogsResource",
    "AsyncProjectLogsResourceWithRawResponse",
    "ProjectLogsResource",
    "ProjectLogsResourceWithRawResponse",
]


class _FetchParams(BaseModel):
    """Checks the parameters of ``fetch`` before they are sent."""

    # what a ValidationError names: the call, not this private class
    model_config = ConfigDict(title="project_logs.fetch() arguments")

    limit: Annotated[int, Field(ge=0), OpenConstraints] | None = None

    max_xact_id: Annotated[str | None, NotNull] = None

    max_root_span_id: Annotated[str | None, NotNull] = None

    version: Annotated[str | None, NotNull] = None


_FETCH_POST_PAGING = Paging(
    kind="token_cursor",
    items_field="events",
    cursor_param="cursor",
    cursor_location="body",
    next_field="cursor",
    id_field="id",
    items_required=True,
)


class ProjectLogsResource(SyncAPIResource):
    """The project_logs operations."""

    @cached_property
    def with_raw_response(self) -> ProjectLogsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return ProjectLogsResourceWithRawResponse(self)

    def insert(
        self,
        project_id: str,
        *,
        events: Sequence[InsertProjectLogsEvent],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> InsertEventsResponse:
        """Insert project logs events

        Insert a set of events into the project logs

        Args:
            project_id: Project id
            events: A list of project logs events to insert
        """
        _options = RequestOptions(
            method="post",
            path=format_path(
                "/v1/project_logs/{project_id}/insert",
                {
                    "project_id": project_id,
                },
            ),
            json=build_body(
                InsertProjectLogsEventRequest,
                {
                    "events": events,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: InsertEventsResponse = self._client.request(InsertEventsResponse, _options)
        return _result

    def fetch(
        self,
        project_id: str,
        *,
        limit: int | None | NotGiven = NOT_GIVEN,
        max_xact_id: str | NotGiven = NOT_GIVEN,
        max_root_span_id: str | NotGiven = NOT_GIVEN,
        version: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FetchProjectLogsEventsResponse:
        """Fetch project logs (GET form)

        Fetch the events in a project logs. Equivalent to the POST form of the same path, but with the parameters in the URL query rather than in the request body. For more complex queries, use the `POST /btql` endpoint.

        Args:
            project_id: Project id
            limit: limit the number of traces fetched

                Fetch queries may be paginated if the total result size is expected to be large (e.g. project_logs which accumulate over a long time). Note that fetch queries only support pagination in descending time order (from latest to earliest `_xact_id`. Furthermore, later pages may return rows which showed up in earlier pages, except with an earlier `_xact_id`. This happens because pagination occurs over the whole version history of the event log. You will most likely want to exclude any such duplicate, outdated rows (by `id`) from your combined result set.

                The `limit` parameter controls the number of full traces to return. So you may end up with more individual rows than the specified limit if you are fetching events containing traces.
            max_xact_id: DEPRECATION NOTICE: The manually-constructed pagination cursor is deprecated in favor of the explicit 'cursor' returned by object fetch requests. Please prefer the 'cursor' argument going forwards.

                Together, `max_xact_id` and `max_root_span_id` form a pagination cursor

                Since a paginated fetch query returns results in order from latest to earliest, the cursor for the next page can be found as the row with the minimum (earliest) value of the tuple `(_xact_id, root_span_id)`. See the documentation of `limit` for an overview of paginating fetch queries.
            max_root_span_id: DEPRECATION NOTICE: The manually-constructed pagination cursor is deprecated in favor of the explicit 'cursor' returned by object fetch requests. Please prefer the 'cursor' argument going forwards.

                Together, `max_xact_id` and `max_root_span_id` form a pagination cursor

                Since a paginated fetch query returns results in order from latest to earliest, the cursor for the next page can be found as the row with the minimum (earliest) value of the tuple `(_xact_id, root_span_id)`. See the documentation of `limit` for an overview of paginating fetch queries.
            version: Retrieve a snapshot of events from a past time

                The version id is essentially a filter on the latest event transaction id. You can use the `max_xact_id` returned by a past fetch as the version to reproduce that exact fetch.
        """
        _query, _headers = request_params(
            build_body(
                _FetchParams,
                {
                    "limit": limit,
                    "max_xact_id": max_xact_id,
                    "max_root_span_id": max_root_span_id,
                    "version": version,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/project_logs/{project_id}/fetch",
                {
                    "project_id": project_id,
                },
            ),
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: FetchProjectLogsEventsResponse = self._client.request(FetchProjectLogsEventsResponse, _options)
        return _result

    def fetch_post(
        self,
        project_id: str,
        *,
        limit: int | None | NotGiven = NOT_GIVEN,
        cursor: str | None | NotGiven = NOT_GIVEN,
        max_xact_id: str | None | NotGiven = NOT_GIVEN,
        max_root_span_id: str | None | NotGiven = NOT_GIVEN,
        version: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[ProjectLogsEvent]:
        """Fetch project logs (POST form)

        Fetch the events in a project logs. Equivalent to the GET form of the same path, but with the parameters in the request body rather than in the URL query. For more complex queries, use the `POST /btql` endpoint.

        Args:
            project_id: Project id
        """
        _options = RequestOptions(
            method="post",
            path=format_path(
                "/v1/project_logs/{project_id}/fetch",
                {
                    "project_id": project_id,
                },
            ),
            json=build_body(
                FetchEventsRequest,
                {
                    "limit": limit,
                    "cursor": cursor,
                    "max_xact_id": max_xact_id,
                    "max_root_span_id": max_root_span_id,
                    "version": version,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        return self._client.request_page(SyncPage[ProjectLogsEvent], ProjectLogsEvent, _options, _FETCH_POST_PAGING)

    def feedback(
        self,
        project_id: str,
        *,
        feedback: Sequence[FeedbackProjectLogsItem],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FeedbackResponseSchema:
        """Feedback for project logs events

        Log feedback for a set of project logs events

        Args:
            project_id: Project id
            feedback: A list of project logs feedback items
        """
        _options = RequestOptions(
            method="post",
            path=format_path(
                "/v1/project_logs/{project_id}/feedback",
                {
                    "project_id": project_id,
                },
            ),
            json=build_body(
                FeedbackProjectLogsEventRequest,
                {
                    "feedback": feedback,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: FeedbackResponseSchema = self._client.request(FeedbackResponseSchema, _options)
        return _result


class ProjectLogsResourceWithRawResponse:
    """The project_logs operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: ProjectLogsResource) -> None:
        self.insert = to_raw_response_wrapper(resource.insert)
        self.fetch = to_raw_response_wrapper(resource.fetch)
        self.fetch_post = to_raw_response_wrapper(resource.fetch_post)
        self.feedback = to_raw_response_wrapper(resource.feedback)


class AsyncProjectLogsResource(AsyncAPIResource):
    """The project_logs operations, asynchronously."""

    @cached_property
    def with_raw_response(self) -> AsyncProjectLogsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncProjectLogsResourceWithRawResponse(self)

    async def insert(
        self,
        project_id: str,
        *,
        events: Sequence[InsertProjectLogsEvent],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> InsertEventsResponse:
        """Insert project logs events

        Insert a set of events into the project logs

        Args:
            project_id: Project id
            events: A list of project logs events to insert
        """
        _options = RequestOptions(
            method="post",
            path=format_path(
                "/v1/project_logs/{project_id}/insert",
                {
                    "project_id": project_id,
                },
            ),
            json=build_body(
                InsertProjectLogsEventRequest,
                {
                    "events": events,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: InsertEventsResponse = await self._client.request(InsertEventsResponse, _options)
        return _result

    async def fetch(
        self,
        project_id: str,
        *,
        limit: int | None | NotGiven = NOT_GIVEN,
        max_xact_id: str | NotGiven = NOT_GIVEN,
        max_root_span_id: str | NotGiven = NOT_GIVEN,
        version: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FetchProjectLogsEventsResponse:
        """Fetch project logs (GET form)

        Fetch the events in a project logs. Equivalent to the POST form of the same path, but with the parameters in the URL query rather than in the request body. For more complex queries, use the `POST /btql` endpoint.

        Args:
            project_id: Project id
            limit: limit the number of traces fetched

                Fetch queries may be paginated if the total result size is expected to be large (e.g. project_logs which accumulate over a long time). Note that fetch queries only support pagination in descending time order (from latest to earliest `_xact_id`. Furthermore, later pages may return rows which showed up in earlier pages, except with an earlier `_xact_id`. This happens because pagination occurs over the whole version history of the event log. You will most likely want to exclude any such duplicate, outdated rows (by `id`) from your combined result set.

                The `limit` parameter controls the number of full traces to return. So you may end up with more individual rows than the specified limit if you are fetching events containing traces.
            max_xact_id: DEPRECATION NOTICE: The manually-constructed pagination cursor is deprecated in favor of the explicit 'cursor' returned by object fetch requests. Please prefer the 'cursor' argument going forwards.

                Together, `max_xact_id` and `max_root_span_id` form a pagination cursor

                Since a paginated fetch query returns results in order from latest to earliest, the cursor for the next page can be found as the row with the minimum (earliest) value of the tuple `(_xact_id, root_span_id)`. See the documentation of `limit` for an overview of paginating fetch queries.
            max_root_span_id: DEPRECATION NOTICE: The manually-constructed pagination cursor is deprecated in favor of the explicit 'cursor' returned by object fetch requests. Please prefer the 'cursor' argument going forwards.

                Together, `max_xact_id` and `max_root_span_id` form a pagination cursor

                Since a paginated fetch query returns results in order from latest to earliest, the cursor for the next page can be found as the row with the minimum (earliest) value of the tuple `(_xact_id, root_span_id)`. See the documentation of `limit` for an overview of paginating fetch queries.
            version: Retrieve a snapshot of events from a past time

                The version id is essentially a filter on the latest event transaction id. You can use the `max_xact_id` returned by a past fetch as the version to reproduce that exact fetch.
        """
        _query, _headers = request_params(
            build_body(
                _FetchParams,
                {
                    "limit": limit,
                    "max_xact_id": max_xact_id,
                    "max_root_span_id": max_root_span_id,
                    "version": version,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/project_logs/{project_id}/fetch",
                {
                    "project_id": project_id,
                },
            ),
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: FetchProjectLogsEventsResponse = await self._client.request(FetchProjectLogsEventsResponse, _options)
        return _result

    def fetch_post(
        self,
        project_id: str,
        *,
        limit: int | None | NotGiven = NOT_GIVEN,
        cursor: str | None | NotGiven = NOT_GIVEN,
        max_xact_id: str | None | NotGiven = NOT_GIVEN,
        max_root_span_id: str | None | NotGiven = NOT_GIVEN,
        version: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ProjectLogsEvent]:
        """Fetch project logs (POST form)

        Fetch the events in a project logs. Equivalent to the GET form of the same path, but with the parameters in the request body rather than in the URL query. For more complex queries, use the `POST /btql` endpoint.

        Args:
            project_id: Project id
        """
        _options = RequestOptions(
            method="post",
            path=format_path(
                "/v1/project_logs/{project_id}/fetch",
                {
                    "project_id": project_id,
                },
            ),
            json=build_body(
                FetchEventsRequest,
                {
                    "limit": limit,
                    "cursor": cursor,
                    "max_xact_id": max_xact_id,
                    "max_root_span_id": max_root_span_id,
                    "version": version,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        return self._client.request_page(AsyncPage[ProjectLogsEvent], ProjectLogsEvent, _options, _FETCH_POST_PAGING)

    async def feedback(
        self,
        project_id: str,
        *,
        feedback: Sequence[FeedbackProjectLogsItem],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FeedbackResponseSchema:
        """Feedback for project logs events

        Log feedback for a set of project logs events

        Args:
            project_id: Project id
            feedback: A list of project logs feedback items
        """
        _options = RequestOptions(
            method="post",
            path=format_path(
                "/v1/project_logs/{project_id}/feedback",
                {
                    "project_id": project_id,
                },
            ),
            json=build_body(
                FeedbackProjectLogsEventRequest,
                {
                    "feedback": feedback,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: FeedbackResponseSchema = await self._client.request(FeedbackResponseSchema, _options)
        return _result


class AsyncProjectLogsResourceWithRawResponse:
    """The project_logs operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: AsyncProjectLogsResource) -> None:
        self.insert = async_to_raw_response_wrapper(resource.insert)
        self.fetch = async_to_raw_response_wrapper(resource.fetch)
        self.fetch_post = async_to_raw_response_wrapper(resource.fetch_post)
        self.feedback = async_to_raw_response_wrapper(resource.feedback)
