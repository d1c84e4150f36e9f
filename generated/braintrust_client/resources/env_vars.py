"""The env_vars resource group."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Field

from .._base_client import RequestOptions, format_path, request_params
from .._models import BaseModel, NotNull, OpenConstraints, build_body
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..models.env_var import EnvVar
from ..models.env_var_object_type import EnvVarObjectType
from ..models.env_vars_create_body import EnvVarsCreateBody
from ..models.env_vars_list_response import EnvVarsListResponse
from ..models.env_vars_replace_body import EnvVarsReplaceBody
from ..models.env_vars_update_body import EnvVarsUpdateBody
from ..models.ids import Ids

__all__ = [
    "AsyncEnvVarsResource",
    "AsyncEnvVarsResourceWithRawResponse",
    "EnvVarsResource",
    "EnvVarsResourceWithRawResponse",
]


class _ListParams(BaseModel):
    """Checks the parameters of ``list`` before they are sent."""

    # what a ValidationError names: the call, not this private class
    model_config = ConfigDict(title="env_vars.list() arguments")

    limit: Annotated[int, Field(ge=0), OpenConstraints] | None = None

    ids: Annotated[Ids | None, NotNull] = None

    env_var_name: Annotated[str | None, NotNull] = None

    object_type: Annotated[EnvVarObjectType | None, NotNull] = None

    object_id: Annotated[str | None, NotNull] = None


class EnvVarsResource(SyncAPIResource):
    """The env_vars operations."""

    @cached_property
    def with_raw_response(self) -> EnvVarsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return EnvVarsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None | NotGiven = NOT_GIVEN,
        ids: Ids | NotGiven = NOT_GIVEN,
        env_var_name: str | NotGiven = NOT_GIVEN,
        object_type: EnvVarObjectType | NotGiven = NOT_GIVEN,
        object_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EnvVarsListResponse:
        """List env_vars

        List out all env_vars. The env_vars are sorted by creation date, with the most recently-created env_vars coming first

        Args:
            limit: Limit the number of objects to return
            ids: Filter search results to a particular set of object IDs. To specify a list of IDs, include the query param multiple times
            env_var_name: Name of the env_var to search for
            object_type: The type of the object the environment variable is scoped for
            object_id: The id of the object the environment variable is scoped for
        """
        _query, _headers = request_params(
            build_body(
                _ListParams,
                {
                    "limit": limit,
                    "ids": ids,
                    "env_var_name": env_var_name,
                    "object_type": object_type,
                    "object_id": object_id,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path="/v1/env_var",
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: EnvVarsListResponse = self._client.request(EnvVarsListResponse, _options)
        return _result

    def replace(
        self,
        *,
        object_type: Literal["organization", "project", "function"],
        object_id: str,
        name: str,
        value: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        secret_type: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EnvVar:
        """Create or replace env_var

        Create or replace env_var. If there is an existing env_var with the same name as the one specified in the request, will replace the existing env_var with the provided fields

        Args:
            object_type: The type of the object the environment variable is scoped for
            object_id: The id of the object the environment variable is scoped for
            name: The name of the environment variable
            value: The value of the environment variable. Will be encrypted at rest.
            metadata: Optional metadata associated with the environment variable when managed via the function secrets API
            secret_type: Optional classification for the secret (for example, the AI provider name)
        """
        _options = RequestOptions(
            method="put",
            path="/v1/env_var",
            json=build_body(
                EnvVarsReplaceBody,
                {
                    "object_type": object_type,
                    "object_id": object_id,
                    "name": name,
                    "value": value,
                    "metadata": metadata,
                    "secret_type": secret_type,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: EnvVar = self._client.request(EnvVar, _options)
        return _result

    def create(
        self,
        *,
        object_type: Literal["organization", "project", "function"],
        object_id: str,
        name: str,
        value: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        secret_type: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EnvVar:
        """Create env_var

        Create a new env_var. If there is an existing env_var with the same name as the one specified in the request, will return the existing env_var unmodified

        Args:
            object_type: The type of the object the environment variable is scoped for
            object_id: The id of the object the environment variable is scoped for
            name: The name of the environment variable
            value: The value of the environment variable. Will be encrypted at rest.
            metadata: Optional metadata associated with the environment variable when managed via the function secrets API
            secret_type: Optional classification for the secret (for example, the AI provider name)
        """
        _options = RequestOptions(
            method="post",
            path="/v1/env_var",
            json=build_body(
                EnvVarsCreateBody,
                {
                    "object_type": object_type,
                    "object_id": object_id,
                    "name": name,
                    "value": value,
                    "metadata": metadata,
                    "secret_type": secret_type,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: EnvVar = self._client.request(EnvVar, _options)
        return _result

    def retrieve(
        self,
        env_var_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EnvVar:
        """Get env_var

        Get an env_var object by its id

        Args:
            env_var_id: EnvVar id
        """
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/env_var/{env_var_id}",
                {
                    "env_var_id": env_var_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: EnvVar = self._client.request(EnvVar, _options)
        return _result

    def delete(
        self,
        env_var_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EnvVar:
        """Delete env_var

        Delete an env_var object by its id

        Args:
            env_var_id: EnvVar id
        """
        _options = RequestOptions(
            method="delete",
            path=format_path(
                "/v1/env_var/{env_var_id}",
                {
                    "env_var_id": env_var_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: EnvVar = self._client.request(EnvVar, _options)
        return _result

    def update(
        self,
        env_var_id: str,
        *,
        name: str,
        value: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        secret_type: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EnvVar:
        """Partially update env_var

        Partially update an env_var object. Specify the fields to update in the payload. Any object-type fields will be deep-merged with existing content. Currently we do not support removing fields or setting them to null.

        Args:
            env_var_id: EnvVar id
            name: The name of the environment variable
            value: The value of the environment variable. Will be encrypted at rest.
            metadata: Optional metadata associated with the environment variable when managed via the function secrets API
            secret_type: Optional classification for the secret (for example, the AI provider name)
        """
        _options = RequestOptions(
            method="patch",
            path=format_path(
                "/v1/env_var/{env_var_id}",
                {
                    "env_var_id": env_var_id,
                },
            ),
            json=build_body(
                EnvVarsUpdateBody,
                {
                    "name": name,
                    "value": value,
                    "metadata": metadata,
                    "secret_type": secret_type,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: EnvVar = self._client.request(EnvVar, _options)
        return _result


class EnvVarsResourceWithRawResponse:
    """The env_vars operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: EnvVarsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.replace = to_raw_response_wrapper(resource.replace)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncEnvVarsResource(AsyncAPIResource):
    """The env_vars operations, asynchronously."""

    @cached_property
    def with_raw_response(self) -> AsyncEnvVarsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncEnvVarsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        limit: int | None | NotGiven = NOT_GIVEN,
        ids: Ids | NotGiven = NOT_GIVEN,
        env_var_name: str | NotGiven = NOT_GIVEN,
        object_type: EnvVarObjectType | NotGiven = NOT_GIVEN,
        object_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EnvVarsListResponse:
        """List env_vars

        List out all env_vars. The env_vars are sorted by creation date, with the most recently-created env_vars coming first

        Args:
            limit: Limit the number of objects to return
            ids: Filter search results to a particular set of object IDs. To specify a list of IDs, include the query param multiple times
            env_var_name: Name of the env_var to search for
            object_type: The type of the object the environment variable is scoped for
            object_id: The id of the object the environment variable is scoped for
        """
        _query, _headers = request_params(
            build_body(
                _ListParams,
                {
                    "limit": limit,
                    "ids": ids,
                    "env_var_name": env_var_name,
                    "object_type": object_type,
                    "object_id": object_id,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path="/v1/env_var",
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: EnvVarsListResponse = await self._client.request(EnvVarsListResponse, _options)
        return _result

    async def replace(
        self,
        *,
        object_type: Literal["organization", "project", "function"],
        object_id: str,
        name: str,
        value: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        secret_type: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EnvVar:
        """Create or replace env_var

        Create or replace env_var. If there is an existing env_var with the same name as the one specified in the request, will replace the existing env_var with the provided fields

        Args:
            object_type: The type of the object the environment variable is scoped for
            object_id: The id of the object the environment variable is scoped for
            name: The name of the environment variable
            value: The value of the environment variable. Will be encrypted at rest.
            metadata: Optional metadata associated with the environment variable when managed via the function secrets API
            secret_type: Optional classification for the secret (for example, the AI provider name)
        """
        _options = RequestOptions(
            method="put",
            path="/v1/env_var",
            json=build_body(
                EnvVarsReplaceBody,
                {
                    "object_type": object_type,
                    "object_id": object_id,
                    "name": name,
                    "value": value,
                    "metadata": metadata,
                    "secret_type": secret_type,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: EnvVar = await self._client.request(EnvVar, _options)
        return _result

    async def create(
        self,
        *,
        object_type: Literal["organization", "project", "function"],
        object_id: str,
        name: str,
        value: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        secret_type: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EnvVar:
        """Create env_var

        Create a new env_var. If there is an existing env_var with the same name as the one specified in the request, will return the existing env_var unmodified

        Args:
            object_type: The type of the object the environment variable is scoped for
            object_id: The id of the object the environment variable is scoped for
            name: The name of the environment variable
            value: The value of the environment variable. Will be encrypted at rest.
            metadata: Optional metadata associated with the environment variable when managed via the function secrets API
            secret_type: Optional classification for the secret (for example, the AI provider name)
        """
        _options = RequestOptions(
            method="post",
            path="/v1/env_var",
            json=build_body(
                EnvVarsCreateBody,
                {
                    "object_type": object_type,
                    "object_id": object_id,
                    "name": name,
                    "value": value,
                    "metadata": metadata,
                    "secret_type": secret_type,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: EnvVar = await self._client.request(EnvVar, _options)
        return _result

    async def retrieve(
        self,
        env_var_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EnvVar:
        """Get env_var

        Get an env_var object by its id

        Args:
            env_var_id: EnvVar id
        """
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/env_var/{env_var_id}",
                {
                    "env_var_id": env_var_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: EnvVar = await self._client.request(EnvVar, _options)
        return _result

    async def delete(
        self,
        env_var_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EnvVar:
        """Delete env_var

        Delete an env_var object by its id

        Args:
            env_var_id: EnvVar id
        """
        _options = RequestOptions(
            method="delete",
            path=format_path(
                "/v1/env_var/{env_var_id}",
                {
                    "env_var_id": env_var_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: EnvVar = await self._client.request(EnvVar, _options)
        return _result

    async def update(
        self,
        env_var_id: str,
        *,
        name: str,
        value: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        secret_type: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EnvVar:
        """Partially update env_var

        Partially update an env_var object. Specify the fields to update in the payload. Any object-type fields will be deep-merged with existing content. Currently we do not support removing fields or setting them to null.

        Args:
            env_var_id: EnvVar id
            name: The name of the environment variable
            value: The value of the environment variable. Will be encrypted at rest.
            metadata: Optional metadata associated with the environment variable when managed via the function secrets API
            secret_type: Optional classification for the secret (for example, the AI provider name)
        """
        _options = RequestOptions(
            method="patch",
            path=format_path(
                "/v1/env_var/{env_var_id}",
                {
                    "env_var_id": env_var_id,
                },
            ),
            json=build_body(
                EnvVarsUpdateBody,
                {
                    "name": name,
                    "value": value,
                    "metadata": metadata,
                    "secret_type": secret_type,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: EnvVar = await self._client.request(EnvVar, _options)
        return _result


class AsyncEnvVarsResourceWithRawResponse:
    """The env_vars operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: AsyncEnvVarsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.replace = async_to_raw_response_wrapper(resource.replace)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
