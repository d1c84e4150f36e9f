"""The acls resource group."""

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
from ..models.acl import Acl
from ..models.acl_batch_update_request import AclBatchUpdateRequest
from ..models.acl_batch_update_response import AclBatchUpdateResponse
from ..models.acl_item import AclItem
from ..models.acl_list_org_object_type import AclListOrgObjectType
from ..models.acl_list_permission import AclListPermission
from ..models.acl_list_restrict_object_type import AclListRestrictObjectType
from ..models.acl_object_type import AclObjectType
from ..models.ids import Ids
from ..models.permission import Permission

__all__ = [
    "AclsResource",
    "AclsResourceWithRawResponse",
    "AsyncAclsResource",
    "AsyncAclsResourceWithRawResponse",
]


class _ListParams(BaseModel):
    """Checks the parameters of ``list`` before they are sent."""

    # what a ValidationError names: the call, not this private class
    model_config = ConfigDict(title="acls.list() arguments")

    limit: Annotated[int, Field(ge=0), OpenConstraints] | None = None

    starting_after: Annotated[str | None, NotNull] = None

    ending_before: Annotated[str | None, NotNull] = None

    ids: Annotated[Ids | None, NotNull] = None

    object_type: AclObjectType

    object_id: str

    user_id: Annotated[str | None, NotNull] = None

    group_id: Annotated[str | None, NotNull] = None

    permission: Annotated[AclListPermission | None, NotNull] = None

    restrict_object_type: Annotated[AclListRestrictObjectType | None, NotNull] = None

    role_id: Annotated[str | None, NotNull] = None


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


class _ListOrgParams(BaseModel):
    """Checks the parameters of ``list_org`` before they are sent."""

    # what a ValidationError names: the call, not this private class
    model_config = ConfigDict(title="acls.list_org() arguments")

    limit: Annotated[int, Field(ge=0), OpenConstraints] | None = None

    ids: Annotated[Ids | None, NotNull] = None

    starting_after: Annotated[str | None, NotNull] = None

    ending_before: Annotated[str | None, NotNull] = None

    object_type: Annotated[AclListOrgObjectType | None, NotNull] = None

    object_id: Annotated[str | None, NotNull] = None

    user_id: Annotated[str | None, NotNull] = None

    group_id: Annotated[str | None, NotNull] = None

    permission: Annotated[AclListPermission | None, NotNull] = None

    restrict_object_type: Annotated[AclListRestrictObjectType | None, NotNull] = None

    role_id: Annotated[str | None, NotNull] = None

    org_name: Annotated[str | None, NotNull] = None


_LIST_ORG_PAGING = Paging(
    kind="id_cursor",
    items_field="",
    cursor_param="starting_after",
    cursor_location="query",
    next_field=None,
    id_field="id",
    reverse_cursor_param="ending_before",
    items_required=True,
)


class AclsResource(SyncAPIResource):
    """The acls operations."""

    @cached_property
    def with_raw_response(self) -> AclsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return AclsResourceWithRawResponse(self)

    def list(
        self,
        *,
        object_type: AclObjectType,
        object_id: str,
        limit: int | None | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        ending_before: str | NotGiven = NOT_GIVEN,
        ids: Ids | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN,
        group_id: str | NotGiven = NOT_GIVEN,
        permission: AclListPermission | NotGiven = NOT_GIVEN,
        restrict_object_type: AclListRestrictObjectType | NotGiven = NOT_GIVEN,
        role_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Acl]:
        """List acls

        List out all acls. The acls are sorted by creation date, with the most recently-created acls coming first

        Args:
            limit: Limit the number of objects to return
            starting_after: Pagination cursor id.

                For example, if the final item in the last page you fetched had an id of `foo`, pass `starting_after=foo` to fetch the next page. Note: you may only pass one of `starting_after` and `ending_before`
            ending_before: Pagination cursor id.

                For example, if the initial item in the last page you fetched had an id of `foo`, pass `ending_before=foo` to fetch the previous page. Note: you may only pass one of `starting_after` and `ending_before`
            ids: Filter search results to a particular set of object IDs. To specify a list of IDs, include the query param multiple times
            object_type: The object type that the ACL applies to
            object_id: The id of the object the ACL applies to
            user_id: Id of the user the ACL applies to. Exactly one of `user_id` and `group_id` will be provided
            group_id: Id of the group the ACL applies to. Exactly one of `user_id` and `group_id` will be provided
            permission: Each permission permits a certain type of operation on an object in the system

                Permissions can be assigned to to objects on an individual basis, or grouped into roles
            restrict_object_type: The object type that the ACL applies to
            role_id: Id of the role the ACL grants. Exactly one of `permission` and `role_id` will be provided
        """
        _query, _headers = request_params(
            build_body(
                _ListParams,
                {
                    "limit": limit,
                    "starting_after": starting_after,
                    "ending_before": ending_before,
                    "ids": ids,
                    "object_type": object_type,
                    "object_id": object_id,
                    "user_id": user_id,
                    "group_id": group_id,
                    "permission": permission,
                    "restrict_object_type": restrict_object_type,
                    "role_id": role_id,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path="/v1/acl",
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        return self._client.request_page(SyncPage[Acl], Acl, _options, _LIST_PAGING)

    def create(
        self,
        *,
        object_type: AclObjectType,
        object_id: str,
        user_id: str | None | NotGiven = NOT_GIVEN,
        group_id: str | None | NotGiven = NOT_GIVEN,
        permission: Permission | None | NotGiven = NOT_GIVEN,
        restrict_object_type: AclObjectType | None | NotGiven = NOT_GIVEN,
        role_id: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Acl:
        """Create acl

        Create a new acl. If there is an existing acl with the same contents as the one specified in the request, will return the existing acl unmodified

        Args:
            object_id: The id of the object the ACL applies to
            user_id: Id of the user the ACL applies to. Exactly one of `user_id` and `group_id` will be provided
            group_id: Id of the group the ACL applies to. Exactly one of `user_id` and `group_id` will be provided
            permission: Permission the ACL grants. Exactly one of `permission` and `role_id` will be provided
            restrict_object_type: When setting a permission directly, optionally restricts the permission grant to just the specified object type. Cannot be set alongside a `role_id`.
            role_id: Id of the role the ACL grants. Exactly one of `permission` and `role_id` will be provided
        """
        _options = RequestOptions(
            method="post",
            path="/v1/acl",
            json=build_body(
                AclItem,
                {
                    "object_type": object_type,
                    "object_id": object_id,
                    "user_id": user_id,
                    "group_id": group_id,
                    "permission": permission,
                    "restrict_object_type": restrict_object_type,
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
        _result: Acl = self._client.request(Acl, _options)
        return _result

    def find_and_delete(
        self,
        *,
        object_type: AclObjectType,
        object_id: str,
        user_id: str | None | NotGiven = NOT_GIVEN,
        group_id: str | None | NotGiven = NOT_GIVEN,
        permission: Permission | None | NotGiven = NOT_GIVEN,
        restrict_object_type: AclObjectType | None | NotGiven = NOT_GIVEN,
        role_id: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Acl:
        """Delete single acl

        Delete a single acl

        Args:
            object_id: The id of the object the ACL applies to
            user_id: Id of the user the ACL applies to. Exactly one of `user_id` and `group_id` will be provided
            group_id: Id of the group the ACL applies to. Exactly one of `user_id` and `group_id` will be provided
            permission: Permission the ACL grants. Exactly one of `permission` and `role_id` will be provided
            restrict_object_type: When setting a permission directly, optionally restricts the permission grant to just the specified object type. Cannot be set alongside a `role_id`.
            role_id: Id of the role the ACL grants. Exactly one of `permission` and `role_id` will be provided
        """
        _options = RequestOptions(
            method="delete",
            path="/v1/acl",
            json=build_body(
                AclItem,
                {
                    "object_type": object_type,
                    "object_id": object_id,
                    "user_id": user_id,
                    "group_id": group_id,
                    "permission": permission,
                    "restrict_object_type": restrict_object_type,
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
        _result: Acl = self._client.request(Acl, _options)
        return _result

    def retrieve(
        self,
        acl_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Acl:
        """Get acl

        Get an acl object by its id

        Args:
            acl_id: Acl id
        """
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/acl/{acl_id}",
                {
                    "acl_id": acl_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Acl = self._client.request(Acl, _options)
        return _result

    def delete(
        self,
        acl_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Acl:
        """Delete acl

        Delete an acl object by its id

        Args:
            acl_id: Acl id
        """
        _options = RequestOptions(
            method="delete",
            path=format_path(
                "/v1/acl/{acl_id}",
                {
                    "acl_id": acl_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Acl = self._client.request(Acl, _options)
        return _result

    def batch_update(
        self,
        *,
        add_acls: Sequence[AclItem] | None | NotGiven = NOT_GIVEN,
        remove_acls: Sequence[AclItem] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AclBatchUpdateResponse:
        """Batch update acls

        Batch update acls. This operation is idempotent, so adding acls which already exist will have no effect, and removing acls which do not exist will have no effect.
        """
        _options = RequestOptions(
            method="post",
            path="/v1/acl/batch_update",
            json=build_body(
                AclBatchUpdateRequest,
                {
                    "add_acls": add_acls,
                    "remove_acls": remove_acls,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: AclBatchUpdateResponse = self._client.request(AclBatchUpdateResponse, _options)
        return _result

    def list_org(
        self,
        *,
        limit: int | None | NotGiven = NOT_GIVEN,
        ids: Ids | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        ending_before: str | NotGiven = NOT_GIVEN,
        object_type: AclListOrgObjectType | NotGiven = NOT_GIVEN,
        object_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN,
        group_id: str | NotGiven = NOT_GIVEN,
        permission: AclListPermission | NotGiven = NOT_GIVEN,
        restrict_object_type: AclListRestrictObjectType | NotGiven = NOT_GIVEN,
        role_id: str | NotGiven = NOT_GIVEN,
        org_name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Acl]:
        """List org acls

        List all acls in the org. This query requires the caller to have `read_acls` permission at the organization level

        Args:
            limit: Limit the number of objects to return
            ids: Filter search results to a particular set of object IDs. To specify a list of IDs, include the query param multiple times
            starting_after: Pagination cursor id.

                For example, if the final item in the last page you fetched had an id of `foo`, pass `starting_after=foo` to fetch the next page. Note: you may only pass one of `starting_after` and `ending_before`
            ending_before: Pagination cursor id.

                For example, if the initial item in the last page you fetched had an id of `foo`, pass `ending_before=foo` to fetch the previous page. Note: you may only pass one of `starting_after` and `ending_before`
            object_type: The object type that the ACL applies to
            object_id: The id of the object the ACL applies to
            user_id: Id of the user the ACL applies to. Exactly one of `user_id` and `group_id` will be provided
            group_id: Id of the group the ACL applies to. Exactly one of `user_id` and `group_id` will be provided
            permission: Each permission permits a certain type of operation on an object in the system

                Permissions can be assigned to to objects on an individual basis, or grouped into roles
            restrict_object_type: The object type that the ACL applies to
            role_id: Id of the role the ACL grants. Exactly one of `permission` and `role_id` will be provided
            org_name: Filter search results to within a particular organization
        """
        _query, _headers = request_params(
            build_body(
                _ListOrgParams,
                {
                    "limit": limit,
                    "ids": ids,
                    "starting_after": starting_after,
                    "ending_before": ending_before,
                    "object_type": object_type,
                    "object_id": object_id,
                    "user_id": user_id,
                    "group_id": group_id,
                    "permission": permission,
                    "restrict_object_type": restrict_object_type,
                    "role_id": role_id,
                    "org_name": org_name,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path="/v1/acl/list_org",
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        return self._client.request_page(SyncPage[Acl], Acl, _options, _LIST_ORG_PAGING)


class AclsResourceWithRawResponse:
    """The acls operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: AclsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.find_and_delete = to_raw_response_wrapper(resource.find_and_delete)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.batch_update = to_raw_response_wrapper(resource.batch_update)
        self.list_org = to_raw_response_wrapper(resource.list_org)


class AsyncAclsResource(AsyncAPIResource):
    """The acls operations, asynchronously."""

    @cached_property
    def with_raw_response(self) -> AsyncAclsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncAclsResourceWithRawResponse(self)

    def list(
        self,
        *,
        object_type: AclObjectType,
        object_id: str,
        limit: int | None | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        ending_before: str | NotGiven = NOT_GIVEN,
        ids: Ids | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN,
        group_id: str | NotGiven = NOT_GIVEN,
        permission: AclListPermission | NotGiven = NOT_GIVEN,
        restrict_object_type: AclListRestrictObjectType | NotGiven = NOT_GIVEN,
        role_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[Acl]:
        """List acls

        List out all acls. The acls are sorted by creation date, with the most recently-created acls coming first

        Args:
            limit: Limit the number of objects to return
            starting_after: Pagination cursor id.

                For example, if the final item in the last page you fetched had an id of `foo`, pass `starting_after=foo` to fetch the next page. Note: you may only pass one of `starting_after` and `ending_before`
            ending_before: Pagination cursor id.

                For example, if the initial item in the last page you fetched had an id of `foo`, pass `ending_before=foo` to fetch the previous page. Note: you may only pass one of `starting_after` and `ending_before`
            ids: Filter search results to a particular set of object IDs. To specify a list of IDs, include the query param multiple times
            object_type: The object type that the ACL applies to
            object_id: The id of the object the ACL applies to
            user_id: Id of the user the ACL applies to. Exactly one of `user_id` and `group_id` will be provided
            group_id: Id of the group the ACL applies to. Exactly one of `user_id` and `group_id` will be provided
            permission: Each permission permits a certain type of operation on an object in the system

                Permissions can be assigned to to objects on an individual basis, or grouped into roles
            restrict_object_type: The object type that the ACL applies to
            role_id: Id of the role the ACL grants. Exactly one of `permission` and `role_id` will be provided
        """
        _query, _headers = request_params(
            build_body(
                _ListParams,
                {
                    "limit": limit,
                    "starting_after": starting_after,
                    "ending_before": ending_before,
                    "ids": ids,
                    "object_type": object_type,
                    "object_id": object_id,
                    "user_id": user_id,
                    "group_id": group_id,
                    "permission": permission,
                    "restrict_object_type": restrict_object_type,
                    "role_id": role_id,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path="/v1/acl",
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        return self._client.request_page(AsyncPage[Acl], Acl, _options, _LIST_PAGING)

    async def create(
        self,
        *,
        object_type: AclObjectType,
        object_id: str,
        user_id: str | None | NotGiven = NOT_GIVEN,
        group_id: str | None | NotGiven = NOT_GIVEN,
        permission: Permission | None | NotGiven = NOT_GIVEN,
        restrict_object_type: AclObjectType | None | NotGiven = NOT_GIVEN,
        role_id: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Acl:
        """Create acl

        Create a new acl. If there is an existing acl with the same contents as the one specified in the request, will return the existing acl unmodified

        Args:
            object_id: The id of the object the ACL applies to
            user_id: Id of the user the ACL applies to. Exactly one of `user_id` and `group_id` will be provided
            group_id: Id of the group the ACL applies to. Exactly one of `user_id` and `group_id` will be provided
            permission: Permission the ACL grants. Exactly one of `permission` and `role_id` will be provided
            restrict_object_type: When setting a permission directly, optionally restricts the permission grant to just the specified object type. Cannot be set alongside a `role_id`.
            role_id: Id of the role the ACL grants. Exactly one of `permission` and `role_id` will be provided
        """
        _options = RequestOptions(
            method="post",
            path="/v1/acl",
            json=build_body(
                AclItem,
                {
                    "object_type": object_type,
                    "object_id": object_id,
                    "user_id": user_id,
                    "group_id": group_id,
                    "permission": permission,
                    "restrict_object_type": restrict_object_type,
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
        _result: Acl = await self._client.request(Acl, _options)
        return _result

    async def find_and_delete(
        self,
        *,
        object_type: AclObjectType,
        object_id: str,
        user_id: str | None | NotGiven = NOT_GIVEN,
        group_id: str | None | NotGiven = NOT_GIVEN,
        permission: Permission | None | NotGiven = NOT_GIVEN,
        restrict_object_type: AclObjectType | None | NotGiven = NOT_GIVEN,
        role_id: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Acl:
        """Delete single acl

        Delete a single acl

        Args:
            object_id: The id of the object the ACL applies to
            user_id: Id of the user the ACL applies to. Exactly one of `user_id` and `group_id` will be provided
            group_id: Id of the group the ACL applies to. Exactly one of `user_id` and `group_id` will be provided
            permission: Permission the ACL grants. Exactly one of `permission` and `role_id` will be provided
            restrict_object_type: When setting a permission directly, optionally restricts the permission grant to just the specified object type. Cannot be set alongside a `role_id`.
            role_id: Id of the role the ACL grants. Exactly one of `permission` and `role_id` will be provided
        """
        _options = RequestOptions(
            method="delete",
            path="/v1/acl",
            json=build_body(
                AclItem,
                {
                    "object_type": object_type,
                    "object_id": object_id,
                    "user_id": user_id,
                    "group_id": group_id,
                    "permission": permission,
                    "restrict_object_type": restrict_object_type,
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
        _result: Acl = await self._client.request(Acl, _options)
        return _result

    async def retrieve(
        self,
        acl_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Acl:
        """Get acl

        Get an acl object by its id

        Args:
            acl_id: Acl id
        """
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/acl/{acl_id}",
                {
                    "acl_id": acl_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Acl = await self._client.request(Acl, _options)
        return _result

    async def delete(
        self,
        acl_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Acl:
        """Delete acl

        Delete an acl object by its id

        Args:
            acl_id: Acl id
        """
        _options = RequestOptions(
            method="delete",
            path=format_path(
                "/v1/acl/{acl_id}",
                {
                    "acl_id": acl_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Acl = await self._client.request(Acl, _options)
        return _result

    async def batch_update(
        self,
        *,
        add_acls: Sequence[AclItem] | None | NotGiven = NOT_GIVEN,
        remove_acls: Sequence[AclItem] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AclBatchUpdateResponse:
        """Batch update acls

        Batch update acls. This operation is idempotent, so adding acls which already exist will have no effect, and removing acls which do not exist will have no effect.
        """
        _options = RequestOptions(
            method="post",
            path="/v1/acl/batch_update",
            json=build_body(
                AclBatchUpdateRequest,
                {
                    "add_acls": add_acls,
                    "remove_acls": remove_acls,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: AclBatchUpdateResponse = await self._client.request(AclBatchUpdateResponse, _options)
        return _result

    def list_org(
        self,
        *,
        limit: int | None | NotGiven = NOT_GIVEN,
        ids: Ids | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        ending_before: str | NotGiven = NOT_GIVEN,
        object_type: AclListOrgObjectType | NotGiven = NOT_GIVEN,
        object_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN,
        group_id: str | NotGiven = NOT_GIVEN,
        permission: AclListPermission | NotGiven = NOT_GIVEN,
        restrict_object_type: AclListRestrictObjectType | NotGiven = NOT_GIVEN,
        role_id: str | NotGiven = NOT_GIVEN,
        org_name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[Acl]:
        """List org acls

        List all acls in the org. This query requires the caller to have `read_acls` permission at the organization level

        Args:
            limit: Limit the number of objects to return
            ids: Filter search results to a particular set of object IDs. To specify a list of IDs, include the query param multiple times
            starting_after: Pagination cursor id.

                For example, if the final item in the last page you fetched had an id of `foo`, pass `starting_after=foo` to fetch the next page. Note: you may only pass one of `starting_after` and `ending_before`
            ending_before: Pagination cursor id.

                For example, if the initial item in the last page you fetched had an id of `foo`, pass `ending_before=foo` to fetch the previous page. Note: you may only pass one of `starting_after` and `ending_before`
            object_type: The object type that the ACL applies to
            object_id: The id of the object the ACL applies to
            user_id: Id of the user the ACL applies to. Exactly one of `user_id` and `group_id` will be provided
            group_id: Id of the group the ACL applies to. Exactly one of `user_id` and `group_id` will be provided
            permission: Each permission permits a certain type of operation on an object in the system

                Permissions can be assigned to to objects on an individual basis, or grouped into roles
            restrict_object_type: The object type that the ACL applies to
            role_id: Id of the role the ACL grants. Exactly one of `permission` and `role_id` will be provided
            org_name: Filter search results to within a particular organization
        """
        _query, _headers = request_params(
            build_body(
                _ListOrgParams,
                {
                    "limit": limit,
                    "ids": ids,
                    "starting_after": starting_after,
                    "ending_before": ending_before,
                    "object_type": object_type,
                    "object_id": object_id,
                    "user_id": user_id,
                    "group_id": group_id,
                    "permission": permission,
                    "restrict_object_type": restrict_object_type,
                    "role_id": role_id,
                    "org_name": org_name,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path="/v1/acl/list_org",
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        return self._client.request_page(AsyncPage[Acl], Acl, _options, _LIST_ORG_PAGING)


class AsyncAclsResourceWithRawResponse:
    """The acls operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: AsyncAclsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.find_and_delete = async_to_raw_response_wrapper(resource.find_and_delete)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.batch_update = async_to_raw_response_wrapper(resource.batch_update)
        self.list_org = async_to_raw_response_wrapper(resource.list_org)
