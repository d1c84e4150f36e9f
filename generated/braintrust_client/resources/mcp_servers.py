"""The mcp_servers resource group."""

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
from ..models.create_mcp_server import CreateMCPServer
from ..models.ids import Ids
from ..models.mcp_server import MCPServer
from ..models.patch_mcp_server import PatchMCPServer

__all__ = [
    "AsyncMcpServersResource",
    "AsyncMcpServersResourceWithRawResponse",
    "McpServersResource",
    "McpServersResourceWithRawResponse",
]


class _ListParams(BaseModel):
    """Checks the parameters of ``list`` before they are sent."""

    # what a ValidationError names: the call, not this private class
    model_config = ConfigDict(title="mcp_servers.list() arguments")

    limit: Annotated[int, Field(ge=0), OpenConstraints] | None = None

    starting_after: Annotated[str | None, NotNull] = None

    ending_before: Annotated[str | None, NotNull] = None

    ids: Annotated[Ids | None, NotNull] = None

    mcp_server_name: Annotated[str | None, NotNull] = None

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


class McpServersResource(SyncAPIResource):
    """The mcp_servers operations."""

    @cached_property
    def with_raw_response(self) -> McpServersResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return McpServersResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        ending_before: str | NotGiven = NOT_GIVEN,
        ids: Ids | NotGiven = NOT_GIVEN,
        mcp_server_name: str | NotGiven = NOT_GIVEN,
        org_name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[MCPServer]:
        """List mcp_servers

        List out all mcp_servers. The mcp_servers are sorted by creation date, with the most recently-created mcp_servers coming first

        Args:
            limit: Limit the number of objects to return
            starting_after: Pagination cursor id.

                For example, if the final item in the last page you fetched had an id of `foo`, pass `starting_after=foo` to fetch the next page. Note: you may only pass one of `starting_after` and `ending_before`
            ending_before: Pagination cursor id.

                For example, if the initial item in the last page you fetched had an id of `foo`, pass `ending_before=foo` to fetch the previous page. Note: you may only pass one of `starting_after` and `ending_before`
            ids: Filter search results to a particular set of object IDs. To specify a list of IDs, include the query param multiple times
            mcp_server_name: Name of the mcp_server to search for
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
                    "mcp_server_name": mcp_server_name,
                    "org_name": org_name,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path="/v1/mcp_server",
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        return self._client.request_page(SyncPage[MCPServer], MCPServer, _options, _LIST_PAGING)

    def replace(
        self,
        *,
        project_id: str,
        name: str,
        url: str,
        description: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MCPServer:
        """Create or replace mcp_server

        Create or replace mcp_server. If there is an existing mcp_server with the same name as the one specified in the request, will replace the existing mcp_server with the provided fields

        Args:
            project_id: Unique identifier for the project that the MCP server belongs under
            name: Name of the MCP server. Within a project, MCP server names are unique
            description: Textual description of the MCP server
            url: URL of the MCP server endpoint
        """
        _options = RequestOptions(
            method="put",
            path="/v1/mcp_server",
            json=build_body(
                CreateMCPServer,
                {
                    "project_id": project_id,
                    "name": name,
                    "description": description,
                    "url": url,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: MCPServer = self._client.request(MCPServer, _options)
        return _result

    def create(
        self,
        *,
        project_id: str,
        name: str,
        url: str,
        description: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MCPServer:
        """Create mcp_server

        Create a new mcp_server. If there is an existing mcp_server with the same name as the one specified in the request, will return the existing mcp_server unmodified

        Args:
            project_id: Unique identifier for the project that the MCP server belongs under
            name: Name of the MCP server. Within a project, MCP server names are unique
            description: Textual description of the MCP server
            url: URL of the MCP server endpoint
        """
        _options = RequestOptions(
            method="post",
            path="/v1/mcp_server",
            json=build_body(
                CreateMCPServer,
                {
                    "project_id": project_id,
                    "name": name,
                    "description": description,
                    "url": url,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: MCPServer = self._client.request(MCPServer, _options)
        return _result

    def retrieve(
        self,
        mcp_server_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MCPServer:
        """Get mcp_server

        Get a mcp_server object by its id

        Args:
            mcp_server_id: McpServer id
        """
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/mcp_server/{mcp_server_id}",
                {
                    "mcp_server_id": mcp_server_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: MCPServer = self._client.request(MCPServer, _options)
        return _result

    def delete(
        self,
        mcp_server_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MCPServer:
        """Delete mcp_server

        Delete a mcp_server object by its id

        Args:
            mcp_server_id: McpServer id
        """
        _options = RequestOptions(
            method="delete",
            path=format_path(
                "/v1/mcp_server/{mcp_server_id}",
                {
                    "mcp_server_id": mcp_server_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: MCPServer = self._client.request(MCPServer, _options)
        return _result

    def update(
        self,
        mcp_server_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        url: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MCPServer:
        """Partially update mcp_server

        Partially update a mcp_server object. Specify the fields to update in the payload. Any object-type fields will be deep-merged with existing content. Currently we do not support removing fields or setting them to null.

        Args:
            mcp_server_id: McpServer id
            name: Name of the MCP server. Within a project, MCP server names are unique
            url: URL of the MCP server endpoint
            description: Textual description of the MCP server
        """
        _options = RequestOptions(
            method="patch",
            path=format_path(
                "/v1/mcp_server/{mcp_server_id}",
                {
                    "mcp_server_id": mcp_server_id,
                },
            ),
            json=build_body(
                PatchMCPServer,
                {
                    "name": name,
                    "url": url,
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
        _result: MCPServer = self._client.request(MCPServer, _options)
        return _result


class McpServersResourceWithRawResponse:
    """The mcp_servers operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: McpServersResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.replace = to_raw_response_wrapper(resource.replace)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncMcpServersResource(AsyncAPIResource):
    """The mcp_servers operations, asynchronously."""

    @cached_property
    def with_raw_response(self) -> AsyncMcpServersResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncMcpServersResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        ending_before: str | NotGiven = NOT_GIVEN,
        ids: Ids | NotGiven = NOT_GIVEN,
        mcp_server_name: str | NotGiven = NOT_GIVEN,
        org_name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[MCPServer]:
        """List mcp_servers

        List out all mcp_servers. The mcp_servers are sorted by creation date, with the most recently-created mcp_servers coming first

        Args:
            limit: Limit the number of objects to return
            starting_after: Pagination cursor id.

                For example, if the final item in the last page you fetched had an id of `foo`, pass `starting_after=foo` to fetch the next page. Note: you may only pass one of `starting_after` and `ending_before`
            ending_before: Pagination cursor id.

                For example, if the initial item in the last page you fetched had an id of `foo`, pass `ending_before=foo` to fetch the previous page. Note: you may only pass one of `starting_after` and `ending_before`
            ids: Filter search results to a particular set of object IDs. To specify a list of IDs, include the query param multiple times
            mcp_server_name: Name of the mcp_server to search for
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
                    "mcp_server_name": mcp_server_name,
                    "org_name": org_name,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path="/v1/mcp_server",
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        return self._client.request_page(AsyncPage[MCPServer], MCPServer, _options, _LIST_PAGING)

    async def replace(
        self,
        *,
        project_id: str,
        name: str,
        url: str,
        description: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MCPServer:
        """Create or replace mcp_server

        Create or replace mcp_server. If there is an existing mcp_server with the same name as the one specified in the request, will replace the existing mcp_server with the provided fields

        Args:
            project_id: Unique identifier for the project that the MCP server belongs under
            name: Name of the MCP server. Within a project, MCP server names are unique
            description: Textual description of the MCP server
            url: URL of the MCP server endpoint
        """
        _options = RequestOptions(
            method="put",
            path="/v1/mcp_server",
            json=build_body(
                CreateMCPServer,
                {
                    "project_id": project_id,
                    "name": name,
                    "description": description,
                    "url": url,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: MCPServer = await self._client.request(MCPServer, _options)
        return _result

    async def create(
        self,
        *,
        project_id: str,
        name: str,
        url: str,
        description: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MCPServer:
        """Create mcp_server

        Create a new mcp_server. If there is an existing mcp_server with the same name as the one specified in the request, will return the existing mcp_server unmodified

        Args:
            project_id: Unique identifier for the project that the MCP server belongs under
            name: Name of the MCP server. Within a project, MCP server names are unique
            description: Textual description of the MCP server
            url: URL of the MCP server endpoint
        """
        _options = RequestOptions(
            method="post",
            path="/v1/mcp_server",
            json=build_body(
                CreateMCPServer,
                {
                    "project_id": project_id,
                    "name": name,
                    "description": description,
                    "url": url,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: MCPServer = await self._client.request(MCPServer, _options)
        return _result

    async def retrieve(
        self,
        mcp_server_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MCPServer:
        """Get mcp_server

        Get a mcp_server object by its id

        Args:
            mcp_server_id: McpServer id
        """
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/mcp_server/{mcp_server_id}",
                {
                    "mcp_server_id": mcp_server_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: MCPServer = await self._client.request(MCPServer, _options)
        return _result

    async def delete(
        self,
        mcp_server_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MCPServer:
        """Delete mcp_server

        Delete a mcp_server object by its id

        Args:
            mcp_server_id: McpServer id
        """
        _options = RequestOptions(
            method="delete",
            path=format_path(
                "/v1/mcp_server/{mcp_server_id}",
                {
                    "mcp_server_id": mcp_server_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: MCPServer = await self._client.request(MCPServer, _options)
        return _result

    async def update(
        self,
        mcp_server_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        url: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MCPServer:
        """Partially update mcp_server

        Partially update a mcp_server object. Specify the fields to update in the payload. Any object-type fields will be deep-merged with existing content. Currently we do not support removing fields or setting them to null.

        Args:
            mcp_server_id: McpServer id
            name: Name of the MCP server. Within a project, MCP server names are unique
            url: URL of the MCP server endpoint
            description: Textual description of the MCP server
        """
        _options = RequestOptions(
            method="patch",
            path=format_path(
                "/v1/mcp_server/{mcp_server_id}",
                {
                    "mcp_server_id": mcp_server_id,
                },
            ),
            json=build_body(
                PatchMCPServer,
                {
                    "name": name,
                    "url": url,
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
        _result: MCPServer = await self._client.request(MCPServer, _options)
        return _result


class AsyncMcpServersResourceWithRawResponse:
    """The mcp_servers operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: AsyncMcpServersResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.replace = async_to_raw_response_wrapper(resource.replace)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
