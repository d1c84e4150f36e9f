"""The service_tokens resource group."""

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
from ..models.create_service_token_output import CreateServiceTokenOutput
from ..models.delete_service_token import DeleteServiceToken
from ..models.ids import Ids
from ..models.service_token import ServiceToken
from ..models.service_tokens_create_body import ServiceTokensCreateBody
from ..models.service_tokens_replace_body import ServiceTokensReplaceBody

__all__ = [
    "AsyncServiceTokensResource",
    "AsyncServiceTokensResourceWithRawResponse",
    "ServiceTokensResource",
    "ServiceTokensResourceWithRawResponse",
]


class _ListParams(BaseModel):
    """Checks the parameters of ``list`` before they are sent."""

    # what a ValidationError names: the call, not this private class
    model_config = ConfigDict(title="service_tokens.list() arguments")

    limit: Annotated[int, Field(ge=0), OpenConstraints] | None = None

    starting_after: Annotated[str | None, NotNull] = None

    ending_before: Annotated[str | None, NotNull] = None

    ids: Annotated[Ids | None, NotNull] = None

    service_token_name: Annotated[str | None, NotNull] = None

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


class ServiceTokensResource(SyncAPIResource):
    """The service_tokens operations."""

    @cached_property
    def with_raw_response(self) -> ServiceTokensResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return ServiceTokensResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        ending_before: str | NotGiven = NOT_GIVEN,
        ids: Ids | NotGiven = NOT_GIVEN,
        service_token_name: str | NotGiven = NOT_GIVEN,
        org_name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[ServiceToken]:
        """List service_tokens

        List out all service tokens. They are sorted by creation date, with the most recently-created tokens coming first.

        To create a service token, visit [**Settings > Service tokens**](https://www.braintrust.dev/app/~/configuration/org/service-tokens) as an organization owner, or call [`POST /v1/service_token`](https://www.braintrust.dev/docs/api-reference/servicetokens/create-service_token) and authenticate with a service token that has organization-owner permissions.

        Args:
            limit: Limit the number of objects to return
            starting_after: Pagination cursor id.

                For example, if the final item in the last page you fetched had an id of `foo`, pass `starting_after=foo` to fetch the next page. Note: you may only pass one of `starting_after` and `ending_before`
            ending_before: Pagination cursor id.

                For example, if the initial item in the last page you fetched had an id of `foo`, pass `ending_before=foo` to fetch the previous page. Note: you may only pass one of `starting_after` and `ending_before`
            ids: Filter search results to a particular set of object IDs. To specify a list of IDs, include the query param multiple times
            service_token_name: Name of the service_token to search for
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
                    "service_token_name": service_token_name,
                    "org_name": org_name,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path="/v1/service_token",
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        return self._client.request_page(SyncPage[ServiceToken], ServiceToken, _options, _LIST_PAGING)

    def replace(
        self,
        *,
        name: str,
        service_account_id: str,
        org_name: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreateServiceTokenOutput:
        """Create or replace service_token

        Create or replace service_token. If there is an existing service_token with the same name as the one specified in the request, will replace the existing service_token with the provided fields

        Args:
            name: Name of the service token. Does not have to be unique
            org_name: For nearly all users, this parameter should be unnecessary. But in the rare case that your API key belongs to multiple organizations, you may specify the name of the organization the Service token belongs in.
            service_account_id: The ID of the service account to which the token should belong. To create a service account, visit [**Settings > Service tokens**](https://www.braintrust.dev/app/~/configuration/org/service-tokens) in the Braintrust UI or call [`PATCH /v1/organization/members`](https://www.braintrust.dev/docs/api-reference/organizations/modify-organization-membership).
        """
        _options = RequestOptions(
            method="put",
            path="/v1/service_token",
            json=build_body(
                ServiceTokensReplaceBody,
                {
                    "name": name,
                    "org_name": org_name,
                    "service_account_id": service_account_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: CreateServiceTokenOutput = self._client.request(CreateServiceTokenOutput, _options)
        return _result

    def create(
        self,
        *,
        name: str,
        service_account_id: str,
        org_name: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreateServiceTokenOutput:
        """Create service_token

        Create a new service token.

        When calling this endpoint, you must authenticate using a service token that has organization-owner permissions. User API keys cannot be used.

        Args:
            name: Name of the service token. Does not have to be unique
            org_name: For nearly all users, this parameter should be unnecessary. But in the rare case that your API key belongs to multiple organizations, you may specify the name of the organization the Service token belongs in.
            service_account_id: The ID of the service account to which the token should belong. To create a service account, visit [**Settings > Service tokens**](https://www.braintrust.dev/app/~/configuration/org/service-tokens) in the Braintrust UI or call [`PATCH /v1/organization/members`](https://www.braintrust.dev/docs/api-reference/organizations/modify-organization-membership).
        """
        _options = RequestOptions(
            method="post",
            path="/v1/service_token",
            json=build_body(
                ServiceTokensCreateBody,
                {
                    "name": name,
                    "org_name": org_name,
                    "service_account_id": service_account_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: CreateServiceTokenOutput = self._client.request(CreateServiceTokenOutput, _options)
        return _result

    def find_and_delete(
        self,
        *,
        id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ServiceToken:
        """Delete single service_token

        Delete a single service_token

        Args:
            id: Unique identifier for the service token.
        """
        _options = RequestOptions(
            method="delete",
            path="/v1/service_token",
            json=build_body(
                DeleteServiceToken,
                {
                    "id": id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: ServiceToken = self._client.request(ServiceToken, _options)
        return _result

    def retrieve(
        self,
        service_token_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ServiceToken:
        """Get service_token

        Get a service_token object by its id

        Args:
            service_token_id: ServiceToken id
        """
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/service_token/{service_token_id}",
                {
                    "service_token_id": service_token_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: ServiceToken = self._client.request(ServiceToken, _options)
        return _result

    def delete(
        self,
        service_token_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ServiceToken:
        """Delete service_token

        Delete a service_token object by its id

        Args:
            service_token_id: ServiceToken id
        """
        _options = RequestOptions(
            method="delete",
            path=format_path(
                "/v1/service_token/{service_token_id}",
                {
                    "service_token_id": service_token_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: ServiceToken = self._client.request(ServiceToken, _options)
        return _result


class ServiceTokensResourceWithRawResponse:
    """The service_tokens operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: ServiceTokensResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.replace = to_raw_response_wrapper(resource.replace)
        self.create = to_raw_response_wrapper(resource.create)
        self.find_and_delete = to_raw_response_wrapper(resource.find_and_delete)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncServiceTokensResource(AsyncAPIResource):
    """The service_tokens operations, asynchronously."""

    @cached_property
    def with_raw_response(self) -> AsyncServiceTokensResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncServiceTokensResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        ending_before: str | NotGiven = NOT_GIVEN,
        ids: Ids | NotGiven = NOT_GIVEN,
        service_token_name: str | NotGiven = NOT_GIVEN,
        org_name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ServiceToken]:
        """List service_tokens

        List out all service tokens. They are sorted by creation date, with the most recently-created tokens coming first.

        To create a service token, visit [**Settings > Service tokens**](https://www.braintrust.dev/app/~/configuration/org/service-tokens) as an organization owner, or call [`POST /v1/service_token`](https://www.braintrust.dev/docs/api-reference/servicetokens/create-service_token) and authenticate with a service token that has organization-owner permissions.

        Args:
            limit: Limit the number of objects to return
            starting_after: Pagination cursor id.

                For example, if the final item in the last page you fetched had an id of `foo`, pass `starting_after=foo` to fetch the next page. Note: you may only pass one of `starting_after` and `ending_before`
            ending_before: Pagination cursor id.

                For example, if the initial item in the last page you fetched had an id of `foo`, pass `ending_before=foo` to fetch the previous page. Note: you may only pass one of `starting_after` and `ending_before`
            ids: Filter search results to a particular set of object IDs. To specify a list of IDs, include the query param multiple times
            service_token_name: Name of the service_token to search for
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
                    "service_token_name": service_token_name,
                    "org_name": org_name,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path="/v1/service_token",
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        return self._client.request_page(AsyncPage[ServiceToken], ServiceToken, _options, _LIST_PAGING)

    async def replace(
        self,
        *,
        name: str,
        service_account_id: str,
        org_name: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreateServiceTokenOutput:
        """Create or replace service_token

        Create or replace service_token. If there is an existing service_token with the same name as the one specified in the request, will replace the existing service_token with the provided fields

        Args:
            name: Name of the service token. Does not have to be unique
            org_name: For nearly all users, this parameter should be unnecessary. But in the rare case that your API key belongs to multiple organizations, you may specify the name of the organization the Service token belongs in.
            service_account_id: The ID of the service account to which the token should belong. To create a service account, visit [**Settings > Service tokens**](https://www.braintrust.dev/app/~/configuration/org/service-tokens) in the Braintrust UI or call [`PATCH /v1/organization/members`](https://www.braintrust.dev/docs/api-reference/organizations/modify-organization-membership).
        """
        _options = RequestOptions(
            method="put",
            path="/v1/service_token",
            json=build_body(
                ServiceTokensReplaceBody,
                {
                    "name": name,
                    "org_name": org_name,
                    "service_account_id": service_account_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: CreateServiceTokenOutput = await self._client.request(CreateServiceTokenOutput, _options)
        return _result

    async def create(
        self,
        *,
        name: str,
        service_account_id: str,
        org_name: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreateServiceTokenOutput:
        """Create service_token

        Create a new service token.

        When calling this endpoint, you must authenticate using a service token that has organization-owner permissions. User API keys cannot be used.

        Args:
            name: Name of the service token. Does not have to be unique
            org_name: For nearly all users, this parameter should be unnecessary. But in the rare case that your API key belongs to multiple organizations, you may specify the name of the organization the Service token belongs in.
            service_account_id: The ID of the service account to which the token should belong. To create a service account, visit [**Settings > Service tokens**](https://www.braintrust.dev/app/~/configuration/org/service-tokens) in the Braintrust UI or call [`PATCH /v1/organization/members`](https://www.braintrust.dev/docs/api-reference/organizations/modify-organization-membership).
        """
        _options = RequestOptions(
            method="post",
            path="/v1/service_token",
            json=build_body(
                ServiceTokensCreateBody,
                {
                    "name": name,
                    "org_name": org_name,
                    "service_account_id": service_account_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: CreateServiceTokenOutput = await self._client.request(CreateServiceTokenOutput, _options)
        return _result

    async def find_and_delete(
        self,
        *,
        id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ServiceToken:
        """Delete single service_token

        Delete a single service_token

        Args:
            id: Unique identifier for the service token.
        """
        _options = RequestOptions(
            method="delete",
            path="/v1/service_token",
            json=build_body(
                DeleteServiceToken,
                {
                    "id": id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: ServiceToken = await self._client.request(ServiceToken, _options)
        return _result

    async def retrieve(
        self,
        service_token_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ServiceToken:
        """Get service_token

        Get a service_token object by its id

        Args:
            service_token_id: ServiceToken id
        """
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/service_token/{service_token_id}",
                {
                    "service_token_id": service_token_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: ServiceToken = await self._client.request(ServiceToken, _options)
        return _result

    async def delete(
        self,
        service_token_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ServiceToken:
        """Delete service_token

        Delete a service_token object by its id

        Args:
            service_token_id: ServiceToken id
        """
        _options = RequestOptions(
            method="delete",
            path=format_path(
                "/v1/service_token/{service_token_id}",
                {
                    "service_token_id": service_token_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: ServiceToken = await self._client.request(ServiceToken, _options)
        return _result


class AsyncServiceTokensResourceWithRawResponse:
    """The service_tokens operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: AsyncServiceTokensResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.replace = async_to_raw_response_wrapper(resource.replace)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.find_and_delete = async_to_raw_response_wrapper(resource.find_and_delete)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)
