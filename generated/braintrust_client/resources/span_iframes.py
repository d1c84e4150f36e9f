"""The span_iframes resource group."""

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
from ..models.create_span_i_frame import CreateSpanIFrame
from ..models.ids import Ids
from ..models.patch_span_i_frame import PatchSpanIFrame
from ..models.span_i_frame import SpanIFrame

__all__ = [
    "AsyncSpanIframesResource",
    "AsyncSpanIframesResourceWithRawResponse",
    "SpanIframesResource",
    "SpanIframesResourceWithRawResponse",
]


class _ListParams(BaseModel):
    """Checks the parameters of ``list`` before they are sent."""

    # what a ValidationError names: the call, not this private class
    model_config = ConfigDict(title="span_iframes.list() arguments")

    limit: Annotated[int, Field(ge=0), OpenConstraints] | None = None

    starting_after: Annotated[str | None, NotNull] = None

    ending_before: Annotated[str | None, NotNull] = None

    ids: Annotated[Ids | None, NotNull] = None

    span_iframe_name: Annotated[str | None, NotNull] = None

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


class SpanIframesResource(SyncAPIResource):
    """The span_iframes operations."""

    @cached_property
    def with_raw_response(self) -> SpanIframesResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return SpanIframesResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        ending_before: str | NotGiven = NOT_GIVEN,
        ids: Ids | NotGiven = NOT_GIVEN,
        span_iframe_name: str | NotGiven = NOT_GIVEN,
        org_name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[SpanIFrame]:
        """List span_iframes

        List out all span_iframes. The span_iframes are sorted by creation date, with the most recently-created span_iframes coming first

        Args:
            limit: Limit the number of objects to return
            starting_after: Pagination cursor id.

                For example, if the final item in the last page you fetched had an id of `foo`, pass `starting_after=foo` to fetch the next page. Note: you may only pass one of `starting_after` and `ending_before`
            ending_before: Pagination cursor id.

                For example, if the initial item in the last page you fetched had an id of `foo`, pass `ending_before=foo` to fetch the previous page. Note: you may only pass one of `starting_after` and `ending_before`
            ids: Filter search results to a particular set of object IDs. To specify a list of IDs, include the query param multiple times
            span_iframe_name: Name of the span_iframe to search for
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
                    "span_iframe_name": span_iframe_name,
                    "org_name": org_name,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path="/v1/span_iframe",
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        return self._client.request_page(SyncPage[SpanIFrame], SpanIFrame, _options, _LIST_PAGING)

    def replace(
        self,
        *,
        project_id: str,
        name: str,
        url: str,
        description: str | None | NotGiven = NOT_GIVEN,
        post_message: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SpanIFrame:
        """Create or replace span_iframe

        Create or replace span_iframe. If there is an existing span_iframe with the same name as the one specified in the request, will replace the existing span_iframe with the provided fields

        Args:
            project_id: Unique identifier for the project that the span iframe belongs under
            name: Name of the span iframe
            description: Textual description of the span iframe
            url: URL to embed the project viewer in an iframe
            post_message: Whether to post messages to the iframe containing the span's data. This is useful when you want to render more data than fits in the URL.
        """
        _options = RequestOptions(
            method="put",
            path="/v1/span_iframe",
            json=build_body(
                CreateSpanIFrame,
                {
                    "project_id": project_id,
                    "name": name,
                    "description": description,
                    "url": url,
                    "post_message": post_message,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: SpanIFrame = self._client.request(SpanIFrame, _options)
        return _result

    def create(
        self,
        *,
        project_id: str,
        name: str,
        url: str,
        description: str | None | NotGiven = NOT_GIVEN,
        post_message: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SpanIFrame:
        """Create span_iframe

        Create a new span_iframe. If there is an existing span_iframe with the same name as the one specified in the request, will return the existing span_iframe unmodified

        Args:
            project_id: Unique identifier for the project that the span iframe belongs under
            name: Name of the span iframe
            description: Textual description of the span iframe
            url: URL to embed the project viewer in an iframe
            post_message: Whether to post messages to the iframe containing the span's data. This is useful when you want to render more data than fits in the URL.
        """
        _options = RequestOptions(
            method="post",
            path="/v1/span_iframe",
            json=build_body(
                CreateSpanIFrame,
                {
                    "project_id": project_id,
                    "name": name,
                    "description": description,
                    "url": url,
                    "post_message": post_message,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: SpanIFrame = self._client.request(SpanIFrame, _options)
        return _result

    def retrieve(
        self,
        span_iframe_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SpanIFrame:
        """Get span_iframe

        Get a span_iframe object by its id

        Args:
            span_iframe_id: SpanIframe id
        """
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/span_iframe/{span_iframe_id}",
                {
                    "span_iframe_id": span_iframe_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: SpanIFrame = self._client.request(SpanIFrame, _options)
        return _result

    def delete(
        self,
        span_iframe_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SpanIFrame:
        """Delete span_iframe

        Delete a span_iframe object by its id

        Args:
            span_iframe_id: SpanIframe id
        """
        _options = RequestOptions(
            method="delete",
            path=format_path(
                "/v1/span_iframe/{span_iframe_id}",
                {
                    "span_iframe_id": span_iframe_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: SpanIFrame = self._client.request(SpanIFrame, _options)
        return _result

    def update(
        self,
        span_iframe_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        url: str | None | NotGiven = NOT_GIVEN,
        post_message: bool | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SpanIFrame:
        """Partially update span_iframe

        Partially update a span_iframe object. Specify the fields to update in the payload. Any object-type fields will be deep-merged with existing content. Currently we do not support removing fields or setting them to null.

        Args:
            span_iframe_id: SpanIframe id
            name: Name of the span iframe
            url: URL to embed the project viewer in an iframe
            post_message: Whether to post messages to the iframe containing the span's data. This is useful when you want to render more data than fits in the URL.
            description: Textual description of the span iframe
        """
        _options = RequestOptions(
            method="patch",
            path=format_path(
                "/v1/span_iframe/{span_iframe_id}",
                {
                    "span_iframe_id": span_iframe_id,
                },
            ),
            json=build_body(
                PatchSpanIFrame,
                {
                    "name": name,
                    "url": url,
                    "post_message": post_message,
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
        _result: SpanIFrame = self._client.request(SpanIFrame, _options)
        return _result


class SpanIframesResourceWithRawResponse:
    """The span_iframes operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: SpanIframesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.replace = to_raw_response_wrapper(resource.replace)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncSpanIframesResource(AsyncAPIResource):
    """The span_iframes operations, asynchronously."""

    @cached_property
    def with_raw_response(self) -> AsyncSpanIframesResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncSpanIframesResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        ending_before: str | NotGiven = NOT_GIVEN,
        ids: Ids | NotGiven = NOT_GIVEN,
        span_iframe_name: str | NotGiven = NOT_GIVEN,
        org_name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[SpanIFrame]:
        """List span_iframes

        List out all span_iframes. The span_iframes are sorted by creation date, with the most recently-created span_iframes coming first

        Args:
            limit: Limit the number of objects to return
            starting_after: Pagination cursor id.

                For example, if the final item in the last page you fetched had an id of `foo`, pass `starting_after=foo` to fetch the next page. Note: you may only pass one of `starting_after` and `ending_before`
            ending_before: Pagination cursor id.

                For example, if the initial item in the last page you fetched had an id of `foo`, pass `ending_before=foo` to fetch the previous page. Note: you may only pass one of `starting_after` and `ending_before`
            ids: Filter search results to a particular set of object IDs. To specify a list of IDs, include the query param multiple times
            span_iframe_name: Name of the span_iframe to search for
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
                    "span_iframe_name": span_iframe_name,
                    "org_name": org_name,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path="/v1/span_iframe",
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        return self._client.request_page(AsyncPage[SpanIFrame], SpanIFrame, _options, _LIST_PAGING)

    async def replace(
        self,
        *,
        project_id: str,
        name: str,
        url: str,
        description: str | None | NotGiven = NOT_GIVEN,
        post_message: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SpanIFrame:
        """Create or replace span_iframe

        Create or replace span_iframe. If there is an existing span_iframe with the same name as the one specified in the request, will replace the existing span_iframe with the provided fields

        Args:
            project_id: Unique identifier for the project that the span iframe belongs under
            name: Name of the span iframe
            description: Textual description of the span iframe
            url: URL to embed the project viewer in an iframe
            post_message: Whether to post messages to the iframe containing the span's data. This is useful when you want to render more data than fits in the URL.
        """
        _options = RequestOptions(
            method="put",
            path="/v1/span_iframe",
            json=build_body(
                CreateSpanIFrame,
                {
                    "project_id": project_id,
                    "name": name,
                    "description": description,
                    "url": url,
                    "post_message": post_message,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: SpanIFrame = await self._client.request(SpanIFrame, _options)
        return _result

    async def create(
        self,
        *,
        project_id: str,
        name: str,
        url: str,
        description: str | None | NotGiven = NOT_GIVEN,
        post_message: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SpanIFrame:
        """Create span_iframe

        Create a new span_iframe. If there is an existing span_iframe with the same name as the one specified in the request, will return the existing span_iframe unmodified

        Args:
            project_id: Unique identifier for the project that the span iframe belongs under
            name: Name of the span iframe
            description: Textual description of the span iframe
            url: URL to embed the project viewer in an iframe
            post_message: Whether to post messages to the iframe containing the span's data. This is useful when you want to render more data than fits in the URL.
        """
        _options = RequestOptions(
            method="post",
            path="/v1/span_iframe",
            json=build_body(
                CreateSpanIFrame,
                {
                    "project_id": project_id,
                    "name": name,
                    "description": description,
                    "url": url,
                    "post_message": post_message,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: SpanIFrame = await self._client.request(SpanIFrame, _options)
        return _result

    async def retrieve(
        self,
        span_iframe_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SpanIFrame:
        """Get span_iframe

        Get a span_iframe object by its id

        Args:
            span_iframe_id: SpanIframe id
        """
        _options = RequestOptions(
            method="get",
            path=format_path(
                "/v1/span_iframe/{span_iframe_id}",
                {
                    "span_iframe_id": span_iframe_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: SpanIFrame = await self._client.request(SpanIFrame, _options)
        return _result

    async def delete(
        self,
        span_iframe_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SpanIFrame:
        """Delete span_iframe

        Delete a span_iframe object by its id

        Args:
            span_iframe_id: SpanIframe id
        """
        _options = RequestOptions(
            method="delete",
            path=format_path(
                "/v1/span_iframe/{span_iframe_id}",
                {
                    "span_iframe_id": span_iframe_id,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: SpanIFrame = await self._client.request(SpanIFrame, _options)
        return _result

    async def update(
        self,
        span_iframe_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        url: str | None | NotGiven = NOT_GIVEN,
        post_message: bool | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SpanIFrame:
        """Partially update span_iframe

        Partially update a span_iframe object. Specify the fields to update in the payload. Any object-type fields will be deep-merged with existing content. Currently we do not support removing fields or setting them to null.

        Args:
            span_iframe_id: SpanIframe id
            name: Name of the span iframe
            url: URL to embed the project viewer in an iframe
            post_message: Whether to post messages to the iframe containing the span's data. This is useful when you want to render more data than fits in the URL.
            description: Textual description of the span iframe
        """
        _options = RequestOptions(
            method="patch",
            path=format_path(
                "/v1/span_iframe/{span_iframe_id}",
                {
                    "span_iframe_id": span_iframe_id,
                },
            ),
            json=build_body(
                PatchSpanIFrame,
                {
                    "name": name,
                    "url": url,
                    "post_message": post_message,
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
        _result: SpanIFrame = await self._client.request(SpanIFrame, _options)
        return _result


class AsyncSpanIframesResourceWithRawResponse:
    """The span_iframes operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: AsyncSpanIframesResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.replace = async_to_raw_response_wrapper(resource.replace)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
