"""The views resource group."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import Annotated, Literal

from pydantic import ConfigDict, Field

from .._base_client import RequestOptions, format_path, request_params
from .._models import BaseModel, NotNull, OpenConstraints, build_body
from .._pagination import AsyncPage, AsyncPager, Paging, SyncPage
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..models.acl_object_type import AclObjectType
from ..models.create_view import CreateView
from ..models.delete_view import DeleteView
from ..models.ids import Ids
from ..models.patch_view import PatchView
from ..models.view import View
from ..models.view_data import ViewData
from ..models.view_options import ViewOptions
from ..models.view_type import ViewType

__all__ = [
    "AsyncViewsResource",
    "AsyncViewsResourceWithRawResponse",
    "ViewsResource",
    "ViewsResourceWithRawResponse",
]


class _ListParams(BaseModel):
    """Checks the parameters of ``list`` before they are sent."""

    # what a ValidationError names: the call, not this private class
    model_config = ConfigDict(title="views.list() arguments")

    limit: Annotated[int, Field(ge=0), OpenConstraints] | None = None

    starting_after: Annotated[str | None, NotNull] = None

    ending_before: Annotated[str | None, NotNull] = None

    ids: Annotated[Ids | None, NotNull] = None

    view_name: Annotated[str | None, NotNull] = None

    view_type: ViewType = None

    object_type: AclObjectType

    object_id: str


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
    model_config = ConfigDict(title="views.retrieve() arguments")

    object_type: AclObjectType

    object_id: str


class ViewsResource(SyncAPIResource):
    """The views operations."""

    @cached_property
    def with_raw_response(self) -> ViewsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return ViewsResourceWithRawResponse(self)

    def list(
        self,
        *,
        object_type: AclObjectType,
        object_id: str,
        limit: int | None | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        ending_before: str | NotGiven = NOT_GIVEN,
        ids: Ids | NotGiven = NOT_GIVEN,
        view_name: str | NotGiven = NOT_GIVEN,
        view_type: ViewType | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[View]:
        """List views

        List out all views. The views are sorted by creation date, with the most recently-created views coming first

        Args:
            limit: Limit the number of objects to return
            starting_after: Pagination cursor id.

                For example, if the final item in the last page you fetched had an id of `foo`, pass `starting_after=foo` to fetch the next page. Note: you may only pass one of `starting_after` and `ending_before`
            ending_before: Pagination cursor id.

                For example, if the initial item in the last page you fetched had an id of `foo`, pass `ending_before=foo` to fetch the previous page. Note: you may only pass one of `starting_after` and `ending_before`
            ids: Filter search results to a particular set of object IDs. To specify a list of IDs, include the query param multiple times
            view_name: Name of the view to search for
            view_type: Type of object that the view corresponds to.
            object_type: The object type that the ACL applies to
            object_id: The id of the object the ACL applies to
        """
        _query, _headers = request_params(
            build_body(
                _ListParams,
                {
                    "limit": limit,
                    "starting_after": starting_after,
                    "ending_before": ending_before,
                    "ids": ids,
                    "view_name": view_name,
                    "view_type": view_type,
                    "object_type": object_type,
                    "object_id": object_id,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path="/v1/view",
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        return self._client.request_page(SyncPage[View], View, _options, _LIST_PAGING)

    def replace(
        self,
        *,
        object_type: AclObjectType,
        object_id: str,
        view_type: Literal[
            "projects",
            "experiments",
            "experiment",
            "playgrounds",
            "playground",
            "datasets",
            "dataset",
            "prompts",
            "parameters",
            "tools",
            "scorers",
            "classifiers",
            "logs",
            "monitor",
            "for_review_project_log",
            "for_review_experiments",
            "for_review_datasets",
        ]
        | None,
        name: str,
        view_data: ViewData | None | NotGiven = NOT_GIVEN,
        options: ViewOptions | NotGiven = NOT_GIVEN,
        user_id: str | None | NotGiven = NOT_GIVEN,
        deleted_at: datetime.datetime | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> View:
        """Create or replace view

        Create or replace view. If there is an existing view with the same name as the one specified in the request, will replace the existing view with the provided fields

        Args:
            object_id: The id of the object the view applies to
            view_type: Type of object that the view corresponds to.
            name: Name of the view
            user_id: Identifies the user who created the view
            deleted_at: Date of role deletion, or null if the role is still active
        """
        _options = RequestOptions(
            method="put",
            path="/v1/view",
            json=build_body(
                CreateView,
                {
                    "object_type": object_type,
                    "object_id": object_id,
                    "view_type": view_type,
                    "name": name,
                    "view_data": view_data,
                    "options": options,
                    "user_id": user_id,
                    "deleted_at": deleted_at,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: View = self._client.request(View, _options)
        return _result

    def create(
        self,
        *,
        object_type: AclObjectType,
        object_id: str,
        view_type: Literal[
            "projects",
            "experiments",
            "experiment",
            "playgrounds",
            "playground",
            "datasets",
            "dataset",
            "prompts",
            "parameters",
            "tools",
            "scorers",
            "classifiers",
            "logs",
            "monitor",
            "for_review_project_log",
            "for_review_experiments",
            "for_review_datasets",
        ]
        | None,
        name: str,
        view_data: ViewData | None | NotGiven = NOT_GIVEN,
        options: ViewOptions | NotGiven = NOT_GIVEN,
        user_id: str | None | NotGiven = NOT_GIVEN,
        deleted_at: datetime.datetime | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> View:
        """Create view

        Create a new view. If there is an existing view with the same name as the one specified in the request, will return the existing view unmodified

        Args:
            object_id: The id of the object the view applies to
            view_type: Type of object that the view corresponds to.
            name: Name of the view
            user_id: Identifies the user who created the view
            deleted_at: Date of role deletion, or null if the role is still active
        """
        _options = RequestOptions(
            method="post",
            path="/v1/view",
            json=build_body(
                CreateView,
                {
                    "object_type": object_type,
                    "object_id": object_id,
                    "view_type": view_type,
                    "name": name,
                    "view_data": view_data,
                    "options": options,
                    "user_id": user_id,
                    "deleted_at": deleted_at,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: View = self._client.request(View, _options)
        return _result

    def retrieve(
        self,
        view_id: str,
        *,
        object_type: AclObjectType,
        object_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> View:
        """Get view

        Get a view object by its id

        Args:
            view_id: View id
            object_type: The object type that the ACL applies to
            object_id: The id of the object the ACL applies to
        """
        _query, _headers = request_params(
            build_body(
                _RetrieveParams,
                {
                    "object_type": object_type,
                    "object_id": object_id,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/view/{view_id}",
                {
                    "view_id": view_id,
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
        _result: View = self._client.request(View, _options)
        return _result

    def delete(
        self,
        view_id: str,
        *,
        object_type: AclObjectType,
        object_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> View:
        """Delete view

        Delete a view object by its id

        Args:
            view_id: View id
            object_id: The id of the object the view applies to
        """
        _options = RequestOptions(
            method="delete",
            path=format_path(
                "/v1/view/{view_id}",
                {
                    "view_id": view_id,
                },
            ),
            json=build_body(
                DeleteView,
                {
                    "object_type": object_type,
                    "object_id": object_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: View = self._client.request(View, _options)
        return _result

    def update(
        self,
        view_id: str,
        *,
        object_type: AclObjectType,
        object_id: str,
        view_type: Literal[
            "projects",
            "experiments",
            "experiment",
            "playgrounds",
            "playground",
            "datasets",
            "dataset",
            "prompts",
            "parameters",
            "tools",
            "scorers",
            "classifiers",
            "logs",
            "monitor",
            "for_review_project_log",
            "for_review_experiments",
            "for_review_datasets",
        ]
        | None
        | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        view_data: ViewData | None | NotGiven = NOT_GIVEN,
        options: ViewOptions | NotGiven = NOT_GIVEN,
        user_id: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> View:
        """Partially update view

        Partially update a view object. Specify the fields to update in the payload. Any object-type fields will be deep-merged with existing content. Currently we do not support removing fields or setting them to null.

        Args:
            view_id: View id
            object_id: The id of the object the view applies to
            view_type: Type of object that the view corresponds to.
            name: Name of the view
            user_id: Identifies the user who created the view
        """
        _options = RequestOptions(
            method="patch",
            path=format_path(
                "/v1/view/{view_id}",
                {
                    "view_id": view_id,
                },
            ),
            json=build_body(
                PatchView,
                {
                    "object_type": object_type,
                    "object_id": object_id,
                    "view_type": view_type,
                    "name": name,
                    "view_data": view_data,
                    "options": options,
                    "user_id": user_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: View = self._client.request(View, _options)
        return _result


class ViewsResourceWithRawResponse:
    """The views operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: ViewsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.replace = to_raw_response_wrapper(resource.replace)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncViewsResource(AsyncAPIResource):
    """The views operations, asynchronously."""

    @cached_property
    def with_raw_response(self) -> AsyncViewsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncViewsResourceWithRawResponse(self)

    def list(
        self,
        *,
        object_type: AclObjectType,
        object_id: str,
        limit: int | None | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        ending_before: str | NotGiven = NOT_GIVEN,
        ids: Ids | NotGiven = NOT_GIVEN,
        view_name: str | NotGiven = NOT_GIVEN,
        view_type: ViewType | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[View]:
        """List views

        List out all views. The views are sorted by creation date, with the most recently-created views coming first

        Args:
            limit: Limit the number of objects to return
            starting_after: Pagination cursor id.

                For example, if the final item in the last page you fetched had an id of `foo`, pass `starting_after=foo` to fetch the next page. Note: you may only pass one of `starting_after` and `ending_before`
            ending_before: Pagination cursor id.

                For example, if the initial item in the last page you fetched had an id of `foo`, pass `ending_before=foo` to fetch the previous page. Note: you may only pass one of `starting_after` and `ending_before`
            ids: Filter search results to a particular set of object IDs. To specify a list of IDs, include the query param multiple times
            view_name: Name of the view to search for
            view_type: Type of object that the view corresponds to.
            object_type: The object type that the ACL applies to
            object_id: The id of the object the ACL applies to
        """
        _query, _headers = request_params(
            build_body(
                _ListParams,
                {
                    "limit": limit,
                    "starting_after": starting_after,
                    "ending_before": ending_before,
                    "ids": ids,
                    "view_name": view_name,
                    "view_type": view_type,
                    "object_type": object_type,
                    "object_id": object_id,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path="/v1/view",
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        return self._client.request_page(AsyncPage[View], View, _options, _LIST_PAGING)

    async def replace(
        self,
        *,
        object_type: AclObjectType,
        object_id: str,
        view_type: Literal[
            "projects",
            "experiments",
            "experiment",
            "playgrounds",
            "playground",
            "datasets",
            "dataset",
            "prompts",
            "parameters",
            "tools",
            "scorers",
            "classifiers",
            "logs",
            "monitor",
            "for_review_project_log",
            "for_review_experiments",
            "for_review_datasets",
        ]
        | None,
        name: str,
        view_data: ViewData | None | NotGiven = NOT_GIVEN,
        options: ViewOptions | NotGiven = NOT_GIVEN,
        user_id: str | None | NotGiven = NOT_GIVEN,
        deleted_at: datetime.datetime | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> View:
        """Create or replace view

        Create or replace view. If there is an existing view with the same name as the one specified in the request, will replace the existing view with the provided fields

        Args:
            object_id: The id of the object the view applies to
            view_type: Type of object that the view corresponds to.
            name: Name of the view
            user_id: Identifies the user who created the view
            deleted_at: Date of role deletion, or null if the role is still active
        """
        _options = RequestOptions(
            method="put",
            path="/v1/view",
            json=build_body(
                CreateView,
                {
                    "object_type": object_type,
                    "object_id": object_id,
                    "view_type": view_type,
                    "name": name,
                    "view_data": view_data,
                    "options": options,
                    "user_id": user_id,
                    "deleted_at": deleted_at,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: View = await self._client.request(View, _options)
        return _result

    async def create(
        self,
        *,
        object_type: AclObjectType,
        object_id: str,
        view_type: Literal[
            "projects",
            "experiments",
            "experiment",
            "playgrounds",
            "playground",
            "datasets",
            "dataset",
            "prompts",
            "parameters",
            "tools",
            "scorers",
            "classifiers",
            "logs",
            "monitor",
            "for_review_project_log",
            "for_review_experiments",
            "for_review_datasets",
        ]
        | None,
        name: str,
        view_data: ViewData | None | NotGiven = NOT_GIVEN,
        options: ViewOptions | NotGiven = NOT_GIVEN,
        user_id: str | None | NotGiven = NOT_GIVEN,
        deleted_at: datetime.datetime | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> View:
        """Create view

        Create a new view. If there is an existing view with the same name as the one specified in the request, will return the existing view unmodified

        Args:
            object_id: The id of the object the view applies to
            view_type: Type of object that the view corresponds to.
            name: Name of the view
            user_id: Identifies the user who created the view
            deleted_at: Date of role deletion, or null if the role is still active
        """
        _options = RequestOptions(
            method="post",
            path="/v1/view",
            json=build_body(
                CreateView,
                {
                    "object_type": object_type,
                    "object_id": object_id,
                    "view_type": view_type,
                    "name": name,
                    "view_data": view_data,
                    "options": options,
                    "user_id": user_id,
                    "deleted_at": deleted_at,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: View = await self._client.request(View, _options)
        return _result

    async def retrieve(
        self,
        view_id: str,
        *,
        object_type: AclObjectType,
        object_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> View:
        """Get view

        Get a view object by its id

        Args:
            view_id: View id
            object_type: The object type that the ACL applies to
            object_id: The id of the object the ACL applies to
        """
        _query, _headers = request_params(
            build_body(
                _RetrieveParams,
                {
                    "object_type": object_type,
                    "object_id": object_id,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/view/{view_id}",
                {
                    "view_id": view_id,
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
        _result: View = await self._client.request(View, _options)
        return _result

    async def delete(
        self,
        view_id: str,
        *,
        object_type: AclObjectType,
        object_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> View:
        """Delete view

        Delete a view object by its id

        Args:
            view_id: View id
            object_id: The id of the object the view applies to
        """
        _options = RequestOptions(
            method="delete",
            path=format_path(
                "/v1/view/{view_id}",
                {
                    "view_id": view_id,
                },
            ),
            json=build_body(
                DeleteView,
                {
                    "object_type": object_type,
                    "object_id": object_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: View = await self._client.request(View, _options)
        return _result

    async def update(
        self,
        view_id: str,
        *,
        object_type: AclObjectType,
        object_id: str,
        view_type: Literal[
            "projects",
            "experiments",
            "experiment",
            "playgrounds",
            "playground",
            "datasets",
            "dataset",
            "prompts",
            "parameters",
            "tools",
            "scorers",
            "classifiers",
            "logs",
            "monitor",
            "for_review_project_log",
            "for_review_experiments",
            "for_review_datasets",
        ]
        | None
        | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        view_data: ViewData | None | NotGiven = NOT_GIVEN,
        options: ViewOptions | NotGiven = NOT_GIVEN,
        user_id: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> View:
        """Partially update view

        Partially update a view object. Specify the fields to update in the payload. Any object-type fields will be deep-merged with existing content. Currently we do not support removing fields or setting them to null.

        Args:
            view_id: View id
            object_id: The id of the object the view applies to
            view_type: Type of object that the view corresponds to.
            name: Name of the view
            user_id: Identifies the user who created the view
        """
        _options = RequestOptions(
            method="patch",
            path=format_path(
                "/v1/view/{view_id}",
                {
                    "view_id": view_id,
                },
            ),
            json=build_body(
                PatchView,
                {
                    "object_type": object_type,
                    "object_id": object_id,
                    "view_type": view_type,
                    "name": name,
                    "view_data": view_data,
                    "options": options,
                    "user_id": user_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: View = await self._client.request(View, _options)
        return _result


class AsyncViewsResourceWithRawResponse:
    """The views operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: AsyncViewsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.replace = async_to_raw_response_wrapper(resource.replace)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
