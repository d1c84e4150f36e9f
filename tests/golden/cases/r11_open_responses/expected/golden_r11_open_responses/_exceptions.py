"""The errors a call can raise: one base class, then connection problems and one class per status."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any, cast

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RedirectError",
    "ResponseTooLargeError",
    "UnprocessableEntityError",
]


class ClientError(Exception):
    """The base of every error this package raises."""


class APIError(ClientError):
    """A request failed. ``body`` is the parsed error body (JSON, else text), or None."""

    message: str
    request: httpx.Request
    body: object | None

    def __init__(self, message: str, request: httpx.Request, *, body: object | None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body

    def __reduce__(self) -> tuple[Any, ...]:
        # Exceptions are pickled by calling their class with ``args`` again, which the keyword-only
        # arguments of these classes refuse: rebuilt from their state instead (process pools, caches).
        # A pickled error is stored or sent elsewhere (a task queue's results): its request and response
        # go without the values of sensitive headers, the API key's Authorization among them, and the
        # response's body without the key, should the server have echoed it.
        redact = self.__dict__.get("_redactor")
        state = {key: _without_credentials(value, redact) for key, value in self.__dict__.items() if key != "_redactor"}
        return _rebuilt, (type(self), self.args, state)


def redact_error(error: APIError, redact: Callable[[str], str]) -> None:
    """Gives ``error`` the client's redactor, for when it is pickled: its ``body`` and its response's body
    then lose the API key wherever the server echoed it. In this process they stay as the server sent them,
    for debugging; only what the client itself writes (the message) is redacted at once."""
    error.__dict__["_redactor"] = redact


def redacted(value: object, redact: Callable[[str], str]) -> Any:
    """A JSON-like value with ``redact`` applied to every string in it, keys included."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {redacted(key, redact): redacted(item, redact) for key, item in value.items()}
    if isinstance(value, list):
        return [redacted(item, redact) for item in value]
    return value


def _without_credentials(value: object, redact: Callable[[str], str] | None = None) -> object:
    """A copy of a request or response whose sensitive header values are redacted (and a response's body,
    with ``redact``); anything else as it is."""
    from ._base_client import redact_headers

    if isinstance(value, httpx.Request):
        request = copy.copy(value)
        request.headers = httpx.Headers(redact_headers(value.headers))
        return request
    if isinstance(value, httpx.Response):
        response = copy.copy(value)
        response.headers = httpx.Headers(redact_headers(value.headers))
        response.request = cast(httpx.Request, _without_credentials(value.request))
        if redact is not None:
            try:
                text = value.text
            except httpx.ResponseNotRead:  # a stream's response: no body to carry
                return response
            scrubbed = redact(text)
            if scrubbed != text:
                response = httpx.Response(
                    value.status_code, headers=response.headers, content=scrubbed.encode(), request=response.request
                )
        return response
    return redacted(value, redact) if redact is not None else value


def _rebuilt(cls: type[APIError], args: tuple[Any, ...], state: dict[str, Any]) -> APIError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class APIConnectionError(APIError):
    """The server could not be reached, or the connection broke before a response arrived.

    A server whose TLS certificate does not verify also raises it, at once and without retrying: the message
    says why (``self-signed certificate``, ``Hostname mismatch``...).
    """

    def __init__(self, request: httpx.Request, message: str = "Connection error.") -> None:
        super().__init__(message, request, body=None)


class APITimeoutError(APIConnectionError):
    """No response within the timeout."""

    def __init__(self, request: httpx.Request) -> None:
        super().__init__(request, "Request timed out.")


class APIResponseValidationError(APIError):
    """A successful response whose body is not what the API describes.

    That is a body that does not match the models, and also one that is not JSON where JSON is expected
    (a ``Content-Type`` such as ``text/html`` from a proxy, or bytes that do not parse) or not valid UTF-8;
    the message shows the content type and the start of the body, ``body`` keeps it (JSON, else text).
    """

    response: httpx.Response
    status_code: int

    def __init__(self, response: httpx.Response, body: object | None, message: str | None = None) -> None:
        super().__init__(message or "The response does not match the API description.", response.request, body=body)
        self.response = response
        self.status_code = response.status_code


class ResponseTooLargeError(APIError):
    """A successful response (or one server-sent event) larger than the client's ``max_response_size``.

    The body was not read past the limit (the connection was closed instead), so ``body`` is None;
    ``status_code``, ``response`` (its headers) and ``limit`` (bytes) say what arrived.
    """

    response: httpx.Response
    status_code: int
    limit: int

    def __init__(self, response: httpx.Response, limit: int, message: str | None = None) -> None:
        super().__init__(
            message or f"The response body is larger than max_response_size ({limit} bytes); it was not read.",
            response.request,
            body=None,
        )
        self.response = response
        self.status_code = response.status_code
        self.limit = limit


class APIStatusError(APIError):
    """The server answered with a 4xx or 5xx status, or with a redirect that was not followed.

    An error body larger than the client's ``max_response_size`` is not read: ``body`` is then None.
    ``request_id`` is the server's name for the request (its ``X-Request-Id`` or ``Request-Id`` header),
    to quote when asking the API's operators about it; None where it sent neither.
    """

    response: httpx.Response
    status_code: int
    request_id: str | None

    def __init__(self, message: str, *, response: httpx.Response, body: object | None) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code
        self.request_id = response.headers.get("x-request-id") or response.headers.get("request-id")


class RedirectError(APIStatusError):
    """3xx: a redirect the client did not follow.

    Redirects within the API's origin (scheme, host and port) are followed; one that leaves it is not, so
    neither the API key nor the request body goes to a host the caller did not choose. ``location`` is where
    the server pointed (None when it sent no ``Location``), to follow deliberately if it is trusted.
    """

    location: str | None

    def __init__(self, message: str, *, response: httpx.Response, body: object | None, location: str | None) -> None:
        super().__init__(message, response=response, body=body)
        self.location = location


class BadRequestError(APIStatusError):
    """400: the request was malformed or missing a required parameter."""


class AuthenticationError(APIStatusError):
    """401: no valid API key."""


class PermissionDeniedError(APIStatusError):
    """403: the API key may not perform this request."""


class NotFoundError(APIStatusError):
    """404: no such object."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the current state."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was well formed but its values were refused."""


class RateLimitError(APIStatusError):
    """429: too many requests; the client already retried with backoff."""


class InternalServerError(APIStatusError):
    """5xx: the server failed."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(
    response: httpx.Response, body: Any, redact: Callable[[str], str] | None = None, note: str | None = None
) -> APIStatusError:
    """The error for a 4xx/5xx response; its message shows the status and a short form of the body.

    ``redact`` scrubs the message (the client passes one that removes its API key, should a server echo it);
    ``note`` is added in parentheses (why the body is missing, for one).
    """
    status = response.status_code
    cls = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    shown = shortened(body if isinstance(body, str) else repr(body), 500, redact)
    message = f"Error code: {status}" + (f" - {shown}" if body not in (None, "") else "")
    if note:
        message += f" ({note})"
    if redact is not None:
        message = redact(message)
    return cls(message, response=response, body=body)


def shortened(text: str, limit: int, redact: Callable[[str], str] | None = None) -> str:
    """``text`` redacted, then cut to ``limit`` characters (``...`` marks a cut).

    In that order: a secret that a cut went through would leave its start behind, where redaction can no
    longer recognise it.
    """
    if redact is not None:
        text = redact(text)
    return text if len(text) <= limit else text[:limit] + "..."


def mismatch_message(what: str, error: Exception) -> str:
    """The message for ``what`` (``"The response"``) when it is not what the API describes: each problem that
    validation found on a line of its own, with where and why, but not the value it found there.

    pydantic quotes each offending value and cuts a long one short in its middle; a value may hold a
    secret (a server that echoes the API key), and a cut one cannot be recognised to redact. So the error
    made with this message is raised without the validation error as its cause (a logged traceback would
    show it); the values stay in the error's ``body``. An error other than a validation error is quoted as
    it is.
    """
    from pydantic_core import ValidationError  # loaded already: it made the error

    message = f"{what} does not match the API description"
    if not isinstance(error, ValidationError):
        return f"{message}: {error}"
    for detail in error.errors(include_url=False, include_input=False, include_context=False):
        place = ".".join(str(part) for part in detail["loc"]) or "(the value as a whole)"
        message += f"\n  {place}: {detail['msg']} [type={detail['type']}]"
    return message
