"""The ai_secrets resource group."""

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
from ..models.ai_secret import AISecret
from ..models.ai_secret_type import AISecretType
from ..models.create_ai_secret import CreateAISecret
from ..models.delete_ai_secret import DeleteAISecret
from ..models.ids import Ids
from ..models.patch_ai_secret import PatchAISecret

__all__ = [
    "AiSecretsResource",
    "AiSecretsResourceWithRawResponse",
    "AsyncAiSecretsResource",
    "AsyncAiSecretsResourceWithRawResponse",
]


class _ListParams(BaseModel):
    """Checks the parameters of ``list`` before they are sent."""

    # what a ValidationError names: the call, not this private class
    model_config = ConfigDict(title="ai_secrets.list() arguments")

    limit: Annotated[int, Field(ge=0), OpenConstraints] | None = None

    starting_after: Annotated[str | None, NotNull] = None

    ending_before: Annotated[str | None, NotNull] = None

    ids: Annotated[Ids | None, NotNull] = None

    ai_secret_name: Annotated[str | None, NotNull] = None

    org_name: Annotated[str | None, NotNull] = None

    ai_secret_type: Annotated[AISecretType | None, NotNull] = None


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


class AiSecretsResource(SyncAPIResource):
    """The ai_secrets operations."""

    @cached_property
    def with_raw_response(self) -> AiSecretsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return AiSecretsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        ending_before: str | NotGiven = NOT_GIVEN,
        ids: Ids | NotGiven = NOT_GIVEN,
        ai_secret_name: str | NotGiven = NOT_GIVEN,
        org_name: str | NotGiven = NOT_GIVEN,
        ai_secret_type: AISecretType | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[AISecret]:
        """List ai_secrets

        List out all ai_secrets. The ai_secrets are sorted by creation date, with the most recently-created ai_secrets coming first

        Args:
            limit: Limit the number of objects to return
            starting_after: Pagination cursor id.

                For example, if the final item in the last page you fetched had an id of `foo`, pass `starting_after=foo` to fetch the next page. Note: you may only pass one of `starting_after` and `ending_before`
            ending_before: Pagination cursor id.

                For example, if the initial item in the last page you fetched had an id of `foo`, pass `ending_before=foo` to fetch the previous page. Note: you may only pass one of `starting_after` and `ending_before`
            ids: Filter search results to a particular set of object IDs. To specify a list of IDs, include the query param multiple times
            ai_secret_name: Name of the ai_secret to search for
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
                    "ai_secret_name": ai_secret_name,
                    "org_name": org_name,
                    "ai_secret_type": ai_secret_type,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path="/v1/ai_secret",
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        return self._client.request_page(SyncPage[AISecret], AISecret, _options, _LIST_PAGING)

    def replace(
        self,
        *,
        name: str,
        type_: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        secret: str | None | NotGiven = NOT_GIVEN,
        org_name: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AISecret:
        """Create or replace ai_secret

        Create or replace ai_secret. If there is an existing ai_secret with the same name as the one specified in the request, will replace the existing ai_secret with the provided fields

        Args:
            name: Name of the AI secret
            secret: Secret value. If omitted in a PUT request, the existing secret value will be left intact, not replaced with null.
            org_name: For nearly all users, this parameter should be unnecessary. But in the rare case that your API key belongs to multiple organizations, you may specify the name of the organization the AI Secret belongs in.
        """
        _options = RequestOptions(
            method="put",
            path="/v1/ai_secret",
            json=build_body(
                CreateAISecret,
                {
                    "name": name,
                    "type": type_,
                    "metadata": metadata,
                    "secret": secret,
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
        _result: AISecret = self._client.request(AISecret, _options)
        return _result

    def create(
        self,
        *,
        name: str,
        type_: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        secret: str | None | NotGiven = NOT_GIVEN,
        org_name: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AISecret:
        """Create ai_secret

        Create a new ai_secret. If there is an existing ai_secret with the same name as the one specified in the request, will return the existing ai_secret unmodified

        Args:
            name: Name of the AI secret
            secret: Secret value. If omitted in a PUT request, the existing secret value will be left intact, not replaced with null.
            org_name: For nearly all users, this parameter should be unnecessary. But in the rare case that your API key belongs to multiple organizations, you may specify the name of the organization the AI Secret belongs in.
        """
        _options = RequestOptions(
            method="post",
            path="/v1/ai_secret",
            json=build_body(
                CreateAISecret,
                {
                    "name": name,
                    "type": type_,
                    "metadata": metadata,
                    "secret": secret,
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
        _result: AISecret = self._client.request(AISecret, _options)
        return _result

    def find_and_delete(
        self,
        *,
        name: str,
        org_name: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AISecret:
        """Delete single ai_secret

        Delete a single ai_secret

        Args:
            name: Name of the AI secret
            org_name: For nearly all users, this parameter should be unnecessary. But in the rare case that your API key belongs to multiple organizations, you may specify the name of the organization the AI Secret belongs in.
        """
        _options = RequestOptions(
            method="delete",
            path="/v1/ai_secret",
            json=build_body(
                DeleteAISecret,
                {
                    "name": name,
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
        _result: AISecret = self._client.request(AISecret, _options)
        return _result

    def retrieve(
        self,
        ai_secret_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AISecret:
        """Get ai_secret

        Get an ai_secret object by its id

        Args:
            ai_secret_id: AiSecret id
        """
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/ai_secret/{ai_secret_id}",
                {
                    "ai_secret_id": ai_secret_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: AISecret = self._client.request(AISecret, _options)
        return _result

    def delete(
        self,
        ai_secret_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AISecret:
        """Delete ai_secret

        Delete an ai_secret object by its id

        Args:
            ai_secret_id: AiSecret id
        """
        _options = RequestOptions(
            method="delete",
            path=format_path(
                "/v1/ai_secret/{ai_secret_id}",
                {
                    "ai_secret_id": ai_secret_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: AISecret = self._client.request(AISecret, _options)
        return _result

    def update(
        self,
        ai_secret_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        type_: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        secret: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AISecret:
        """Partially update ai_secret

        Partially update an ai_secret object. Specify the fields to update in the payload. Any object-type fields will be deep-merged with existing content. Currently we do not support removing fields or setting them to null.

        Args:
            ai_secret_id: AiSecret id
            name: Name of the AI secret
        """
        _options = RequestOptions(
            method="patch",
            path=format_path(
                "/v1/ai_secret/{ai_secret_id}",
                {
                    "ai_secret_id": ai_secret_id,
                },
            ),
            json=build_body(
                PatchAISecret,
                {
                    "name": name,
                    "type": type_,
                    "metadata": metadata,
                    "secret": secret,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: AISecret = self._client.request(AISecret, _options)
        return _result


class AiSecretsResourceWithRawResponse:
    """The ai_secrets operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: AiSecretsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.replace = to_raw_response_wrapper(resource.replace)
        self.create = to_raw_response_wrapper(resource.create)
        self.find_and_delete = to_raw_response_wrapper(resource.find_and_delete)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncAiSecretsResource(AsyncAPIResource):
    """The ai_secrets operations, asynchronously."""

    @cached_property
    def with_raw_response(self) -> AsyncAiSecretsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncAiSecretsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        ending_before: str | NotGiven = NOT_GIVEN,
        ids: Ids | NotGiven = NOT_GIVEN,
        ai_secret_name: str | NotGiven = NOT_GIVEN,
        org_name: str | NotGiven = NOT_GIVEN,
        ai_secret_type: AISecretType | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AISecret]:
        """List ai_secrets

        List out all ai_secrets. The ai_secrets are sorted by creation date, with the most recently-created ai_secrets coming first

        Args:
            limit: Limit the number of objects to return
            starting_after: Pagination cursor id.

                For example, if the final item in the last page you fetched had an id of `foo`, pass `starting_after=foo` to fetch the next page. Note: you may only pass one of `starting_after` and `ending_before`
            ending_before: Pagination cursor id.

                For example, if the initial item in the last page you fetched had an id of `foo`, pass `ending_before=foo` to fetch the previous page. Note: you may only pass one of `starting_after` and `ending_before`
            ids: Filter search results to a particular set of object IDs. To specify a list of IDs, include the query param multiple times
            ai_secret_name: Name of the ai_secret to search for
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
                    "ai_secret_name": ai_secret_name,
                    "org_name": org_name,
                    "ai_secret_type": ai_secret_type,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path="/v1/ai_secret",
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        return self._client.request_page(AsyncPage[AISecret], AISecret, _options, _LIST_PAGING)

    async def replace(
        self,
        *,
        name: str,
        type_: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        secret: str | None | NotGiven = NOT_GIVEN,
        org_name: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AISecret:
        """Create or replace ai_secret

        Create or replace ai_secret. If there is an existing ai_secret with the same name as the one specified in the request, will replace the existing ai_secret with the provided fields

        Args:
            name: Name of the AI secret
            secret: Secret value. If omitted in a PUT request, the existing secret value will be left intact, not replaced with null.
            org_name: For nearly all users, this parameter should be unnecessary. But in the rare case that your API key belongs to multiple organizations, you may specify the name of the organization the AI Secret belongs in.
        """
        _options = RequestOptions(
            method="put",
            path="/v1/ai_secret",
            json=build_body(
                CreateAISecret,
                {
                    "name": name,
                    "type": type_,
                    "metadata": metadata,
                    "secret": secret,
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
        _result: AISecret = await self._client.request(AISecret, _options)
        return _result

    async def create(
        self,
        *,
        name: str,
        type_: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        secret: str | None | NotGiven = NOT_GIVEN,
        org_name: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AISecret:
        """Create ai_secret

        Create a new ai_secret. If there is an existing ai_secret with the same name as the one specified in the request, will return the existing ai_secret unmodified

        Args:
            name: Name of the AI secret
            secret: Secret value. If omitted in a PUT request, the existing secret value will be left intact, not replaced with null.
            org_name: For nearly all users, this parameter should be unnecessary. But in the rare case that your API key belongs to multiple organizations, you may specify the name of the organization the AI Secret belongs in.
        """
        _options = RequestOptions(
            method="post",
            path="/v1/ai_secret",
            json=build_body(
                CreateAISecret,
                {
                    "name": name,
                    "type": type_,
                    "metadata": metadata,
                    "secret": secret,
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
        _result: AISecret = await self._client.request(AISecret, _options)
        return _result

    async def find_and_delete(
        self,
        *,
        name: str,
        org_name: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AISecret:
        """Delete single ai_secret

        Delete a single ai_secret

        Args:
            name: Name of the AI secret
            org_name: For nearly all users, this parameter should be unnecessary. But in the rare case that your API key belongs to multiple organizations, you may specify the name of the organization the AI Secret belongs in.
        """
        _options = RequestOptions(
            method="delete",
            path="/v1/ai_secret",
            json=build_body(
                DeleteAISecret,
                {
                    "name": name,
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
        _result: AISecret = await self._client.request(AISecret, _options)
        return _result

    async def retrieve(
        self,
        ai_secret_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AISecret:
        """Get ai_secret

        Get an ai_secret object by its id

        Args:
            ai_secret_id: AiSecret id
        """
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/ai_secret/{ai_secret_id}",
                {
                    "ai_secret_id": ai_secret_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: AISecret = await self._client.request(AISecret, _options)
        return _result

    async def delete(
        self,
        ai_secret_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AISecret:
        """Delete ai_secret

        Delete an ai_secret object by its id

        Args:
            ai_secret_id: AiSecret id
        """
        _options = RequestOptions(
            method="delete",
            path=format_path(
                "/v1/ai_secret/{ai_secret_id}",
                {
                    "ai_secret_id": ai_secret_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: AISecret = await self._client.request(AISecret, _options)
        return _result

    async def update(
        self,
        ai_secret_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        type_: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        secret: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AISecret:
        """Partially update ai_secret

        Partially update an ai_secret object. Specify the fields to update in the payload. Any object-type fields will be deep-merged with existing content. Currently we do not support removing fields or setting them to null.

        Args:
            ai_secret_id: AiSecret id
            name: Name of the AI secret
        """
        _options = RequestOptions(
            method="patch",
            path=format_path(
                "/v1/ai_secret/{ai_secret_id}",
                {
                    "ai_secret_id": ai_secret_id,
                },
            ),
            json=build_body(
                PatchAISecret,
                {
                    "name": name,
                    "type": type_,
                    "metadata": metadata,
                    "secret": secret,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: AISecret = await self._client.request(AISecret, _options)
        return _result


class AsyncAiSecretsResourceWithRawResponse:
    """The ai_secrets operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: AsyncAiSecretsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.replace = async_to_raw_response_wrapper(resource.replace)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.find_and_delete = async_to_raw_response_wrapper(resource.find_and_delete)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
