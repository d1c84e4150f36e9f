"""Wire names client: typed, synchronous and asynchronous.

from golden_n01_wire_names import Client

client = Client()  # reads CLIENT_API_KEY
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__ as __version__

if TYPE_CHECKING:
    from . import models as models
    from . import resources as resources
    from ._client import AsyncClient as AsyncClient
    from ._client import Client as Client
    from ._exceptions import APIConnectionError as APIConnectionError
    from ._exceptions import APIError as APIError
    from ._exceptions import APIResponseValidationError as APIResponseValidationError
    from ._exceptions import APIStatusError as APIStatusError
    from ._exceptions import APITimeoutError as APITimeoutError
    from ._exceptions import AuthenticationError as AuthenticationError
    from ._exceptions import BadRequestError as BadRequestError
    from ._exceptions import ClientError as ClientError
    from ._exceptions import ConflictError as ConflictError
    from ._exceptions import InternalServerError as InternalServerError
    from ._exceptions import NotFoundError as NotFoundError
    from ._exceptions import PermissionDeniedError as PermissionDeniedError
    from ._exceptions import RateLimitError as RateLimitError
    from ._exceptions import RedirectError as RedirectError
    from ._exceptions import ResponseTooLargeError as ResponseTooLargeError
    from ._exceptions import UnprocessableEntityError as UnprocessableEntityError
    from ._models import UnknownVariant as UnknownVariant
    from ._pagination import AsyncPage as AsyncPage
    from ._pagination import AsyncPager as AsyncPager
    from ._pagination import SyncPage as SyncPage
    from ._response import APIResponse as APIResponse
    from ._response import AsyncAPIResponse as AsyncAPIResponse
    from ._streaming import AsyncStream as AsyncStream
    from ._streaming import ServerSentEvent as ServerSentEvent
    from ._streaming import Stream as Stream
    from ._types import NOT_GIVEN as NOT_GIVEN
    from ._types import NotGiven as NotGiven
    from ._types import Timeout as Timeout

# Importing the package stays cheap: each name loads its module on first use.
_LAZY: dict[str, str] = {
    "Client": "._client",
    "AsyncClient": "._client",
    "APIConnectionError": "._exceptions",
    "APIError": "._exceptions",
    "APIResponseValidationError": "._exceptions",
    "APIStatusError": "._exceptions",
    "APITimeoutError": "._exceptions",
    "AuthenticationError": "._exceptions",
    "BadRequestError": "._exceptions",
    "ClientError": "._exceptions",
    "ConflictError": "._exceptions",
    "InternalServerError": "._exceptions",
    "NotFoundError": "._exceptions",
    "PermissionDeniedError": "._exceptions",
    "RateLimitError": "._exceptions",
    "RedirectError": "._exceptions",
    "ResponseTooLargeError": "._exceptions",
    "UnprocessableEntityError": "._exceptions",
    "UnknownVariant": "._models",
    "AsyncPage": "._pagination",
    "AsyncPager": "._pagination",
    "SyncPage": "._pagination",
    "APIResponse": "._response",
    "AsyncAPIResponse": "._response",
    "AsyncStream": "._streaming",
    "ServerSentEvent": "._streaming",
    "Stream": "._streaming",
    "NOT_GIVEN": "._types",
    "NotGiven": "._types",
    "Timeout": "._types",
}

__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncAPIResponse",
    "AsyncClient",
    "AsyncPage",
    "AsyncPager",
    "AsyncStream",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ClientError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "NotGiven",
    "PermissionDeniedError",
    "RateLimitError",
    "RedirectError",
    "ResponseTooLargeError",
    "ServerSentEvent",
    "Stream",
    "SyncPage",
    "Timeout",
    "UnknownVariant",
    "UnprocessableEntityError",
    "__version__",
]


_SUBPACKAGES = frozenset({"models", "resources"})


# Type checkers read the imports above instead, so a name the package lacks is an error there, not Any.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        if name in _SUBPACKAGES:
            return importlib.import_module(f".{name}", __name__)
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return __all__
