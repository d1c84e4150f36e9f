"""The datasets resource group."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Annotated, Any

from pydantic import ConfigDict, Field

from .._base_client import RequestOptions, format_path, request_params
from .._models import BaseModel, NotNull, OpenConstraints, build_body
from .._pagination import AsyncPage, AsyncPager, Paging, SyncPage
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..models.create_dataset import CreateDataset
from ..models.dataset import Dataset
from ..models.dataset_event import DatasetEvent
from ..models.feedback_dataset_event_request import FeedbackDatasetEventRequest
from ..models.feedback_dataset_item import FeedbackDatasetItem
from ..models.feedback_response_schema import FeedbackResponseSchema
from ..models.fetch_dataset_events_response import FetchDatasetEventsResponse
from ..models.fetch_events_request import FetchEventsRequest
from ..models.ids import Ids
from ..models.insert_dataset_event import InsertDatasetEvent
from ..models.insert_dataset_event_request import InsertDatasetEventRequest
from ..models.insert_events_response import InsertEventsResponse
from ..models.patch_dataset import PatchDataset
from ..models.summarize_dataset_response import SummarizeDatasetResponse

__all__ = [
    "AsyncDatasetsResource",
    "AsyncDatasetsResourceWithRawResponse",
    "DatasetsResource",
    "DatasetsResourceWithRawResponse",
]


class _ListParams(BaseModel):
    """Checks the parameters of ``list`` before they are sent."""

    # what a ValidationError names: the call, not this private class
    model_config = ConfigDict(title="datasets.list() arguments")

    limit: Annotated[int, Field(ge=0), OpenConstraints] | None = None

    starting_after: Annotated[str | None, NotNull] = None

    ending_before: Annotated[str | None, NotNull] = None

    ids: Annotated[Ids | None, NotNull] = None

    dataset_name: Annotated[str | None, NotNull] = None

    project_name: Annotated[str | None, NotNull] = None

    project_id: Annotated[str | None, NotNull] = None

    org_name: Annotated[str | None, NotNull] = None


_LIST_PAGING = Paging(
    kind="id_cursor",
    items_field="objects",
    cursor_param="starting_after",
    cursor_location="query",
    next_field=None,
    id_field="id",
    reverse_cursor_param="ending_before",
    items_required=True,
)


class _FetchParams(BaseModel):
    """Checks the parameters of ``fetch`` before they are sent."""

    # what a ValidationError names: the call, not this private class
    model_config = ConfigDict(title="datasets.fetch() arguments")

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


class _SummarizeParams(BaseModel):
    """Checks the parameters of ``summarize`` before they are sent."""

    # what a ValidationError names: the call, not this private class
    model_config = ConfigDict(title="datasets.summarize() arguments")

    summarize_data: bool | None = None


class DatasetsResource(SyncAPIResource):
    """The datasets operations."""

    @cached_property
    def with_raw_response(self) -> DatasetsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return DatasetsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        ending_before: str | NotGiven = NOT_GIVEN,
        ids: Ids | NotGiven = NOT_GIVEN,
        dataset_name: str | NotGiven = NOT_GIVEN,
        project_name: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        org_name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Dataset]:
        """List datasets

        List out all datasets. The datasets are sorted by creation date, with the most recently-created datasets coming first

        Args:
            limit: Limit the number of objects to return
            starting_after: Pagination cursor id.

                For example, if the final item in the last page you fetched had an id of `foo`, pass `starting_after=foo` to fetch the next page. Note: you may only pass one of `starting_after` and `ending_before`
            ending_before: Pagination cursor id.

                For example, if the initial item in the last page you fetched had an id of `foo`, pass `ending_before=foo` to fetch the previous page. Note: you may only pass one of `starting_after` and `ending_before`
            ids: Filter search results to a particular set of object IDs. To specify a list of IDs, include the query param multiple times
            dataset_name: Name of the dataset to search for
            project_name: Name of the project to search for
            project_id: Project id
            org_name: Filter search results to within a particular organization
        """
        _query, _headers = request_params(
            build_body(
                _ListParams,
                {
                    "limit": limit,
                    "starting_after": starting_after,
                    "ending_before": ending_before,
                    "ids": ids,
                    "dataset_name": dataset_name,
                    "project_name": project_name,
                    "project_id": project_id,
                    "org_name": org_name,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path="/v1/dataset",
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        return self._client.request_page(SyncPage[Dataset], Dataset, _options, _LIST_PAGING)

    def create(
        self,
        *,
        project_id: str,
        name: str,
        description: str | None | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Dataset:
        """Create dataset

        Create a new dataset. If there is an existing dataset in the project with the same name as the one specified in the request, will return the existing dataset unmodified

        Args:
            project_id: Unique identifier for the project that the dataset belongs under
            name: Name of the dataset. Within a project, dataset names are unique
            description: Textual description of the dataset
            tags: A list of tags for the dataset
            metadata: User-controlled metadata about the dataset
        """
        _options = RequestOptions(
            method="post",
            path="/v1/dataset",
            json=build_body(
                CreateDataset,
                {
                    "project_id": project_id,
                    "name": name,
                    "description": description,
                    "tags": tags,
                    "metadata": metadata,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Dataset = self._client.request(Dataset, _options)
        return _result

    def retrieve(
        self,
        dataset_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Dataset:
        """Get dataset

        Get a dataset object by its id

        Args:
            dataset_id: Dataset id
        """
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/dataset/{dataset_id}",
                {
                    "dataset_id": dataset_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Dataset = self._client.request(Dataset, _options)
        return _result

    def delete(
        self,
        dataset_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Dataset:
        """Delete dataset

        Delete a dataset object by its id

        Args:
            dataset_id: Dataset id
        """
        _options = RequestOptions(
            method="delete",
            path=format_path(
                "/v1/dataset/{dataset_id}",
                {
                    "dataset_id": dataset_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Dataset = self._client.request(Dataset, _options)
        return _result

    def update(
        self,
        dataset_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Dataset:
        """Partially update dataset

        Partially update a dataset object. Specify the fields to update in the payload. Any object-type fields will be deep-merged with existing content. Currently we do not support removing fields or setting them to null.

        Args:
            dataset_id: Dataset id
            name: Name of the dataset. Within a project, dataset names are unique
            description: Textual description of the dataset
            tags: A list of tags for the dataset
            metadata: User-controlled metadata about the dataset
        """
        _options = RequestOptions(
            method="patch",
            path=format_path(
                "/v1/dataset/{dataset_id}",
                {
                    "dataset_id": dataset_id,
                },
            ),
            json=build_body(
                PatchDataset,
                {
                    "name": name,
                    "description": description,
                    "tags": tags,
                    "metadata": metadata,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Dataset = self._client.request(Dataset, _options)
        return _result

    def insert(
        self,
        dataset_id: str,
        *,
        events: Sequence[InsertDatasetEvent],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> InsertEventsResponse:
        """Insert dataset events

        Insert a set of events into the dataset

        Args:
            dataset_id: Dataset id
            events: A list of dataset events to insert
        """
        _options = RequestOptions(
            method="post",
            path=format_path(
                "/v1/dataset/{dataset_id}/insert",
                {
                    "dataset_id": dataset_id,
                },
            ),
            json=build_body(
                InsertDatasetEventRequest,
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
        dataset_id: str,
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
    ) -> FetchDatasetEventsResponse:
        """Fetch dataset (GET form)

        Fetch the events in a dataset. Equivalent to the POST form of the same path, but with the parameters in the URL query rather than in the request body. For more complex queries, use the `POST /btql` endpoint.

        Args:
            dataset_id: Dataset id
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
                "/v1/dataset/{dataset_id}/fetch",
                {
                    "dataset_id": dataset_id,
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
        _result: FetchDatasetEventsResponse = self._client.request(FetchDatasetEventsResponse, _options)
        return _result

    def fetch_post(
        self,
        dataset_id: str,
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
    ) -> SyncPage[DatasetEvent]:
        """Fetch dataset (POST form)

        Fetch the events in a dataset. Equivalent to the GET form of the same path, but with the parameters in the request body rather than in the URL query. For more complex queries, use the `POST /btql` endpoint.

        Args:
            dataset_id: Dataset id
        """
        _options = RequestOptions(
            method="post",
            path=format_path(
                "/v1/dataset/{dataset_id}/fetch",
                {
                    "dataset_id": dataset_id,
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
        return self._client.request_page(SyncPage[DatasetEvent], DatasetEvent, _options, _FETCH_POST_PAGING)

    def feedback(
        self,
        dataset_id: str,
        *,
        feedback: Sequence[FeedbackDatasetItem],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FeedbackResponseSchema:
        """Feedback for dataset events

        Log feedback for a set of dataset events

        Args:
            dataset_id: Dataset id
            feedback: A list of dataset feedback items
        """
        _options = RequestOptions(
            method="post",
            path=format_path(
                "/v1/dataset/{dataset_id}/feedback",
                {
                    "dataset_id": dataset_id,
                },
            ),
            json=build_body(
                FeedbackDatasetEventRequest,
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

    def summarize(
        self,
        dataset_id: str,
        *,
        summarize_data: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SummarizeDatasetResponse:
        """Summarize dataset

        Args:
            dataset_id: Dataset id
            summarize_data: Whether to summarize the data. If false (or omitted), only the metadata will be returned.
        """
        _query, _headers = request_params(
            build_body(
                _SummarizeParams,
                {
                    "summarize_data": summarize_data,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/dataset/{dataset_id}/summarize",
                {
                    "dataset_id": dataset_id,
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
        _result: SummarizeDatasetResponse = self._client.request(SummarizeDatasetResponse, _options)
        return _result


class DatasetsResourceWithRawResponse:
    """The datasets operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: DatasetsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)
        self.insert = to_raw_response_wrapper(resource.insert)
        self.fetch = to_raw_response_wrapper(resource.fetch)
        self.fetch_post = to_raw_response_wrapper(resource.fetch_post)
        self.feedback = to_raw_response_wrapper(resource.feedback)
        self.summarize = to_raw_response_wrapper(resource.summarize)


class AsyncDatasetsResource(AsyncAPIResource):
    """The datasets operations, asynchronously."""

    @cached_property
    def with_raw_response(self) -> AsyncDatasetsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncDatasetsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        ending_before: str | NotGiven = NOT_GIVEN,
        ids: Ids | NotGiven = NOT_GIVEN,
        dataset_name: str | NotGiven = NOT_GIVEN,
        project_name: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        org_name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[Dataset]:
        """List datasets

        List out all datasets. The datasets are sorted by creation date, with the most recently-created datasets coming first

        Args:
            limit: Limit the number of objects to return
            starting_after: Pagination cursor id.

                For example, if the final item in the last page you fetched had an id of `foo`, pass `starting_after=foo` to fetch the next page. Note: you may only pass one of `starting_after` and `ending_before`
            ending_before: Pagination cursor id.

                For example, if the initial item in the last page you fetched had an id of `foo`, pass `ending_before=foo` to fetch the previous page. Note: you may only pass one of `starting_after` and `ending_before`
            ids: Filter search results to a particular set of object IDs. To specify a list of IDs, include the query param multiple times
            dataset_name: Name of the dataset to search for
            project_name: Name of the project to search for
            project_id: Project id
            org_name: Filter search results to within a particular organization
        """
        _query, _headers = request_params(
            build_body(
                _ListParams,
                {
                    "limit": limit,
                    "starting_after": starting_after,
                    "ending_before": ending_before,
                    "ids": ids,
                    "dataset_name": dataset_name,
                    "project_name": project_name,
                    "project_id": project_id,
                    "org_name": org_name,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path="/v1/dataset",
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        return self._client.request_page(AsyncPage[Dataset], Dataset, _options, _LIST_PAGING)

    async def create(
        self,
        *,
        project_id: str,
        name: str,
        description: str | None | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Dataset:
        """Create dataset

        Create a new dataset. If there is an existing dataset in the project with the same name as the one specified in the request, will return the existing dataset unmodified

        Args:
            project_id: Unique identifier for the project that the dataset belongs under
            name: Name of the dataset. Within a project, dataset names are unique
            description: Textual description of the dataset
            tags: A list of tags for the dataset
            metadata: User-controlled metadata about the dataset
        """
        _options = RequestOptions(
            method="post",
            path="/v1/dataset",
            json=build_body(
                CreateDataset,
                {
                    "project_id": project_id,
                    "name": name,
                    "description": description,
                    "tags": tags,
                    "metadata": metadata,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Dataset = await self._client.request(Dataset, _options)
        return _result

    async def retrieve(
        self,
        dataset_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Dataset:
        """Get dataset

        Get a dataset object by its id

        Args:
            dataset_id: Dataset id
        """
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/dataset/{dataset_id}",
                {
                    "dataset_id": dataset_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Dataset = await self._client.request(Dataset, _options)
        return _result

    async def delete(
        self,
        dataset_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Dataset:
        """Delete dataset

        Delete a dataset object by its id

        Args:
            dataset_id: Dataset id
        """
        _options = RequestOptions(
            method="delete",
            path=format_path(
                "/v1/dataset/{dataset_id}",
                {
                    "dataset_id": dataset_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Dataset = await self._client.request(Dataset, _options)
        return _result

    async def update(
        self,
        dataset_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Dataset:
        """Partially update dataset

        Partially update a dataset object. Specify the fields to update in the payload. Any object-type fields will be deep-merged with existing content. Currently we do not support removing fields or setting them to null.

        Args:
            dataset_id: Dataset id
            name: Name of the dataset. Within a project, dataset names are unique
            description: Textual description of the dataset
            tags: A list of tags for the dataset
            metadata: User-controlled metadata about the dataset
        """
        _options = RequestOptions(
            method="patch",
            path=format_path(
                "/v1/dataset/{dataset_id}",
                {
                    "dataset_id": dataset_id,
                },
            ),
            json=build_body(
                PatchDataset,
                {
                    "name": name,
                    "description": description,
                    "tags": tags,
                    "metadata": metadata,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Dataset = await self._client.request(Dataset, _options)
        return _result

    async def insert(
        self,
        dataset_id: str,
        *,
        events: Sequence[InsertDatasetEvent],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> InsertEventsResponse:
        """Insert dataset events

        Insert a set of events into the dataset

        Args:
            dataset_id: Dataset id
            events: A list of dataset events to insert
        """
        _options = RequestOptions(
            method="post",
            path=format_path(
                "/v1/dataset/{dataset_id}/insert",
                {
                    "dataset_id": dataset_id,
                },
            ),
            json=build_body(
                InsertDatasetEventRequest,
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
        dataset_id: str,
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
    ) -> FetchDatasetEventsResponse:
        """Fetch dataset (GET form)

        Fetch the events in a dataset. Equivalent to the POST form of the same path, but with the parameters in the URL query rather than in the request body. For more complex queries, use the `POST /btql` endpoint.

        Args:
            dataset_id: Dataset id
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
                "/v1/dataset/{dataset_id}/fetch",
                {
                    "dataset_id": dataset_id,
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
        _result: FetchDatasetEventsResponse = await self._client.request(FetchDatasetEventsResponse, _options)
        return _result

    def fetch_post(
        self,
        dataset_id: str,
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
    ) -> AsyncPager[DatasetEvent]:
        """Fetch dataset (POST form)

        Fetch the events in a dataset. Equivalent to the GET form of the same path, but with the parameters in the request body rather than in the URL query. For more complex queries, use the `POST /btql` endpoint.

        Args:
            dataset_id: Dataset id
        """
        _options = RequestOptions(
            method="post",
            path=format_path(
                "/v1/dataset/{dataset_id}/fetch",
                {
                    "dataset_id": dataset_id,
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
        return self._client.request_page(AsyncPage[DatasetEvent], DatasetEvent, _options, _FETCH_POST_PAGING)

    async def feedback(
        self,
        dataset_id: str,
        *,
        feedback: Sequence[FeedbackDatasetItem],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FeedbackResponseSchema:
        """Feedback for dataset events

        Log feedback for a set of dataset events

        Args:
            dataset_id: Dataset id
            feedback: A list of dataset feedback items
        """
        _options = RequestOptions(
            method="post",
            path=format_path(
                "/v1/dataset/{dataset_id}/feedback",
                {
                    "dataset_id": dataset_id,
                },
            ),
            json=build_body(
                FeedbackDatasetEventRequest,
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

    async def summarize(
        self,
        dataset_id: str,
        *,
        summarize_data: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SummarizeDatasetResponse:
        """Summarize dataset

        Args:
            dataset_id: Dataset id
            summarize_data: Whether to summarize the data. If false (or omitted), only the metadata will be returned.
        """
        _query, _headers = request_params(
            build_body(
                _SummarizeParams,
                {
                    "summarize_data": summarize_data,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/dataset/{dataset_id}/summarize",
                {
                    "dataset_id": dataset_id,
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
        _result: SummarizeDatasetResponse = await self._client.request(SummarizeDatasetResponse, _options)
        return _result


class AsyncDatasetsResourceWithRawResponse:
    """The datasets operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: AsyncDatasetsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.insert = async_to_raw_response_wrapper(resource.insert)
        self.fetch = async_to_raw_response_wrapper(resource.fetch)
        self.fetch_post = async_to_raw_response_wrapper(resource.fetch_post)
        self.feedback = async_to_raw_response_wrapper(resource.feedback)
        self.summarize = async_to_raw_response_wrapper(resource.summarize)
