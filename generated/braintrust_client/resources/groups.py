"""The groups resource group."""

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
from ..models.create_group import CreateGroup
from ..models.group import Group
from ..models.ids import Ids
from ..models.patch_group import PatchGroup

__all__ = [
    "AsyncGroupsResource",
    "AsyncGroupsResourceWithRawResponse",
    "GroupsResource",
    "GroupsResourceWithRawResponse",
]


class _ListParams(BaseModel):
    """Checks the parameters of ``list`` before they are sent."""

    # what a ValidationError names: the call, not this private class
    model_config = ConfigDict(title="groups.list() arguments")

    limit: Annotated[int, Field(ge=0), OpenConstraints] | None = None

    starting_after: Annotated[str | None, NotNull] = None

    ending_before: Annotated[str | None, NotNull] = None

    ids: Annotated[Ids | None, NotNull] = None

    group_name: Annotated[str | None, NotNull] = None

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


class GroupsResource(SyncAPIResource):
    """The groups operations."""

    @cached_property
    def with_raw_response(self) -> GroupsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return GroupsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        ending_before: str | NotGiven = NOT_GIVEN,
        ids: Ids | NotGiven = NOT_GIVEN,
        group_name: str | NotGiven = NOT_GIVEN,
        org_name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Group]:
        """List groups

        List out all groups. The groups are sorted by creation date, with the most recently-created groups coming first

        Args:
            limit: Limit the number of objects to return
            starting_after: Pagination cursor id.

                For example, if the final item in the last page you fetched had an id of `foo`, pass `starting_after=foo` to fetch the next page. Note: you may only pass one of `starting_after` and `ending_before`
            ending_before: Pagination cursor id.

                For example, if the initial item in the last page you fetched had an id of `foo`, pass `ending_before=foo` to fetch the previous page. Note: you may only pass one of `starting_after` and `ending_before`
            ids: Filter search results to a particular set of object IDs. To specify a list of IDs, include the query param multiple times
            group_name: Name of the group to search for
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
                    "group_name": group_name,
                    "org_name": org_name,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path="/v1/group",
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        return self._client.request_page(SyncPage[Group], Group, _options, _LIST_PAGING)

    def replace(
        self,
        *,
        name: str,
        description: str | None | NotGiven = NOT_GIVEN,
        member_users: Sequence[str] | None | NotGiven = NOT_GIVEN,
        member_groups: Sequence[str] | None | NotGiven = NOT_GIVEN,
        org_name: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Group:
        """Create or replace group

        Create or replace group. If there is an existing group with the same name as the one specified in the request, will replace the existing group with the provided fields

        Args:
            name: Name of the group
            description: Textual description of the group
            member_users: Ids of users which belong to this group
            member_groups: Ids of the groups this group inherits from

                An inheriting group has all the users contained in its member groups, as well as all of their inherited users
            org_name: For nearly all users, this parameter should be unnecessary. But in the rare case that your API key belongs to multiple organizations, you may specify the name of the organization the group belongs in.
        """
        _options = RequestOptions(
            method="put",
            path="/v1/group",
            json=build_body(
                CreateGroup,
                {
                    "name": name,
                    "description": description,
                    "member_users": member_users,
                    "member_groups": member_groups,
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
        _result: Group = self._client.request(Group, _options)
        return _result

    def create(
        self,
        *,
        name: str,
        description: str | None | NotGiven = NOT_GIVEN,
        member_users: Sequence[str] | None | NotGiven = NOT_GIVEN,
        member_groups: Sequence[str] | None | NotGiven = NOT_GIVEN,
        org_name: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Group:
        """Create group

        Create a new group. If there is an existing group with the same name as the one specified in the request, will return the existing group unmodified

        Args:
            name: Name of the group
            description: Textual description of the group
            member_users: Ids of users which belong to this group
            member_groups: Ids of the groups this group inherits from

                An inheriting group has all the users contained in its member groups, as well as all of their inherited users
            org_name: For nearly all users, this parameter should be unnecessary. But in the rare case that your API key belongs to multiple organizations, you may specify the name of the organization the group belongs in.
        """
        _options = RequestOptions(
            method="post",
            path="/v1/group",
            json=build_body(
                CreateGroup,
                {
                    "name": name,
                    "description": description,
                    "member_users": member_users,
                    "member_groups": member_groups,
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
        _result: Group = self._client.request(Group, _options)
        return _result

    def retrieve(
        self,
        group_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Group:
        """Get group

        Get a group object by its id

        Args:
            group_id: Group id
        """
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/group/{group_id}",
                {
                    "group_id": group_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Group = self._client.request(Group, _options)
        return _result

    def delete(
        self,
        group_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Group:
        """Delete group

        Delete a group object by its id

        Args:
            group_id: Group id
        """
        _options = RequestOptions(
            method="delete",
            path=format_path(
                "/v1/group/{group_id}",
                {
                    "group_id": group_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Group = self._client.request(Group, _options)
        return _result

    def update(
        self,
        group_id: str,
        *,
        description: str | None | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        add_member_users: Sequence[str] | None | NotGiven = NOT_GIVEN,
        remove_member_users: Sequence[str] | None | NotGiven = NOT_GIVEN,
        add_member_groups: Sequence[str] | None | NotGiven = NOT_GIVEN,
        remove_member_groups: Sequence[str] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Group:
        """Partially update group

        Partially update a group object. Specify the fields to update in the payload. Any object-type fields will be deep-merged with existing content. Currently we do not support removing fields or setting them to null.

        Args:
            group_id: Group id
            description: Textual description of the group
            name: Name of the group
            add_member_users: A list of user IDs to add to the group
            remove_member_users: A list of user IDs to remove from the group
            add_member_groups: A list of group IDs to add to the group's inheriting-from set
            remove_member_groups: A list of group IDs to remove from the group's inheriting-from set
        """
        _options = RequestOptions(
            method="patch",
            path=format_path(
                "/v1/group/{group_id}",
                {
                    "group_id": group_id,
                },
            ),
            json=build_body(
                PatchGroup,
                {
                    "description": description,
                    "name": name,
                    "add_member_users": add_member_users,
                    "remove_member_users": remove_member_users,
                    "add_member_groups": add_member_groups,
                    "remove_member_groups": remove_member_groups,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Group = self._client.request(Group, _options)
        return _result


class GroupsResourceWithRawResponse:
    """The groups operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: GroupsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.replace = to_raw_response_wrapper(resource.replace)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncGroupsResource(AsyncAPIResource):
    """The groups operations, asynchronously."""

    @cached_property
    def with_raw_response(self) -> AsyncGroupsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncGroupsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        ending_before: str | NotGiven = NOT_GIVEN,
        ids: Ids | NotGiven = NOT_GIVEN,
        group_name: str | NotGiven = NOT_GIVEN,
        org_name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[Group]:
        """List groups

        List out all groups. The groups are sorted by creation date, with the most recently-created groups coming first

        Args:
            limit: Limit the number of objects to return
            starting_after: Pagination cursor id.

                For example, if the final item in the last page you fetched had an id of `foo`, pass `starting_after=foo` to fetch the next page. Note: you may only pass one of `starting_after` and `ending_before`
            ending_before: Pagination cursor id.

                For example, if the initial item in the last page you fetched had an id of `foo`, pass `ending_before=foo` to fetch the previous page. Note: you may only pass one of `starting_after` and `ending_before`
            ids: Filter search results to a particular set of object IDs. To specify a list of IDs, include the query param multiple times
            group_name: Name of the group to search for
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
                    "group_name": group_name,
                    "org_name": org_name,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path="/v1/group",
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        return self._client.request_page(AsyncPage[Group], Group, _options, _LIST_PAGING)

    async def replace(
        self,
        *,
        name: str,
        description: str | None | NotGiven = NOT_GIVEN,
        member_users: Sequence[str] | None | NotGiven = NOT_GIVEN,
        member_groups: Sequence[str] | None | NotGiven = NOT_GIVEN,
        org_name: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Group:
        """Create or replace group

        Create or replace group. If there is an existing group with the same name as the one specified in the request, will replace the existing group with the provided fields

        Args:
            name: Name of the group
            description: Textual description of the group
            member_users: Ids of users which belong to this group
            member_groups: Ids of the groups this group inherits from

                An inheriting group has all the users contained in its member groups, as well as all of their inherited users
            org_name: For nearly all users, this parameter should be unnecessary. But in the rare case that your API key belongs to multiple organizations, you may specify the name of the organization the group belongs in.
        """
        _options = RequestOptions(
            method="put",
            path="/v1/group",
            json=build_body(
                CreateGroup,
                {
                    "name": name,
                    "description": description,
                    "member_users": member_users,
                    "member_groups": member_groups,
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
        _result: Group = await self._client.request(Group, _options)
        return _result

    async def create(
        self,
        *,
        name: str,
        description: str | None | NotGiven = NOT_GIVEN,
        member_users: Sequence[str] | None | NotGiven = NOT_GIVEN,
        member_groups: Sequence[str] | None | NotGiven = NOT_GIVEN,
        org_name: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Group:
        """Create group

        Create a new group. If there is an existing group with the same name as the one specified in the request, will return the existing group unmodified

        Args:
            name: Name of the group
            description: Textual description of the group
            member_users: Ids of users which belong to this group
            member_groups: Ids of the groups this group inherits from

                An inheriting group has all the users contained in its member groups, as well as all of their inherited users
            org_name: For nearly all users, this parameter should be unnecessary. But in the rare case that your API key belongs to multiple organizations, you may specify the name of the organization the group belongs in.
        """
        _options = RequestOptions(
            method="post",
            path="/v1/group",
            json=build_body(
                CreateGroup,
                {
                    "name": name,
                    "description": description,
                    "member_users": member_users,
                    "member_groups": member_groups,
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
        _result: Group = await self._client.request(Group, _options)
        return _result

    async def retrieve(
        self,
        group_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Group:
        """Get group

        Get a group object by its id

        Args:
            group_id: Group id
        """
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/group/{group_id}",
                {
                    "group_id": group_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Group = await self._client.request(Group, _options)
        return _result

    async def delete(
        self,
        group_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Group:
        """Delete group

        Delete a group object by its id

        Args:
            group_id: Group id
        """
        _options = RequestOptions(
            method="delete",
            path=format_path(
                "/v1/group/{group_id}",
                {
                    "group_id": group_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Group = await self._client.request(Group, _options)
        return _result

    async def update(
        self,
        group_id: str,
        *,
        description: str | None | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        add_member_users: Sequence[str] | None | NotGiven = NOT_GIVEN,
        remove_member_users: Sequence[str] | None | NotGiven = NOT_GIVEN,
        add_member_groups: Sequence[str] | None | NotGiven = NOT_GIVEN,
        remove_member_groups: Sequence[str] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Group:
        """Partially update group

        Partially update a group object. Specify the fields to update in the payload. Any object-type fields will be deep-merged with existing content. Currently we do not support removing fields or setting them to null.

        Args:
            group_id: Group id
            description: Textual description of the group
            name: Name of the group
            add_member_users: A list of user IDs to add to the group
            remove_member_users: A list of user IDs to remove from the group
            add_member_groups: A list of group IDs to add to the group's inheriting-from set
            remove_member_groups: A list of group IDs to remove from the group's inheriting-from set
        """
        _options = RequestOptions(
            method="patch",
            path=format_path(
                "/v1/group/{group_id}",
                {
                    "group_id": group_id,
                },
            ),
            json=build_body(
                PatchGroup,
                {
                    "description": description,
                    "name": name,
                    "add_member_users": add_member_users,
                    "remove_member_users": remove_member_users,
                    "add_member_groups": add_member_groups,
                    "remove_member_groups": remove_member_groups,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Group = await self._client.request(Group, _options)
        return _result


class AsyncGroupsResourceWithRawResponse:
    """The groups operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: AsyncGroupsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.replace = async_to_raw_response_wrapper(resource.replace)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
