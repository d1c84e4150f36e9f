"""The roles resource group."""

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
from ..models.create_role import CreateRole, CreateRoleMemberPermissionsItem
from ..models.ids import Ids
from ..models.patch_role import PatchRole, PatchRoleAddMemberPermissionsItem, PatchRoleRemoveMemberPermissionsItem
from ..models.role import Role

__all__ = [
    "AsyncRolesResource",
    "AsyncRolesResourceWithRawResponse",
    "RolesResource",
    "RolesResourceWithRawResponse",
]


class _ListParams(BaseModel):
    """Checks the parameters of ``list`` before they are sent."""

    # what a ValidationError names: the call, not this private class
    model_config = ConfigDict(title="roles.list() arguments")

    limit: Annotated[int, Field(ge=0), OpenConstraints] | None = None

    starting_after: Annotated[str | None, NotNull] = None

    ending_before: Annotated[str | None, NotNull] = None

    ids: Annotated[Ids | None, NotNull] = None

    role_name: Annotated[str | None, NotNull] = None

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


class RolesResource(SyncAPIResource):
    """The roles operations."""

    @cached_property
    def with_raw_response(self) -> RolesResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return RolesResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        ending_before: str | NotGiven = NOT_GIVEN,
        ids: Ids | NotGiven = NOT_GIVEN,
        role_name: str | NotGiven = NOT_GIVEN,
        org_name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Role]:
        """List roles

        List out all roles. The roles are sorted by creation date, with the most recently-created roles coming first

        Args:
            limit: Limit the number of objects to return
            starting_after: Pagination cursor id.

                For example, if the final item in the last page you fetched had an id of `foo`, pass `starting_after=foo` to fetch the next page. Note: you may only pass one of `starting_after` and `ending_before`
            ending_before: Pagination cursor id.

                For example, if the initial item in the last page you fetched had an id of `foo`, pass `ending_before=foo` to fetch the previous page. Note: you may only pass one of `starting_after` and `ending_before`
            ids: Filter search results to a particular set of object IDs. To specify a list of IDs, include the query param multiple times
            role_name: Name of the role to search for
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
                    "role_name": role_name,
                    "org_name": org_name,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path="/v1/role",
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        return self._client.request_page(SyncPage[Role], Role, _options, _LIST_PAGING)

    def replace(
        self,
        *,
        name: str,
        description: str | None | NotGiven = NOT_GIVEN,
        member_permissions: Sequence[CreateRoleMemberPermissionsItem] | None | NotGiven = NOT_GIVEN,
        member_roles: Sequence[str] | None | NotGiven = NOT_GIVEN,
        org_name: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Role:
        """Create or replace role

        Create or replace role. If there is an existing role with the same name as the one specified in the request, will replace the existing role with the provided fields

        Args:
            name: Name of the role
            description: Textual description of the role
            member_permissions: (permission, restrict_object_type) tuples which belong to this role
            member_roles: Ids of the roles this role inherits from

                An inheriting role has all the permissions contained in its member roles, as well as all of their inherited permissions
            org_name: For nearly all users, this parameter should be unnecessary. But in the rare case that your API key belongs to multiple organizations, you may specify the name of the organization the role belongs in.
        """
        _options = RequestOptions(
            method="put",
            path="/v1/role",
            json=build_body(
                CreateRole,
                {
                    "name": name,
                    "description": description,
                    "member_permissions": member_permissions,
                    "member_roles": member_roles,
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
        _result: Role = self._client.request(Role, _options)
        return _result

    def create(
        self,
        *,
        name: str,
        description: str | None | NotGiven = NOT_GIVEN,
        member_permissions: Sequence[CreateRoleMemberPermissionsItem] | None | NotGiven = NOT_GIVEN,
        member_roles: Sequence[str] | None | NotGiven = NOT_GIVEN,
        org_name: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Role:
        """Create role

        Create a new role. If there is an existing role with the same name as the one specified in the request, will return the existing role unmodified

        Args:
            name: Name of the role
            description: Textual description of the role
            member_permissions: (permission, restrict_object_type) tuples which belong to this role
            member_roles: Ids of the roles this role inherits from

                An inheriting role has all the permissions contained in its member roles, as well as all of their inherited permissions
            org_name: For nearly all users, this parameter should be unnecessary. But in the rare case that your API key belongs to multiple organizations, you may specify the name of the organization the role belongs in.
        """
        _options = RequestOptions(
            method="post",
            path="/v1/role",
            json=build_body(
                CreateRole,
                {
                    "name": name,
                    "description": description,
                    "member_permissions": member_permissions,
                    "member_roles": member_roles,
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
        _result: Role = self._client.request(Role, _options)
        return _result

    def retrieve(
        self,
        role_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Role:
        """Get role

        Get a role object by its id

        Args:
            role_id: Role id
        """
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/role/{role_id}",
                {
                    "role_id": role_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Role = self._client.request(Role, _options)
        return _result

    def delete(
        self,
        role_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Role:
        """Delete role

        Delete a role object by its id

        Args:
            role_id: Role id
        """
        _options = RequestOptions(
            method="delete",
            path=format_path(
                "/v1/role/{role_id}",
                {
                    "role_id": role_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Role = self._client.request(Role, _options)
        return _result

    def update(
        self,
        role_id: str,
        *,
        description: str | None | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        add_member_permissions: Sequence[PatchRoleAddMemberPermissionsItem] | None | NotGiven = NOT_GIVEN,
        remove_member_permissions: Sequence[PatchRoleRemoveMemberPermissionsItem] | None | NotGiven = NOT_GIVEN,
        add_member_roles: Sequence[str] | None | NotGiven = NOT_GIVEN,
        remove_member_roles: Sequence[str] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Role:
        """Partially update role

        Partially update a role object. Specify the fields to update in the payload. Any object-type fields will be deep-merged with existing content. Currently we do not support removing fields or setting them to null.

        Args:
            role_id: Role id
            description: Textual description of the role
            name: Name of the role
            add_member_permissions: A list of permissions to add to the role
            remove_member_permissions: A list of permissions to remove from the role
            add_member_roles: A list of role IDs to add to the role's inheriting-from set
            remove_member_roles: A list of role IDs to remove from the role's inheriting-from set
        """
        _options = RequestOptions(
            method="patch",
            path=format_path(
                "/v1/role/{role_id}",
                {
                    "role_id": role_id,
                },
            ),
            json=build_body(
                PatchRole,
                {
                    "description": description,
                    "name": name,
                    "add_member_permissions": add_member_permissions,
                    "remove_member_permissions": remove_member_permissions,
                    "add_member_roles": add_member_roles,
                    "remove_member_roles": remove_member_roles,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Role = self._client.request(Role, _options)
        return _result


class RolesResourceWithRawResponse:
    """The roles operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: RolesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.replace = to_raw_response_wrapper(resource.replace)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncRolesResource(AsyncAPIResource):
    """The roles operations, asynchronously."""

    @cached_property
    def with_raw_response(self) -> AsyncRolesResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncRolesResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        ending_before: str | NotGiven = NOT_GIVEN,
        ids: Ids | NotGiven = NOT_GIVEN,
        role_name: str | NotGiven = NOT_GIVEN,
        org_name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[Role]:
        """List roles

        List out all roles. The roles are sorted by creation date, with the most recently-created roles coming first

        Args:
            limit: Limit the number of objects to return
            starting_after: Pagination cursor id.

                For example, if the final item in the last page you fetched had an id of `foo`, pass `starting_after=foo` to fetch the next page. Note: you may only pass one of `starting_after` and `ending_before`
            ending_before: Pagination cursor id.

                For example, if the initial item in the last page you fetched had an id of `foo`, pass `ending_before=foo` to fetch the previous page. Note: you may only pass one of `starting_after` and `ending_before`
            ids: Filter search results to a particular set of object IDs. To specify a list of IDs, include the query param multiple times
            role_name: Name of the role to search for
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
                    "role_name": role_name,
                    "org_name": org_name,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path="/v1/role",
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        return self._client.request_page(AsyncPage[Role], Role, _options, _LIST_PAGING)

    async def replace(
        self,
        *,
        name: str,
        description: str | None | NotGiven = NOT_GIVEN,
        member_permissions: Sequence[CreateRoleMemberPermissionsItem] | None | NotGiven = NOT_GIVEN,
        member_roles: Sequence[str] | None | NotGiven = NOT_GIVEN,
        org_name: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Role:
        """Create or replace role

        Create or replace role. If there is an existing role with the same name as the one specified in the request, will replace the existing role with the provided fields

        Args:
            name: Name of the role
            description: Textual description of the role
            member_permissions: (permission, restrict_object_type) tuples which belong to this role
            member_roles: Ids of the roles this role inherits from

                An inheriting role has all the permissions contained in its member roles, as well as all of their inherited permissions
            org_name: For nearly all users, this parameter should be unnecessary. But in the rare case that your API key belongs to multiple organizations, you may specify the name of the organization the role belongs in.
        """
        _options = RequestOptions(
            method="put",
            path="/v1/role",
            json=build_body(
                CreateRole,
                {
                    "name": name,
                    "description": description,
                    "member_permissions": member_permissions,
                    "member_roles": member_roles,
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
        _result: Role = await self._client.request(Role, _options)
        return _result

    async def create(
        self,
        *,
        name: str,
        description: str | None | NotGiven = NOT_GIVEN,
        member_permissions: Sequence[CreateRoleMemberPermissionsItem] | None | NotGiven = NOT_GIVEN,
        member_roles: Sequence[str] | None | NotGiven = NOT_GIVEN,
        org_name: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Role:
        """Create role

        Create a new role. If there is an existing role with the same name as the one specified in the request, will return the existing role unmodified

        Args:
            name: Name of the role
            description: Textual description of the role
            member_permissions: (permission, restrict_object_type) tuples which belong to this role
            member_roles: Ids of the roles this role inherits from

                An inheriting role has all the permissions contained in its member roles, as well as all of their inherited permissions
            org_name: For nearly all users, this parameter should be unnecessary. But in the rare case that your API key belongs to multiple organizations, you may specify the name of the organization the role belongs in.
        """
        _options = RequestOptions(
            method="post",
            path="/v1/role",
            json=build_body(
                CreateRole,
                {
                    "name": name,
                    "description": description,
                    "member_permissions": member_permissions,
                    "member_roles": member_roles,
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
        _result: Role = await self._client.request(Role, _options)
        return _result

    async def retrieve(
        self,
        role_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Role:
        """Get role

        Get a role object by its id

        Args:
            role_id: Role id
        """
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/role/{role_id}",
                {
                    "role_id": role_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Role = await self._client.request(Role, _options)
        return _result

    async def delete(
        self,
        role_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Role:
        """Delete role

        Delete a role object by its id

        Args:
            role_id: Role id
        """
        _options = RequestOptions(
            method="delete",
            path=format_path(
                "/v1/role/{role_id}",
                {
                    "role_id": role_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Role = await self._client.request(Role, _options)
        return _result

    async def update(
        self,
        role_id: str,
        *,
        description: str | None | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        add_member_permissions: Sequence[PatchRoleAddMemberPermissionsItem] | None | NotGiven = NOT_GIVEN,
        remove_member_permissions: Sequence[PatchRoleRemoveMemberPermissionsItem] | None | NotGiven = NOT_GIVEN,
        add_member_roles: Sequence[str] | None | NotGiven = NOT_GIVEN,
        remove_member_roles: Sequence[str] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Role:
        """Partially update role

        Partially update a role object. Specify the fields to update in the payload. Any object-type fields will be deep-merged with existing content. Currently we do not support removing fields or setting them to null.

        Args:
            role_id: Role id
            description: Textual description of the role
            name: Name of the role
            add_member_permissions: A list of permissions to add to the role
            remove_member_permissions: A list of permissions to remove from the role
            add_member_roles: A list of role IDs to add to the role's inheriting-from set
            remove_member_roles: A list of role IDs to remove from the role's inheriting-from set
        """
        _options = RequestOptions(
            method="patch",
            path=format_path(
                "/v1/role/{role_id}",
                {
                    "role_id": role_id,
                },
            ),
            json=build_body(
                PatchRole,
                {
                    "description": description,
                    "name": name,
                    "add_member_permissions": add_member_permissions,
                    "remove_member_permissions": remove_member_permissions,
                    "add_member_roles": add_member_roles,
                    "remove_member_roles": remove_member_roles,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Role = await self._client.request(Role, _options)
        return _result


class AsyncRolesResourceWithRawResponse:
    """The roles operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: AsyncRolesResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.replace = async_to_raw_response_wrapper(resource.replace)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
