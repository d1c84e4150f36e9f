"""The environments resource group."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from functools import cached_property
from typing import Annotated

from pydantic import ConfigDict, Field

from .._base_client import RequestOptions, format_path, request_params
from .._models import BaseModel, NotNull, OpenConstraints, build_body
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..models.create_environment import CreateEnvironment
from ..models.environment import Environment
from ..models.environments_list_response import EnvironmentsListResponse
from ..models.patch_environment import PatchEnvironment

__all__ = [
    "AsyncEnvironmentsResource",
    "AsyncEnvironmentsResourceWithRawResponse",
    "EnvironmentsResource",
    "EnvironmentsResourceWithRawResponse",
]


class _ListParams(BaseModel):
    """Checks the parameters of ``list`` before they are sent."""

    # what a ValidationError names: the call, not this private class
    model_config = ConfigDict(title="environments.list() arguments")

    ids: Annotated[str | Annotated[builtins.list[str], Field(min_length=1), OpenConstraints] | None, NotNull] = None

    name: Annotated[str | None, NotNull] = None

    org_name: Annotated[str | None, NotNull] = None


class EnvironmentsResource(SyncAPIResource):
    """The environments operations."""

    @cached_property
    def with_raw_response(self) -> EnvironmentsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return EnvironmentsResourceWithRawResponse(self)

    def list(
        self,
        *,
        ids: str | Sequence[str] | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        org_name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EnvironmentsListResponse:
        """List environments

        List out all environments. The environments are sorted by creation date, with the most recently-created environments first.

        Args:
            org_name: Filter search results to within a particular organization
        """
        _query, _headers = request_params(
            build_body(
                _ListParams,
                {
                    "ids": ids,
                    "name": name,
                    "org_name": org_name,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path="/environment",
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: EnvironmentsListResponse = self._client.request(EnvironmentsListResponse, _options)
        return _result

    def create(
        self,
        *,
        name: str,
        slug: str,
        description: str | None | NotGiven = NOT_GIVEN,
        org_name: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Environment:
        """Create environment

        Create a new environment

        Args:
            name: Name of the environment
            slug: A url-friendly, unique identifier for the environment within an organization
            description: Textual description of the environment
            org_name: For nearly all users, this parameter should be unnecessary. But in the rare case that your API key belongs to multiple organizations, you may specify the name of the organization the environment belongs in.
        """
        _options = RequestOptions(
            method="post",
            path="/environment",
            json=build_body(
                CreateEnvironment,
                {
                    "name": name,
                    "slug": slug,
                    "description": description,
                    "org_name": org_name,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Environment = self._client.request(Environment, _options)
        return _result

    def retrieve(
        self,
        environment_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Environment:
        """Get environment"""
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/environment/{environment_id}",
                {
                    "environment_id": environment_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Environment = self._client.request(Environment, _options)
        return _result

    def delete(
        self,
        environment_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Environment:
        """Delete environment"""
        _options = RequestOptions(
            method="delete",
            path=format_path(
                "/environment/{environment_id}",
                {
                    "environment_id": environment_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Environment = self._client.request(Environment, _options)
        return _result

    def update(
        self,
        environment_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        slug: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Environment:
        """Partially update environment

        Args:
            name: Name of the environment
            slug: A url-friendly, unique identifier for the environment within an organization
            description: Textual description of the environment
        """
        _options = RequestOptions(
            method="patch",
            path=format_path(
                "/environment/{environment_id}",
                {
                    "environment_id": environment_id,
                },
            ),
            json=build_body(
                PatchEnvironment,
                {
                    "name": name,
                    "slug": slug,
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
        _result: Environment = self._client.request(Environment, _options)
        return _result


class EnvironmentsResourceWithRawResponse:
    """The environments operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: EnvironmentsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncEnvironmentsResource(AsyncAPIResource):
    """The environments operations, asynchronously."""

    @cached_property
    def with_raw_response(self) -> AsyncEnvironmentsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncEnvironmentsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        ids: str | Sequence[str] | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        org_name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EnvironmentsListResponse:
        """List environments

        List out all environments. The environments are sorted by creation date, with the most recently-created environments first.

        Args:
            org_name: Filter search results to within a particular organization
        """
        _query, _headers = request_params(
            build_body(
                _ListParams,
                {
                    "ids": ids,
                    "name": name,
                    "org_name": org_name,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path="/environment",
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: EnvironmentsListResponse = await self._client.request(EnvironmentsListResponse, _options)
        return _result

    async def create(
        self,
        *,
        name: str,
        slug: str,
        description: str | None | NotGiven = NOT_GIVEN,
        org_name: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Environment:
        """Create environment

        Create a new environment

        Args:
            name: Name of the environment
            slug: A url-friendly, unique identifier for the environment within an organization
            description: Textual description of the environment
            org_name: For nearly all users, this parameter should be unnecessary. But in the rare case that your API key belongs to multiple organizations, you may specify the name of the organization the environment belongs in.
        """
        _options = RequestOptions(
            method="post",
            path="/environment",
            json=build_body(
                CreateEnvironment,
                {
                    "name": name,
                    "slug": slug,
                    "description": description,
                    "org_name": org_name,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Environment = await self._client.request(Environment, _options)
        return _result

    async def retrieve(
        self,
        environment_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Environment:
        """Get environment"""
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/environment/{environment_id}",
                {
                    "environment_id": environment_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Environment = await self._client.request(Environment, _options)
        return _result

    async def delete(
        self,
        environment_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Environment:
        """Delete environment"""
        _options = RequestOptions(
            method="delete",
            path=format_path(
                "/environment/{environment_id}",
                {
                    "environment_id": environment_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Environment = await self._client.request(Environment, _options)
        return _result

    async def update(
        self,
        environment_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        slug: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Environment:
        """Partially update environment

        Args:
            name: Name of the environment
            slug: A url-friendly, unique identifier for the environment within an organization
            description: Textual description of the environment
        """
        _options = RequestOptions(
            method="patch",
            path=format_path(
                "/environment/{environment_id}",
                {
                    "environment_id": environment_id,
                },
            ),
            json=build_body(
                PatchEnvironment,
                {
                    "name": name,
                    "slug": slug,
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
        _result: Environment = await self._client.request(Environment, _options)
        return _result


class AsyncEnvironmentsResourceWithRawResponse:
    """The environments operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: AsyncEnvironmentsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
