"""The things resource group."""

from __future__ import annotations

from functools import cached_property
from typing import Annotated

from pydantic import ConfigDict, Field

from .._base_client import RequestOptions, request_params
from .._models import BaseModel, NotNull, build_body
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..models.body_model import BodyModel
from ..models.class_var_model import ClassVarModel
from ..models.headers_model import HeadersModel
from ..models.m_class import Class
from ..models.mapping_model import MappingModel
from ..models.query_model import QueryModel
from ..models.stream_model import StreamModel
from ..models.sync_page_model import SyncPageModel
from ..models.things_resource_model import ThingsResourceModel
from ..models.timeout_model import TimeoutModel

__all__ = [
    "AsyncThingsResource",
    "AsyncThingsResourceWithRawResponse",
    "ThingsResource",
    "ThingsResourceWithRawResponse",
]


class _ListParams(BaseModel):
    """Checks the parameters of ``list`` before they are sent."""

    # what a ValidationError names: the call, not this private class
    model_config = ConfigDict(title="things.list() arguments")

    from_: Annotated[str | None, NotNull] = Field(default=None, validation_alias="from", serialization_alias="from")

    extra_headers_: Annotated[str | None, NotNull] = Field(
        default=None, validation_alias="extra_headers", serialization_alias="extra_headers"
    )

    page_size: Annotated[int | None, NotNull] = Field(
        default=None, validation_alias="page-size", serialization_alias="page-size"
    )


class _CreateParams(BaseModel):
    """Checks the parameters of ``create`` before they are sent."""

    # what a ValidationError names: the call, not this private class
    model_config = ConfigDict(title="things.create() arguments")

    order: Annotated[MappingModel | None, NotNull] = None


class ThingsResource(SyncAPIResource):
    """The things operations."""

    @cached_property
    def with_raw_response(self) -> ThingsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return ThingsResourceWithRawResponse(self)

    def list(
        self,
        *,
        from_: str | NotGiven = NOT_GIVEN,
        extra_headers_: str | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Class:
        """``GET /things``"""
        _query, _headers = request_params(
            build_body(
                _ListParams,
                {
                    "from": from_,
                    "extra_headers": extra_headers_,
                    "page-size": page_size,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path="/things",
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Class = self._client.request(Class, _options)
        return _result

    def create(
        self,
        *,
        order: MappingModel | NotGiven = NOT_GIVEN,
        timeout_: TimeoutModel | NotGiven = NOT_GIVEN,
        headers: HeadersModel | NotGiven = NOT_GIVEN,
        body: BodyModel | NotGiven = NOT_GIVEN,
        page: SyncPageModel | NotGiven = NOT_GIVEN,
        var: ClassVarModel | NotGiven = NOT_GIVEN,
        resource: ThingsResourceModel | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> StreamModel:
        """``POST /things``"""
        _query, _headers = request_params(
            build_body(
                _CreateParams,
                {
                    "order": order,
                },
            ),
        )
        _options = RequestOptions(
            method="post",
            path="/things",
            query=_query,
            headers=_headers,
            json=build_body(
                QueryModel,
                {
                    "timeout": timeout_,
                    "headers": headers,
                    "body": body,
                    "page": page,
                    "var": var,
                    "resource": resource,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: StreamModel = self._client.request(StreamModel, _options)
        return _result


class ThingsResourceWithRawResponse:
    """The things operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: ThingsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)


class AsyncThingsResource(AsyncAPIResource):
    """The things operations, asynchronously."""

    @cached_property
    def with_raw_response(self) -> AsyncThingsResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncThingsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        from_: str | NotGiven = NOT_GIVEN,
        extra_headers_: str | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Class:
        """``GET /things``"""
        _query, _headers = request_params(
            build_body(
                _ListParams,
                {
                    "from": from_,
                    "extra_headers": extra_headers_,
                    "page-size": page_size,
                },
            ),
        )
        _options = RequestOptions(
            method="get",
            path="/things",
            query=_query,
            headers=_headers,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Class = await self._client.request(Class, _options)
        return _result

    async def create(
        self,
        *,
        order: MappingModel | NotGiven = NOT_GIVEN,
        timeout_: TimeoutModel | NotGiven = NOT_GIVEN,
        headers: HeadersModel | NotGiven = NOT_GIVEN,
        body: BodyModel | NotGiven = NOT_GIVEN,
        page: SyncPageModel | NotGiven = NOT_GIVEN,
        var: ClassVarModel | NotGiven = NOT_GIVEN,
        resource: ThingsResourceModel | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> StreamModel:
        """``POST /things``"""
        _query, _headers = request_params(
            build_body(
                _CreateParams,
                {
                    "order": order,
                },
            ),
        )
        _options = RequestOptions(
            method="post",
            path="/things",
            query=_query,
            headers=_headers,
            json=build_body(
                QueryModel,
                {
                    "timeout": timeout_,
                    "headers": headers,
                    "body": body,
                    "page": page,
                    "var": var,
                    "resource": resource,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: StreamModel = await self._client.request(StreamModel, _options)
        return _result


class AsyncThingsResourceWithRawResponse:
    """The things operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: AsyncThingsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
