"""The functions resource group."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Annotated, Any, Literal, overload

from pydantic import ConfigDict, Field

from .._base_client import RequestOptions, format_path, request_params
from .._models import BaseModel, NotNull, OpenConstraints, build_body
from .._pagination import AsyncPage, AsyncPager, Paging, SyncPage
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._streaming import AsyncStream, Stream, asks_for_stream
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..models.chat_completion_message_param import ChatCompletionMessageParam
from ..models.create_function import CreateFunction, CreateFunctionFunctionSchema, CreateFunctionOrigin
from ..models.function import Function
from ..models.function_data import FunctionData
from ..models.function_data_nullish import FunctionDataNullish
from ..models.function_type_enum_nullish import FunctionTypeEnumNullish
from ..models.ids import Ids
from ..models.invoke_api import InvokeApi, InvokeApiMcpAuthValue
from ..models.invoke_event import InvokeEvent
from ..models.invoke_parent import InvokeParent
from ..models.patch_function import PatchFunction
from ..models.prompt_data_nullish import PromptDataNullish
from ..models.streaming_mode import StreamingMode

__all__ = [
    "AsyncFunctionsResource",
    "AsyncFunctionsResourceWithRawResponse",
    "FunctionsResource",
    "FunctionsResourceWithRawResponse",
]


class _ListParams(BaseModel):
    """Checks the parameters of ``list`` before they are sent."""

    # what a ValidationError names: the call, not this private class
    model_config = ConfigDict(title="functions.list() arguments")

    limit: Annotated[int, Field(ge=0), OpenConstraints] | None = None

    starting_after: Annotated[str | None, NotNull] = None

    ending_before: Annotated[str | None, NotNull] = None

    ids: Annotated[Ids | None, NotNull] = None

    function_name: Annotated[str | None, NotNull] = None

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
    model_config = ConfigDict(title="functions.retrieve() arguments")

    version: Annotated[str | None, NotNull] = None

    environment: Annotated[str | None, NotNull] = None


_INVOKE_TEXT_EVENTS: frozenset[str] = frozenset(
    (
        "json_delta",
        "start",
        "done",
    )
)
"""Events of ``invoke`` whose data is text; every other event's data is JSON."""


class FunctionsResource(SyncAPIResource):
    """The functions operations."""

    @cached_property
    def with_raw_response(self) -> FunctionsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return FunctionsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        ending_before: str | NotGiven = NOT_GIVEN,
        ids: Ids | NotGiven = NOT_GIVEN,
        function_name: str | NotGiven = NOT_GIVEN,
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
    ) -> SyncPage[Function]:
        """List functions

        List out all functions. The functions are sorted by creation date, with the most recently-created functions coming first

        Args:
            limit: Limit the number of objects to return
            starting_after: Pagination cursor id.

                For example, if the final item in the last page you fetched had an id of `foo`, pass `starting_after=foo` to fetch the next page. Note: you may only pass one of `starting_after` and `ending_before`
            ending_before: Pagination cursor id.

                For example, if the initial item in the last page you fetched had an id of `foo`, pass `ending_before=foo` to fetch the previous page. Note: you may only pass one of `starting_after` and `ending_before`
            ids: Filter search results to a particular set of object IDs. To specify a list of IDs, include the query param multiple times
            function_name: Name of the function to search for
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
                    "function_name": function_name,
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
            path="/v1/function",
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        return self._client.request_page(SyncPage[Function], Function, _options, _LIST_PAGING)

    def replace(
        self,
        *,
        project_id: str,
        name: str,
        slug: str,
        function_data: FunctionData,
        description: str | None | NotGiven = NOT_GIVEN,
        prompt_data: PromptDataNullish | None | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | None | NotGiven = NOT_GIVEN,
        function_type: FunctionTypeEnumNullish | NotGiven = NOT_GIVEN,
        origin: CreateFunctionOrigin | None | NotGiven = NOT_GIVEN,
        function_schema: CreateFunctionFunctionSchema | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Function:
        """Create or replace function

        Create or replace function. If there is an existing function in the project with the same slug as the one specified in the request, will replace the existing function with the provided fields

        Args:
            project_id: Unique identifier for the project that the prompt belongs under
            name: Name of the prompt
            slug: Unique identifier for the prompt
            description: Textual description of the prompt
            tags: A list of tags for the prompt
            function_schema: JSON schema for the function's parameters and return type
        """
        _options = RequestOptions(
            method="put",
            path="/v1/function",
            json=build_body(
                CreateFunction,
                {
                    "project_id": project_id,
                    "name": name,
                    "slug": slug,
                    "description": description,
                    "prompt_data": prompt_data,
                    "tags": tags,
                    "function_type": function_type,
                    "function_data": function_data,
                    "origin": origin,
                    "function_schema": function_schema,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Function = self._client.request(Function, _options)
        return _result

    def create(
        self,
        *,
        project_id: str,
        name: str,
        slug: str,
        function_data: FunctionData,
        description: str | None | NotGiven = NOT_GIVEN,
        prompt_data: PromptDataNullish | None | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | None | NotGiven = NOT_GIVEN,
        function_type: FunctionTypeEnumNullish | NotGiven = NOT_GIVEN,
        origin: CreateFunctionOrigin | None | NotGiven = NOT_GIVEN,
        function_schema: CreateFunctionFunctionSchema | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Function:
        """Create function

        Create a new function. If there is an existing function in the project with the same slug as the one specified in the request, will return the existing function unmodified

        Args:
            project_id: Unique identifier for the project that the prompt belongs under
            name: Name of the prompt
            slug: Unique identifier for the prompt
            description: Textual description of the prompt
            tags: A list of tags for the prompt
            function_schema: JSON schema for the function's parameters and return type
        """
        _options = RequestOptions(
            method="post",
            path="/v1/function",
            json=build_body(
                CreateFunction,
                {
                    "project_id": project_id,
                    "name": name,
                    "slug": slug,
                    "description": description,
                    "prompt_data": prompt_data,
                    "tags": tags,
                    "function_type": function_type,
                    "function_data": function_data,
                    "origin": origin,
                    "function_schema": function_schema,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Function = self._client.request(Function, _options)
        return _result

    def retrieve(
        self,
        function_id: str,
        *,
        version: str | NotGiven = NOT_GIVEN,
        environment: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Function:
        """Get function

        Get a function object by its id

        Args:
            function_id: Function id
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
                "/v1/function/{function_id}",
                {
                    "function_id": function_id,
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
        _result: Function = self._client.request(Function, _options)
        return _result

    def delete(
        self,
        function_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Function:
        """Delete function

        Delete a function object by its id

        Args:
            function_id: Function id
        """
        _options = RequestOptions(
            method="delete",
            path=format_path(
                "/v1/function/{function_id}",
                {
                    "function_id": function_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Function = self._client.request(Function, _options)
        return _result

    def update(
        self,
        function_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        prompt_data: PromptDataNullish | None | NotGiven = NOT_GIVEN,
        function_data: FunctionDataNullish | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Function:
        """Partially update function

        Partially update a function object. Specify the fields to update in the payload. Any object-type fields will be deep-merged with existing content. Currently we do not support removing fields or setting them to null.

        Args:
            function_id: Function id
            name: Name of the prompt
            description: Textual description of the prompt
            tags: A list of tags for the prompt
        """
        _options = RequestOptions(
            method="patch",
            path=format_path(
                "/v1/function/{function_id}",
                {
                    "function_id": function_id,
                },
            ),
            json=build_body(
                PatchFunction,
                {
                    "name": name,
                    "description": description,
                    "prompt_data": prompt_data,
                    "function_data": function_data,
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
        _result: Function = self._client.request(Function, _options)
        return _result

    @overload
    def invoke(
        self,
        function_id: str,
        *,
        input: Any | NotGiven = NOT_GIVEN,
        expected: Any | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | None | NotGiven = NOT_GIVEN,
        messages: Sequence[ChatCompletionMessageParam] | NotGiven = NOT_GIVEN,
        parent: InvokeParent | NotGiven = NOT_GIVEN,
        stream: Literal[False] | None | NotGiven = NOT_GIVEN,
        mode: StreamingMode | NotGiven = NOT_GIVEN,
        strict: bool | None | NotGiven = NOT_GIVEN,
        mcp_auth: Mapping[str, InvokeApiMcpAuthValue] | NotGiven = NOT_GIVEN,
        overrides: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        version: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any: ...

    @overload
    def invoke(
        self,
        function_id: str,
        *,
        input: Any | NotGiven = NOT_GIVEN,
        expected: Any | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | None | NotGiven = NOT_GIVEN,
        messages: Sequence[ChatCompletionMessageParam] | NotGiven = NOT_GIVEN,
        parent: InvokeParent | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        mode: StreamingMode | NotGiven = NOT_GIVEN,
        strict: bool | None | NotGiven = NOT_GIVEN,
        mcp_auth: Mapping[str, InvokeApiMcpAuthValue] | NotGiven = NOT_GIVEN,
        overrides: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        version: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Stream[InvokeEvent]: ...

    @overload
    def invoke(
        self,
        function_id: str,
        *,
        input: Any | NotGiven = NOT_GIVEN,
        expected: Any | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | None | NotGiven = NOT_GIVEN,
        messages: Sequence[ChatCompletionMessageParam] | NotGiven = NOT_GIVEN,
        parent: InvokeParent | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        mode: StreamingMode | NotGiven = NOT_GIVEN,
        strict: bool | None | NotGiven = NOT_GIVEN,
        mcp_auth: Mapping[str, InvokeApiMcpAuthValue] | NotGiven = NOT_GIVEN,
        overrides: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        version: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any | Stream[InvokeEvent]: ...

    def invoke(
        self,
        function_id: str,
        *,
        input: Any | NotGiven = NOT_GIVEN,
        expected: Any | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | None | NotGiven = NOT_GIVEN,
        messages: Sequence[ChatCompletionMessageParam] | NotGiven = NOT_GIVEN,
        parent: InvokeParent | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        mode: StreamingMode | NotGiven = NOT_GIVEN,
        strict: bool | None | NotGiven = NOT_GIVEN,
        mcp_auth: Mapping[str, InvokeApiMcpAuthValue] | NotGiven = NOT_GIVEN,
        overrides: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        version: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any | Stream[InvokeEvent]:
        """Invoke function

        Invoke a function.

        Args:
            function_id: Function id
            input: Argument to the function, which can be any JSON serializable value
            expected: The expected output of the function
            metadata: Any relevant metadata. This will be logged and available as the `metadata` argument.
            tags: Any relevant tags to log on the span.
            messages: If the function is an LLM, additional messages to pass along to it
            stream: Whether to stream the response. If true, results will be returned in the Braintrust SSE format.
            strict: If true, throw an error if one of the variables in the prompt is not present in the input
            mcp_auth: Map of MCP server URL to auth credentials
            overrides: Partial function definition to merge with the function being invoked. Fields are validated against the function type's schema at runtime. For facets: { preprocessor?, prompt?, model? }. For prompts: { model?, ... }.
            version: The version of the function
        """
        _options = RequestOptions(
            method="post",
            path=format_path(
                "/v1/function/{function_id}/invoke",
                {
                    "function_id": function_id,
                },
            ),
            json=build_body(
                InvokeApi,
                {
                    "input": input,
                    "expected": expected,
                    "metadata": metadata,
                    "tags": tags,
                    "messages": messages,
                    "parent": parent,
                    "stream": stream,
                    "mode": mode,
                    "strict": strict,
                    "mcp_auth": mcp_auth,
                    "overrides": overrides,
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
        if asks_for_stream("stream", _options.json, extra_body):
            return self._client.request_stream(InvokeEvent, _options, _INVOKE_TEXT_EVENTS)
        _result: Any = self._client.request(Any, _options)
        return _result


class FunctionsResourceWithRawResponse:
    """The functions operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: FunctionsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.replace = to_raw_response_wrapper(resource.replace)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)
        self.invoke = to_raw_response_wrapper(resource.invoke)


class AsyncFunctionsResource(AsyncAPIResource):
    """The functions operations, asynchronously."""

    @cached_property
    def with_raw_response(self) -> AsyncFunctionsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncFunctionsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        ending_before: str | NotGiven = NOT_GIVEN,
        ids: Ids | NotGiven = NOT_GIVEN,
        function_name: str | NotGiven = NOT_GIVEN,
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
    ) -> AsyncPager[Function]:
        """List functions

        List out all functions. The functions are sorted by creation date, with the most recently-created functions coming first

        Args:
            limit: Limit the number of objects to return
            starting_after: Pagination cursor id.

                For example, if the final item in the last page you fetched had an id of `foo`, pass `starting_after=foo` to fetch the next page. Note: you may only pass one of `starting_after` and `ending_before`
            ending_before: Pagination cursor id.

                For example, if the initial item in the last page you fetched had an id of `foo`, pass `ending_before=foo` to fetch the previous page. Note: you may only pass one of `starting_after` and `ending_before`
            ids: Filter search results to a particular set of object IDs. To specify a list of IDs, include the query param multiple times
            function_name: Name of the function to search for
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
                    "function_name": function_name,
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
            path="/v1/function",
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        return self._client.request_page(AsyncPage[Function], Function, _options, _LIST_PAGING)

    async def replace(
        self,
        *,
        project_id: str,
        name: str,
        slug: str,
        function_data: FunctionData,
        description: str | None | NotGiven = NOT_GIVEN,
        prompt_data: PromptDataNullish | None | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | None | NotGiven = NOT_GIVEN,
        function_type: FunctionTypeEnumNullish | NotGiven = NOT_GIVEN,
        origin: CreateFunctionOrigin | None | NotGiven = NOT_GIVEN,
        function_schema: CreateFunctionFunctionSchema | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Function:
        """Create or replace function

        Create or replace function. If there is an existing function in the project with the same slug as the one specified in the request, will replace the existing function with the provided fields

        Args:
            project_id: Unique identifier for the project that the prompt belongs under
            name: Name of the prompt
            slug: Unique identifier for the prompt
            description: Textual description of the prompt
            tags: A list of tags for the prompt
            function_schema: JSON schema for the function's parameters and return type
        """
        _options = RequestOptions(
            method="put",
            path="/v1/function",
            json=build_body(
                CreateFunction,
                {
                    "project_id": project_id,
                    "name": name,
                    "slug": slug,
                    "description": description,
                    "prompt_data": prompt_data,
                    "tags": tags,
                    "function_type": function_type,
                    "function_data": function_data,
                    "origin": origin,
                    "function_schema": function_schema,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Function = await self._client.request(Function, _options)
        return _result

    async def create(
        self,
        *,
        project_id: str,
        name: str,
        slug: str,
        function_data: FunctionData,
        description: str | None | NotGiven = NOT_GIVEN,
        prompt_data: PromptDataNullish | None | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | None | NotGiven = NOT_GIVEN,
        function_type: FunctionTypeEnumNullish | NotGiven = NOT_GIVEN,
        origin: CreateFunctionOrigin | None | NotGiven = NOT_GIVEN,
        function_schema: CreateFunctionFunctionSchema | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Function:
        """Create function

        Create a new function. If there is an existing function in the project with the same slug as the one specified in the request, will return the existing function unmodified

        Args:
            project_id: Unique identifier for the project that the prompt belongs under
            name: Name of the prompt
            slug: Unique identifier for the prompt
            description: Textual description of the prompt
            tags: A list of tags for the prompt
            function_schema: JSON schema for the function's parameters and return type
        """
        _options = RequestOptions(
            method="post",
            path="/v1/function",
            json=build_body(
                CreateFunction,
                {
                    "project_id": project_id,
                    "name": name,
                    "slug": slug,
                    "description": description,
                    "prompt_data": prompt_data,
                    "tags": tags,
                    "function_type": function_type,
                    "function_data": function_data,
                    "origin": origin,
                    "function_schema": function_schema,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Function = await self._client.request(Function, _options)
        return _result

    async def retrieve(
        self,
        function_id: str,
        *,
        version: str | NotGiven = NOT_GIVEN,
        environment: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Function:
        """Get function

        Get a function object by its id

        Args:
            function_id: Function id
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
                "/v1/function/{function_id}",
                {
                    "function_id": function_id,
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
        _result: Function = await self._client.request(Function, _options)
        return _result

    async def delete(
        self,
        function_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Function:
        """Delete function

        Delete a function object by its id

        Args:
            function_id: Function id
        """
        _options = RequestOptions(
            method="delete",
            path=format_path(
                "/v1/function/{function_id}",
                {
                    "function_id": function_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Function = await self._client.request(Function, _options)
        return _result

    async def update(
        self,
        function_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        prompt_data: PromptDataNullish | None | NotGiven = NOT_GIVEN,
        function_data: FunctionDataNullish | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Function:
        """Partially update function

        Partially update a function object. Specify the fields to update in the payload. Any object-type fields will be deep-merged with existing content. Currently we do not support removing fields or setting them to null.

        Args:
            function_id: Function id
            name: Name of the prompt
            description: Textual description of the prompt
            tags: A list of tags for the prompt
        """
        _options = RequestOptions(
            method="patch",
            path=format_path(
                "/v1/function/{function_id}",
                {
                    "function_id": function_id,
                },
            ),
            json=build_body(
                PatchFunction,
                {
                    "name": name,
                    "description": description,
                    "prompt_data": prompt_data,
                    "function_data": function_data,
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
        _result: Function = await self._client.request(Function, _options)
        return _result

    @overload
    async def invoke(
        self,
        function_id: str,
        *,
        input: Any | NotGiven = NOT_GIVEN,
        expected: Any | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | None | NotGiven = NOT_GIVEN,
        messages: Sequence[ChatCompletionMessageParam] | NotGiven = NOT_GIVEN,
        parent: InvokeParent | NotGiven = NOT_GIVEN,
        stream: Literal[False] | None | NotGiven = NOT_GIVEN,
        mode: StreamingMode | NotGiven = NOT_GIVEN,
        strict: bool | None | NotGiven = NOT_GIVEN,
        mcp_auth: Mapping[str, InvokeApiMcpAuthValue] | NotGiven = NOT_GIVEN,
        overrides: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        version: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any: ...

    @overload
    async def invoke(
        self,
        function_id: str,
        *,
        input: Any | NotGiven = NOT_GIVEN,
        expected: Any | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | None | NotGiven = NOT_GIVEN,
        messages: Sequence[ChatCompletionMessageParam] | NotGiven = NOT_GIVEN,
        parent: InvokeParent | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        mode: StreamingMode | NotGiven = NOT_GIVEN,
        strict: bool | None | NotGiven = NOT_GIVEN,
        mcp_auth: Mapping[str, InvokeApiMcpAuthValue] | NotGiven = NOT_GIVEN,
        overrides: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        version: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[InvokeEvent]: ...

    @overload
    async def invoke(
        self,
        function_id: str,
        *,
        input: Any | NotGiven = NOT_GIVEN,
        expected: Any | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | None | NotGiven = NOT_GIVEN,
        messages: Sequence[ChatCompletionMessageParam] | NotGiven = NOT_GIVEN,
        parent: InvokeParent | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        mode: StreamingMode | NotGiven = NOT_GIVEN,
        strict: bool | None | NotGiven = NOT_GIVEN,
        mcp_auth: Mapping[str, InvokeApiMcpAuthValue] | NotGiven = NOT_GIVEN,
        overrides: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        version: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any | AsyncStream[InvokeEvent]: ...

    async def invoke(
        self,
        function_id: str,
        *,
        input: Any | NotGiven = NOT_GIVEN,
        expected: Any | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | None | NotGiven = NOT_GIVEN,
        messages: Sequence[ChatCompletionMessageParam] | NotGiven = NOT_GIVEN,
        parent: InvokeParent | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        mode: StreamingMode | NotGiven = NOT_GIVEN,
        strict: bool | None | NotGiven = NOT_GIVEN,
        mcp_auth: Mapping[str, InvokeApiMcpAuthValue] | NotGiven = NOT_GIVEN,
        overrides: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        version: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any | AsyncStream[InvokeEvent]:
        """Invoke function

        Invoke a function.

        Args:
            function_id: Function id
            input: Argument to the function, which can be any JSON serializable value
            expected: The expected output of the function
            metadata: Any relevant metadata. This will be logged and available as the `metadata` argument.
            tags: Any relevant tags to log on the span.
            messages: If the function is an LLM, additional messages to pass along to it
            stream: Whether to stream the response. If true, results will be returned in the Braintrust SSE format.
            strict: If true, throw an error if one of the variables in the prompt is not present in the input
            mcp_auth: Map of MCP server URL to auth credentials
            overrides: Partial function definition to merge with the function being invoked. Fields are validated against the function type's schema at runtime. For facets: { preprocessor?, prompt?, model? }. For prompts: { model?, ... }.
            version: The version of the function
        """
        _options = RequestOptions(
            method="post",
            path=format_path(
                "/v1/function/{function_id}/invoke",
                {
                    "function_id": function_id,
                },
            ),
            json=build_body(
                InvokeApi,
                {
                    "input": input,
                    "expected": expected,
                    "metadata": metadata,
                    "tags": tags,
                    "messages": messages,
                    "parent": parent,
                    "stream": stream,
                    "mode": mode,
                    "strict": strict,
                    "mcp_auth": mcp_auth,
                    "overrides": overrides,
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
        if asks_for_stream("stream", _options.json, extra_body):
            return await self._client.request_stream(InvokeEvent, _options, _INVOKE_TEXT_EVENTS)
        _result: Any = await self._client.request(Any, _options)
        return _result


class AsyncFunctionsResourceWithRawResponse:
    """The functions operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: AsyncFunctionsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.replace = async_to_raw_response_wrapper(resource.replace)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.invoke = async_to_raw_response_wrapper(resource.invoke)
