"""The errors a call can raise: one base class, then connection problems and one class per status."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BraintrustError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
]


class BraintrustError(Exception):
    """The base of every error this package raises."""


class APIError(BraintrustError):
    """A request failed. ``body`` is the parsed error body (JSON, else text), or None."""

    message: str
    request: httpx.Request
    body: object | None

    def __init__(self, message: str, request: httpx.Request, *, body: object | None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body


class APIConnectionError(APIError):
    """The server could not be reached, or the connection broke before a response arrived."""

    def __init__(self, request: httpx.Request, message: str = "Connection error.") -> None:
        super().__init__(message, request, body=None)


class APITimeoutError(APIConnectionError):
    """No response within the timeout."""

    def __init__(self, request: httpx.Request) -> None:
        super().__init__(request, "Request timed out.")


class APIResponseValidationError(APIError):
    """A successful response whose body does not match what the API describes."""

    response: httpx.Response
    status_code: int

    def __init__(self, response: httpx.Response, body: object | None, message: str | None = None) -> None:
        super().__init__(message or "The response does not match the API description.", response.request, body=body)
        self.response = response
        self.status_code = response.status_code


class APIStatusError(APIError):
    """The server answered with a 4xx or 5xx status."""

    response: httpx.Response
    status_code: int

    def __init__(self, message: str, *, response: httpx.Response, body: object | None) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code


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


def status_error(response: httpx.Response, body: Any, redact: Callable[[str], str] | None = None) -> APIStatusError:
    """The error for a 4xx/5xx response; its message shows the status and a short form of the body.

    ``redact`` scrubs the message (the client passes one that removes its API key, should a server echo it).
    """
    status = response.status_code
    cls = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    shown = body if isinstance(body, str) else repr(body)
    if len(shown) > 500:
        shown = shown[:500] + "..."
    message = f"Error code: {status}" + (f" - {shown}" if body not in (None, "") else "")
    if redact is not None:
        message = redact(message)
    return cls(message, response=response, body=body)
