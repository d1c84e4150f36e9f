"""Models: ProxyCredentialsBody."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel, NotNull, OpenConstraints
from .proxy_credentials_body_logging import ProxyCredentialsBodyLogging

__all__ = [
    "ProxyCredentialsBody",
]


class ProxyCredentialsBody(BaseModel):
    """Payload for requesting temporary credentials."""

    model: str | None = None
    """Granted model name. Null/undefined to grant usage of all models."""

    ttl_seconds: Annotated[Annotated[float, Field(le=86400), OpenConstraints] | None, NotNull] = 600
    """TTL of the temporary credential. 10 minutes by default."""

    logging: ProxyCredentialsBodyLogging | None = None
    """If present, proxy will log requests to the given Braintrust project name."""
