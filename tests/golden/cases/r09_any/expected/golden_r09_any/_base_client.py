"""Transport: building requests, retrying with backoff, mapping errors, parsing responses.

The synchronous and the asynchronous client are rendered from one template, so they cannot drift.

The retry policy reads the module constants below on every retry, so a test (or an application with
unusual needs) can change them: ``INITIAL_RETRY_DELAY`` doubles on each attempt up to ``MAX_RETRY_DELAY``,
less up to 25% jitter; a server's ``Retry-After`` (seconds or an HTTP date) is honoured up to
``MAX_RETRY_AFTER`` seconds.
"""

from __future__ import annotations

import contextvars
import email.utils
import json
import logging
import math
import platform
import random
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote, urlencode

import httpx

from ._exceptions import APIConnectionError, APIResponseValidationError, APITimeoutError, status_error
from ._logs import logger, setup_logging
from ._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ._version import __version__

if TYPE_CHECKING:
    from typing_extensions import Self

    from ._pagination import AsyncPage, AsyncPager, Paging
    from ._response import APIResponse
    from ._streaming import AsyncStream, Stream

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
"""Seconds before the first retry; each later retry waits twice as long, less up to 25% jitter."""
MAX_RETRY_DELAY = 8.0
"""The longest wait that backoff alone chooses."""
MAX_RETRY_AFTER = 60.0
"""A server's Retry-After is honoured up to this many seconds; a longer wait is cut to it."""
RETRY_STATUSES = frozenset({408, 409, 429})
"""Statuses retried besides every 5xx."""
SENSITIVE_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key", "api-key"})
"""Headers whose values never reach a log line or a repr."""

PageT = TypeVar("PageT")

raw_response_mode: contextvars.ContextVar[bool] = contextvars.ContextVar("raw_response_mode", default=False)
"""Set by ``with_raw_response``: the call returns the :class:`~._response.APIResponse`, not the parsed value."""


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """A copy of ``headers`` fit for a log line or a repr: sensitive values replaced by ``<redacted>``."""
    return {key: "<redacted>" if key.lower() in SENSITIVE_HEADERS else value for key, value in headers.items()}


@dataclass(frozen=True)
class RequestOptions:
    """Everything about one call: what the method built, and the caller's per-call options."""

    method: str
    path: str
    query: Sequence[tuple[str, str]] = ()
    headers: Mapping[str, str] = field(default_factory=dict)
    json: object = NOT_GIVEN
    """The body as JSON values; sent as JSON, or form-encoded when ``body_encoding`` is ``form``."""
    body_encoding: str = "json"
    content: bytes | str | None = None
    extra_headers: Headers | None = None
    extra_query: Query | None = None
    extra_body: Body | None = None
    timeout: Timeout | NotGiven = NOT_GIVEN
    max_retries: int | NotGiven = NOT_GIVEN
    response_kind: str = "json"
    """How to read a success: ``json``, ``text``, ``binary`` or ``empty``."""
    accept: str | None = None
    """The media type the operation answers with, when it is not JSON (sent as ``Accept``)."""

    def with_json(self, key: str, value: object) -> RequestOptions:
        body = dict(self.json) if isinstance(self.json, Mapping) else {}
        body[key] = value
        return replace(self, json=body)

    def with_query(self, key: str, value: str) -> RequestOptions:
        return replace(self, query=[(k, v) for k, v in self.query if k != key] + [(key, value)])

    def query_value(self, key: str) -> str | None:
        return next((v for k, v in self.query if k == key), None)

    def __repr__(self) -> str:
        shown = {
            "method": self.method,
            "path": self.path,
            "query": list(self.query),
            "headers": redact_headers(self.headers),
            "extra_headers": redact_headers(self.extra_headers) if self.extra_headers else None,
            "timeout": self.timeout,
            "max_retries": self.max_retries,
        }
        return "RequestOptions(" + ", ".join(f"{key}={value!r}" for key, value in shown.items()) + ")"


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
    if isinstance(value, (str, int, float)):
        return str(value)
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, separators=(",", ":"))
    from ._models import to_jsonable

    return str(to_jsonable(value))


_DELIMITERS = {"form": ",", "spaceDelimited": " ", "pipeDelimited": "|"}


def encode_query(
    values: Mapping[str, object], unexploded: frozenset[str] = frozenset(), styles: Mapping[str, str] | None = None
) -> list[tuple[str, str]]:
    """Query pairs in the spec's style: arrays repeat the key (form, explode), or join with the style's delimiter.

    A null value is left out: a query string cannot say null, and omitting it is what the API means. An
    object under ``deepObject`` style becomes ``key[name]=value`` pairs; otherwise its keys become pairs of
    their own (form, explode) or one comma-joined ``name,value`` list.
    """
    pairs: list[tuple[str, str]] = []
    for key, value in values.items():
        if value is None or isinstance(value, NotGiven):
            continue
        style = styles.get(key, "form") if styles else "form"
        if isinstance(value, (list, tuple)):
            if key in unexploded or style in ("spaceDelimited", "pipeDelimited"):
                pairs.append((key, _DELIMITERS.get(style, ",").join(_scalar(item) for item in value)))
            else:
                pairs.extend((key, _scalar(item)) for item in value)
        elif isinstance(value, Mapping):
            present = {str(k): v for k, v in value.items() if v is not None}
            if style == "deepObject":
                pairs.extend((f"{key}[{k}]", _scalar(v)) for k, v in present.items())
            elif key in unexploded:
                pairs.append((key, ",".join(f"{k},{_scalar(v)}" for k, v in present.items())))
            else:
                pairs.extend((k, _scalar(v)) for k, v in present.items())
        else:
            pairs.append((key, _scalar(value)))
    return pairs


def request_params(
    values: Mapping[str, object],
    *,
    headers: Sequence[str] = (),
    cookies: Sequence[str] = (),
    unexploded: Sequence[str] = (),
    styles: Mapping[str, str] | None = None,
) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """Splits validated, wire-keyed parameters into query pairs and headers (cookies become a Cookie header)."""
    if not headers and not cookies:
        return encode_query(values, frozenset(unexploded), styles), {}
    query = encode_query(
        {k: v for k, v in values.items() if k not in headers and k not in cookies}, frozenset(unexploded), styles
    )
    sent_headers = {k: _scalar(v) for k, v in values.items() if k in headers and v is not None}
    jar = [f"{k}={quote(_scalar(v), safe='')}" for k, v in values.items() if k in cookies and v is not None]
    if jar:
        sent_headers["Cookie"] = "; ".join(jar)
    return query, sent_headers


def encode_form(values: Mapping[str, object], prefix: str = "") -> list[tuple[str, str]]:
    """A form body with nested values in bracket notation (``metadata[key]=v``, ``items[0][price]=p``).

    That is OpenAPI's deepObject style, which form-encoded APIs use for objects and arrays; null is
    sent as an empty value, which such APIs read as "unset".
    """
    pairs: list[tuple[str, str]] = []
    for key, value in values.items():
        name = f"{prefix}[{key}]" if prefix else str(key)
        if isinstance(value, NotGiven):
            continue
        if isinstance(value, Mapping):
            pairs.extend(encode_form(value, name))
        elif isinstance(value, (list, tuple)):
            for index, item in enumerate(value):
                if isinstance(item, Mapping):
                    pairs.extend(encode_form(item, f"{name}[{index}]"))
                else:
                    pairs.append((f"{name}[{index}]", _scalar(item)))
        else:
            pairs.append((name, _scalar(value)))
    return pairs


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
    """Seconds before retry number ``attempt`` (0-based).

    The server's ``Retry-After`` when it sent one (a date in the past means now), cut to
    ``MAX_RETRY_AFTER``; otherwise ``INITIAL_RETRY_DELAY * 2**attempt`` up to ``MAX_RETRY_DELAY``, less up
    to 25% jitter so that many clients do not retry in step.
    """
    if response_headers is not None:
        requested = parse_retry_after(response_headers)
        if requested is not None and not math.isnan(requested):
            return min(max(requested, 0.0), MAX_RETRY_AFTER)
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
    content_type = response.headers.get("content-type", "")
    if "json" in content_type or (not content_type and text.lstrip()[:1] in ("{", "[")):
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
        self._base = str(self.base_url).rstrip("/")
        self.timeout = timeout
        self.max_retries = max_retries
        self._custom_headers = dict(default_headers or {})
        self._headers = self.default_headers
        self._timeout_extension = httpx.Timeout(timeout).as_dict()

    @property
    def api_key(self) -> str | None:
        return self._api_key

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={str(self.base_url)!r}, max_retries={self.max_retries!r})"

    @property
    def default_headers(self) -> dict[str, str]:
        """The headers of every request: the client's own, the bearer token, then ``default_headers``."""
        headers = {
            "Accept": "application/json",
            "User-Agent": f"golden-r09-any/{__version__} python/{platform.python_version()}",
        }
        if self._api_key:
            headers["Authorization"] = f"Bearer {self._api_key}"
        headers.update(self._custom_headers)
        return headers

    def _redact(self, text: str) -> str:
        """``text`` with the API key, should it appear, replaced: for log lines and error messages."""
        if self._api_key and self._api_key in text:
            return text.replace(self._api_key, "<redacted>")
        return text

    def _build_request(self, http: httpx.Client | httpx.AsyncClient, options: RequestOptions) -> httpx.Request:
        headers = self._headers
        if options.accept:
            headers = {**headers, "Accept": options.accept}
        if options.headers or options.extra_headers:
            headers = {**headers, **options.headers, **(options.extra_headers or {})}
        query: tuple[tuple[str, str], ...] | None = tuple(options.query) if options.query else None
        if options.extra_query:
            query = (*(query or ()), *encode_query(options.extra_query))
        body: object = options.json
        if options.extra_body:
            from ._models import to_jsonable

            body = {**(body if isinstance(body, Mapping) else {}), **to_jsonable(options.extra_body)}
        url = self._base + options.path
        timeout = (
            self._timeout_extension
            if isinstance(options.timeout, NotGiven)
            else httpx.Timeout(options.timeout).as_dict()
        )
        extensions = {"timeout": timeout}
        method = options.method.upper()
        if options.content is not None:
            return http.build_request(
                method, url, params=query, headers=headers, content=options.content, extensions=extensions
            )
        if isinstance(body, NotGiven):
            return http.build_request(method, url, params=query, headers=headers, extensions=extensions)
        if options.body_encoding == "form":
            if "Content-Type" not in headers:
                headers = {**headers, "Content-Type": "application/x-www-form-urlencoded"}
            form = encode_form(body) if isinstance(body, Mapping) else []
            content = urlencode(form).encode()
            return http.build_request(
                method, url, params=query, headers=headers, content=content, extensions=extensions
            )
        if "Content-Type" not in headers:
            headers = {**headers, "Content-Type": "application/json"}
        content = json.dumps(body, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()
        return http.build_request(method, url, params=query, headers=headers, content=content, extensions=extensions)

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
        content = response.content
        from ._models import parse_response, parse_response_json  # pydantic loads with the first response

        if content and cast_to is not object and cast_to is not Any:
            try:
                return parse_response_json(cast_to, content)
            except ValueError as exc:
                raise self._invalid(response, exc) from exc
        try:
            data = json.loads(content) if content else None
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

    def _invalid(self, response: httpx.Response, error: ValueError) -> APIResponseValidationError:
        """The error for a successful response that is not JSON, or not the JSON the API describes."""
        from pydantic_core import ValidationError

        errors = error.errors() if isinstance(error, ValidationError) else []
        if errors and errors[0]["type"] == "json_invalid":
            return APIResponseValidationError(response, _error_body(response), "The response body is not valid JSON.")
        return APIResponseValidationError(
            response, _error_body(response), f"The response does not match the API description: {error}"
        )

    def _parse_page(self, item_type: Any, paging: Paging, response: httpx.Response) -> tuple[list[Any], object]:
        """A page's validated items and next-page token, straight from the response's bytes."""
        from ._models import parse_page

        try:
            return parse_page(item_type, paging.items_field, paging.next_field, response.content)
        except ValueError as exc:
            raise self._invalid(response, exc) from exc

    def _status_error(self, response: httpx.Response) -> Exception:
        return status_error(response, _error_body(response), redact=self._redact)

    def _log_request(self, request: httpx.Request, attempt: int) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "Request: %s %s%s headers=%s",
                request.method,
                self._redact(str(request.url)),
                f" (retry {attempt})" if attempt else "",
                redact_headers(request.headers),
            )

    def _log_response(self, request: httpx.Request, response: httpx.Response, started: float) -> None:
        if logger.isEnabledFor(logging.INFO):
            logger.info(
                '%s %s "%s %s" (%.0f ms)',
                request.method,
                self._redact(str(request.url)),
                response.status_code,
                response.reason_phrase,
                (time.monotonic() - started) * 1000,
            )
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug("Response headers: %s", redact_headers(response.headers))

    def _log_retry(self, request: httpx.Request, delay: float, attempt: int, retries: int, reason: str) -> None:
        if logger.isEnabledFor(logging.INFO):
            logger.info(
                "Retrying %s %s in %.2f s (retry %d of %d) after %s",
                request.method,
                self._redact(str(request.url)),
                delay,
                attempt + 1,
                retries,
                reason,
            )


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
        """Sends with retries; returns a successful response or raises the matching error.

        Connection errors, timeouts and retryable statuses (:func:`should_retry`) are retried up to the
        call's ``max_retries``, waiting :func:`retry_delay` between attempts.
        """
        retries = self._retries(options)
        attempt = 0
        while True:
            request = self._build_request(self._http, options)
            self._log_request(request, attempt)
            started = time.monotonic()
            try:
                response = self._http.send(request, stream=stream)
            except httpx.TimeoutException as exc:
                if attempt < retries:
                    delay = retry_delay(attempt, None)
                    self._log_retry(request, delay, attempt, retries, "a timeout")
                    self._sleep(delay)
                    attempt += 1
                    continue
                raise APITimeoutError(request) from exc
            except httpx.TransportError as exc:
                if attempt < retries:
                    delay = retry_delay(attempt, None)
                    self._log_retry(request, delay, attempt, retries, f"a connection error ({type(exc).__name__})")
                    self._sleep(delay)
                    attempt += 1
                    continue
                raise APIConnectionError(request) from exc
            self._log_response(request, response, started)
            if response.status_code < 400:
                return response
            if attempt < retries and should_retry(response):
                delay = retry_delay(attempt, response.headers)
                response.close()
                self._log_retry(request, delay, attempt, retries, f"status {response.status_code}")
                self._sleep(delay)
                attempt += 1
                continue
            try:
                response.read()
            except httpx.HTTPError as exc:
                raise APIConnectionError(request) from exc
            raise self._status_error(response)

    def request(self, cast_to: Any, options: RequestOptions) -> Any:
        """Performs a call and returns its parsed value (or the raw response in raw-response mode)."""
        response = self._send(options)
        if raw_response_mode.get():
            return self._raw(response, lambda: self._parse(cast_to, options, response))
        return self._parse(cast_to, options, response)

    def _raw(self, response: httpx.Response, parse: Callable[[], Any]) -> APIResponse[Any]:
        from ._response import APIResponse

        return APIResponse(response, parse)

    def fetch_page(
        self, options: RequestOptions, item_type: Any, paging: Paging
    ) -> tuple[httpx.Response, list[Any], object]:
        """One page: its response, its validated items and its next-page token (never in raw-response mode)."""
        response = self._send(options)
        return (response, *self._parse_page(item_type, paging, response))

    def request_page(self, page: type[PageT], item_type: Any, options: RequestOptions, paging: Paging) -> PageT:
        """The first page; iterating it gives every item across pages."""
        response = self._send(options)

        def build() -> PageT:
            items, token = self._parse_page(item_type, paging, response)
            return page(
                client=self,
                item_type=item_type,
                options=options,
                paging=paging,
                items=items,
                next_token=token,
                response=response,
            )  # type: ignore[call-arg]

        if raw_response_mode.get():
            return self._raw(response, build)  # type: ignore[return-value]
        return build()

    def request_stream(
        self, event_type: Any, options: RequestOptions, text_events: frozenset[str] = frozenset()
    ) -> Stream[Any]:
        """Sends a request whose answer is a stream of server-sent events, and returns the stream."""
        from ._streaming import Stream

        response = self._send(options, stream=True)
        if raw_response_mode.get():
            return self._raw(response, lambda: Stream(response, event_type, text_events))  # type: ignore[return-value]
        return Stream(response, event_type, text_events)


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
        import asyncio

        await asyncio.sleep(seconds)

    async def _send(self, options: RequestOptions, *, stream: bool = False) -> httpx.Response:
        """Sends with retries; returns a successful response or raises the matching error.

        Connection errors, timeouts and retryable statuses (:func:`should_retry`) are retried up to the
        call's ``max_retries``, waiting :func:`retry_delay` between attempts.
        """
        retries = self._retries(options)
        attempt = 0
        while True:
            request = self._build_request(self._http, options)
            self._log_request(request, attempt)
            started = time.monotonic()
            try:
                response = await self._http.send(request, stream=stream)
            except httpx.TimeoutException as exc:
                if attempt < retries:
                    delay = retry_delay(attempt, None)
                    self._log_retry(request, delay, attempt, retries, "a timeout")
                    await self._sleep(delay)
                    attempt += 1
                    continue
                raise APITimeoutError(request) from exc
            except httpx.TransportError as exc:
                if attempt < retries:
                    delay = retry_delay(attempt, None)
                    self._log_retry(request, delay, attempt, retries, f"a connection error ({type(exc).__name__})")
                    await self._sleep(delay)
                    attempt += 1
                    continue
                raise APIConnectionError(request) from exc
            self._log_response(request, response, started)
            if response.status_code < 400:
                return response
            if attempt < retries and should_retry(response):
                delay = retry_delay(attempt, response.headers)
                await response.aclose()
                self._log_retry(request, delay, attempt, retries, f"status {response.status_code}")
                await self._sleep(delay)
                attempt += 1
                continue
            try:
                await response.aread()
            except httpx.HTTPError as exc:
                raise APIConnectionError(request) from exc
            raise self._status_error(response)

    async def request(self, cast_to: Any, options: RequestOptions) -> Any:
        """Performs a call and returns its parsed value (or the raw response in raw-response mode)."""
        response = await self._send(options)
        if raw_response_mode.get():
            return self._raw(response, lambda: self._parse(cast_to, options, response))
        return self._parse(cast_to, options, response)

    def _raw(self, response: httpx.Response, parse: Callable[[], Any]) -> APIResponse[Any]:
        from ._response import APIResponse

        return APIResponse(response, parse)

    async def fetch_page(
        self, options: RequestOptions, item_type: Any, paging: Paging
    ) -> tuple[httpx.Response, list[Any], object]:
        """One page: its response, its validated items and its next-page token (never in raw-response mode)."""
        response = await self._send(options)
        return (response, *self._parse_page(item_type, paging, response))

    def request_page(
        self, page: type[AsyncPage[Any]], item_type: Any, options: RequestOptions, paging: Paging
    ) -> AsyncPager[Any]:
        """A pager: awaiting it gives the first page; iterating it with ``async for`` gives every item."""
        from ._pagination import AsyncPager

        return AsyncPager(self, page, item_type, options, paging, raw=raw_response_mode.get())

    async def request_stream(
        self, event_type: Any, options: RequestOptions, text_events: frozenset[str] = frozenset()
    ) -> AsyncStream[Any]:
        """Sends a request whose answer is a stream of server-sent events, and returns the stream."""
        from ._streaming import AsyncStream

        response = await self._send(options, stream=True)
        if raw_response_mode.get():
            return self._raw(response, lambda: AsyncStream(response, event_type, text_events))  # type: ignore[return-value]
        return AsyncStream(response, event_type, text_events)
