"""The project_automations resource group."""

from __future__ import annotations

from functools import cached_property
from typing import Annotated, Any

from pydantic import ConfigDict, Field

from .._base_client import RequestOptions, format_path, request_params
from .._models import BaseModel, NotNull, OpenConstraints, build_body
from .._pagination import AsyncPage, AsyncPager, Paging, SyncPage
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..models.create_project_automation import (
    CreateProjectAutomation,
    CreateProjectAutomationConfigAsyncQuery,
    CreateProjectAutomationConfigBtqlExport,
    CreateProjectAutomationConfigEnvironmentUpdate,
    CreateProjectAutomationConfigLogs,
    CreateProjectAutomationConfigRetention,
)
from ..models.ids import Ids
from ..models.patch_project_automation import PatchProjectAutomation
from ..models.project_automation import ProjectAutomation
from ..models.topic_automation_config import TopicAutomationConfig
from ..models.topic_digest_automation_config import TopicDigestAutomationConfig

__all__ = [
    "AsyncProjectAutomationsResource",
    "AsyncProjectAutomationsResourceWithRawResponse",
    "ProjectAutomationsResource",
    "ProjectAutomationsResourceWithRawResponse",
]


class _ListParams(BaseModel):
    """Checks the parameters of ``list`` before they are sent."""

    # what a ValidationError names: the call, not this private class
    model_config = ConfigDict(title="project_automations.list() arguments")

    limit: Annotated[int, Field(ge=0), OpenConstraints] | None = None

    starting_after: Annotated[str | None, NotNull] = None

    ending_before: Annotated[str | None, NotNull] = None

    ids: Annotated[Ids | None, NotNull] = None

    project_automation_name: Annotated[str | None, NotNull] = None

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


class ProjectAutomationsResource(SyncAPIResource):
    """The project_automations operations."""

    @cached_property
    def with_raw_response(self) -> ProjectAutomationsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return ProjectAutomationsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        ending_before: str | NotGiven = NOT_GIVEN,
        ids: Ids | NotGiven = NOT_GIVEN,
        project_automation_name: str | NotGiven = NOT_GIVEN,
        org_name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[ProjectAutomation]:
        """List project_automations

        List out all project_automations. The project_automations are sorted by creation date, with the most recently-created project_automations coming first

        Args:
            limit: Limit the number of objects to return
            starting_after: Pagination cursor id.

                For example, if the final item in the last page you fetched had an id of `foo`, pass `starting_after=foo` to fetch the next page. Note: you may only pass one of `starting_after` and `ending_before`
            ending_before: Pagination cursor id.

                For example, if the initial item in the last page you fetched had an id of `foo`, pass `ending_before=foo` to fetch the previous page. Note: you may only pass one of `starting_after` and `ending_before`
            ids: Filter search results to a particular set of object IDs. To specify a list of IDs, include the query param multiple times
            project_automation_name: Name of the project_automation to search for
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
                    "project_automation_name": project_automation_name,
                    "org_name": org_name,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path="/v1/project_automation",
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        return self._client.request_page(SyncPage[ProjectAutomation], ProjectAutomation, _options, _LIST_PAGING)

    def replace(
        self,
        *,
        project_id: str,
        name: str,
        config: CreateProjectAutomationConfigLogs
        | CreateProjectAutomationConfigBtqlExport
        | CreateProjectAutomationConfigAsyncQuery
        | CreateProjectAutomationConfigRetention
        | CreateProjectAutomationConfigEnvironmentUpdate
        | TopicAutomationConfig
        | TopicDigestAutomationConfig,
        description: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProjectAutomation:
        """Create or replace project_automation

        Create or replace project_automation. If there is an existing project_automation with the same name as the one specified in the request, will replace the existing project_automation with the provided fields

        Args:
            project_id: Unique identifier for the project that the project automation belongs under
            name: Name of the project automation
            description: Textual description of the project automation
            config: The configuration for the automation rule
        """
        _options = RequestOptions(
            method="put",
            path="/v1/project_automation",
            json=build_body(
                CreateProjectAutomation,
                {
                    "project_id": project_id,
                    "name": name,
                    "description": description,
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
        _result: ProjectAutomation = self._client.request(ProjectAutomation, _options)
        return _result

    def create(
        self,
        *,
        project_id: str,
        name: str,
        config: CreateProjectAutomationConfigLogs
        | CreateProjectAutomationConfigBtqlExport
        | CreateProjectAutomationConfigAsyncQuery
        | CreateProjectAutomationConfigRetention
        | CreateProjectAutomationConfigEnvironmentUpdate
        | TopicAutomationConfig
        | TopicDigestAutomationConfig,
        description: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProjectAutomation:
        """Create project_automation

        Create a new project_automation. If there is an existing project_automation with the same name as the one specified in the request, will return the existing project_automation unmodified

        Args:
            project_id: Unique identifier for the project that the project automation belongs under
            name: Name of the project automation
            description: Textual description of the project automation
            config: The configuration for the automation rule
        """
        _options = RequestOptions(
            method="post",
            path="/v1/project_automation",
            json=build_body(
                CreateProjectAutomation,
                {
                    "project_id": project_id,
                    "name": name,
                    "description": description,
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
        _result: ProjectAutomation = self._client.request(ProjectAutomation, _options)
        return _result

    def retrieve(
        self,
        project_automation_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProjectAutomation:
        """Get project_automation

        Get a project_automation object by its id

        Args:
            project_automation_id: ProjectAutomation id
        """
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/project_automation/{project_automation_id}",
                {
                    "project_automation_id": project_automation_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: ProjectAutomation = self._client.request(ProjectAutomation, _options)
        return _result

    def delete(
        self,
        project_automation_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProjectAutomation:
        """Delete project_automation

        Delete a project_automation object by its id

        Args:
            project_automation_id: ProjectAutomation id
        """
        _options = RequestOptions(
            method="delete",
            path=format_path(
                "/v1/project_automation/{project_automation_id}",
                {
                    "project_automation_id": project_automation_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: ProjectAutomation = self._client.request(ProjectAutomation, _options)
        return _result

    def update(
        self,
        project_automation_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        config: Any | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProjectAutomation:
        """Partially update project_automation

        Partially update a project_automation object. Specify the fields to update in the payload. Any object-type fields will be deep-merged with existing content. Currently we do not support removing fields or setting them to null.

        Args:
            project_automation_id: ProjectAutomation id
            name: Name of the project automation
            description: Textual description of the project automation
            config: The configuration for the automation rule
        """
        _options = RequestOptions(
            method="patch",
            path=format_path(
                "/v1/project_automation/{project_automation_id}",
                {
                    "project_automation_id": project_automation_id,
                },
            ),
            json=build_body(
                PatchProjectAutomation,
                {
                    "name": name,
                    "description": description,
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
        _result: ProjectAutomation = self._client.request(ProjectAutomation, _options)
        return _result


class ProjectAutomationsResourceWithRawResponse:
    """The project_automations operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: ProjectAutomationsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.replace = to_raw_response_wrapper(resource.replace)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncProjectAutomationsResource(AsyncAPIResource):
    """The project_automations operations, asynchronously."""

    @cached_property
    def with_raw_response(self) -> AsyncProjectAutomationsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncProjectAutomationsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        ending_before: str | NotGiven = NOT_GIVEN,
        ids: Ids | NotGiven = NOT_GIVEN,
        project_automation_name: str | NotGiven = NOT_GIVEN,
        org_name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ProjectAutomation]:
        """List project_automations

        List out all project_automations. The project_automations are sorted by creation date, with the most recently-created project_automations coming first

        Args:
            limit: Limit the number of objects to return
            starting_after: Pagination cursor id.

                For example, if the final item in the last page you fetched had an id of `foo`, pass `starting_after=foo` to fetch the next page. Note: you may only pass one of `starting_after` and `ending_before`
            ending_before: Pagination cursor id.

                For example, if the initial item in the last page you fetched had an id of `foo`, pass `ending_before=foo` to fetch the previous page. Note: you may only pass one of `starting_after` and `ending_before`
            ids: Filter search results to a particular set of object IDs. To specify a list of IDs, include the query param multiple times
            project_automation_name: Name of the project_automation to search for
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
                    "project_automation_name": project_automation_name,
                    "org_name": org_name,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path="/v1/project_automation",
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        return self._client.request_page(AsyncPage[ProjectAutomation], ProjectAutomation, _options, _LIST_PAGING)

    async def replace(
        self,
        *,
        project_id: str,
        name: str,
        config: CreateProjectAutomationConfigLogs
        | CreateProjectAutomationConfigBtqlExport
        | CreateProjectAutomationConfigAsyncQuery
        | CreateProjectAutomationConfigRetention
        | CreateProjectAutomationConfigEnvironmentUpdate
        | TopicAutomationConfig
        | TopicDigestAutomationConfig,
        description: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProjectAutomation:
        """Create or replace project_automation

        Create or replace project_automation. If there is an existing project_automation with the same name as the one specified in the request, will replace the existing project_automation with the provided fields

        Args:
            project_id: Unique identifier for the project that the project automation belongs under
            name: Name of the project automation
            description: Textual description of the project automation
            config: The configuration for the automation rule
        """
        _options = RequestOptions(
            method="put",
            path="/v1/project_automation",
            json=build_body(
                CreateProjectAutomation,
                {
                    "project_id": project_id,
                    "name": name,
                    "description": description,
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
        _result: ProjectAutomation = await self._client.request(ProjectAutomation, _options)
        return _result

    async def create(
        self,
        *,
        project_id: str,
        name: str,
        config: CreateProjectAutomationConfigLogs
        | CreateProjectAutomationConfigBtqlExport
        | CreateProjectAutomationConfigAsyncQuery
        | CreateProjectAutomationConfigRetention
        | CreateProjectAutomationConfigEnvironmentUpdate
        | TopicAutomationConfig
        | TopicDigestAutomationConfig,
        description: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProjectAutomation:
        """Create project_automation

        Create a new project_automation. If there is an existing project_automation with the same name as the one specified in the request, will return the existing project_automation unmodified

        Args:
            project_id: Unique identifier for the project that the project automation belongs under
            name: Name of the project automation
            description: Textual description of the project automation
            config: The configuration for the automation rule
        """
        _options = RequestOptions(
            method="post",
            path="/v1/project_automation",
            json=build_body(
                CreateProjectAutomation,
                {
                    "project_id": project_id,
                    "name": name,
                    "description": description,
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
        _result: ProjectAutomation = await self._client.request(ProjectAutomation, _options)
        return _result

    async def retrieve(
        self,
        project_automation_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProjectAutomation:
        """Get project_automation

        Get a project_automation object by its id

        Args:
            project_automation_id: ProjectAutomation id
        """
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/project_automation/{project_automation_id}",
                {
                    "project_automation_id": project_automation_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: ProjectAutomation = await self._client.request(ProjectAutomation, _options)
        return _result

    async def delete(
        self,
        project_automation_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProjectAutomation:
        """Delete project_automation

        Delete a project_automation object by its id

        Args:
            project_automation_id: ProjectAutomation id
        """
        _options = RequestOptions(
            method="delete",
            path=format_path(
                "/v1/project_automation/{project_automation_id}",
                {
                    "project_automation_id": project_automation_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: ProjectAutomation = await self._client.request(ProjectAutomation, _options)
        return _result

    async def update(
        self,
        project_automation_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        config: Any | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProjectAutomation:
        """Partially update project_automation

        Partially update a project_automation object. Specify the fields to update in the payload. Any object-type fields will be deep-merged with existing content. Currently we do not support removing fields or setting them to null.

        Args:
            project_automation_id: ProjectAutomation id
            name: Name of the project automation
            description: Textual description of the project automation
            config: The configuration for the automation rule
        """
        _options = RequestOptions(
            method="patch",
            path=format_path(
                "/v1/project_automation/{project_automation_id}",
                {
                    "project_automation_id": project_automation_id,
                },
            ),
            json=build_body(
                PatchProjectAutomation,
                {
                    "name": name,
                    "description": description,
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
        _result: ProjectAutomation = await self._client.request(ProjectAutomation, _options)
        return _result


class AsyncProjectAutomationsResourceWithRawResponse:
    """The project_automations operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: AsyncProjectAutomationsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.replace = async_to_raw_response_wrapper(resource.replace)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
