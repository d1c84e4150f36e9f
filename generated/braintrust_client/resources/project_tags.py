"""The project_tags resource group."""

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
from ..models.create_project_tag import CreateProjectTag
from ..models.ids import Ids
from ..models.patch_project_tag import PatchProjectTag
from ..models.project_tag import ProjectTag

__all__ = [
    "AsyncProjectTagsResource",
    "AsyncProjectTagsResourceWithRawResponse",
    "ProjectTagsResource",
    "ProjectTagsResourceWithRawResponse",
]


class _ListParams(BaseModel):
    """Checks the parameters of ``list`` before they are sent."""

    # what a ValidationError names: the call, not this private class
    model_config = ConfigDict(title="project_tags.list() arguments")

    limit: Annotated[int, Field(ge=0), OpenConstraints] | None = None

    starting_after: Annotated[str | None, NotNull] = None

    ending_before: Annotated[str | None, NotNull] = None

    ids: Annotated[Ids | None, NotNull] = None

    project_tag_name: Annotated[str | None, NotNull] = None

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


class ProjectTagsResource(SyncAPIResource):
    """The project_tags operations."""

    @cached_property
    def with_raw_response(self) -> ProjectTagsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return ProjectTagsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        ending_before: str | NotGiven = NOT_GIVEN,
        ids: Ids | NotGiven = NOT_GIVEN,
        project_tag_name: str | NotGiven = NOT_GIVEN,
        project_name: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        org_name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[ProjectTag]:
        """List project_tags

        List out all project_tags. The project_tags are sorted by creation date, with the most recently-created project_tags coming first

        Args:
            limit: Limit the number of objects to return
            starting_after: Pagination cursor id.

                For example, if the final item in the last page you fetched had an id of `foo`, pass `starting_after=foo` to fetch the next page. Note: you may only pass one of `starting_after` and `ending_before`
            ending_before: Pagination cursor id.

                For example, if the initial item in the last page you fetched had an id of `foo`, pass `ending_before=foo` to fetch the previous page. Note: you may only pass one of `starting_after` and `ending_before`
            ids: Filter search results to a particular set of object IDs. To specify a list of IDs, include the query param multiple times
            project_tag_name: Name of the project_tag to search for
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
                    "project_tag_name": project_tag_name,
                    "project_name": project_name,
                    "project_id": project_id,
                    "org_name": org_name,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path="/v1/project_tag",
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        return self._client.request_page(SyncPage[ProjectTag], ProjectTag, _options, _LIST_PAGING)

    def replace(
        self,
        *,
        project_id: str,
        name: str,
        description: str | None | NotGiven = NOT_GIVEN,
        color: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProjectTag:
        """Create or replace project_tag

        Create or replace project_tag. If there is an existing project_tag in the project with the same name as the one specified in the request, will replace the existing project_tag with the provided fields

        Args:
            project_id: Unique identifier for the project that the project tag belongs under
            name: Name of the project tag
            description: Textual description of the project tag
            color: Color of the tag for the UI
        """
        _options = RequestOptions(
            method="put",
            path="/v1/project_tag",
            json=build_body(
                CreateProjectTag,
                {
                    "project_id": project_id,
                    "name": name,
                    "description": description,
                    "color": color,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: ProjectTag = self._client.request(ProjectTag, _options)
        return _result

    def create(
        self,
        *,
        project_id: str,
        name: str,
        description: str | None | NotGiven = NOT_GIVEN,
        color: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProjectTag:
        """Create project_tag

        Create a new project_tag. If there is an existing project_tag in the project with the same name as the one specified in the request, will return the existing project_tag unmodified

        Args:
            project_id: Unique identifier for the project that the project tag belongs under
            name: Name of the project tag
            description: Textual description of the project tag
            color: Color of the tag for the UI
        """
        _options = RequestOptions(
            method="post",
            path="/v1/project_tag",
            json=build_body(
                CreateProjectTag,
                {
                    "project_id": project_id,
                    "name": name,
                    "description": description,
                    "color": color,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: ProjectTag = self._client.request(ProjectTag, _options)
        return _result

    def retrieve(
        self,
        project_tag_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProjectTag:
        """Get project_tag

        Get a project_tag object by its id

        Args:
            project_tag_id: ProjectTag id
        """
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/project_tag/{project_tag_id}",
                {
                    "project_tag_id": project_tag_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: ProjectTag = self._client.request(ProjectTag, _options)
        return _result

    def delete(
        self,
        project_tag_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProjectTag:
        """Delete project_tag

        Delete a project_tag object by its id

        Args:
            project_tag_id: ProjectTag id
        """
        _options = RequestOptions(
            method="delete",
            path=format_path(
                "/v1/project_tag/{project_tag_id}",
                {
                    "project_tag_id": project_tag_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: ProjectTag = self._client.request(ProjectTag, _options)
        return _result

    def update(
        self,
        project_tag_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        color: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProjectTag:
        """Partially update project_tag

        Partially update a project_tag object. Specify the fields to update in the payload. Any object-type fields will be deep-merged with existing content. Currently we do not support removing fields or setting them to null.

        Args:
            project_tag_id: ProjectTag id
            name: Name of the project tag
            description: Textual description of the project tag
            color: Color of the tag for the UI
        """
        _options = RequestOptions(
            method="patch",
            path=format_path(
                "/v1/project_tag/{project_tag_id}",
                {
                    "project_tag_id": project_tag_id,
                },
            ),
            json=build_body(
                PatchProjectTag,
                {
                    "name": name,
                    "description": description,
                    "color": color,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: ProjectTag = self._client.request(ProjectTag, _options)
        return _result


class ProjectTagsResourceWithRawResponse:
    """The project_tags operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: ProjectTagsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.replace = to_raw_response_wrapper(resource.replace)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncProjectTagsResource(AsyncAPIResource):
    """The project_tags operations, asynchronously."""

    @cached_property
    def with_raw_response(self) -> AsyncProjectTagsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncProjectTagsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        ending_before: str | NotGiven = NOT_GIVEN,
        ids: Ids | NotGiven = NOT_GIVEN,
        project_tag_name: str | NotGiven = NOT_GIVEN,
        project_name: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        org_name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ProjectTag]:
        """List project_tags

        List out all project_tags. The project_tags are sorted by creation date, with the most recently-created project_tags coming first

        Args:
            limit: Limit the number of objects to return
            starting_after: Pagination cursor id.

                For example, if the final item in the last page you fetched had an id of `foo`, pass `starting_after=foo` to fetch the next page. Note: you may only pass one of `starting_after` and `ending_before`
            ending_before: Pagination cursor id.

                For example, if the initial item in the last page you fetched had an id of `foo`, pass `ending_before=foo` to fetch the previous page. Note: you may only pass one of `starting_after` and `ending_before`
            ids: Filter search results to a particular set of object IDs. To specify a list of IDs, include the query param multiple times
            project_tag_name: Name of the project_tag to search for
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
                    "project_tag_name": project_tag_name,
                    "project_name": project_name,
                    "project_id": project_id,
                    "org_name": org_name,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path="/v1/project_tag",
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        return self._client.request_page(AsyncPage[ProjectTag], ProjectTag, _options, _LIST_PAGING)

    async def replace(
        self,
        *,
        project_id: str,
        name: str,
        description: str | None | NotGiven = NOT_GIVEN,
        color: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProjectTag:
        """Create or replace project_tag

        Create or replace project_tag. If there is an existing project_tag in the project with the same name as the one specified in the request, will replace the existing project_tag with the provided fields

        Args:
            project_id: Unique identifier for the project that the project tag belongs under
            name: Name of the project tag
            description: Textual description of the project tag
            color: Color of the tag for the UI
        """
        _options = RequestOptions(
            method="put",
            path="/v1/project_tag",
            json=build_body(
                CreateProjectTag,
                {
                    "project_id": project_id,
                    "name": name,
                    "description": description,
                    "color": color,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: ProjectTag = await self._client.request(ProjectTag, _options)
        return _result

    async def create(
        self,
        *,
        project_id: str,
        name: str,
        description: str | None | NotGiven = NOT_GIVEN,
        color: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProjectTag:
        """Create project_tag

        Create a new project_tag. If there is an existing project_tag in the project with the same name as the one specified in the request, will return the existing project_tag unmodified

        Args:
            project_id: Unique identifier for the project that the project tag belongs under
            name: Name of the project tag
            description: Textual description of the project tag
            color: Color of the tag for the UI
        """
        _options = RequestOptions(
            method="post",
            path="/v1/project_tag",
            json=build_body(
                CreateProjectTag,
                {
                    "project_id": project_id,
                    "name": name,
                    "description": description,
                    "color": color,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: ProjectTag = await self._client.request(ProjectTag, _options)
        return _result

    async def retrieve(
        self,
        project_tag_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProjectTag:
        """Get project_tag

        Get a project_tag object by its id

        Args:
            project_tag_id: ProjectTag id
        """
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/project_tag/{project_tag_id}",
                {
                    "project_tag_id": project_tag_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: ProjectTag = await self._client.request(ProjectTag, _options)
        return _result

    async def delete(
        self,
        project_tag_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProjectTag:
        """Delete project_tag

        Delete a project_tag object by its id

        Args:
            project_tag_id: ProjectTag id
        """
        _options = RequestOptions(
            method="delete",
            path=format_path(
                "/v1/project_tag/{project_tag_id}",
                {
                    "project_tag_id": project_tag_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: ProjectTag = await self._client.request(ProjectTag, _options)
        return _result

    async def update(
        self,
        project_tag_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        color: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProjectTag:
        """Partially update project_tag

        Partially update a project_tag object. Specify the fields to update in the payload. Any object-type fields will be deep-merged with existing content. Currently we do not support removing fields or setting them to null.

        Args:
            project_tag_id: ProjectTag id
            name: Name of the project tag
            description: Textual description of the project tag
            color: Color of the tag for the UI
        """
        _options = RequestOptions(
            method="patch",
            path=format_path(
                "/v1/project_tag/{project_tag_id}",
                {
                    "project_tag_id": project_tag_id,
                },
            ),
            json=build_body(
                PatchProjectTag,
                {
                    "name": name,
                    "description": description,
                    "color": color,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: ProjectTag = await self._client.request(ProjectTag, _options)
        return _result


class AsyncProjectTagsResourceWithRawResponse:
    """The project_tags operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: AsyncProjectTagsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.replace = async_to_raw_response_wrapper(resource.replace)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
