"""The proxy resource group."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import Any

from .._base_client import RequestOptions, format_path
from .._models import build_body, to_jsonable
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._streaming import ServerSentEvent, asks_for_stream
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..models.proxy_credentials_body import ProxyCredentialsBody
from ..models.proxy_credentials_body_logging import ProxyCredentialsBodyLogging
from ..models.proxy_credentials_response import ProxyCredentialsResponse

__all__ = [
    "AsyncProxyResource",
    "AsyncProxyResourceWithRawResponse",
    "ProxyResource",
    "ProxyResourceWithRawResponse",
]


_CHAT_COMPLETIONS_TEXT_EVENTS: frozenset[str] = frozenset()
"""Events of ``chat_completions`` whose data is text; every other event's data is JSON."""


_COMPLETIONS_TEXT_EVENTS: frozenset[str] = frozenset()
"""Events of ``completions`` whose data is text; every other event's data is JSON."""


_AUTO_TEXT_EVENTS: frozenset[str] = frozenset()
"""Events of ``auto`` whose data is text; every other event's data is JSON."""


_FORWARD_TEXT_EVENTS: frozenset[str] = frozenset()
"""Events of ``forward`` whose data is text; every other event's data is JSON."""


class ProxyResource(SyncAPIResource):
    """The proxy operations."""

    @cached_property
    def with_raw_response(self) -> ProxyResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return ProxyResourceWithRawResponse(self)

    def chat_completions(
        self,
        *,
        body: Any,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Proxy chat/completions

        Proxy a chat/completions request to the specified model, converting its format as needed. Will cache if temperature=0 or seed is set.

        With ``"stream": true`` in ``body`` (or in ``extra_body``), the answer is a stream of server-sent events instead: iterate it for each event (it ends at the event whose data is ``[DONE]``, which is not given).

        Args:
            body: See the [OpenAI docs](https://platform.openai.com/docs/api-reference/chat/create) for details.
        """
        _options = RequestOptions(
            method="post",
            path="/v1/proxy/chat/completions",
            json=to_jsonable(body),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        if asks_for_stream("stream", _options.json, extra_body):
            return self._client.request_stream(
                ServerSentEvent, _options, _CHAT_COMPLETIONS_TEXT_EVENTS, end_data="[DONE]"
            )
        _result: Any = self._client.request(Any, _options)
        return _result

    def completions(
        self,
        *,
        body: Any,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Proxy completions

        Proxy a completions request to the specified model, converting its format as needed. Will cache if temperature=0 or seed is set.

        With ``"stream": true`` in ``body`` (or in ``extra_body``), the answer is a stream of server-sent events instead: iterate it for each event (it ends at the event whose data is ``[DONE]``, which is not given).

        Args:
            body: See the [OpenAI docs](https://platform.openai.com/docs/api-reference/completions/create) for details.
        """
        _options = RequestOptions(
            method="post",
            path="/v1/proxy/completions",
            json=to_jsonable(body),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        if asks_for_stream("stream", _options.json, extra_body):
            return self._client.request_stream(ServerSentEvent, _options, _COMPLETIONS_TEXT_EVENTS, end_data="[DONE]")
        _result: Any = self._client.request(Any, _options)
        return _result

    def auto(
        self,
        *,
        body: Any,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Proxy a model to chat/completions or completions automatically

        Proxy a request to either chat/completions or completions automatically based on the model. Will cache if temperature=0 or seed is set.

        With ``"stream": true`` in ``body`` (or in ``extra_body``), the answer is a stream of server-sent events instead: iterate it for each event (it ends at the event whose data is ``[DONE]``, which is not given).

        Args:
            body: The chat/completions or completions payload (depending on the model)
        """
        _options = RequestOptions(
            method="post",
            path="/v1/proxy/auto",
            json=to_jsonable(body),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        if asks_for_stream("stream", _options.json, extra_body):
            return self._client.request_stream(ServerSentEvent, _options, _AUTO_TEXT_EVENTS, end_data="[DONE]")
        _result: Any = self._client.request(Any, _options)
        return _result

    def embeddings(
        self,
        *,
        body: Any,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Proxy embeddings

        Proxy an embeddings request to the specified model, converting its format as needed. Will cache automatically.

        Args:
            body: See the [OpenAI docs](https://platform.openai.com/docs/api-reference/embeddings/create) for details.
        """
        _options = RequestOptions(
            method="post",
            path="/v1/proxy/embeddings",
            json=to_jsonable(body),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Any = self._client.request(Any, _options)
        return _result

    def credentials(
        self,
        *,
        model: str | None | NotGiven = NOT_GIVEN,
        ttl_seconds: float | NotGiven = NOT_GIVEN,
        logging: ProxyCredentialsBodyLogging | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProxyCredentialsResponse:
        """Create temporary credential

        Create a temporary credential which can access the proxy for a limited time. The temporary credential will be allowed to make requests on behalf of the Braintrust API key (or model provider API key) provided in the `Authorization` header. See [docs](/docs/deploy/ai-proxy#create-temporary-credentials) for code examples.

        Args:
            model: Granted model name. Null/undefined to grant usage of all models.
            ttl_seconds: TTL of the temporary credential. 10 minutes by default.
            logging: If present, proxy will log requests to the given Braintrust project name.
        """
        _options = RequestOptions(
            method="post",
            path="/v1/proxy/credentials",
            json=build_body(
                ProxyCredentialsBody,
                {
                    "model": model,
                    "ttl_seconds": ttl_seconds,
                    "logging": logging,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: ProxyCredentialsResponse = self._client.request(ProxyCredentialsResponse, _options)
        return _result

    def forward(
        self,
        path: Sequence[str],
        *,
        body: Any,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Proxy any OpenAI request (fallback)

        Any requests which do not match the above paths will be proxied directly to the OpenAI API.

        With ``"stream": true`` in ``body`` (or in ``extra_body``), the answer is a stream of server-sent events instead: iterate it for each event (it ends at the event whose data is ``[DONE]``, which is not given).

        Args:
            path: The path to proxy
            body: The request body
        """
        _options = RequestOptions(
            method="post",
            path=format_path(
                "/v1/proxy/{path+}",
                {
                    "path+": path,
                },
            ),
            json=to_jsonable(body),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        if asks_for_stream("stream", _options.json, extra_body):
            return self._client.request_stream(ServerSentEvent, _options, _FORWARD_TEXT_EVENTS, end_data="[DONE]")
        _result: Any = self._client.request(Any, _options)
        return _result


class ProxyResourceWithRawResponse:
    """The proxy operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: ProxyResource) -> None:
        self.chat_completions = to_raw_response_wrapper(resource.chat_completions)
        self.completions = to_raw_response_wrapper(resource.completions)
        self.auto = to_raw_response_wrapper(resource.auto)
        self.embeddings = to_raw_response_wrapper(resource.embeddings)
        self.credentials = to_raw_response_wrapper(resource.credentials)
        self.forward = to_raw_response_wrapper(resource.forward)


class AsyncProxyResource(AsyncAPIResource):
    """The proxy operations, asynchronously."""

    @cached_property
    def with_raw_response(self) -> AsyncProxyResourceWithRawResponse:
        """The same methods, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""
        return AsyncProxyResourceWithRawResponse(self)

    async def chat_completions(
        self,
        *,
        body: Any,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Proxy chat/completions

        Proxy a chat/completions request to the specified model, converting its format as needed. Will cache if temperature=0 or seed is set.

        With ``"stream": true`` in ``body`` (or in ``extra_body``), the answer is a stream of server-sent events instead: iterate it for each event (it ends at the event whose data is ``[DONE]``, which is not given).

        Args:
            body: See the [OpenAI docs](https://platform.openai.com/docs/api-reference/chat/create) for details.
        """
        _options = RequestOptions(
            method="post",
            path="/v1/proxy/chat/completions",
            json=to_jsonable(body),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        if asks_for_stream("stream", _options.json, extra_body):
            return await self._client.request_stream(
                ServerSentEvent, _options, _CHAT_COMPLETIONS_TEXT_EVENTS, end_data="[DONE]"
            )
        _result: Any = await self._client.request(Any, _options)
        return _result

    async def completions(
        self,
        *,
        body: Any,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Proxy completions

        Proxy a completions request to the specified model, converting its format as needed. Will cache if temperature=0 or seed is set.

        With ``"stream": true`` in ``body`` (or in ``extra_body``), the answer is a stream of server-sent events instead: iterate it for each event (it ends at the event whose data is ``[DONE]``, which is not given).

        Args:
            body: See the [OpenAI docs](https://platform.openai.com/docs/api-reference/completions/create) for details.
        """
        _options = RequestOptions(
            method="post",
            path="/v1/proxy/completions",
            json=to_jsonable(body),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        if asks_for_stream("stream", _options.json, extra_body):
            return await self._client.request_stream(
                ServerSentEvent, _options, _COMPLETIONS_TEXT_EVENTS, end_data="[DONE]"
            )
        _result: Any = await self._client.request(Any, _options)
        return _result

    async def auto(
        self,
        *,
        body: Any,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Proxy a model to chat/completions or completions automatically

        Proxy a request to either chat/completions or completions automatically based on the model. Will cache if temperature=0 or seed is set.

        With ``"stream": true`` in ``body`` (or in ``extra_body``), the answer is a stream of server-sent events instead: iterate it for each event (it ends at the event whose data is ``[DONE]``, which is not given).

        Args:
            body: The chat/completions or completions payload (depending on the model)
        """
        _options = RequestOptions(
            method="post",
            path="/v1/proxy/auto",
            json=to_jsonable(body),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        if asks_for_stream("stream", _options.json, extra_body):
            return await self._client.request_stream(ServerSentEvent, _options, _AUTO_TEXT_EVENTS, end_data="[DONE]")
        _result: Any = await self._client.request(Any, _options)
        return _result

    async def embeddings(
        self,
        *,
        body: Any,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Proxy embeddings

        Proxy an embeddings request to the specified model, converting its format as needed. Will cache automatically.

        Args:
            body: See the [OpenAI docs](https://platform.openai.com/docs/api-reference/embeddings/create) for details.
        """
        _options = RequestOptions(
            method="post",
            path="/v1/proxy/embeddings",
            json=to_jsonable(body),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: Any = await self._client.request(Any, _options)
        return _result

    async def credentials(
        self,
        *,
        model: str | None | NotGiven = NOT_GIVEN,
        ttl_seconds: float | NotGiven = NOT_GIVEN,
        logging: ProxyCredentialsBodyLogging | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProxyCredentialsResponse:
        """Create temporary credential

        Create a temporary credential which can access the proxy for a limited time. The temporary credential will be allowed to make requests on behalf of the Braintrust API key (or model provider API key) provided in the `Authorization` header. See [docs](/docs/deploy/ai-proxy#create-temporary-credentials) for code examples.

        Args:
            model: Granted model name. Null/undefined to grant usage of all models.
            ttl_seconds: TTL of the temporary credential. 10 minutes by default.
            logging: If present, proxy will log requests to the given Braintrust project name.
        """
        _options = RequestOptions(
            method="post",
            path="/v1/proxy/credentials",
            json=build_body(
                ProxyCredentialsBody,
                {
                    "model": model,
                    "ttl_seconds": ttl_seconds,
                    "logging": logging,
                },
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        _result: ProxyCredentialsResponse = await self._client.request(ProxyCredentialsResponse, _options)
        return _result

    async def forward(
        self,
        path: Sequence[str],
        *,
        body: Any,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Proxy any OpenAI request (fallback)

        Any requests which do not match the above paths will be proxied directly to the OpenAI API.

        With ``"stream": true`` in ``body`` (or in ``extra_body``), the answer is a stream of server-sent events instead: iterate it for each event (it ends at the event whose data is ``[DONE]``, which is not given).

        Args:
            path: The path to proxy
            body: The request body
        """
        _options = RequestOptions(
            method="post",
            path=format_path(
                "/v1/proxy/{path+}",
                {
                    "path+": path,
                },
            ),
            json=to_jsonable(body),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            response_kind="json",
        )
        if asks_for_stream("stream", _options.json, extra_body):
            return await self._client.request_stream(ServerSentEvent, _options, _FORWARD_TEXT_EVENTS, end_data="[DONE]")
        _result: Any = await self._client.request(Any, _options)
        return _result


class AsyncProxyResourceWithRawResponse:
    """The proxy operations, returning the raw response (``.status_code``, ``.headers``, ``.parse()``)."""

    def __init__(self, resource: AsyncProxyResource) -> None:
        self.chat_completions = async_to_raw_response_wrapper(resource.chat_completions)
        self.completions = async_to_raw_response_wrapper(resource.completions)
        self.auto = async_to_raw_response_wrapper(resource.auto)
        self.embeddings = async_to_raw_response_wrapper(resource.embeddings)
        self.credentials = async_to_raw_response_wrapper(resource.credentials)
        self.forward = async_to_raw_response_wrapper(resource.forward)
