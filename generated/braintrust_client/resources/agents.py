"""The agents resource group."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Annotated, Any

from pydantic import ConfigDict, Field

from .._base_client import RequestOptions, format_path, request_params
from .._models import BaseModel, NotNull, OpenConstraints, build_body
from .._pagination import AsyncPage, AsyncPager, Paging, SyncPage
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..models.agent import Agent
from ..models.create_agent import CreateAgent
from ..models.ids import Ids
from ..models.patch_agent import PatchAgent

__all__ = [
    "AgentsResource",
    "AgentsResourceWithRawResponse",
    "AsyncAgentsResource",
    "AsyncAgentsResourceWithRawResponse",
]


class _ListParams(BaseModel):
    """Checks the parameters of ``list`` before they are sent."""

    # what a ValidationError names: the call, not this private class
    model_config = ConfigDict(title="agents.list() arguments")

    limit: Annotated[int, Field(ge=0), OpenConstraints] | None = None

    starting_after: Annotated[str | None, NotNull] = None

    ending_before: Annotated[str | None, NotNull] = None

    ids: Annotated[Ids | None, NotNull] = None

    agent_name: Annotated[str | None, NotNull] = None

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


class AgentsResource(SyncAPIResource):
    """The agents operations."""

    @cached_property
    def with_raw_response(self) -> AgentsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return AgentsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        ending_before: str | NotGiven = NOT_GIVEN,
        ids: Ids | NotGiven = NOT_GIVEN,
        agent_name: str | NotGiven = NOT_GIVEN,
        org_name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Agent]:
        """List agents

        List out all agents. The agents are sorted by creation date, with the most recently-created agents coming first

        Args:
            limit: Limit the number of objects to return
            starting_after: Pagination cursor id.

                For example, if the final item in the last page you fetched had an id of `foo`, pass `starting_after=foo` to fetch the next page. Note: you may only pass one of `starting_after` and `ending_before`
            ending_before: Pagination cursor id.

                For example, if the initial item in the last page you fetched had an id of `foo`, pass `ending_before=foo` to fetch the previous page. Note: you may only pass one of `starting_after` and `ending_before`
            ids: Filter search results to a particular set of object IDs. To specify a list of IDs, include the query param multiple times
            agent_name: Name of the agent to search for
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
                    "agent_name": agent_name,
                    "org_name": org_name,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path="/v1/agent",
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        return self._client.request_page(SyncPage[Agent], Agent, _options, _LIST_PAGING)

    def replace(
        self,
        *,
        project_id: str,
        name: str,
        description: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Agent:
        """Create or replace agent

        Create or replace agent. If there is an existing agent with the same name as the one specified in the request, will replace the existing agent with the provided fields

        Args:
            project_id: Unique identifier for the project that the agent belongs under
            name: Name of the agent. Within a project, agent names are unique
            description: Textual description of the agent
            metadata: User-controlled metadata about the agent
        """
        _options = RequestOptions(
            method="put",
            path="/v1/agent",
            json=build_body(
                CreateAgent,
                {
                    "project_id": project_id,
                    "name": name,
                    "description": description,
                    "metadata": metadata,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Agent = self._client.request(Agent, _options)
        return _result

    def create(
        self,
        *,
        project_id: str,
        name: str,
        description: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Agent:
        """Create agent

        Create a new agent. If there is an existing agent with the same name as the one specified in the request, will return the existing agent unmodified

        Args:
            project_id: Unique identifier for the project that the agent belongs under
            name: Name of the agent. Within a project, agent names are unique
            description: Textual description of the agent
            metadata: User-controlled metadata about the agent
        """
        _options = RequestOptions(
            method="post",
            path="/v1/agent",
            json=build_body(
                CreateAgent,
                {
                    "project_id": project_id,
                    "name": name,
                    "description": description,
                    "metadata": metadata,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Agent = self._client.request(Agent, _options)
        return _result

    def retrieve(
        self,
        agent_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Agent:
        """Get agent

        Get a agent object by its id

        Args:
            agent_id: Agent id
        """
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/agent/{agent_id}",
                {
                    "agent_id": agent_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Agent = self._client.request(Agent, _options)
        return _result

    def delete(
        self,
        agent_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Agent:
        """Delete agent

        Delete a agent object by its id

        Args:
            agent_id: Agent id
        """
        _options = RequestOptions(
            method="delete",
            path=format_path(
                "/v1/agent/{agent_id}",
                {
                    "agent_id": agent_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Agent = self._client.request(Agent, _options)
        return _result

    def update(
        self,
        agent_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Agent:
        """Partially update agent

        Partially update a agent object. Specify the fields to update in the payload. Any object-type fields will be deep-merged with existing content. Currently we do not support removing fields or setting them to null.

        Args:
            agent_id: Agent id
            name: Name of the agent. Within a project, agent names are unique
            description: Textual description of the agent
            metadata: User-controlled metadata about the agent
        """
        _options = RequestOptions(
            method="patch",
            path=format_path(
                "/v1/agent/{agent_id}",
                {
                    "agent_id": agent_id,
                },
            ),
            json=build_body(
                PatchAgent,
                {
                    "name": name,
                    "description": description,
                    "metadata": metadata,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Agent = self._client.request(Agent, _options)
        return _result


class AgentsResourceWithRawResponse:
    """The agents operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: AgentsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.replace = to_raw_response_wrapper(resource.replace)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncAgentsResource(AsyncAPIResource):
    """The agents operations, asynchronously."""

    @cached_property
    def with_raw_response(self) -> AsyncAgentsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncAgentsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        ending_before: str | NotGiven = NOT_GIVEN,
        ids: Ids | NotGiven = NOT_GIVEN,
        agent_name: str | NotGiven = NOT_GIVEN,
        org_name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[Agent]:
        """List agents

        List out all agents. The agents are sorted by creation date, with the most recently-created agents coming first

        Args:
            limit: Limit the number of objects to return
            starting_after: Pagination cursor id.

                For example, if the final item in the last page you fetched had an id of `foo`, pass `starting_after=foo` to fetch the next page. Note: you may only pass one of `starting_after` and `ending_before`
            ending_before: Pagination cursor id.

                For example, if the initial item in the last page you fetched had an id of `foo`, pass `ending_before=foo` to fetch the previous page. Note: you may only pass one of `starting_after` and `ending_before`
            ids: Filter search results to a particular set of object IDs. To specify a list of IDs, include the query param multiple times
            agent_name: Name of the agent to search for
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
                    "agent_name": agent_name,
                    "org_name": org_name,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path="/v1/agent",
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        return self._client.request_page(AsyncPage[Agent], Agent, _options, _LIST_PAGING)

    async def replace(
        self,
        *,
        project_id: str,
        name: str,
        description: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Agent:
        """Create or replace agent

        Create or replace agent. If there is an existing agent with the same name as the one specified in the request, will replace the existing agent with the provided fields

        Args:
            project_id: Unique identifier for the project that the agent belongs under
            name: Name of the agent. Within a project, agent names are unique
            description: Textual description of the agent
            metadata: User-controlled metadata about the agent
        """
        _options = RequestOptions(
            method="put",
            path="/v1/agent",
            json=build_body(
                CreateAgent,
                {
                    "project_id": project_id,
                    "name": name,
                    "description": description,
                    "metadata": metadata,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Agent = await self._client.request(Agent, _options)
        return _result

    async def create(
        self,
        *,
        project_id: str,
        name: str,
        description: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Agent:
        """Create agent

        Create a new agent. If there is an existing agent with the same name as the one specified in the request, will return the existing agent unmodified

        Args:
            project_id: Unique identifier for the project that the agent belongs under
            name: Name of the agent. Within a project, agent names are unique
            description: Textual description of the agent
            metadata: User-controlled metadata about the agent
        """
        _options = RequestOptions(
            method="post",
            path="/v1/agent",
            json=build_body(
                CreateAgent,
                {
                    "project_id": project_id,
                    "name": name,
                    "description": description,
                    "metadata": metadata,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Agent = await self._client.request(Agent, _options)
        return _result

    async def retrieve(
        self,
        agent_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Agent:
        """Get agent

        Get a agent object by its id

        Args:
            agent_id: Agent id
        """
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/agent/{agent_id}",
                {
                    "agent_id": agent_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Agent = await self._client.request(Agent, _options)
        return _result

    async def delete(
        self,
        agent_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Agent:
        """Delete agent

        Delete a agent object by its id

        Args:
            agent_id: Agent id
        """
        _options = RequestOptions(
            method="delete",
            path=format_path(
                "/v1/agent/{agent_id}",
                {
                    "agent_id": agent_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Agent = await self._client.request(Agent, _options)
        return _result

    async def update(
        self,
        agent_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Agent:
        """Partially update agent

        Partially update a agent object. Specify the fields to update in the payload. Any object-type fields will be deep-merged with existing content. Currently we do not support removing fields or setting them to null.

        Args:
            agent_id: Agent id
            name: Name of the agent. Within a project, agent names are unique
            description: Textual description of the agent
            metadata: User-controlled metadata about the agent
        """
        _options = RequestOptions(
            method="patch",
            path=format_path(
                "/v1/agent/{agent_id}",
                {
                    "agent_id": agent_id,
                },
            ),
            json=build_body(
                PatchAgent,
                {
                    "name": name,
                    "description": description,
                    "metadata": metadata,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Agent = await self._client.request(Agent, _options)
        return _result


class AsyncAgentsResourceWithRawResponse:
    """The agents operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: AsyncAgentsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.replace = async_to_raw_response_wrapper(resource.replace)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
