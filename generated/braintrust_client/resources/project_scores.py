"""The project_scores resource group."""

from __future__ import annotations

import builtins
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
from ..models.create_project_score import CreateProjectScore
from ..models.ids import Ids
from ..models.patch_project_score import PatchProjectScore
from ..models.project_score import ProjectScore
from ..models.project_score_categories import ProjectScoreCategories
from ..models.project_score_config import ProjectScoreConfig
from ..models.project_score_type import ProjectScoreType

__all__ = [
    "AsyncProjectScoresResource",
    "AsyncProjectScoresResourceWithRawResponse",
    "ProjectScoresResource",
    "ProjectScoresResourceWithRawResponse",
]


class _ListParams(BaseModel):
    """Checks the parameters of ``list`` before they are sent."""

    # what a ValidationError names: the call, not this private class
    model_config = ConfigDict(title="project_scores.list() arguments")

    limit: Annotated[int, Field(ge=0), OpenConstraints] | None = None

    starting_after: Annotated[str | None, NotNull] = None

    ending_before: Annotated[str | None, NotNull] = None

    ids: Annotated[Ids | None, NotNull] = None

    project_score_name: Annotated[str | None, NotNull] = None

    project_name: Annotated[str | None, NotNull] = None

    project_id: Annotated[str | None, NotNull] = None

    org_name: Annotated[str | None, NotNull] = None

    score_type: Annotated[ProjectScoreType | builtins.list[ProjectScoreType] | None, NotNull] = None


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


class ProjectScoresResource(SyncAPIResource):
    """The project_scores operations."""

    @cached_property
    def with_raw_response(self) -> ProjectScoresResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return ProjectScoresResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        ending_before: str | NotGiven = NOT_GIVEN,
        ids: Ids | NotGiven = NOT_GIVEN,
        project_score_name: str | NotGiven = NOT_GIVEN,
        project_name: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        org_name: str | NotGiven = NOT_GIVEN,
        score_type: ProjectScoreType | Sequence[ProjectScoreType] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[ProjectScore]:
        """List project_scores

        List out all project_scores. The project_scores are sorted by creation date, with the most recently-created project_scores coming first

        Args:
            limit: Limit the number of objects to return
            starting_after: Pagination cursor id.

                For example, if the final item in the last page you fetched had an id of `foo`, pass `starting_after=foo` to fetch the next page. Note: you may only pass one of `starting_after` and `ending_before`
            ending_before: Pagination cursor id.

                For example, if the initial item in the last page you fetched had an id of `foo`, pass `ending_before=foo` to fetch the previous page. Note: you may only pass one of `starting_after` and `ending_before`
            ids: Filter search results to a particular set of object IDs. To specify a list of IDs, include the query param multiple times
            project_score_name: Name of the project_score to search for
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
                    "project_score_name": project_score_name,
                    "project_name": project_name,
                    "project_id": project_id,
                    "org_name": org_name,
                    "score_type": score_type,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path="/v1/project_score",
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        return self._client.request_page(SyncPage[ProjectScore], ProjectScore, _options, _LIST_PAGING)

    def replace(
        self,
        *,
        project_id: str,
        name: str,
        score_type: ProjectScoreType,
        description: str | None | NotGiven = NOT_GIVEN,
        categories: ProjectScoreCategories | NotGiven = NOT_GIVEN,
        config: ProjectScoreConfig | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProjectScore:
        """Create or replace project_score

        Create or replace project_score. If there is an existing project_score in the project with the same name as the one specified in the request, will replace the existing project_score with the provided fields

        Args:
            project_id: Unique identifier for the project that the project score belongs under
            name: Name of the project score
            description: Textual description of the project score
        """
        _options = RequestOptions(
            method="put",
            path="/v1/project_score",
            json=build_body(
                CreateProjectScore,
                {
                    "project_id": project_id,
                    "name": name,
                    "description": description,
                    "score_type": score_type,
                    "categories": categories,
                    "config": config,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: ProjectScore = self._client.request(ProjectScore, _options)
        return _result

    def create(
        self,
        *,
        project_id: str,
        name: str,
        score_type: ProjectScoreType,
        description: str | None | NotGiven = NOT_GIVEN,
        categories: ProjectScoreCategories | NotGiven = NOT_GIVEN,
        config: ProjectScoreConfig | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProjectScore:
        """Create project_score

        Create a new project_score. If there is an existing project_score in the project with the same name as the one specified in the request, will return the existing project_score unmodified

        Args:
            project_id: Unique identifier for the project that the project score belongs under
            name: Name of the project score
            description: Textual description of the project score
        """
        _options = RequestOptions(
            method="post",
            path="/v1/project_score",
            json=build_body(
                CreateProjectScore,
                {
                    "project_id": project_id,
                    "name": name,
                    "description": description,
                    "score_type": score_type,
                    "categories": categories,
                    "config": config,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: ProjectScore = self._client.request(ProjectScore, _options)
        return _result

    def retrieve(
        self,
        project_score_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProjectScore:
        """Get project_score

        Get a project_score object by its id

        Args:
            project_score_id: ProjectScore id
        """
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/project_score/{project_score_id}",
                {
                    "project_score_id": project_score_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: ProjectScore = self._client.request(ProjectScore, _options)
        return _result

    def delete(
        self,
        project_score_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProjectScore:
        """Delete project_score

        Delete a project_score object by its id

        Args:
            project_score_id: ProjectScore id
        """
        _options = RequestOptions(
            method="delete",
            path=format_path(
                "/v1/project_score/{project_score_id}",
                {
                    "project_score_id": project_score_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: ProjectScore = self._client.request(ProjectScore, _options)
        return _result

    def update(
        self,
        project_score_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        score_type: ProjectScoreType | None | NotGiven = NOT_GIVEN,
        categories: ProjectScoreCategories | NotGiven = NOT_GIVEN,
        config: ProjectScoreConfig | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProjectScore:
        """Partially update project_score

        Partially update a project_score object. Specify the fields to update in the payload. Any object-type fields will be deep-merged with existing content. Currently we do not support removing fields or setting them to null.

        Args:
            project_score_id: ProjectScore id
            name: Name of the project score
            description: Textual description of the project score
        """
        _options = RequestOptions(
            method="patch",
            path=format_path(
                "/v1/project_score/{project_score_id}",
                {
                    "project_score_id": project_score_id,
                },
            ),
            json=build_body(
                PatchProjectScore,
                {
                    "name": name,
                    "description": description,
                    "score_type": score_type,
                    "categories": categories,
                    "config": config,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: ProjectScore = self._client.request(ProjectScore, _options)
        return _result


class ProjectScoresResourceWithRawResponse:
    """The project_scores operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: ProjectScoresResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.replace = to_raw_response_wrapper(resource.replace)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncProjectScoresResource(AsyncAPIResource):
    """The project_scores operations, asynchronously."""

    @cached_property
    def with_raw_response(self) -> AsyncProjectScoresResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncProjectScoresResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        ending_before: str | NotGiven = NOT_GIVEN,
        ids: Ids | NotGiven = NOT_GIVEN,
        project_score_name: str | NotGiven = NOT_GIVEN,
        project_name: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        org_name: str | NotGiven = NOT_GIVEN,
        score_type: ProjectScoreType | Sequence[ProjectScoreType] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ProjectScore]:
        """List project_scores

        List out all project_scores. The project_scores are sorted by creation date, with the most recently-created project_scores coming first

        Args:
            limit: Limit the number of objects to return
            starting_after: Pagination cursor id.

                For example, if the final item in the last page you fetched had an id of `foo`, pass `starting_after=foo` to fetch the next page. Note: you may only pass one of `starting_after` and `ending_before`
            ending_before: Pagination cursor id.

                For example, if the initial item in the last page you fetched had an id of `foo`, pass `ending_before=foo` to fetch the previous page. Note: you may only pass one of `starting_after` and `ending_before`
            ids: Filter search results to a particular set of object IDs. To specify a list of IDs, include the query param multiple times
            project_score_name: Name of the project_score to search for
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
                    "project_score_name": project_score_name,
                    "project_name": project_name,
                    "project_id": project_id,
                    "org_name": org_name,
                    "score_type": score_type,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path="/v1/project_score",
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        return self._client.request_page(AsyncPage[ProjectScore], ProjectScore, _options, _LIST_PAGING)

    async def replace(
        self,
        *,
        project_id: str,
        name: str,
        score_type: ProjectScoreType,
        description: str | None | NotGiven = NOT_GIVEN,
        categories: ProjectScoreCategories | NotGiven = NOT_GIVEN,
        config: ProjectScoreConfig | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProjectScore:
        """Create or replace project_score

        Create or replace project_score. If there is an existing project_score in the project with the same name as the one specified in the request, will replace the existing project_score with the provided fields

        Args:
            project_id: Unique identifier for the project that the project score belongs under
            name: Name of the project score
            description: Textual description of the project score
        """
        _options = RequestOptions(
            method="put",
            path="/v1/project_score",
            json=build_body(
                CreateProjectScore,
                {
                    "project_id": project_id,
                    "name": name,
                    "description": description,
                    "score_type": score_type,
                    "categories": categories,
                    "config": config,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: ProjectScore = await self._client.request(ProjectScore, _options)
        return _result

    async def create(
        self,
        *,
        project_id: str,
        name: str,
        score_type: ProjectScoreType,
        description: str | None | NotGiven = NOT_GIVEN,
        categories: ProjectScoreCategories | NotGiven = NOT_GIVEN,
        config: ProjectScoreConfig | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProjectScore:
        """Create project_score

        Create a new project_score. If there is an existing project_score in the project with the same name as the one specified in the request, will return the existing project_score unmodified

        Args:
            project_id: Unique identifier for the project that the project score belongs under
            name: Name of the project score
            description: Textual description of the project score
        """
        _options = RequestOptions(
            method="post",
            path="/v1/project_score",
            json=build_body(
                CreateProjectScore,
                {
                    "project_id": project_id,
                    "name": name,
                    "description": description,
                    "score_type": score_type,
                    "categories": categories,
                    "config": config,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: ProjectScore = await self._client.request(ProjectScore, _options)
        return _result

    async def retrieve(
        self,
        project_score_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProjectScore:
        """Get project_score

        Get a project_score object by its id

        Args:
            project_score_id: ProjectScore id
        """
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/project_score/{project_score_id}",
                {
                    "project_score_id": project_score_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: ProjectScore = await self._client.request(ProjectScore, _options)
        return _result

    async def delete(
        self,
        project_score_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProjectScore:
        """Delete project_score

        Delete a project_score object by its id

        Args:
            project_score_id: ProjectScore id
        """
        _options = RequestOptions(
            method="delete",
            path=format_path(
                "/v1/project_score/{project_score_id}",
                {
                    "project_score_id": project_score_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: ProjectScore = await self._client.request(ProjectScore, _options)
        return _result

    async def update(
        self,
        project_score_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        score_type: ProjectScoreType | None | NotGiven = NOT_GIVEN,
        categories: ProjectScoreCategories | NotGiven = NOT_GIVEN,
        config: ProjectScoreConfig | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProjectScore:
        """Partially update project_score

        Partially update a project_score object. Specify the fields to update in the payload. Any object-type fields will be deep-merged with existing content. Currently we do not support removing fields or setting them to null.

        Args:
            project_score_id: ProjectScore id
            name: Name of the project score
            description: Textual description of the project score
        """
        _options = RequestOptions(
            method="patch",
            path=format_path(
                "/v1/project_score/{project_score_id}",
                {
                    "project_score_id": project_score_id,
                },
            ),
            json=build_body(
                PatchProjectScore,
                {
                    "name": name,
                    "description": description,
                    "score_type": score_type,
                    "categories": categories,
                    "config": config,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: ProjectScore = await self._client.request(ProjectScore, _options)
        return _result


class AsyncProjectScoresResourceWithRawResponse:
    """The project_scores operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: AsyncProjectScoresResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.replace = async_to_raw_response_wrapper(resource.replace)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
