"""Transport: building requests, retrying with backoff, mapping errors, parsing responses.

The synchronous and the asynchronous client are rendered from one template, so they cannot drift.

The retry policy reads the module constants below on every retry, so a test (or an application with
unusual needs) can change them: ``INITIAL_RETRY_DELAY`` doubles on each attempt up to ``MAX_RETRY_DELAY``,
less up to 25% jitter; a server's ``Retry-After`` (seconds or an HTTP date) is honoured up to
``MAX_RETRY_AFTER`` seconds, and a call asked to wait longer is not retried.

What a server may send back is bounded: a body is read up to the client's ``max_response_size`` and no
further (counted as it arrives, after decompression; a ``Content-Length`` over the limit is refused before
reading); redirects are followed only within the origin of the request (scheme, host and port), so the API
key never travels to another host; a success that should be JSON and is not (another ``Content-Type``,
bytes that do not parse, invalid UTF-8) raises :class:`~._exceptions.APIResponseValidationError`.
"""

from __future__ import annotations

import contextlib
import contextvars
import email.utils
import enum
import json
import logging
import platform
import random
import re
import ssl
import sys
import time
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote, urlencode

import httpx

from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    RedirectError,
    ResponseTooLargeError,
    mismatch_message,
    redact_error,
    status_error,
)
from ._logs import logger, setup_logging
from ._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ._version import __version__

if TYPE_CHECKING:
    from typing_extensions import Self

    from ._models import PageParts
    from ._pagination import AsyncPage, AsyncPager, Paging, SyncPage
    from ._response import APIResponse, AsyncAPIResponse
    from ._streaming import AsyncStream, Stream

__all__ = [
    "DEFAULT_MAX_RESPONSE_SIZE",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "AsyncAPIClient",
    "RequestOptions",
    "SyncAPIClient",
    "default_timeout",
    "encode_query",
    "format_path",
    "merge_headers",
    "request_params",
]

DEFAULT_TIMEOUT = httpx.Timeout(timeout=60.0, connect=5.0)
_ALWAYS_REDACTED_LENGTH = 12
_HTTPX_DEFAULT_TIMEOUT = httpx.Timeout(5.0)
"""What an ``httpx.Client()`` made without ``timeout=`` has: not a choice of the caller's."""
DEFAULT_MAX_RETRIES = 2
DEFAULT_MAX_RESPONSE_SIZE = 100 * 1024 * 1024
"""Bytes: the largest response body (and server-sent event) a client reads unless told otherwise (100 MiB)."""
DEFAULT_CONNECTION_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)
INITIAL_RETRY_DELAY = 0.5
"""Seconds before the first retry; each later retry waits twice as long, less up to 25% jitter."""
MAX_RETRY_DELAY = 8.0
"""The longest wait that backoff alone chooses."""
MAX_RETRY_AFTER = 60.0
"""A server's Retry-After is honoured up to this many seconds. A call asked to wait longer is not retried:
its error is raised at once (``error.response.headers`` says when to come back), rather than blocking
the caller for minutes or retrying before the server said it would answer."""
RETRY_STATUSES = frozenset({408, 409, 429})
"""Statuses retried besides every 5xx."""
MAX_REDIRECTS = 10
"""Redirects followed within one attempt of a call; only those that stay on the request's origin are followed."""
REUSABLE_BODY_SIZE = 64 * 1024
"""Bytes: the largest body of a response the call does not use that is read (not dropped) to keep its connection."""
EVENT_STREAM = "text/event-stream"
"""The media type a streaming call asks for (``Accept``)."""
SENSITIVE_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key", "api-key"})
"""Headers whose values never reach a log line or a repr."""

PageT = TypeVar("PageT", bound="SyncPage[Any]")

raw_response_mode: contextvars.ContextVar[bool] = contextvars.ContextVar("raw_response_mode", default=False)
"""Set by ``with_raw_response``: the call returns the :class:`~._response.APIResponse`, not the parsed value."""


def merge_headers(*layers: Mapping[str, str] | None) -> dict[str, str]:
    """The headers of ``layers``, a later layer's value replacing an earlier one's.

    Header names are compared without regard to case, as HTTP compares them: ``{"authorization": ...}``
    given by a caller replaces the client's ``Authorization`` rather than adding a second one.
    """
    merged: dict[str, str] = {}
    spelled: dict[str, str] = {}
    for layer in layers:
        for name, value in (layer or {}).items():
            previous = spelled.get(name.lower())
            if previous is not None:
                del merged[previous]
            spelled[name.lower()] = name
            merged[name] = value
    return merged


def _joined_cookies(client: Mapping[str, str], parameters: Mapping[str, str] | None) -> Mapping[str, str] | None:
    """The operation's parameter headers, where its cookie parameters join the client's own cookies (a
    session key sent as a cookie, a ``Cookie`` among ``default_headers``) rather than replace them."""
    if not parameters or "Cookie" not in parameters:
        return parameters
    own = next((value for name, value in client.items() if name.lower() == "cookie"), None)
    return {**parameters, "Cookie": f"{own}; {parameters['Cookie']}"} if own else parameters


def _sendable_key(key: str | None) -> str | None:
    """The API key as sent: without surrounding whitespace (the line break of a key read from a file).

    A key with any other character that a header cannot carry is refused here, with its position only:
    httpx's own error would print the header, key included.
    """
    if key is None:
        return None
    key = key.strip()
    for position, char in enumerate(key):
        if not " " <= char <= "~":
            raise ValueError(
                f"api_key holds a character a header cannot carry (at position {position}); check how it was read"
            )
    return key


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
    """The body as JSON values; sent as JSON, or form-encoded when ``body_encoding`` is ``form``; for
    ``multipart``, Python values whose bytes are files (see :func:`encode_multipart`)."""
    body_encoding: str = "json"
    form_styles: Mapping[str, tuple[str, bool]] = field(default_factory=dict)
    """For a form or multipart body: (style, explode) of each field the spec gives a style (see
    :func:`encode_form`)."""
    json_parts: frozenset[str] = frozenset()
    """For a multipart body: the fields sent as JSON parts."""
    part_types: Mapping[str, str] = field(default_factory=dict)
    """For a multipart body: the media type of each file field whose part the spec gives one, sent where
    the caller gives none."""
    content: bytes | str | None = None
    """A body sent as it is (application/octet-stream, text/plain), instead of ``json``."""
    content_type: str | None = None
    """The media type of ``content``, sent as ``Content-Type`` unless the caller's headers say otherwise."""
    extra_headers: Headers | None = None
    extra_query: Query | None = None
    extra_body: Body | None = None
    timeout: Timeout | NotGiven = NOT_GIVEN
    max_retries: int | NotGiven = NOT_GIVEN
    response_kind: str = "json"
    """How to read a success: ``json``, ``text``, ``binary`` or ``empty``."""
    server: str | None = None
    """The operation's own server (an absolute URL), used instead of the base URL while that is the API's
    default one."""
    status_types: Mapping[str, Any] | None = None
    """The type to read the answer of another success code as, by code as the spec writes it (``202``,
    ``2XX``), where it differs from the method's main type."""
    accept: str | None = None
    """The media type the operation answers with, when it is not JSON (sent as ``Accept``)."""
    url: str | None = None
    """An absolute URL that the request goes to, instead of the base URL and ``path``: a next page's link,
    which holds its query."""
    not_modified: bool = False
    """The operation lists ``304 Not Modified`` among its answers: a 304 is then the answer to a conditional
    request (``If-None-Match``, ``If-Modified-Since``), read as None, not a redirect."""

    def answered(self, status: int) -> bool:
        """Whether a response of this status is the call's answer (a success, or a 304 the operation lists)."""
        return status < 300 or (status == 304 and self.not_modified)

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


def format_path(
    template: str, values: Mapping[str, object], styles: Mapping[str, tuple[str, bool]] | None = None
) -> str:
    """Fills a path template; every value is percent-encoded, so none can change the route.

    Each value takes its parameter's style and explode (``styles``; default simple, not exploded):
    ``simple`` joins an array's items with commas (``3,4,5``) and an object's keys and values too
    (``k,v,k2,v2``, exploded ``k=v,k2=v2``); ``label`` puts a dot first (``.3,4,5``, exploded ``.3.4.5``);
    ``matrix`` a semicolon and the name (``;id=3,4,5``, exploded ``;id=3;id=4;id=5``).

    A greedy parameter (its name ends in ``+``: the rest of the path) takes a sequence of segments, or a
    string that its slashes split into segments. A segment that is ``.`` or ``..`` is refused: percent-
    encoding leaves dots alone, and the URL would then name another resource (``/v1/project/..``). So
    is None or an empty value (``os.environ.get`` of a variable that is not set): ``/v1/project/``
    names the collection, not one of its items.
    """
    path = template
    for name, value in values.items():
        if value is None:
            raise ValueError(f"expected a value for path parameter {name!r}, got None")
        style, explode = styles.get(name, ("simple", False)) if styles else ("simple", False)
        if name.endswith("+"):
            segments = (
                value.split("/") if isinstance(value, str) else value if isinstance(value, (list, tuple)) else [value]
            )
            encoded = "/".join(_segment(name, item) for item in segments)
        else:
            encoded = _segment(name, _styled(name, value, "simple", explode), quoted=True)
        if not encoded:
            raise ValueError(f"expected a non-empty value for path parameter {name!r}")
        if style != "simple":
            encoded = _styled(name, value, style, explode)
        path = path.replace("{" + name + "}", encoded)
    return path


def _segment(name: str, value: object, quoted: bool = False) -> str:
    encoded = str(value) if quoted else _quoted(value)
    if encoded in (".", ".."):
        raise ValueError(f"path parameter {name!r} cannot be {encoded!r}: the URL would name another resource")
    return encoded


def _quoted(value: object) -> str:
    return quote(_scalar(value), safe="")


def _styled(name: str, value: object, style: str, explode: bool, encode: Callable[[object], str] = _quoted) -> str:
    """A parameter's value in OpenAPI's ``simple``, ``label`` or ``matrix`` style, each part written by
    ``encode`` (by default percent-encoded, as a path needs: a delimiter inside a value stays data)."""
    key = quote(name, safe="")
    prefix = {"label": ".", "matrix": ";"}.get(style, "")
    if not isinstance(value, (str, int, float, Mapping, list, tuple)):
        from ._models import to_jsonable

        value = to_jsonable(value)  # a model: its fields by their names on the wire
    if isinstance(value, Mapping):
        pairs = [(encode(k), encode(v)) for k, v in value.items() if v is not None]
        if explode:
            return prefix + (prefix or ",").join(f"{k}={v}" for k, v in pairs)
        joined = ",".join(f"{k},{v}" for k, v in pairs)
    elif isinstance(value, (list, tuple)):
        items = [encode(item) for item in value]
        if explode and style == "matrix":
            return "".join(f";{key}={item}" for item in items)
        joined = (prefix if explode and style == "label" else ",").join(items)
    else:
        joined = encode(value)
    if style == "matrix":
        return f";{key}={joined}" if joined else f";{key}"
    return prefix + joined


def _json_bytes(body: object) -> bytes:
    try:
        return _dumps(body, "the request body").encode()
    except UnicodeEncodeError:  # a lone surrogate (a string cut in an emoji): UTF-8 cannot carry it, JSON's escape can
        return _dumps(body, "the request body", ascii_only=True).encode()


def _json_text(name: str, value: object, ascii_only: bool = False) -> str:
    """Parameter ``name``'s value as JSON text; ``ascii_only`` for a header, which cannot carry other
    characters (JSON escapes them as ``\\uXXXX``)."""
    from ._models import to_jsonable

    return _dumps(to_jsonable(value), f"parameter {name!r}", ascii_only)


def _dumps(value: object, what: str, ascii_only: bool = False) -> str:
    """Compact JSON; a NaN or an infinity, which JSON cannot say, is a ValueError that names ``what``."""
    try:
        return json.dumps(value, separators=(",", ":"), ensure_ascii=ascii_only, allow_nan=False)
    except ValueError as error:
        raise ValueError(f"{what} cannot be sent as JSON: {error} (JSON has no NaN or infinity)") from None
    except TypeError as error:  # a value of a type JSON has no form for
        raise TypeError(f"{what} cannot be sent as JSON: {error}") from None


def _scalar(value: object) -> str:
    """One value as the text a query, a path or a header carries: booleans as JSON spells them, an enum
    member by its value, and a subclass of str, int or float by its own value (``str()`` of an enum
    that derives from str is ``Region.EU``)."""
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return float.__repr__(value)
    if value is None:
        return ""
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode()  # as pydantic writes bytes: their UTF-8 text
    if isinstance(value, (dict, list)):
        return json.dumps(value, separators=(",", ":"))
    from ._models import to_jsonable

    written = to_jsonable(value)  # a UUID or a Decimal: its text; a model: its fields
    return str(value) if written is value else _scalar(written)


_DELIMITERS = {"form": ",", "spaceDelimited": " ", "pipeDelimited": "|"}


def encode_query(
    values: Mapping[str, object], unexploded: frozenset[str] = frozenset(), styles: Mapping[str, str] | None = None
) -> list[tuple[str, str]]:
    """Query pairs in the spec's style: arrays repeat the key (form, explode), or join with the style's delimiter.

    A null value is left out: a query string cannot say null, and omitting it is what the API means (but
    for a parameter described by JSON content, whose JSON text says ``null``). An
    empty array is refused (``ValueError``): left out, it would mean no filter at all. A value under
    ``deepObject`` style is in bracket notation, however deep (``key[name]=value``, ``expand[0]=value``,
    ``items[0][price]=value``), as in a form body; otherwise an object's keys become pairs of their own
    (form, explode) or one comma-joined ``name,value`` list.
    """
    pairs: list[tuple[str, str]] = []
    for key, value in values.items():
        if isinstance(value, NotGiven):
            continue
        style = styles.get(key, "form") if styles else "form"
        if style == "json":  # a parameter described by JSON content: its value's JSON text, null included
            pairs.append((key, _json_text(key, value)))
        elif value is None:
            continue
        elif isinstance(value, (list, tuple, set, frozenset)) and not value:
            # Left out, it would mean no filter: `ids=[]` would list every object, not none of them.
            raise ValueError(
                f"query parameter {key!r} cannot be an empty list: a query string cannot say 'none of these', "
                "and leaving it out means 'any'"
            )
        elif style == "deepObject" and isinstance(value, (Mapping, list, tuple)):
            pairs.extend(_bracketed(key, value, nulls=False))
        elif isinstance(value, (list, tuple, set, frozenset)):
            pairs.extend(_array_pairs(key, value, style, explode=key not in unexploded))
        elif isinstance(value, Mapping):
            present = {str(k): v for k, v in value.items() if v is not None}
            if key in unexploded:
                pairs.append((key, _simple(present, explode=False)))
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
    exploded = frozenset(headers) - frozenset(unexploded)
    as_json = frozenset(key for key, style in (styles or {}).items() if style == "json")
    sent_headers = {
        k: _json_text(k, v, ascii_only=True) if k in as_json else _simple(v, k in exploded)
        for k, v in values.items()
        if k in headers and (v is not None or k in as_json)
    }
    jar = [
        f"{k}={quote(_json_text(k, v) if k in as_json else _scalar(v), safe='')}"
        for k, v in values.items()
        if k in cookies and (v is not None or k in as_json)
    ]
    if jar:
        sent_headers["Cookie"] = "; ".join(jar)
    return query, sent_headers


def _simple(value: object, explode: bool) -> str:
    """A header's value in OpenAPI's simple style: an array's items joined by commas, an object's keys and
    values too (``k,v,k2,v2``; exploded, ``k=v,k2=v2``); its parts as they are, not percent-encoded."""
    return _styled("", value, "simple", explode, encode=_scalar)


def encode_form(
    values: Mapping[str, object], styles: Mapping[str, tuple[str, bool]] | None = None
) -> list[tuple[str, str]]:
    """A form body, each field in the style the spec's ``encoding`` gives it (``styles``: style, explode).

    An array of values repeats its key (``tag=a&tag=b``: OpenAPI's default, form style exploded) or, not
    exploded, joins its items (commas; spaces or bars for spaceDelimited and pipeDelimited); an object in
    form style gives each of its keys as a pair of its own (exploded) or one ``k,v,k2,v2`` value. What no
    style describes (an object by default, deepObject, values nested deeper) is in bracket notation
    (``metadata[key]=v``, ``items[0][price]=p``), as form-encoded APIs such as Stripe's read it. Null is
    sent as an empty value, which such APIs read as "unset".
    """
    pairs: list[tuple[str, str]] = []
    for key, value in values.items():
        if isinstance(value, NotGiven):
            continue
        style, explode = (styles or {}).get(key, ("form", True))
        if (
            isinstance(value, (list, tuple))
            and style != "deepObject"
            and not any(isinstance(item, (Mapping, list, tuple)) for item in value)
        ):
            pairs.extend(_array_pairs(key, value, style, explode))
        elif isinstance(value, Mapping) and key in (styles or {}) and style == "form":
            if explode:
                for name, item in value.items():
                    pairs.extend(_bracketed(str(name), item))
            else:
                pairs.append((key, _simple(value, explode=False)))
        else:
            pairs.extend(_bracketed(str(key), value))
    return pairs


def _array_pairs(key: str, items: Iterable[object], style: str, explode: bool) -> list[tuple[str, str]]:
    """An array of values as a query or a form writes it: its key repeated (form style, exploded), or one
    value joined by the style's delimiter (commas; spaces, bars); nothing for an empty one."""
    values = [_scalar(item) for item in items]
    if explode and style == "form":
        return [(key, value) for value in values]
    return [(key, _DELIMITERS.get(style, ",").join(values))] if values else []


def _bracketed(name: str, value: object, nulls: bool = True) -> list[tuple[str, str]]:
    """``name=value``, or the pairs of a nested value in bracket notation; a null is an empty value (a form
    body's "unset"), or, without ``nulls`` (a query, which cannot say null), left out."""
    if isinstance(value, NotGiven) or (value is None and not nulls):
        return []
    if isinstance(value, Mapping):
        return [pair for key, item in value.items() for pair in _bracketed(f"{name}[{key}]", item, nulls)]
    if isinstance(value, (list, tuple)):
        return [pair for index, item in enumerate(value) for pair in _bracketed(f"{name}[{index}]", item, nulls)]
    return [(name, _scalar(value))]


def _is_file(value: object) -> bool:
    return isinstance(value, bytes) or (
        isinstance(value, tuple) and len(value) in (2, 3) and isinstance(value[1], bytes)
    )


def _typed_file(file: Any, media_type: str | None) -> Any:
    """A file part as httpx takes it, of ``media_type`` where its caller gave none (bare bytes are called
    ``upload``, as httpx calls them)."""
    if media_type is None:
        return file
    if isinstance(file, bytes):
        return ("upload", file, media_type)
    if len(file) == 2 or file[2] is None:
        return (file[0], file[1], media_type)
    return file


def encode_multipart(
    values: Mapping[str, object],
    styles: Mapping[str, tuple[str, bool]] | None = None,
    json_parts: frozenset[str] = frozenset(),
    part_types: Mapping[str, str] | None = None,
) -> list[tuple[str, Any]]:
    """The parts of a multipart/form-data body: files (bytes, or a tuple of name, bytes and media type;
    a list of them gives one part each) as file parts, of the media type ``part_types`` gives their field
    where the caller gives none; the fields ``json_parts`` names as JSON parts (an array as one part per
    item); every other value as in a form body (see :func:`encode_form`)."""
    files: list[tuple[str, Any]] = []
    fields: dict[str, object] = {}
    from ._models import to_jsonable

    for key, value in values.items():
        if isinstance(value, NotGiven):
            continue
        media_type = (part_types or {}).get(key)
        if _is_file(value):
            files.append((key, _typed_file(value, media_type)))
        elif isinstance(value, (list, tuple)) and value and all(_is_file(item) for item in value):
            files.extend((key, _typed_file(item, media_type)) for item in value)
        elif key in json_parts:
            # an array's parts are its items', one each, as OpenAPI's encoding says of arrays
            items = value if isinstance(value, (list, tuple)) else [value]
            files.extend((key, (None, _json_bytes(to_jsonable(item)), "application/json")) for item in items)
        else:
            fields[key] = value
    parts: list[tuple[str, Any]] = [(name, (None, text)) for name, text in encode_form(to_jsonable(fields), styles)]
    return parts + files


def default_timeout(http_client: httpx.Client | httpx.AsyncClient | None) -> Timeout:
    """The timeout of a client made without ``timeout=``: the one the caller set on their own
    ``http_client``, else ``DEFAULT_TIMEOUT`` (also where their client has httpx's default, which they
    most likely did not choose)."""
    if http_client is not None and http_client.timeout != _HTTPX_DEFAULT_TIMEOUT:
        return http_client.timeout
    return DEFAULT_TIMEOUT


def parse_retry_after(headers: httpx.Headers, now: float | None = None) -> float | None:
    """Seconds to wait from ``retry-after-ms``, or ``Retry-After`` in seconds or as an HTTP date.

    A number that is negative, infinite or not a number is no valid wait (RFC 9110 §10.2.3): it is
    ignored, as if the header were absent. A date in the past is valid, and means now.
    """
    milliseconds = _wait_seconds(headers.get("retry-after-ms"))
    if milliseconds is not None:
        return milliseconds / 1000
    value = headers.get("retry-after")
    if value is None:
        return None
    seconds = _wait_seconds(value)
    if seconds is not None:
        return seconds
    parsed = email.utils.parsedate_tz(value)
    if parsed is None:
        return None
    moment = email.utils.mktime_tz(parsed)
    return moment - (time.time() if now is None else now)


def _wait_seconds(value: str | None) -> float | None:
    """A header's count of seconds (or milliseconds): ASCII digits, with a fraction if any; else None (a
    sign, an exponent, ``inf``, ``1_0`` or other digits than ASCII's, all of which ``float()`` takes)."""
    if value is None or _WAIT.fullmatch(value.strip()) is None:
        return None
    return float(value)


_WAIT = re.compile(r"[0-9]+(?:\.[0-9]+)?")


def retry_delay(attempt: int, response_headers: httpx.Headers | None) -> float:
    """Seconds before retry number ``attempt`` (0-based).

    The server's valid ``Retry-After`` when it sent one (a date in the past means now; one over
    ``MAX_RETRY_AFTER`` is not retried at all, see :func:`asks_too_long_a_wait`); otherwise ``INITIAL_RETRY_DELAY * 2**attempt`` up to ``MAX_RETRY_DELAY``, less up
    to 25% jitter so that many clients do not retry in step.
    """
    if response_headers is not None:
        requested = parse_retry_after(response_headers)
        if requested is not None:
            return min(max(requested, 0.0), MAX_RETRY_AFTER)
    delay = min(INITIAL_RETRY_DELAY * (2.0**attempt), MAX_RETRY_DELAY)
    return delay * (1 - 0.25 * random.random())


def asks_too_long_a_wait(response: httpx.Response) -> bool:
    """Whether the server asks for a longer wait than ``MAX_RETRY_AFTER`` before the next attempt."""
    requested = parse_retry_after(response.headers)
    return requested is not None and requested > MAX_RETRY_AFTER


def should_retry(response: httpx.Response) -> bool:
    override = response.headers.get("x-should-retry", "").strip().lower()
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
        from ._models import loads_json

        try:
            parsed: object = loads_json(text)
        except ValueError:
            return text
        return parsed
    return text


def _body_start(response: httpx.Response, redact: Callable[[str], str], size: int = 200) -> str:
    """The start of the body, redacted and quoted on one line, for an error message (bytes that are not
    UTF-8 as U+FFFD)."""
    try:
        content = response.content
    except httpx.ResponseNotRead:
        return "(not read)"
    if not content:
        return "(empty)"
    # Redacted whole, then cut: a secret that the cut went through would leave its start behind.
    text = redact(content.decode("utf-8", "replace"))
    return repr(text[:size]) + ("..." if len(text) > size else "")


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return url.scheme, url.host, url.port


def _certificate_problem(error: BaseException) -> str | None:
    """Why the server's TLS certificate failed verification, when that is what ``error`` comes from."""
    cause: BaseException | None = error
    for _ in range(10):
        if cause is None:
            return None
        if isinstance(cause, ssl.SSLCertVerificationError):
            return cause.verify_message or str(cause)
        cause = cause.__cause__ or cause.__context__
    return None


def _check_base_url(base_url: str | httpx.URL) -> None:
    """Refuses a base URL that requests could not be sent to as meant, before any request is tried."""
    try:
        url = httpx.URL(str(base_url))
    except httpx.InvalidURL as error:
        raise ValueError(f"base_url {str(base_url)!r} is not a URL: {error}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(f"base_url {str(base_url)!r} must be an http:// or https:// URL with a host")
    if url.query or url.fragment:
        raise ValueError(f"base_url {str(base_url)!r} cannot have a query or a fragment: paths are added to its end")


class _BaseClient:
    """What the sync and async clients share: configuration, headers, URLs and response reading."""

    _api_key: str | None

    _own_servers: bool = False
    """Whether an operation with a server of its own (``RequestOptions.server``) is sent there: while the
    client uses the API's default base URL. One given instead (a proxy, a test server) takes every call."""

    def __init__(
        self,
        *,
        base_url: str | httpx.URL,
        api_key: str | None,
        timeout: Timeout,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        if max_response_size is not None and (
            isinstance(max_response_size, bool) or not isinstance(max_response_size, int) or max_response_size < 1
        ):
            raise ValueError("max_response_size must be a number of bytes (1 or more), or None for no limit")
        _check_base_url(base_url)
        setup_logging()
        self._api_key = _sendable_key(api_key)
        self._base_url = httpx.URL(str(base_url).rstrip("/") + "/")
        self._base = str(self._base_url).rstrip("/")
        self._timeout = timeout
        self.max_retries = max_retries
        self.max_response_size = max_response_size
        """Bytes: a larger body is not read (:class:`~._exceptions.ResponseTooLargeError`); None reads any size."""
        self._custom_headers = dict(default_headers or {})
        self._headers = self.default_headers
        self._timeout_extension = httpx.Timeout(timeout).as_dict()

    @property
    def api_key(self) -> str | None:
        return self._api_key

    def _forget_key(self) -> None:
        """Sends no key from now on: ``with_options(api_key=None)``, where None cannot mean the environment's."""
        self._api_key = None
        self._headers = self.default_headers

    # Read-only, as the key is: requests use forms of them made once, so an assignment would change what
    # the attribute says and not what is sent. ``with_options(base_url=..., timeout=...)`` makes a client
    # that uses others.
    @property
    def base_url(self) -> httpx.URL:
        return self._base_url

    @property
    def timeout(self) -> Timeout:
        return self._timeout

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={str(self.base_url)!r}, max_retries={self.max_retries!r})"

    @property
    def default_headers(self) -> dict[str, str]:
        """The headers of every request: the client's own, the API key's (as its scheme says), then ``default_headers``."""
        headers = {
            "Accept": "application/json",
            "User-Agent": f"golden-r08-additional-properties/{__version__} python/{platform.python_version()}",
        }
        if self._api_key:
            headers["Authorization"] = f"Bearer {self._api_key}"
        return merge_headers(headers, self._custom_headers)

    def _redact(self, text: str) -> str:
        """``text`` with the API key, should it appear, replaced: for log lines and error messages.

        A short key (a test's ``test``) is replaced only where it stands alone, not inside a word: the
        message ``latest authentication`` stays readable. A key of ``_ALWAYS_REDACTED_LENGTH`` characters
        or more is replaced wherever it appears, glued to other text or not.
        """
        key = self._api_key
        if not key or key not in text:
            return text
        if len(key) >= _ALWAYS_REDACTED_LENGTH:
            return text.replace(key, "<redacted>")
        return re.sub(rf"(?<![\w-]){re.escape(key)}(?![\w-])", "<redacted>", text)

    @contextlib.contextmanager
    def _errors_redacted(self) -> Iterator[None]:
        """An error raised within leaves knowing the client's redactor, should it be pickled (``redact_error``)."""
        try:
            yield
        except APIError as error:
            redact_error(error, self._redact)
            raise

    def _build_request(self, http: httpx.Client | httpx.AsyncClient, options: RequestOptions) -> httpx.Request:
        query: tuple[tuple[str, str], ...] | None = tuple(options.query) if options.query else None
        if options.extra_query:
            extra = encode_query(options.extra_query)
            replaced = {key for key, _ in extra}
            query = (*(pair for pair in query or () if pair[0] not in replaced), *extra)
        url = (options.server.rstrip("/") if options.server and self._own_servers else self._base) + options.path
        if options.url is not None:
            # a next page's link holds its query; httpx would replace it with ``params``, so what the client
            # adds (a key, extra_query) joins it instead, replacing a parameter of the same name
            link = httpx.URL(options.url)
            added = {key for key, _ in query or ()}
            query = (*(pair for pair in link.params.multi_items() if pair[0] not in added), *(query or ()))
            url = str(link.copy_with(query=None))
        body: object = options.json
        if options.extra_body:
            from ._models import to_jsonable

            body = {**(body if isinstance(body, Mapping) else {}), **to_jsonable(options.extra_body)}
        content: bytes | str | None = options.content
        content_type = options.content_type if content is not None else None
        files: list[tuple[str, Any]] | None = None
        if content is None and not isinstance(body, NotGiven):
            if options.body_encoding == "form":
                content_type = "application/x-www-form-urlencoded"
                content = urlencode(
                    encode_form(body, options.form_styles) if isinstance(body, Mapping) else []
                ).encode()
            elif options.body_encoding == "multipart":
                # httpx writes the parts and the boundary; a field that is not a file is a part without a
                # file name, so the body is multipart even when no file is given
                files = (
                    encode_multipart(body, options.form_styles, options.json_parts, options.part_types)
                    if isinstance(body, Mapping)
                    else []
                )
            else:
                content_type = options.content_type or "application/json"  # or the spec's +json type
                content = _json_bytes(body)
        # The caller's headers come last: they replace the client's and the body's, whatever their case.
        headers = self._headers
        if options.accept or content_type or options.headers or options.extra_headers:
            headers = merge_headers(
                headers,
                {"Accept": options.accept} if options.accept else None,
                {"Content-Type": content_type} if content_type else None,
                _joined_cookies(headers, options.headers),
                options.extra_headers,
            )
        timeout = (
            self._timeout_extension
            if isinstance(options.timeout, NotGiven)
            else httpx.Timeout(options.timeout).as_dict()
        )
        return http.build_request(
            options.method.upper(),
            url,
            params=query,
            headers=headers,
            content=content,
            files=files,
            extensions={"timeout": timeout},
        )

    def _retries(self, options: RequestOptions) -> int:
        return self.max_retries if isinstance(options.max_retries, NotGiven) else options.max_retries

    def _parse(self, cast_to: Any, options: RequestOptions, response: httpx.Response) -> Any:
        with self._errors_redacted():  # see redact_error
            if response.status_code == 304:  # only ever an answer when the operation lists it
                return None
            if options.status_types:
                status = response.status_code
                cast_to = options.status_types.get(str(status), options.status_types.get(f"{status // 100}XX", cast_to))
            kind = options.response_kind
            if kind == "empty" or cast_to is None:
                return None
            if kind == "binary":
                return response.content
            if kind == "text":
                return self._text(response)
            content = response.content
            if content:
                self._expect_json(response)
            # imported here: pydantic loads with the first response, not with the package
            from ._models import loads_json, parse_response, parse_response_json

            if content and cast_to is not object and cast_to is not Any:
                try:
                    return parse_response_json(cast_to, content)
                except ValueError as exc:
                    raise self._invalid(response, exc) from None  # see mismatch_message
            try:
                data = loads_json(content) if content else None
            except ValueError as exc:
                raise self._not_json(response, str(exc)) from exc
            try:
                return parse_response(cast_to, data)
            except ValueError as exc:
                raise APIResponseValidationError(
                    response, data, self._redact(mismatch_message("The response", exc))
                ) from None  # see mismatch_message

    def _expect_json(self, response: httpx.Response) -> None:
        """Raises when a body that should be JSON says it is something else (an HTML page from a proxy, say).

        A JSON media type is any with ``json`` in it (``application/json``, ``application/problem+json``);
        a missing ``Content-Type`` is let through to the parser.
        """
        content_type = response.headers.get("content-type")
        if content_type and "json" not in content_type and "json" not in content_type.lower():
            raise APIResponseValidationError(
                response,
                _error_body(response),
                self._redact(
                    f"Expected a JSON response, got Content-Type {content_type!r} (status {response.status_code}); "
                    f"the body starts {_body_start(response, self._redact)}"
                ),
            )

    def _text(self, response: httpx.Response) -> str:
        """The body decoded with its charset (UTF-8 when none is given), strictly: undecodable bytes raise."""
        encoding = response.encoding or "utf-8"
        try:
            return response.content.decode(encoding)
        except UnicodeDecodeError as exc:
            raise APIResponseValidationError(
                response,
                response.text,
                self._redact(
                    f"The response body is not valid {encoding} (byte 0x{response.content[exc.start]:02x} at position "
                    f"{exc.start}); the body starts {_body_start(response, self._redact)}"
                ),
            ) from exc

    def _not_json(self, response: httpx.Response, detail: str) -> APIResponseValidationError:
        """The error for a successful body that should be JSON and does not parse: it says whether the bytes
        are not UTF-8 or not JSON, with the content type and the start of the body."""
        content = response.content
        try:
            content.decode("utf-8")
        except UnicodeDecodeError as exc:
            message = (
                f"The response body is not valid UTF-8 (byte 0x{content[exc.start]:02x} at position {exc.start}), "
                "so it is not JSON"
            )
        else:
            message = f"The response body is not valid JSON ({detail})"
        content_type = response.headers.get("content-type")
        message += f"; Content-Type {content_type!r}, the body starts {_body_start(response, self._redact)}"
        return APIResponseValidationError(response, _error_body(response), self._redact(message))

    def _invalid(self, response: httpx.Response, error: ValueError) -> APIResponseValidationError:
        """The error for a successful response that is not JSON, or not the JSON the API describes."""
        from pydantic_core import ValidationError

        errors = error.errors() if isinstance(error, ValidationError) else []
        if errors and errors[0]["type"] == "json_invalid":
            return self._not_json(response, errors[0]["msg"])
        return APIResponseValidationError(
            response, _error_body(response), self._redact(mismatch_message("The response", error))
        )

    def _parse_page(self, item_type: Any, paging: Paging, response: httpx.Response) -> PageParts:
        """A page's validated items and what it says of the next page, straight from the response's bytes."""
        with self._errors_redacted():  # see redact_error
            from ._models import PageParts, parse_page

            if response.status_code == 304:  # Not Modified, which the operation lists: no items, no next page
                return PageParts([])
            if response.content:
                self._expect_json(response)
            try:
                return parse_page(
                    item_type,
                    paging.items_field,
                    paging.next_field,
                    response.content,
                    paging.items_required,
                    paging.has_more_field,
                )
            except ValueError as exc:
                raise self._invalid(response, exc) from None  # see mismatch_message

    def _too_large_note(self) -> str:
        return f"the body is larger than max_response_size ({self.max_response_size} bytes) and was not read"

    def _status_error(self, response: httpx.Response, note: str | None = None) -> Exception:
        """The error for a 4xx/5xx answer; ``note`` says why its body is missing (too large, undecodable)."""
        if note is not None:
            return status_error(response, None, redact=self._redact, note=note)
        return status_error(response, _error_body(response), redact=self._redact)

    def _redirect_error(self, request: httpx.Request, response: httpx.Response, note: str | None) -> RedirectError:
        """The error for a 3xx answer the client does not follow (see :meth:`SyncAPIClient._send`)."""
        target = response.next_request
        location = str(target.url) if target is not None else response.headers.get("location")
        if response.status_code == 304:
            reason = (
                "Not Modified, an answer the API description does not give this operation (to a conditional "
                "request: If-None-Match, If-Modified-Since)"
            )
        elif target is None:
            reason = "a redirect without a usable Location" if location is None else f"a redirect to {location}"
            reason += " was not followed"
        elif _origin(target.url) != _origin(request.url):
            origin = f"{request.url.scheme}://{request.url.netloc.decode('ascii', 'replace')}"
            reason = (
                f"redirect to {location} not followed: it leaves {origin}, "
                "and neither the API key nor the request is sent to another host"
            )
        else:
            reason = f"redirect to {location} not followed: more than {MAX_REDIRECTS} redirects"
        body = _error_body(response) if note is None else None
        message = self._redact(f"Error code: {response.status_code} - {reason}" + (f" ({note})" if note else ""))
        return RedirectError(message, response=response, body=body, location=location)

    def _log_request(self, request: httpx.Request, attempt: int) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "Request: %s %s%s headers=%s",
                request.method,
                self._redact(str(request.url)),
                f" (retry {attempt})" if attempt else "",
                self._redact(str(redact_headers(request.headers))),  # the key may be in any header's value
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
            # a server (or a proxy) may echo the key back in a header of any name
            logger.debug("Response headers: %s", self._redact(str(redact_headers(response.headers))))

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


def read_body(response: httpx.Response, limit: int | None) -> bool:
    """Reads the body into ``response.content``; False, with the connection closed, when it is larger
    than ``limit`` bytes (the client's ``max_response_size``; None: no limit).

    A ``Content-Length`` over the limit is refused before reading; otherwise the decoded bytes are counted
    as they arrive, so a body that lies about its length, has none, or is compressed stops at the limit
    (give or take one network read). A body whose ``Content-Encoding`` does not decode raises
    :class:`~._exceptions.APIResponseValidationError`.
    """
    chunks: list[bytes] = []
    try:
        if limit is None:
            response.read()
            return True
        # Over the limit by its Content-Length: refused unread (unless compressed: then its decoded size counts).
        length = response.headers.get("content-length")
        if (
            length is not None
            and length.isascii()
            and length.isdigit()
            and int(length) > limit
            and "content-encoding" not in response.headers
        ):
            response.close()
            return False
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                response.close()
                return False
            chunks.append(chunk)
    except httpx.DecodingError as exc:
        response.close()
        raise APIResponseValidationError(response, None, f"The response body could not be decoded: {exc}") from exc
    except BaseException:
        response.close()
        raise
    response._content = b"".join(chunks)
    return True


async def aread_body(response: httpx.Response, limit: int | None) -> bool:
    """Reads the body into ``response.content``; False, with the connection closed, when it is larger
    than ``limit`` bytes (the client's ``max_response_size``; None: no limit).

    A ``Content-Length`` over the limit is refused before reading; otherwise the decoded bytes are counted
    as they arrive, so a body that lies about its length, has none, or is compressed stops at the limit
    (give or take one network read). A body whose ``Content-Encoding`` does not decode raises
    :class:`~._exceptions.APIResponseValidationError`.
    """
    chunks: list[bytes] = []
    try:
        if limit is None:
            await response.aread()
            return True
        # Over the limit by its Content-Length: refused unread (unless compressed: then its decoded size counts).
        length = response.headers.get("content-length")
        if (
            length is not None
            and length.isascii()
            and length.isdigit()
            and int(length) > limit
            and "content-encoding" not in response.headers
        ):
            await response.aclose()
            return False
        size = 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > limit:
                await response.aclose()
                return False
            chunks.append(chunk)
    except httpx.DecodingError as exc:
        await response.aclose()
        raise APIResponseValidationError(response, None, f"The response body could not be decoded: {exc}") from exc
    except BaseException:
        await response.aclose()
        raise
    response._content = b"".join(chunks)
    return True


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
        max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        super().__init__(
            base_url=base_url,
            api_key=api_key,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            max_response_size=max_response_size,
        )
        self._owns_http = http_client is None
        # TLS certificates are verified (httpx's default); redirects are followed by _send, not by httpx.
        self._http = http_client if http_client is not None else httpx.Client(limits=DEFAULT_CONNECTION_LIMITS)

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

    def _may_retry(self, attempt: int, retries: int) -> bool:
        """Whether a failed attempt is tried again: not past the call's retries, nor on a closed client."""
        return attempt < retries and not self._http.is_closed

    def _backoff(self, request: httpx.Request, seconds: float) -> None:
        """The wait before a retry. A client closed meanwhile can send nothing more: the call ends here."""
        self._sleep(seconds)
        if self._http.is_closed:
            raise APIConnectionError(request, "Connection error: the client was closed while the call waited to retry.")

    def _send(self, options: RequestOptions, *, stream: bool = False) -> httpx.Response:
        """:meth:`_attempts`, whose errors leave knowing the client's redactor (see ``redact_error``)."""
        with self._errors_redacted():
            return self._attempts(options, stream=stream)

    def _attempts(self, options: RequestOptions, *, stream: bool = False) -> httpx.Response:
        """Sends with retries; returns a successful response, its body read (unless ``stream``), or raises.

        Connection errors, timeouts and retryable statuses (:func:`should_retry`) are retried up to the
        call's ``max_retries``, waiting :func:`retry_delay` between attempts; a TLS certificate that does not
        verify is not retried. A 304 is an answer when the operation lists it. A redirect is followed (up to ``MAX_REDIRECTS``) only when it stays on the
        request's origin; any other 3xx raises :class:`~._exceptions.RedirectError`. A body over
        ``max_response_size`` is not read further: :class:`~._exceptions.ResponseTooLargeError` for a
        success, the status's error with ``body=None`` otherwise.
        """
        retries = self._retries(options)
        attempt = 0
        redirects = 0
        redirected: httpx.Request | None = None
        while True:
            request = redirected if redirected is not None else self._build_request(self._http, options)
            self._log_request(request, attempt)
            started = time.monotonic()
            complete = True
            try:
                response = self._http.send(request, stream=True, follow_redirects=False)
                if options.answered(response.status_code) and not stream:
                    complete = read_body(response, self.max_response_size)
            except httpx.TimeoutException as exc:
                if self._may_retry(attempt, retries):
                    delay = retry_delay(attempt, None)
                    self._log_retry(request, delay, attempt, retries, "a timeout")
                    self._backoff(request, delay)
                    attempt, redirected = attempt + 1, None
                    continue
                raise APITimeoutError(request) from exc
            except httpx.TransportError as exc:
                problem = _certificate_problem(exc)
                if problem is not None:
                    raise APIConnectionError(
                        request,
                        f"Connection error: the server's TLS certificate did not verify ({problem}). To trust a "
                        "private certificate authority, pass http_client=httpx.Client(verify=<ssl.SSLContext>) or set SSL_CERT_FILE.",
                    ) from exc
                if isinstance(exc, (httpx.LocalProtocolError, httpx.UnsupportedProtocol)):
                    # the request itself cannot be sent (a header value with a line break, a URL scheme httpx
                    # does not speak): no retry can help, and the cause is what the caller needs to see
                    # without the cause, whose own message may quote the key (a key with a line break)
                    message = self._redact(f"Connection error: the request cannot be sent: {exc}")
                    raise APIConnectionError(request, message) from None
                if self._may_retry(attempt, retries):
                    delay = retry_delay(attempt, None)
                    self._log_retry(request, delay, attempt, retries, f"a connection error ({type(exc).__name__})")
                    self._backoff(request, delay)
                    attempt, redirected = attempt + 1, None
                    continue
                raise APIConnectionError(request) from exc
            self._log_response(request, response, started)
            status = response.status_code
            if options.answered(status):
                if complete:
                    return response
                raise ResponseTooLargeError(response, self.max_response_size or 0)
            if status < 400:
                target = response.next_request
                if target is not None and redirects < MAX_REDIRECTS and _origin(target.url) == _origin(request.url):
                    self._discard(response)
                    redirected, redirects = target, redirects + 1
                    continue
            elif self._may_retry(attempt, retries) and should_retry(response) and not asks_too_long_a_wait(response):
                delay = retry_delay(attempt, response.headers)
                self._discard(response)
                self._log_retry(request, delay, attempt, retries, f"status {status}")
                self._backoff(request, delay)
                attempt, redirected = attempt + 1, None
                continue
            note = None
            try:
                if not read_body(response, self.max_response_size):
                    note = self._too_large_note()
            except APIResponseValidationError as exc:
                note = exc.message
            except httpx.HTTPError as exc:
                raise APIConnectionError(request) from exc
            if status < 400:
                raise self._redirect_error(request, response, note)
            raise self._status_error(response, note)

    def _discard(self, response: httpx.Response) -> None:
        """Closes a response the call does not use (a retried attempt, a redirect followed). A body whose
        ``Content-Length`` says it is small is read first, so that its connection goes back to the pool
        rather than being dropped: a rate-limited client would otherwise connect (and shake hands) anew
        for every retry."""
        length = response.headers.get("content-length")
        try:
            if length is not None and length.isascii() and length.isdigit() and int(length) <= REUSABLE_BODY_SIZE:
                response.read()
        except httpx.HTTPError:
            pass  # the connection is dropped, as an unread one is; the retry opens another
        finally:
            response.close()

    def request(self, cast_to: Any, options: RequestOptions) -> Any:
        """Performs a call and returns its parsed value (or the raw response in raw-response mode)."""
        response = self._send(options)
        if raw_response_mode.get():
            return self._raw(response, lambda: self._parse(cast_to, options, response))
        return self._parse(cast_to, options, response)

    def _raw(self, response: httpx.Response, parse: Callable[[], Any]) -> APIResponse[Any]:
        from ._response import APIResponse

        return APIResponse(response, parse, self.max_response_size)

    def fetch_page(self, options: RequestOptions, item_type: Any, paging: Paging) -> tuple[httpx.Response, PageParts]:
        """One page: its response, and its validated items and what it says of the next page (never in
        raw-response mode)."""
        response = self._send(options)
        return response, self._parse_page(item_type, paging, response)

    def request_page(self, page: type[PageT], item_type: Any, options: RequestOptions, paging: Paging) -> PageT:
        """The first page; iterating it gives every item across pages."""
        response = self._send(options)

        def build() -> PageT:
            parts = self._parse_page(item_type, paging, response)
            return page._of(parts, client=self, item_type=item_type, options=options, paging=paging, response=response)

        if raw_response_mode.get():
            return self._raw(response, build)  # type: ignore[return-value]
        return build()

    def request_stream(
        self,
        event_type: Any,
        options: RequestOptions,
        text_events: frozenset[str] = frozenset(),
        end_data: str | None = None,
    ) -> Stream[Any]:
        """Sends a request whose answer is a stream of server-sent events, and returns the stream."""
        from ._streaming import Stream

        response = self._send(replace(options, accept=options.accept or EVENT_STREAM), stream=True)
        if raw_response_mode.get():
            return self._raw(
                response,
                lambda: Stream(response, event_type, text_events, self.max_response_size, self._redact, end_data),
            )  # type: ignore[return-value]
        return Stream(response, event_type, text_events, self.max_response_size, self._redact, end_data)


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
        max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        super().__init__(
            base_url=base_url,
            api_key=api_key,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            max_response_size=max_response_size,
        )
        self._owns_http = http_client is None
        # TLS certificates are verified (httpx's default); redirects are followed by _send, not by httpx.
        self._http = http_client if http_client is not None else httpx.AsyncClient(limits=DEFAULT_CONNECTION_LIMITS)
        self._loop: weakref.ref[Any] | None = None
        """The asyncio event loop of the last call, whose connections the pool holds."""

    @property
    def is_closed(self) -> bool:
        return self._http.is_closed

    async def close(self) -> None:
        """Closes the connection pool (unless it was given by the caller, who then closes it)."""
        self._follow_the_event_loop()  # a pool whose loop has ended cannot be closed from another
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def _sleep(self, seconds: float) -> None:
        # anyio's sleep, not asyncio's: the event loop may be trio's, which httpx supports too
        import anyio

        await anyio.sleep(seconds)

    def _may_retry(self, attempt: int, retries: int) -> bool:
        """Whether a failed attempt is tried again: not past the call's retries, nor on a closed client."""
        return attempt < retries and not self._http.is_closed

    async def _backoff(self, request: httpx.Request, seconds: float) -> None:
        """The wait before a retry. A client closed meanwhile can send nothing more: the call ends here."""
        await self._sleep(seconds)
        if self._http.is_closed:
            raise APIConnectionError(request, "Connection error: the client was closed while the call waited to retry.")

    def _follow_the_event_loop(self) -> None:
        """A pooled connection belongs to the asyncio event loop it was opened on, and dies with it: a client
        kept from one ``asyncio.run`` to the next (a script's, a test's) failed every other call with
        "Event loop is closed". Where the last call's loop has ended, a pool of the client's own is
        replaced by a new one (one given as ``http_client`` is the caller's, and stays)."""
        asyncio = sys.modules.get("asyncio")  # not imported: no asyncio loop runs (trio's runs share no client)
        try:
            loop = asyncio.get_running_loop() if asyncio is not None else None
        except RuntimeError:
            loop = None
        if loop is None:
            return
        previous = self._loop() if self._loop is not None else None
        if previous is not loop:
            ended = self._loop is not None and (previous is None or previous.is_closed())
            if ended and self._owns_http and not self._http.is_closed:  # a closed client stays closed
                self._http = httpx.AsyncClient(limits=DEFAULT_CONNECTION_LIMITS)
            self._loop = weakref.ref(loop)

    async def _send(self, options: RequestOptions, *, stream: bool = False) -> httpx.Response:
        """:meth:`_attempts`, whose errors leave knowing the client's redactor (see ``redact_error``)."""
        self._follow_the_event_loop()
        with self._errors_redacted():
            return await self._attempts(options, stream=stream)

    async def _attempts(self, options: RequestOptions, *, stream: bool = False) -> httpx.Response:
        """Sends with retries; returns a successful response, its body read (unless ``stream``), or raises.

        Connection errors, timeouts and retryable statuses (:func:`should_retry`) are retried up to the
        call's ``max_retries``, waiting :func:`retry_delay` between attempts; a TLS certificate that does not
        verify is not retried. A 304 is an answer when the operation lists it. A redirect is followed (up to ``MAX_REDIRECTS``) only when it stays on the
        request's origin; any other 3xx raises :class:`~._exceptions.RedirectError`. A body over
        ``max_response_size`` is not read further: :class:`~._exceptions.ResponseTooLargeError` for a
        success, the status's error with ``body=None`` otherwise.
        """
        retries = self._retries(options)
        attempt = 0
        redirects = 0
        redirected: httpx.Request | None = None
        while True:
            request = redirected if redirected is not None else self._build_request(self._http, options)
            self._log_request(request, attempt)
            started = time.monotonic()
            complete = True
            try:
                response = await self._http.send(request, stream=True, follow_redirects=False)
                if options.answered(response.status_code) and not stream:
                    complete = await aread_body(response, self.max_response_size)
            except httpx.TimeoutException as exc:
                if self._may_retry(attempt, retries):
                    delay = retry_delay(attempt, None)
                    self._log_retry(request, delay, attempt, retries, "a timeout")
                    await self._backoff(request, delay)
                    attempt, redirected = attempt + 1, None
                    continue
                raise APITimeoutError(request) from exc
            except httpx.TransportError as exc:
                problem = _certificate_problem(exc)
                if problem is not None:
                    raise APIConnectionError(
                        request,
                        f"Connection error: the server's TLS certificate did not verify ({problem}). To trust a "
                        "private certificate authority, pass http_client=httpx.AsyncClient(verify=<ssl.SSLContext>) or set SSL_CERT_FILE.",
                    ) from exc
                if isinstance(exc, (httpx.LocalProtocolError, httpx.UnsupportedProtocol)):
                    # the request itself cannot be sent (a header value with a line break, a URL scheme httpx
                    # does not speak): no retry can help, and the cause is what the caller needs to see
                    # without the cause, whose own message may quote the key (a key with a line break)
                    message = self._redact(f"Connection error: the request cannot be sent: {exc}")
                    raise APIConnectionError(request, message) from None
                if self._may_retry(attempt, retries):
                    delay = retry_delay(attempt, None)
                    self._log_retry(request, delay, attempt, retries, f"a connection error ({type(exc).__name__})")
                    await self._backoff(request, delay)
                    attempt, redirected = attempt + 1, None
                    continue
                raise APIConnectionError(request) from exc
            self._log_response(request, response, started)
            status = response.status_code
            if options.answered(status):
                if complete:
                    return response
                raise ResponseTooLargeError(response, self.max_response_size or 0)
            if status < 400:
                target = response.next_request
                if target is not None and redirects < MAX_REDIRECTS and _origin(target.url) == _origin(request.url):
                    await self._discard(response)
                    redirected, redirects = target, redirects + 1
                    continue
            elif self._may_retry(attempt, retries) and should_retry(response) and not asks_too_long_a_wait(response):
                delay = retry_delay(attempt, response.headers)
                await self._discard(response)
                self._log_retry(request, delay, attempt, retries, f"status {status}")
                await self._backoff(request, delay)
                attempt, redirected = attempt + 1, None
                continue
            note = None
            try:
                if not await aread_body(response, self.max_response_size):
                    note = self._too_large_note()
            except APIResponseValidationError as exc:
                note = exc.message
            except httpx.HTTPError as exc:
                raise APIConnectionError(request) from exc
            if status < 400:
                raise self._redirect_error(request, response, note)
            raise self._status_error(response, note)

    async def _discard(self, response: httpx.Response) -> None:
        """Closes a response the call does not use (a retried attempt, a redirect followed). A body whose
        ``Content-Length`` says it is small is read first, so that its connection goes back to the pool
        rather than being dropped: a rate-limited client would otherwise connect (and shake hands) anew
        for every retry."""
        length = response.headers.get("content-length")
        try:
            if length is not None and length.isascii() and length.isdigit() and int(length) <= REUSABLE_BODY_SIZE:
                await response.aread()
        except httpx.HTTPError:
            pass  # the connection is dropped, as an unread one is; the retry opens another
        finally:
            await response.aclose()

    async def request(self, cast_to: Any, options: RequestOptions) -> Any:
        """Performs a call and returns its parsed value (or the raw response in raw-response mode)."""
        response = await self._send(options)
        if raw_response_mode.get():
            return self._raw(response, lambda: self._parse(cast_to, options, response))
        return self._parse(cast_to, options, response)

    def _raw(self, response: httpx.Response, parse: Callable[[], Any]) -> AsyncAPIResponse[Any]:
        from ._response import AsyncAPIResponse

        return AsyncAPIResponse(response, parse, self.max_response_size)

    async def fetch_page(
        self, options: RequestOptions, item_type: Any, paging: Paging
    ) -> tuple[httpx.Response, PageParts]:
        """One page: its response, and its validated items and what it says of the next page (never in
        raw-response mode)."""
        response = await self._send(options)
        return response, self._parse_page(item_type, paging, response)

    def request_page(
        self, page: type[AsyncPage[Any]], item_type: Any, options: RequestOptions, paging: Paging
    ) -> AsyncPager[Any]:
        """A pager: awaiting it gives the first page; iterating it with ``async for`` gives every item."""
        from ._pagination import AsyncPager

        return AsyncPager(self, page, item_type, options, paging, raw=raw_response_mode.get())

    async def request_stream(
        self,
        event_type: Any,
        options: RequestOptions,
        text_events: frozenset[str] = frozenset(),
        end_data: str | None = None,
    ) -> AsyncStream[Any]:
        """Sends a request whose answer is a stream of server-sent events, and returns the stream."""
        from ._streaming import AsyncStream

        response = await self._send(replace(options, accept=options.accept or EVENT_STREAM), stream=True)
        if raw_response_mode.get():
            return self._raw(
                response,
                lambda: AsyncStream(response, event_type, text_events, self.max_response_size, self._redact, end_data),
            )  # type: ignore[return-value]
        return AsyncStream(response, event_type, text_events, self.max_response_size, self._redact, end_data)
