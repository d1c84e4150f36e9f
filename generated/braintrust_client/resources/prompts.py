"""The prompts resource group."""

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
from ..models.create_prompt import CreatePrompt
from ..models.function_type_enum_nullish import FunctionTypeEnumNullish
from ..models.ids import Ids
from ..models.patch_prompt import PatchPrompt
from ..models.prompt import Prompt
from ..models.prompt_data_nullish import PromptDataNullish

__all__ = [
    "AsyncPromptsResource",
    "AsyncPromptsResourceWithRawResponse",
    "PromptsResource",
    "PromptsResourceWithRawResponse",
]


class _ListParams(BaseModel):
    """Checks the parameters of ``list`` before they are sent."""

    # what a ValidationError names: the call, not this private class
    model_config = ConfigDict(title="prompts.list() arguments")

    limit: Annotated[int, Field(ge=0), OpenConstraints] | None = None

    starting_after: Annotated[str | None, NotNull] = None

    ending_before: Annotated[str | None, NotNull] = None

    ids: Annotated[Ids | None, NotNull] = None

    prompt_name: Annotated[str | None, NotNull] = None

    project_name: Annotated[str | None, NotNull] = None

    project_id: Annotated[str | None, NotNull] = None

    slug: Annotated[str | None, NotNull] = None

    version: Annotated[str | None, NotNull] = None

    environment: Annotated[str | None, NotNull] = None

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


class _RetrieveParams(BaseModel):
    """Checks the parameters of ``retrieve`` before they are sent."""

    # what a ValidationError names: the call, not this private class
    model_config = ConfigDict(title="prompts.retrieve() arguments")

    version: Annotated[str | None, NotNull] = None

    environment: Annotated[str | None, NotNull] = None


class PromptsResource(SyncAPIResource):
    """The prompts operations."""

    @cached_property
    def with_raw_response(self) -> PromptsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return PromptsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        ending_before: str | NotGiven = NOT_GIVEN,
        ids: Ids | NotGiven = NOT_GIVEN,
        prompt_name: str | NotGiven = NOT_GIVEN,
        project_name: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        slug: str | NotGiven = NOT_GIVEN,
        version: str | NotGiven = NOT_GIVEN,
        environment: str | NotGiven = NOT_GIVEN,
        org_name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Prompt]:
        """List prompts

        List out all prompts. The prompts are sorted by creation date, with the most recently-created prompts coming first

        Args:
            limit: Limit the number of objects to return
            starting_after: Pagination cursor id.

                For example, if the final item in the last page you fetched had an id of `foo`, pass `starting_after=foo` to fetch the next page. Note: you may only pass one of `starting_after` and `ending_before`
            ending_before: Pagination cursor id.

                For example, if the initial item in the last page you fetched had an id of `foo`, pass `ending_before=foo` to fetch the previous page. Note: you may only pass one of `starting_after` and `ending_before`
            ids: Filter search results to a particular set of object IDs. To specify a list of IDs, include the query param multiple times
            prompt_name: Name of the prompt to search for
            project_name: Name of the project to search for
            project_id: Project id
            slug: Retrieve prompt with a specific slug
            version: Retrieve prompt at a specific version.

                The version id can either be a transaction id (e.g. '1000192656880881099') or a version identifier (e.g. '81cd05ee665fdfb3').
            environment: Filter by environment slug. Cannot be used together with `version`.

                For `GET /v1/prompt`, environment resolution currently requires the request to match a single prompt. If multiple prompts match, the endpoint returns `400` (for example when `limit=1` is not set). Use `limit=1` or other filters (for example `slug`, `project_id`) to narrow results.
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
                    "prompt_name": prompt_name,
                    "project_name": project_name,
                    "project_id": project_id,
                    "slug": slug,
                    "version": version,
                    "environment": environment,
                    "org_name": org_name,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path="/v1/prompt",
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        return self._client.request_page(SyncPage[Prompt], Prompt, _options, _LIST_PAGING)

    def replace(
        self,
        *,
        project_id: str,
        name: str,
        slug: str,
        description: str | None | NotGiven = NOT_GIVEN,
        prompt_data: PromptDataNullish | None | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | None | NotGiven = NOT_GIVEN,
        function_type: FunctionTypeEnumNullish | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Prompt:
        """Create or replace prompt

        Create or replace prompt. If there is an existing prompt in the project with the same slug as the one specified in the request, will replace the existing prompt with the provided fields

        Args:
            project_id: Unique identifier for the project that the prompt belongs under
            name: Name of the prompt
            slug: Unique identifier for the prompt
            description: Textual description of the prompt
            tags: A list of tags for the prompt
        """
        _options = RequestOptions(
            method="put",
            path="/v1/prompt",
            json=build_body(
                CreatePrompt,
                {
                    "project_id": project_id,
                    "name": name,
                    "slug": slug,
                    "description": description,
                    "prompt_data": prompt_data,
                    "tags": tags,
                    "function_type": function_type,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Prompt = self._client.request(Prompt, _options)
        return _result

    def create(
        self,
        *,
        project_id: str,
        name: str,
        slug: str,
        description: str | None | NotGiven = NOT_GIVEN,
        prompt_data: PromptDataNullish | None | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | None | NotGiven = NOT_GIVEN,
        function_type: FunctionTypeEnumNullish | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Prompt:
        """Create prompt

        Create a new prompt. If there is an existing prompt in the project with the same slug as the one specified in the request, will return the existing prompt unmodified

        Args:
            project_id: Unique identifier for the project that the prompt belongs under
            name: Name of the prompt
            slug: Unique identifier for the prompt
            description: Textual description of the prompt
            tags: A list of tags for the prompt
        """
        _options = RequestOptions(
            method="post",
            path="/v1/prompt",
            json=build_body(
                CreatePrompt,
                {
                    "project_id": project_id,
                    "name": name,
                    "slug": slug,
                    "description": description,
                    "prompt_data": prompt_data,
                    "tags": tags,
                    "function_type": function_type,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Prompt = self._client.request(Prompt, _options)
        return _result

    def retrieve(
        self,
        prompt_id: str,
        *,
        version: str | NotGiven = NOT_GIVEN,
        environment: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Prompt:
        """Get prompt

        Get a prompt object by its id

        Args:
            prompt_id: Prompt id
            version: Retrieve prompt at a specific version.

                The version id can either be a transaction id (e.g. '1000192656880881099') or a version identifier (e.g. '81cd05ee665fdfb3').
            environment: Filter by environment slug. Cannot be used together with `version`.

                For `GET /v1/prompt`, environment resolution currently requires the request to match a single prompt. If multiple prompts match, the endpoint returns `400` (for example when `limit=1` is not set). Use `limit=1` or other filters (for example `slug`, `project_id`) to narrow results.
        """
        _query, _headers = request_params(
            build_body(
                _RetrieveParams,
                {
                    "version": version,
                    "environment": environment,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/prompt/{prompt_id}",
                {
                    "prompt_id": prompt_id,
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
        _result: Prompt = self._client.request(Prompt, _options)
        return _result

    def delete(
        self,
        prompt_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Prompt:
        """Delete prompt

        Delete a prompt object by its id

        Args:
            prompt_id: Prompt id
        """
        _options = RequestOptions(
            method="delete",
            path=format_path(
                "/v1/prompt/{prompt_id}",
                {
                    "prompt_id": prompt_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Prompt = self._client.request(Prompt, _options)
        return _result

    def update(
        self,
        prompt_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        slug: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        prompt_data: PromptDataNullish | None | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Prompt:
        """Partially update prompt

        Partially update a prompt object. Specify the fields to update in the payload. Any object-type fields will be deep-merged with existing content. Currently we do not support removing fields or setting them to null.

        Args:
            prompt_id: Prompt id
            name: Name of the prompt
            slug: Unique identifier for the prompt
            description: Textual description of the prompt
            tags: A list of tags for the prompt
        """
        _options = RequestOptions(
            method="patch",
            path=format_path(
                "/v1/prompt/{prompt_id}",
                {
                    "prompt_id": prompt_id,
                },
            ),
            json=build_body(
                PatchPrompt,
                {
                    "name": name,
                    "slug": slug,
                    "description": description,
                    "prompt_data": prompt_data,
                    "tags": tags,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Prompt = self._client.request(Prompt, _options)
        return _result


class PromptsResourceWithRawResponse:
    """The prompts operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: PromptsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.replace = to_raw_response_wrapper(resource.replace)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncPromptsResource(AsyncAPIResource):
    """The prompts operations, asynchronously."""

    @cached_property
    def with_raw_response(self) -> AsyncPromptsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncPromptsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        ending_before: str | NotGiven = NOT_GIVEN,
        ids: Ids | NotGiven = NOT_GIVEN,
        prompt_name: str | NotGiven = NOT_GIVEN,
        project_name: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        slug: str | NotGiven = NOT_GIVEN,
        version: str | NotGiven = NOT_GIVEN,
        environment: str | NotGiven = NOT_GIVEN,
        org_name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[Prompt]:
        """List prompts

        List out all prompts. The prompts are sorted by creation date, with the most recently-created prompts coming first

        Args:
            limit: Limit the number of objects to return
            starting_after: Pagination cursor id.

                For example, if the final item in the last page you fetched had an id of `foo`, pass `starting_after=foo` to fetch the next page. Note: you may only pass one of `starting_after` and `ending_before`
            ending_before: Pagination cursor id.

                For example, if the initial item in the last page you fetched had an id of `foo`, pass `ending_before=foo` to fetch the previous page. Note: you may only pass one of `starting_after` and `ending_before`
            ids: Filter search results to a particular set of object IDs. To specify a list of IDs, include the query param multiple times
            prompt_name: Name of the prompt to search for
            project_name: Name of the project to search for
            project_id: Project id
            slug: Retrieve prompt with a specific slug
            version: Retrieve prompt at a specific version.

                The version id can either be a transaction id (e.g. '1000192656880881099') or a version identifier (e.g. '81cd05ee665fdfb3').
            environment: Filter by environment slug. Cannot be used together with `version`.

                For `GET /v1/prompt`, environment resolution currently requires the request to match a single prompt. If multiple prompts match, the endpoint returns `400` (for example when `limit=1` is not set). Use `limit=1` or other filters (for example `slug`, `project_id`) to narrow results.
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
                    "prompt_name": prompt_name,
                    "project_name": project_name,
                    "project_id": project_id,
                    "slug": slug,
                    "version": version,
                    "environment": environment,
                    "org_name": org_name,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path="/v1/prompt",
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        return self._client.request_page(AsyncPage[Prompt], Prompt, _options, _LIST_PAGING)

    async def replace(
        self,
        *,
        project_id: str,
        name: str,
        slug: str,
        description: str | None | NotGiven = NOT_GIVEN,
        prompt_data: PromptDataNullish | None | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | None | NotGiven = NOT_GIVEN,
        function_type: FunctionTypeEnumNullish | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Prompt:
        """Create or replace prompt

        Create or replace prompt. If there is an existing prompt in the project with the same slug as the one specified in the request, will replace the existing prompt with the provided fields

        Args:
            project_id: Unique identifier for the project that the prompt belongs under
            name: Name of the prompt
            slug: Unique identifier for the prompt
            description: Textual description of the prompt
            tags: A list of tags for the prompt
        """
        _options = RequestOptions(
            method="put",
            path="/v1/prompt",
            json=build_body(
                CreatePrompt,
                {
                    "project_id": project_id,
                    "name": name,
                    "slug": slug,
                    "description": description,
                    "prompt_data": prompt_data,
                    "tags": tags,
                    "function_type": function_type,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Prompt = await self._client.request(Prompt, _options)
        return _result

    async def create(
        self,
        *,
        project_id: str,
        name: str,
        slug: str,
        description: str | None | NotGiven = NOT_GIVEN,
        prompt_data: PromptDataNullish | None | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | None | NotGiven = NOT_GIVEN,
        function_type: FunctionTypeEnumNullish | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Prompt:
        """Create prompt

        Create a new prompt. If there is an existing prompt in the project with the same slug as the one specified in the request, will return the existing prompt unmodified

        Args:
            project_id: Unique identifier for the project that the prompt belongs under
            name: Name of the prompt
            slug: Unique identifier for the prompt
            description: Textual description of the prompt
            tags: A list of tags for the prompt
        """
        _options = RequestOptions(
            method="post",
            path="/v1/prompt",
            json=build_body(
                CreatePrompt,
                {
                    "project_id": project_id,
                    "name": name,
                    "slug": slug,
                    "description": description,
                    "prompt_data": prompt_data,
                    "tags": tags,
                    "function_type": function_type,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Prompt = await self._client.request(Prompt, _options)
        return _result

    async def retrieve(
        self,
        prompt_id: str,
        *,
        version: str | NotGiven = NOT_GIVEN,
        environment: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Prompt:
        """Get prompt

        Get a prompt object by its id

        Args:
            prompt_id: Prompt id
            version: Retrieve prompt at a specific version.

                The version id can either be a transaction id (e.g. '1000192656880881099') or a version identifier (e.g. '81cd05ee665fdfb3').
            environment: Filter by environment slug. Cannot be used together with `version`.

                For `GET /v1/prompt`, environment resolution currently requires the request to match a single prompt. If multiple prompts match, the endpoint returns `400` (for example when `limit=1` is not set). Use `limit=1` or other filters (for example `slug`, `project_id`) to narrow results.
        """
        _query, _headers = request_params(
            build_body(
                _RetrieveParams,
                {
                    "version": version,
                    "environment": environment,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/prompt/{prompt_id}",
                {
                    "prompt_id": prompt_id,
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
        _result: Prompt = await self._client.request(Prompt, _options)
        return _result

    async def delete(
        self,
        prompt_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Prompt:
        """Delete prompt

        Delete a prompt object by its id

        Args:
            prompt_id: Prompt id
        """
        _options = RequestOptions(
            method="delete",
            path=format_path(
                "/v1/prompt/{prompt_id}",
                {
                    "prompt_id": prompt_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Prompt = await self._client.request(Prompt, _options)
        return _result

    async def update(
        self,
        prompt_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        slug: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        prompt_data: PromptDataNullish | None | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Prompt:
        """Partially update prompt

        Partially update a prompt object. Specify the fields to update in the payload. Any object-type fields will be deep-merged with existing content. Currently we do not support removing fields or setting them to null.

        Args:
            prompt_id: Prompt id
            name: Name of the prompt
            slug: Unique identifier for the prompt
            description: Textual description of the prompt
            tags: A list of tags for the prompt
        """
        _options = RequestOptions(
            method="patch",
            path=format_path(
                "/v1/prompt/{prompt_id}",
                {
                    "prompt_id": prompt_id,
                },
            ),
            json=build_body(
                PatchPrompt,
                {
                    "name": name,
                    "slug": slug,
                    "description": description,
                    "prompt_data": prompt_data,
                    "tags": tags,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Prompt = await self._client.request(Prompt, _options)
        return _result


class AsyncPromptsResourceWithRawResponse:
    """The prompts operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: AsyncPromptsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.replace = async_to_raw_response_wrapper(resource.replace)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
