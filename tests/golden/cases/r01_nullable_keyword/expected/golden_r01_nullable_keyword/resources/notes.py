"""The notes resource group."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any

from .._base_client import RequestOptions
from .._models import build_body
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..models.note import Note

__all__ = [
    "AsyncNotesResource",
    "AsyncNotesResourceWithRawResponse",
    "NotesResource",
    "NotesResourceWithRawResponse",
]


class NotesResource(SyncAPIResource):
    """The notes operations."""

    @cached_property
    def with_raw_response(self) -> NotesResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return NotesResourceWithRawResponse(self)

    def create(
        self,
        *,
        text: str | None,
        rating: int | None | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | None | NotGiven = NOT_GIVEN,
        extra: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
        anything: Any | NotGiven = NOT_GIVEN,
        plain: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Note:
        """Args:
        anything: No type: any JSON value, null included
        """
        _options = RequestOptions(
            method="post",
            path="/notes",
            json=build_body(
                Note,
                {
                    "text": text,
                    "rating": rating,
                    "tags": tags,
                    "extra": extra,
                    "anything": anything,
                    "plain": plain,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Note = self._client.request(Note, _options)
        return _result


class NotesResourceWithRawResponse:
    """The notes operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: NotesResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncNotesResource(AsyncAPIResource):
    """The notes operations, asynchronously."""

    @cached_property
    def with_raw_response(self) -> AsyncNotesResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncNotesResourceWithRawResponse(self)

    async def create(
        self,
        *,
        text: str | None,
        rating: int | None | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | None | NotGiven = NOT_GIVEN,
        extra: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
        anything: Any | NotGiven = NOT_GIVEN,
        plain: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Note:
        """Args:
        anything: No type: any JSON value, null included
        """
        _options = RequestOptions(
            method="post",
            path="/notes",
            json=build_body(
                Note,
                {
                    "text": text,
                    "rating": rating,
                    "tags": tags,
                    "extra": extra,
                    "anything": anything,
                    "plain": plain,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Note = await self._client.request(Note, _options)
        return _result


class AsyncNotesResourceWithRawResponse:
    """The notes operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: AsyncNotesResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
