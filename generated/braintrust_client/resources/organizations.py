"""The organizations resource group."""

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
from ..models.ids import Ids
from ..models.image_rendering_mode import ImageRenderingMode
from ..models.organization import Organization
from ..models.patch_organization import PatchOrganization
from ..models.patch_organization_members import (
    PatchOrganizationMembers,
    PatchOrganizationMembersInviteUsers,
    PatchOrganizationMembersRemoveUsers,
)
from ..models.patch_organization_members_output import PatchOrganizationMembersOutput

__all__ = [
    "AsyncOrganizationsResource",
    "AsyncOrganizationsResourceWithRawResponse",
    "OrganizationsResource",
    "OrganizationsResourceWithRawResponse",
]


class _ListParams(BaseModel):
    """Checks the parameters of ``list`` before they are sent."""

    # what a ValidationError names: the call, not this private class
    model_config = ConfigDict(title="organizations.list() arguments")

    limit: Annotated[int, Field(ge=0), OpenConstraints] | None = None

    starting_after: Annotated[str | None, NotNull] = None

    ending_before: Annotated[str | None, NotNull] = None

    ids: Annotated[Ids | None, NotNull] = None

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


class OrganizationsResource(SyncAPIResource):
    """The organizations operations."""

    @cached_property
    def with_raw_response(self) -> OrganizationsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return OrganizationsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        ending_before: str | NotGiven = NOT_GIVEN,
        ids: Ids | NotGiven = NOT_GIVEN,
        org_name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Organization]:
        """List organizations

        List out all organizations. The organizations are sorted by creation date, with the most recently-created organizations coming first

        Args:
            limit: Limit the number of objects to return
            starting_after: Pagination cursor id.

                For example, if the final item in the last page you fetched had an id of `foo`, pass `starting_after=foo` to fetch the next page. Note: you may only pass one of `starting_after` and `ending_before`
            ending_before: Pagination cursor id.

                For example, if the initial item in the last page you fetched had an id of `foo`, pass `ending_before=foo` to fetch the previous page. Note: you may only pass one of `starting_after` and `ending_before`
            ids: Filter search results to a particular set of object IDs. To specify a list of IDs, include the query param multiple times
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
                    "org_name": org_name,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path="/v1/organization",
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        return self._client.request_page(SyncPage[Organization], Organization, _options, _LIST_PAGING)

    def retrieve(
        self,
        organization_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Organization:
        """Get organization

        Get an organization object by its id

        Args:
            organization_id: Organization id
        """
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/organization/{organization_id}",
                {
                    "organization_id": organization_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Organization = self._client.request(Organization, _options)
        return _result

    def update(
        self,
        organization_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        api_url: str | None | NotGiven = NOT_GIVEN,
        is_universal_api: bool | None | NotGiven = NOT_GIVEN,
        is_dataplane_private: bool | None | NotGiven = NOT_GIVEN,
        proxy_url: str | None | NotGiven = NOT_GIVEN,
        realtime_url: str | None | NotGiven = NOT_GIVEN,
        image_rendering_mode: ImageRenderingMode | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Organization:
        """Partially update organization

        Partially update an organization object. Specify the fields to update in the payload. Any object-type fields will be deep-merged with existing content. Currently we do not support removing fields or setting them to null.

        Args:
            organization_id: Organization id
            name: Name of the organization
        """
        _options = RequestOptions(
            method="patch",
            path=format_path(
                "/v1/organization/{organization_id}",
                {
                    "organization_id": organization_id,
                },
            ),
            json=build_body(
                PatchOrganization,
                {
                    "name": name,
                    "api_url": api_url,
                    "is_universal_api": is_universal_api,
                    "is_dataplane_private": is_dataplane_private,
                    "proxy_url": proxy_url,
                    "realtime_url": realtime_url,
                    "image_rendering_mode": image_rendering_mode,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Organization = self._client.request(Organization, _options)
        return _result

    def update_members(
        self,
        *,
        invite_users: PatchOrganizationMembersInviteUsers | None | NotGiven = NOT_GIVEN,
        remove_users: PatchOrganizationMembersRemoveUsers | None | NotGiven = NOT_GIVEN,
        org_name: str | None | NotGiven = NOT_GIVEN,
        org_id: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PatchOrganizationMembersOutput:
        """Modify organization membership

        Add or remove members, create service accounts.

        Args:
            invite_users: Users to invite to the organization
            remove_users: Users to remove from the organization
            org_name: For nearly all users, this parameter should be unnecessary. But in the rare case that your API key belongs to multiple organizations, or in case you want to explicitly assert the organization you are modifying, you may specify the name of the organization.
            org_id: For nearly all users, this parameter should be unnecessary. But in the rare case that your API key belongs to multiple organizations, or in case you want to explicitly assert the organization you are modifying, you may specify the id of the organization.
        """
        _options = RequestOptions(
            method="patch",
            path="/v1/organization/members",
            json=build_body(
                PatchOrganizationMembers,
                {
                    "invite_users": invite_users,
                    "remove_users": remove_users,
                    "org_name": org_name,
                    "org_id": org_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: PatchOrganizationMembersOutput = self._client.request(PatchOrganizationMembersOutput, _options)
        return _result


class OrganizationsResourceWithRawResponse:
    """The organizations operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: OrganizationsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.update = to_raw_response_wrapper(resource.update)
        self.update_members = to_raw_response_wrapper(resource.update_members)


class AsyncOrganizationsResource(AsyncAPIResource):
    """The organizations operations, asynchronously."""

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncOrganizationsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        ending_before: str | NotGiven = NOT_GIVEN,
        ids: Ids | NotGiven = NOT_GIVEN,
        org_name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[Organization]:
        """List organizations

        List out all organizations. The organizations are sorted by creation date, with the most recently-created organizations coming first

        Args:
            limit: Limit the number of objects to return
            starting_after: Pagination cursor id.

                For example, if the final item in the last page you fetched had an id of `foo`, pass `starting_after=foo` to fetch the next page. Note: you may only pass one of `starting_after` and `ending_before`
            ending_before: Pagination cursor id.

                For example, if the initial item in the last page you fetched had an id of `foo`, pass `ending_before=foo` to fetch the previous page. Note: you may only pass one of `starting_after` and `ending_before`
            ids: Filter search results to a particular set of object IDs. To specify a list of IDs, include the query param multiple times
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
                    "org_name": org_name,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path="/v1/organization",
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        return self._client.request_page(AsyncPage[Organization], Organization, _options, _LIST_PAGING)

    async def retrieve(
        self,
        organization_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Organization:
        """Get organization

        Get an organization object by its id

        Args:
            organization_id: Organization id
        """
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/organization/{organization_id}",
                {
                    "organization_id": organization_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Organization = await self._client.request(Organization, _options)
        return _result

    async def update(
        self,
        organization_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        api_url: str | None | NotGiven = NOT_GIVEN,
        is_universal_api: bool | None | NotGiven = NOT_GIVEN,
        is_dataplane_private: bool | None | NotGiven = NOT_GIVEN,
        proxy_url: str | None | NotGiven = NOT_GIVEN,
        realtime_url: str | None | NotGiven = NOT_GIVEN,
        image_rendering_mode: ImageRenderingMode | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Organization:
        """Partially update organization

        Partially update an organization object. Specify the fields to update in the payload. Any object-type fields will be deep-merged with existing content. Currently we do not support removing fields or setting them to null.

        Args:
            organization_id: Organization id
            name: Name of the organization
        """
        _options = RequestOptions(
            method="patch",
            path=format_path(
                "/v1/organization/{organization_id}",
                {
                    "organization_id": organization_id,
                },
            ),
            json=build_body(
                PatchOrganization,
                {
                    "name": name,
                    "api_url": api_url,
                    "is_universal_api": is_universal_api,
                    "is_dataplane_private": is_dataplane_private,
                    "proxy_url": proxy_url,
                    "realtime_url": realtime_url,
                    "image_rendering_mode": image_rendering_mode,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Organization = await self._client.request(Organization, _options)
        return _result

    async def update_members(
        self,
        *,
        invite_users: PatchOrganizationMembersInviteUsers | None | NotGiven = NOT_GIVEN,
        remove_users: PatchOrganizationMembersRemoveUsers | None | NotGiven = NOT_GIVEN,
        org_name: str | None | NotGiven = NOT_GIVEN,
        org_id: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PatchOrganizationMembersOutput:
        """Modify organization membership

        Add or remove members, create service accounts.

        Args:
            invite_users: Users to invite to the organization
            remove_users: Users to remove from the organization
            org_name: For nearly all users, this parameter should be unnecessary. But in the rare case that your API key belongs to multiple organizations, or in case you want to explicitly assert the organization you are modifying, you may specify the name of the organization.
            org_id: For nearly all users, this parameter should be unnecessary. But in the rare case that your API key belongs to multiple organizations, or in case you want to explicitly assert the organization you are modifying, you may specify the id of the organization.
        """
        _options = RequestOptions(
            method="patch",
            path="/v1/organization/members",
            json=build_body(
                PatchOrganizationMembers,
                {
                    "invite_users": invite_users,
                    "remove_users": remove_users,
                    "org_name": org_name,
                    "org_id": org_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: PatchOrganizationMembersOutput = await self._client.request(PatchOrganizationMembersOutput, _options)
        return _result


class AsyncOrganizationsResourceWithRawResponse:
    """The organizations operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: AsyncOrganizationsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.update_members = async_to_raw_response_wrapper(resource.update_members)
