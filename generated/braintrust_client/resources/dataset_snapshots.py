"""The dataset_snapshots resource group."""

from __future__ import annotations

from functools import cached_property
from typing import Annotated

from pydantic import ConfigDict, Field

from .._base_client import RequestOptions, format_path, request_params
from .._models import BaseModel, NotNull, OpenConstraints, build_body
from .._pagination import AsyncPage, AsyncPager, Paging, SyncPage
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..models.create_dataset_snapshot import CreateDatasetSnapshot
from ..models.dataset_snapshot import DatasetSnapshot
from ..models.ids import Ids
from ..models.patch_dataset_snapshot import PatchDatasetSnapshot

__all__ = [
    "AsyncDatasetSnapshotsResource",
    "AsyncDatasetSnapshotsResourceWithRawResponse",
    "DatasetSnapshotsResource",
    "DatasetSnapshotsResourceWithRawResponse",
]


class _ListParams(BaseModel):
    """Checks the parameters of ``list`` before they are sent."""

    # what a ValidationError names: the call, not this private class
    model_config = ConfigDict(title="dataset_snapshots.list() arguments")

    limit: Annotated[int, Field(ge=0), OpenConstraints] | None = None

    starting_after: Annotated[str | None, NotNull] = None

    ending_before: Annotated[str | None, NotNull] = None

    ids: Annotated[Ids | None, NotNull] = None

    dataset_snapshot_name: Annotated[str | None, NotNull] = None

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


class DatasetSnapshotsResource(SyncAPIResource):
    """The dataset_snapshots operations."""

    @cached_property
    def with_raw_response(self) -> DatasetSnapshotsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return DatasetSnapshotsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        ending_before: str | NotGiven = NOT_GIVEN,
        ids: Ids | NotGiven = NOT_GIVEN,
        dataset_snapshot_name: str | NotGiven = NOT_GIVEN,
        org_name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[DatasetSnapshot]:
        """List dataset_snapshots

        List out all dataset_snapshots. The dataset_snapshots are sorted by creation date, with the most recently-created dataset_snapshots coming first

        Args:
            limit: Limit the number of objects to return
            starting_after: Pagination cursor id.

                For example, if the final item in the last page you fetched had an id of `foo`, pass `starting_after=foo` to fetch the next page. Note: you may only pass one of `starting_after` and `ending_before`
            ending_before: Pagination cursor id.

                For example, if the initial item in the last page you fetched had an id of `foo`, pass `ending_before=foo` to fetch the previous page. Note: you may only pass one of `starting_after` and `ending_before`
            ids: Filter search results to a particular set of object IDs. To specify a list of IDs, include the query param multiple times
            dataset_snapshot_name: Name of the dataset_snapshot to search for
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
                    "dataset_snapshot_name": dataset_snapshot_name,
                    "org_name": org_name,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path="/v1/dataset_snapshot",
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        return self._client.request_page(SyncPage[DatasetSnapshot], DatasetSnapshot, _options, _LIST_PAGING)

    def replace(
        self,
        *,
        dataset_id: str,
        name: str,
        xact_id: str,
        description: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DatasetSnapshot:
        """Create or replace dataset_snapshot

        Create or replace dataset_snapshot. If there is an existing dataset_snapshot with the same name as the one specified in the request, will replace the existing dataset_snapshot with the provided fields

        Args:
            dataset_id: Unique identifier for the dataset that this snapshot belongs to
            name: Name of the dataset snapshot
            description: Textual description of the dataset snapshot
            xact_id: Transaction id of the brainstore version at the time of the snapshot
        """
        _options = RequestOptions(
            method="put",
            path="/v1/dataset_snapshot",
            json=build_body(
                CreateDatasetSnapshot,
                {
                    "dataset_id": dataset_id,
                    "name": name,
                    "description": description,
                    "xact_id": xact_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: DatasetSnapshot = self._client.request(DatasetSnapshot, _options)
        return _result

    def create(
        self,
        *,
        dataset_id: str,
        name: str,
        xact_id: str,
        description: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DatasetSnapshot:
        """Create dataset_snapshot

        Create a new dataset_snapshot. If there is an existing dataset_snapshot with the same name as the one specified in the request, will return the existing dataset_snapshot unmodified

        Args:
            dataset_id: Unique identifier for the dataset that this snapshot belongs to
            name: Name of the dataset snapshot
            description: Textual description of the dataset snapshot
            xact_id: Transaction id of the brainstore version at the time of the snapshot
        """
        _options = RequestOptions(
            method="post",
            path="/v1/dataset_snapshot",
            json=build_body(
                CreateDatasetSnapshot,
                {
                    "dataset_id": dataset_id,
                    "name": name,
                    "description": description,
                    "xact_id": xact_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: DatasetSnapshot = self._client.request(DatasetSnapshot, _options)
        return _result

    def retrieve(
        self,
        dataset_snapshot_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DatasetSnapshot:
        """Get dataset_snapshot

        Get a dataset_snapshot object by its id

        Args:
            dataset_snapshot_id: DatasetSnapshot id
        """
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/dataset_snapshot/{dataset_snapshot_id}",
                {
                    "dataset_snapshot_id": dataset_snapshot_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: DatasetSnapshot = self._client.request(DatasetSnapshot, _options)
        return _result

    def delete(
        self,
        dataset_snapshot_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DatasetSnapshot:
        """Delete dataset_snapshot

        Delete a dataset_snapshot object by its id

        Args:
            dataset_snapshot_id: DatasetSnapshot id
        """
        _options = RequestOptions(
            method="delete",
            path=format_path(
                "/v1/dataset_snapshot/{dataset_snapshot_id}",
                {
                    "dataset_snapshot_id": dataset_snapshot_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: DatasetSnapshot = self._client.request(DatasetSnapshot, _options)
        return _result

    def update(
        self,
        dataset_snapshot_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DatasetSnapshot:
        """Partially update dataset_snapshot

        Partially update a dataset_snapshot object. Specify the fields to update in the payload. Any object-type fields will be deep-merged with existing content. Currently we do not support removing fields or setting them to null.

        Args:
            dataset_snapshot_id: DatasetSnapshot id
            name: Name of the dataset snapshot
            description: Textual description of the dataset snapshot
        """
        _options = RequestOptions(
            method="patch",
            path=format_path(
                "/v1/dataset_snapshot/{dataset_snapshot_id}",
                {
                    "dataset_snapshot_id": dataset_snapshot_id,
                },
            ),
            json=build_body(
                PatchDatasetSnapshot,
                {
                    "name": name,
                    "description": description,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: DatasetSnapshot = self._client.request(DatasetSnapshot, _options)
        return _result


class DatasetSnapshotsResourceWithRawResponse:
    """The dataset_snapshots operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: DatasetSnapshotsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.replace = to_raw_response_wrapper(resource.replace)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncDatasetSnapshotsResource(AsyncAPIResource):
    """The dataset_snapshots operations, asynchronously."""

    @cached_property
    def with_raw_response(self) -> AsyncDatasetSnapshotsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncDatasetSnapshotsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        ending_before: str | NotGiven = NOT_GIVEN,
        ids: Ids | NotGiven = NOT_GIVEN,
        dataset_snapshot_name: str | NotGiven = NOT_GIVEN,
        org_name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[DatasetSnapshot]:
        """List dataset_snapshots

        List out all dataset_snapshots. The dataset_snapshots are sorted by creation date, with the most recently-created dataset_snapshots coming first

        Args:
            limit: Limit the number of objects to return
            starting_after: Pagination cursor id.

                For example, if the final item in the last page you fetched had an id of `foo`, pass `starting_after=foo` to fetch the next page. Note: you may only pass one of `starting_after` and `ending_before`
            ending_before: Pagination cursor id.

                For example, if the initial item in the last page you fetched had an id of `foo`, pass `ending_before=foo` to fetch the previous page. Note: you may only pass one of `starting_after` and `ending_before`
            ids: Filter search results to a particular set of object IDs. To specify a list of IDs, include the query param multiple times
            dataset_snapshot_name: Name of the dataset_snapshot to search for
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
                    "dataset_snapshot_name": dataset_snapshot_name,
                    "org_name": org_name,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path="/v1/dataset_snapshot",
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        return self._client.request_page(AsyncPage[DatasetSnapshot], DatasetSnapshot, _options, _LIST_PAGING)

    async def replace(
        self,
        *,
        dataset_id: str,
        name: str,
        xact_id: str,
        description: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DatasetSnapshot:
        """Create or replace dataset_snapshot

        Create or replace dataset_snapshot. If there is an existing dataset_snapshot with the same name as the one specified in the request, will replace the existing dataset_snapshot with the provided fields

        Args:
            dataset_id: Unique identifier for the dataset that this snapshot belongs to
            name: Name of the dataset snapshot
            description: Textual description of the dataset snapshot
            xact_id: Transaction id of the brainstore version at the time of the snapshot
        """
        _options = RequestOptions(
            method="put",
            path="/v1/dataset_snapshot",
            json=build_body(
                CreateDatasetSnapshot,
                {
                    "dataset_id": dataset_id,
                    "name": name,
                    "description": description,
                    "xact_id": xact_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: DatasetSnapshot = await self._client.request(DatasetSnapshot, _options)
        return _result

    async def create(
        self,
        *,
        dataset_id: str,
        name: str,
        xact_id: str,
        description: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DatasetSnapshot:
        """Create dataset_snapshot

        Create a new dataset_snapshot. If there is an existing dataset_snapshot with the same name as the one specified in the request, will return the existing dataset_snapshot unmodified

        Args:
            dataset_id: Unique identifier for the dataset that this snapshot belongs to
            name: Name of the dataset snapshot
            description: Textual description of the dataset snapshot
            xact_id: Transaction id of the brainstore version at the time of the snapshot
        """
        _options = RequestOptions(
            method="post",
            path="/v1/dataset_snapshot",
            json=build_body(
                CreateDatasetSnapshot,
                {
                    "dataset_id": dataset_id,
                    "name": name,
                    "description": description,
                    "xact_id": xact_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: DatasetSnapshot = await self._client.request(DatasetSnapshot, _options)
        return _result

    async def retrieve(
        self,
        dataset_snapshot_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DatasetSnapshot:
        """Get dataset_snapshot

        Get a dataset_snapshot object by its id

        Args:
            dataset_snapshot_id: DatasetSnapshot id
        """
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/dataset_snapshot/{dataset_snapshot_id}",
                {
                    "dataset_snapshot_id": dataset_snapshot_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: DatasetSnapshot = await self._client.request(DatasetSnapshot, _options)
        return _result

    async def delete(
        self,
        dataset_snapshot_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DatasetSnapshot:
        """Delete dataset_snapshot

        Delete a dataset_snapshot object by its id

        Args:
            dataset_snapshot_id: DatasetSnapshot id
        """
        _options = RequestOptions(
            method="delete",
            path=format_path(
                "/v1/dataset_snapshot/{dataset_snapshot_id}",
                {
                    "dataset_snapshot_id": dataset_snapshot_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: DatasetSnapshot = await self._client.request(DatasetSnapshot, _options)
        return _result

    async def update(
        self,
        dataset_snapshot_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DatasetSnapshot:
        """Partially update dataset_snapshot

        Partially update a dataset_snapshot object. Specify the fields to update in the payload. Any object-type fields will be deep-merged with existing content. Currently we do not support removing fields or setting them to null.

        Args:
            dataset_snapshot_id: DatasetSnapshot id
            name: Name of the dataset snapshot
            description: Textual description of the dataset snapshot
        """
        _options = RequestOptions(
            method="patch",
            path=format_path(
                "/v1/dataset_snapshot/{dataset_snapshot_id}",
                {
                    "dataset_snapshot_id": dataset_snapshot_id,
                },
            ),
            json=build_body(
                PatchDatasetSnapshot,
                {
                    "name": name,
                    "description": description,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: DatasetSnapshot = await self._client.request(DatasetSnapshot, _options)
        return _result


class AsyncDatasetSnapshotsResourceWithRawResponse:
    """The dataset_snapshots operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: AsyncDatasetSnapshotsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.replace = async_to_raw_response_wrapper(resource.replace)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
