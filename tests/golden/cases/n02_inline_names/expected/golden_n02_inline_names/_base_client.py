"""Transport: building requests, retrying with backoff, mapping errors, parsing responses.

The synchronous and the asynchronous client are rendered from one template, so they cannot drift.
"""

from __future__ import annotations

import asyncio
import contextvars
import email.utils
import json
import platform
import random
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote

import httpx

from ._exceptions import APIConnectionError, APIResponseValidationError, APITimeoutError, status_error
from ._logs import logger, setup_logging
from ._models import parse_response, to_jsonable
from ._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ._version import __version__

if TYPE_CHECKING:
    from typing_extensions import Self

    from ._pagination import AsyncPage, AsyncPager, Paging

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "AsyncAPIClient",
    "RequestOptions",
    "SyncAPIClient",
    "encode_query",
    "format_path",
    "request_params",
]

DEFAULT_TIMEOUT = httpx.Timeout(timeout=60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_CONNECTION_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
"""A server's Retry-After is honoured up to this many seconds; a longer wait falls back to backoff."""
RETRY_STATUSES = frozenset({408, 409, 429})

PageT = TypeVar("PageT")

raw_response_mode: contextvars.ContextVar[bool] = contextvars.ContextVar("raw_response_mode", default=False)
"""Set by ``with_raw_response``: the call returns the :class:`~._response.APIResponse`, not the parsed value."""


@dataclass(frozen=True)
class RequestOptions:
    """Everything about one call: what the method built, and the caller's per-call options."""

    method: str
    path: str
    query: Sequence[tuple[str, str]] = ()
    headers: Mapping[str, str] = field(default_factory=dict)
    json: object = NOT_GIVEN
    content: bytes | str | None = None
    extra_headers: Headers | None = None
    extra_query: Query | None = None
    extra_body: Body | None = None
    timeout: Timeout | NotGiven = NOT_GIVEN
    max_retries: int | NotGiven = NOT_GIVEN
    response_kind: str = "json"
    """How to read a success: ``json``, ``text``, ``binary`` or ``empty``."""

    def with_json(self, key: str, value: object) -> RequestOptions:
        body = dict(self.json) if isinstance(self.json, Mapping) else {}
        body[key] = value
        return replace(self, json=body)

    def with_query(self, key: str, value: str) -> RequestOptions:
        return replace(self, query=[(k, v) for k, v in self.query if k != key] + [(key, value)])

    def query_value(self, key: str) -> str | None:
        return next((v for k, v in self.query if k == key), None)


def format_path(template: str, values: Mapping[str, object]) -> str:
    """Fills a path template; every value is percent-encoded, so none can change the route."""
    path = template
    for name, value in values.items():
        if isinstance(value, str) and not value:
            raise ValueError(f"expected a non-empty value for path parameter {name!r}")
        if isinstance(value, (list, tuple)):
            # A trailing '+' marks a greedy parameter (the rest of the path): its parts keep their slashes.
            joiner = "/" if name.endswith("+") else ","
            encoded = joiner.join(quote(_scalar(item), safe="") for item in value)
        else:
            encoded = quote(_scalar(value), safe="")
        path = path.replace("{" + name + "}", encoded)
    return path


def _scalar(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, separators=(",", ":"))
    return str(to_jsonable(value))


def encode_query(values: Mapping[str, object], unexploded: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """Query pairs in the spec's style: arrays repeat the key (form, explode), or join with commas.

    A null value is left out: a query string cannot say null, and omitting it is what the API means.
    """
    pairs: list[tuple[str, str]] = []
    for key, value in values.items():
        if value is None or isinstance(value, NotGiven):
            continue
        if isinstance(value, (list, tuple)):
            if key in unexploded:
                pairs.append((key, ",".join(_scalar(item) for item in value)))
            else:
                pairs.extend((key, _scalar(item)) for item in value)
        else:
            pairs.append((key, _scalar(value)))
    return pairs


def request_params(
    values: Mapping[str, object],
    *,
    headers: Sequence[str] = (),
    cookies: Sequence[str] = (),
    unexploded: Sequence[str] = (),
) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """Splits validated, wire-keyed parameters into query pairs and headers (cookies become a Cookie header)."""
    query = encode_query(
        {k: v for k, v in values.items() if k not in headers and k not in cookies}, frozenset(unexploded)
    )
    sent_headers = {k: _scalar(v) for k, v in values.items() if k in headers and v is not None}
    jar = [f"{k}={quote(_scalar(v), safe='')}" for k, v in values.items() if k in cookies and v is not None]
    if jar:
        sent_headers["Cookie"] = "; ".join(jar)
    return query, sent_headers


def parse_retry_after(headers: httpx.Headers, now: float | None = None) -> float | None:
    """Seconds to wait from ``retry-after-ms``, or ``Retry-After`` in seconds or as an HTTP date."""
    milliseconds = headers.get("retry-after-ms")
    if milliseconds is not None:
        try:
            return float(milliseconds) / 1000
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    parsed = email.utils.parsedate_tz(value)
    if parsed is None:
        return None
    moment = email.utils.mktime_tz(parsed)
    return moment - (time.time() if now is None else now)


def retry_delay(attempt: int, response_headers: httpx.Headers | None) -> float:
    """Seconds before retry number ``attempt`` (0-based): Retry-After when sane, else backoff with jitter."""
    if response_headers is not None:
        requested = parse_retry_after(response_headers)
        if requested is not None and 0 <= requested <= MAX_RETRY_AFTER:
            return requested
    delay = min(INITIAL_RETRY_DELAY * (2.0**attempt), MAX_RETRY_DELAY)
    return delay * (1 - 0.25 * random.random())


def should_retry(response: httpx.Response) -> bool:
    override = response.headers.get("x-should-retry")
    if override == "true":
        return True
    if override == "false":
        return False
    return response.status_code in RETRY_STATUSES or response.status_code >= 500


def _error_body(response: httpx.Response) -> object | None:
    """The error body as JSON when it parses, else as text; never raises."""
    try:
        text = response.text
    except (UnicodeDecodeError, LookupError, httpx.ResponseNotRead):
        return None
    if not text:
        return None
    if "json" in response.headers.get("content-type", ""):
        try:
            parsed: object = json.loads(text)
        except ValueError:
            return text
        return parsed
    return text


class _BaseClient:
    """What the sync and async clients share: configuration, headers, URLs and response reading."""

    _api_key: str | None

    def __init__(
        self,
        *,
        base_url: str | httpx.URL,
        api_key: str | None,
        timeout: Timeout,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        setup_logging()
        self._api_key = api_key
        self.base_url = httpx.URL(str(base_url).rstrip("/") + "/")
        self.timeout = timeout
        self.max_retries = max_retries
        self._custom_headers = dict(default_headers or {})

    @property
    def api_key(self) -> str | None:
        return self._api_key

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={str(self.base_url)!r})"

    @property
    def default_headers(self) -> dict[str, str]:
        headers = {
            "Accept": "application/json",
            "User-Agent": f"golden-n02-inline-names/{__version__} python/{platform.python_version()}",
        }
        if self._api_key:
            headers["Authorization"] = f"Bearer {self._api_key}"
        headers.update(self._custom_headers)
        return headers

    def _build_request(self, http: httpx.Client | httpx.AsyncClient, options: RequestOptions) -> httpx.Request:
        headers = {**self.default_headers, **options.headers, **(options.extra_headers or {})}
        query: list[tuple[str, str | int | float | bool | None]] = list(options.query)
        if options.extra_query:
            query.extend(encode_query(options.extra_query))
        body: object = options.json
        if options.extra_body:
            body = {**(body if isinstance(body, Mapping) else {}), **to_jsonable(options.extra_body)}
        url = self.base_url.join(options.path.lstrip("/"))
        timeout = self.timeout if isinstance(options.timeout, NotGiven) else options.timeout
        extensions = {"timeout": httpx.Timeout(timeout).as_dict()}
        if options.content is not None:
            return http.build_request(
                options.method.upper(),
                url,
                params=query,
                headers=headers,
                content=options.content,
                extensions=extensions,
            )
        if isinstance(body, NotGiven):
            return http.build_request(options.method.upper(), url, params=query, headers=headers, extensions=extensions)
        headers.setdefault("Content-Type", "application/json")
        content = json.dumps(body, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()
        return http.build_request(
            options.method.upper(), url, params=query, headers=headers, content=content, extensions=extensions
        )

    def _retries(self, options: RequestOptions) -> int:
        return self.max_retries if isinstance(options.max_retries, NotGiven) else options.max_retries

    def _parse(self, cast_to: Any, options: RequestOptions, response: httpx.Response) -> Any:
        kind = options.response_kind
        if kind == "empty" or cast_to is None:
            return None
        if kind == "binary":
            return response.content
        if kind == "text":
            return response.text
        try:
            data = response.json() if response.content else None
        except ValueError as exc:
            raise APIResponseValidationError(
                response, _error_body(response), "The response body is not valid JSON."
            ) from exc
        try:
            return parse_response(cast_to, data)
        except ValueError as exc:
            raise APIResponseValidationError(
                response, data, f"The response does not match the API description: {exc}"
            ) from exc

    def _log_request(self, request: httpx.Request, attempt: int) -> None:
        logger.info("%s %s%s", request.method, request.url, f" (retry {attempt})" if attempt else "")


class SyncAPIClient(_BaseClient):
    """The synchronous transport under Client."""

    _http: httpx.Client

    def __init__(
        self,
        *,
        base_url: str | httpx.URL,
        api_key: str | None,
        timeout: Timeout,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        http_client: httpx.Client | None,
    ) -> None:
        super().__init__(
            base_url=base_url,
            api_key=api_key,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        self._owns_http = http_client is None
        self._http = (
            http_client
            if http_client is not None
            else httpx.Client(limits=DEFAULT_CONNECTION_LIMITS, follow_redirects=True)
        )

    @property
    def is_closed(self) -> bool:
        return self._http.is_closed

    def close(self) -> None:
        """Closes the connection pool (unless it was given by the caller, who then closes it)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    def _send(self, options: RequestOptions, *, stream: bool = False) -> httpx.Response:
        """Sends with retries; returns a successful response or raises the matching error."""
        retries = self._retries(options)
        attempt = 0
        while True:
            request = self._build_request(self._http, options)
            self._log_request(request, attempt)
            try:
                response = self._http.send(request, stream=stream)
            except httpx.TimeoutException as exc:
                if attempt < retries:
                    self._sleep(retry_delay(attempt, None))
                    attempt += 1
                    continue
                raise APITimeoutError(request) from exc
            except httpx.TransportError as exc:
                if attempt < retries:
                    self._sleep(retry_delay(attempt, None))
                    attempt += 1
                    continue
                raise APIConnectionError(request) from exc
            logger.debug("%s %s -> %s", request.method, request.url, response.status_code)
            if response.status_code < 400:
                return response
            if attempt < retries and should_retry(response):
                delay = retry_delay(attempt, response.headers)
                response.close()
                logger.info(
                    "retrying %s %s in %.2fs after status %s", request.method, request.url, delay, response.status_code
                )
                self._sleep(delay)
                attempt += 1
                continue
            try:
                response.read()
            except httpx.HTTPError as exc:
                raise APIConnectionError(request) from exc
            raise status_error(response, _error_body(response))

    def request(self, cast_to: Any, options: RequestOptions) -> Any:
        """Performs a call and returns its parsed value (or the raw response in raw-response mode)."""
        response = self._send(options)
        if raw_response_mode.get():
            from ._response import APIResponse

            return APIResponse(response, lambda: self._parse(cast_to, options, response))
        return self._parse(cast_to, options, response)

    def request_page(self, page: type[PageT], item_type: Any, options: RequestOptions, paging: Paging) -> PageT:
        """The first page; iterating it gives every item across pages."""
        data = self.request(object, options)
        if raw_response_mode.get():
            return data  # type: ignore[no-any-return]
        return page(client=self, item_type=item_type, options=options, paging=paging, data=data)  # type: ignore[call-arg]


class AsyncAPIClient(_BaseClient):
    """The asynchronous transport under AsyncClient."""

    _http: httpx.AsyncClient

    def __init__(
        self,
        *,
        base_url: str | httpx.URL,
        api_key: str | None,
        timeout: Timeout,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        http_client: httpx.AsyncClient | None,
    ) -> None:
        super().__init__(
            base_url=base_url,
            api_key=api_key,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        self._owns_http = http_client is None
        self._http = (
            http_client
            if http_client is not None
            else httpx.AsyncClient(limits=DEFAULT_CONNECTION_LIMITS, follow_redirects=True)
        )

    @property
    def is_closed(self) -> bool:
        return self._http.is_closed

    async def close(self) -> None:
        """Closes the connection pool (unless it was given by the caller, who then closes it)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def _sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)

    async def _send(self, options: RequestOptions, *, stream: bool = False) -> httpx.Response:
        """Sends with retries; returns a successful response or raises the matching error."""
        retries = self._retries(options)
        attempt = 0
        while True:
            request = self._build_request(self._http, options)
            self._log_request(request, attempt)
            try:
                response = await self._http.send(request, stream=stream)
            except httpx.TimeoutException as exc:
                if attempt < retries:
                    await self._sleep(retry_delay(attempt, None))
                    attempt += 1
                    continue
                raise APITimeoutError(request) from exc
            except httpx.TransportError as exc:
                if attempt < retries:
                    await self._sleep(retry_delay(attempt, None))
                    attempt += 1
                    continue
                raise APIConnectionError(request) from exc
            logger.debug("%s %s -> %s", request.method, request.url, response.status_code)
            if response.status_code < 400:
                return response
            if attempt < retries and should_retry(response):
                delay = retry_delay(attempt, response.headers)
                await response.aclose()
                logger.info(
                    "retrying %s %s in %.2fs after status %s", request.method, request.url, delay, response.status_code
                )
                await self._sleep(delay)
                attempt += 1
                continue
            try:
                await response.aread()
            except httpx.HTTPError as exc:
                raise APIConnectionError(request) from exc
            raise status_error(response, _error_body(response))

    async def request(self, cast_to: Any, options: RequestOptions) -> Any:
        """Performs a call and returns its parsed value (or the raw response in raw-response mode)."""
        response = await self._send(options)
        if raw_response_mode.get():
            from ._response import APIResponse

            return APIResponse(response, lambda: self._parse(cast_to, options, response))
        return self._parse(cast_to, options, response)

    def request_page(
        self, page: type[AsyncPage[Any]], item_type: Any, options: RequestOptions, paging: Paging
    ) -> AsyncPager[Any]:
        """A pager: awaiting it gives the first page; iterating it with ``async for`` gives every item."""
        from ._pagination import AsyncPager

        return AsyncPager(self, page, item_type, options, paging, raw=raw_response_mode.get())
