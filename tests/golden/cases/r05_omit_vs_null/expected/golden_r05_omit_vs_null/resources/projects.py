"""The projects resource group."""

from __future__ import annotations

from functools import cached_property

from .._base_client import RequestOptions, format_path
from .._models import build_body
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..models.patch_project import PatchProject

__all__ = [
    "AsyncProjectsResource",
    "AsyncProjectsResourceWithRawResponse",
    "ProjectsResource",
    "ProjectsResourceWithRawResponse",
]


class ProjectsResource(SyncAPIResource):
    """The projects operations."""

    @cached_property
    def with_raw_response(self) -> ProjectsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return ProjectsResourceWithRawResponse(self)

    def update(
        self,
        project_id: str,
        *,
        name: str,
        description: str | None,
        comment: str | None | NotGiven = NOT_GIVEN,
        color: str | NotGiven = NOT_GIVEN,
        size: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PatchProject:
        """Args:
        name: required
        description: required and nullable - must be sent
        comment: optional and nullable - may be omitted or null
        color: optional
        size: optional with a default
        """
        _options = RequestOptions(
            method="patch",
            path=format_path(
                "/projects/{project_id}",
                {
                    "project_id": project_id,
                },
            ),
            json=build_body(
                PatchProject,
                {
                    "name": name,
                    "description": description,
                    "comment": comment,
                    "color": color,
                    "size": size,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: PatchProject = self._client.request(PatchProject, _options)
        return _result


class ProjectsResourceWithRawResponse:
    """The projects operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: ProjectsResource) -> None:
        self.update = to_raw_response_wrapper(resource.update)


class AsyncProjectsResource(AsyncAPIResource):
    """The projects operations, asynchronously."""

    @cached_property
    def with_raw_response(self) -> AsyncProjectsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncProjectsResourceWithRawResponse(self)

    async def update(
        self,
        project_id: str,
        *,
        name: str,
        description: str | None,
        comment: str | None | NotGiven = NOT_GIVEN,
        color: str | NotGiven = NOT_GIVEN,
        size: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PatchProject:
        """Args:
        name: required
        description: required and nullable - must be sent
        comment: optional and nullable - may be omitted or null
        color: optional
        size: optional with a default
        """
        _options = RequestOptions(
            method="patch",
            path=format_path(
                "/projects/{project_id}",
                {
                    "project_id": project_id,
                },
            ),
            json=build_body(
                PatchProject,
                {
                    "name": name,
                    "description": description,
                    "comment": comment,
                    "color": color,
                    "size": size,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: PatchProject = await self._client.request(PatchProject, _options)
        return _result


class AsyncProjectsResourceWithRawResponse:
    """The projects operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: AsyncProjectsResource) -> None:
        self.update = async_to_raw_response_wrapper(resource.update)
