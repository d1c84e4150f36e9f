"""The clients: Client and AsyncClient, one attribute per resource group."""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from ._base_client import (
    DEFAULT_MAX_RESPONSE_SIZE,
    DEFAULT_MAX_RETRIES,
    AsyncAPIClient,
    SyncAPIClient,
    default_timeout,
    merge_headers,
)
from ._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:
    from .resources.items import (
        AsyncItemsResource,
        AsyncItemsResourceWithRawResponse,
        ItemsResource,
        ItemsResourceWithRawResponse,
    )

__all__ = ["AsyncClient", "Client"]

DEFAULT_BASE_URL = "http://localhost"


class Client(SyncAPIClient):
    """Synchronous client for R7 allOf; requests go to `http://localhost` unless ``base_url`` says otherwise.

    Args:
        api_key: Defaults to the ``CLIENT_API_KEY`` environment variable. It is sent
            as a bearer token and never shown in a repr, a log line or an error.
        base_url: Defaults to ``CLIENT_BASE_URL``, else the API's first server.
        timeout: Seconds (or an ``httpx.Timeout``) for each request; each method also takes ``timeout=``.
            Default: 60 s (5 s to connect), or the timeout of your ``http_client`` where you set one.
        max_retries: Retries after a connection error, a timeout, or a 408, 409, 429 or 5xx answer, with
            exponential backoff and jitter, honouring ``Retry-After``; each method also takes ``max_retries=``.
        default_headers: Headers added to every request.
        http_client: An ``httpx.Client`` to use (its pool stays yours to close): proxies, a private
            certificate authority (``verify=ssl_context``). TLS certificates are verified unless it says
            ``verify=False``. Redirects are followed by this client whatever it says: only those that stay
            on the API's origin (another host raises ``RedirectError``, and never receives the key).
        max_response_size: The largest response body read, in bytes (default 100 MiB; ``None``: no limit).
            A larger one is not read further: ``ResponseTooLargeError``, or the status's error without a
            body. It also bounds each event of a stream. For one call, ``client.with_options(max_response_size=...)``.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        if api_key is None:
            api_key = os.environ.get("CLIENT_API_KEY") or None
        if base_url is None:
            base_url = os.environ.get("CLIENT_BASE_URL") or DEFAULT_BASE_URL
        if isinstance(timeout, NotGiven):
            timeout = default_timeout(http_client)
        super().__init__(
            base_url=base_url,
            api_key=api_key,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            max_response_size=max_response_size,
        )

    @cached_property
    def items(self) -> ItemsResource:
        from .resources.items import ItemsResource

        return ItemsResource(self)

    @cached_property
    def with_raw_response(self) -> ClientWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``) instead of the value."""
        return ClientWithRawResponse(self)

    def with_options(
        self,
        *,
        api_key: str | None | NotGiven = NOT_GIVEN,
        base_url: str | httpx.URL | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
    ) -> Client:
        """A copy of this client with some options changed; it shares the connection pool.

        ``default_headers`` are added to this client's own, replacing those of the same name.
        ``api_key=None`` makes a copy that sends no key (not the environment's, which ``None`` means when a
        client is made), as does a copy of a client that has none.
        """
        key = self.api_key if isinstance(api_key, NotGiven) else api_key
        client = type(self)(  # a subclass's copy is of the subclass
            api_key="" if key is None else key,  # None would make __init__ read the environment's key
            base_url=self.base_url if isinstance(base_url, NotGiven) else base_url,
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            max_retries=self.max_retries if isinstance(max_retries, NotGiven) else max_retries,
            default_headers=merge_headers(
                self._custom_headers, None if isinstance(default_headers, NotGiven) else default_headers
            ),
            http_client=self._http,
            max_response_size=self.max_response_size if isinstance(max_response_size, NotGiven) else max_response_size,
        )
        client._owns_http = False
        if key is None:  # no key here, or none asked for
            client._forget_key()
        return client


class ClientWithRawResponse:
    """Every method of Client, returning an ``APIResponse`` (status, headers, ``.parse()``)."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def items(self) -> ItemsResourceWithRawResponse:
        return self._client.items.with_raw_response


class AsyncClient(AsyncAPIClient):
    """Asynchronous client for R7 allOf; requests go to `http://localhost` unless ``base_url`` says otherwise.

    Args:
        api_key: Defaults to the ``CLIENT_API_KEY`` environment variable. It is sent
            as a bearer token and never shown in a repr, a log line or an error.
        base_url: Defaults to ``CLIENT_BASE_URL``, else the API's first server.
        timeout: Seconds (or an ``httpx.Timeout``) for each request; each method also takes ``timeout=``.
            Default: 60 s (5 s to connect), or the timeout of your ``http_client`` where you set one.
        max_retries: Retries after a connection error, a timeout, or a 408, 409, 429 or 5xx answer, with
            exponential backoff and jitter, honouring ``Retry-After``; each method also takes ``max_retries=``.
        default_headers: Headers added to every request.
        http_client: An ``httpx.AsyncClient`` to use (its pool stays yours to close): proxies, a private
            certificate authority (``verify=ssl_context``). TLS certificates are verified unless it says
            ``verify=False``. Redirects are followed by this client whatever it says: only those that stay
            on the API's origin (another host raises ``RedirectError``, and never receives the key).
        max_response_size: The largest response body read, in bytes (default 100 MiB; ``None``: no limit).
            A larger one is not read further: ``ResponseTooLargeError``, or the status's error without a
            body. It also bounds each event of a stream. For one call, ``client.with_options(max_response_size=...)``.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        if api_key is None:
            api_key = os.environ.get("CLIENT_API_KEY") or None
        if base_url is None:
            base_url = os.environ.get("CLIENT_BASE_URL") or DEFAULT_BASE_URL
        if isinstance(timeout, NotGiven):
            timeout = default_timeout(http_client)
        super().__init__(
            base_url=base_url,
            api_key=api_key,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            max_response_size=max_response_size,
        )

    @cached_property
    def items(self) -> AsyncItemsResource:
        from .resources.items import AsyncItemsResource

        return AsyncItemsResource(self)

    @cached_property
    def with_raw_response(self) -> AsyncClientWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``) instead of the value."""
        return AsyncClientWithRawResponse(self)

    def with_options(
        self,
        *,
        api_key: str | None | NotGiven = NOT_GIVEN,
        base_url: str | httpx.URL | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
    ) -> AsyncClient:
        """A copy of this client with some options changed; it shares the connection pool.

        ``default_headers`` are added to this client's own, replacing those of the same name.
        ``api_key=None`` makes a copy that sends no key (not the environment's, which ``None`` means when a
        client is made), as does a copy of a client that has none.
        """
        key = self.api_key if isinstance(api_key, NotGiven) else api_key
        client = type(self)(  # a subclass's copy is of the subclass
            api_key="" if key is None else key,  # None would make __init__ read the environment's key
            base_url=self.base_url if isinstance(base_url, NotGiven) else base_url,
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            max_retries=self.max_retries if isinstance(max_retries, NotGiven) else max_retries,
            default_headers=merge_headers(
                self._custom_headers, None if isinstance(default_headers, NotGiven) else default_headers
            ),
            http_client=self._http,
            max_response_size=self.max_response_size if isinstance(max_response_size, NotGiven) else max_response_size,
        )
        client._owns_http = False
        if key is None:  # no key here, or none asked for
            client._forget_key()
        return client


class AsyncClientWithRawResponse:
    """Every method of AsyncClient, returning an ``AsyncAPIResponse`` (status, headers, ``.parse()``)."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @property
    def items(self) -> AsyncItemsResourceWithRawResponse:
        return self._client.items.with_raw_response
