"""Models: ProxyCredentialsBodyLogging."""

from __future__ import annotations

from typing import Annotated

from .._models import BaseModel, NotNull

__all__ = [
    "ProxyCredentialsBodyLogging",
]


class ProxyCredentialsBodyLogging(BaseModel):
    """If present, proxy will log requests to the given Braintrust project name."""

    project_name: str

    compress_audio: Annotated[bool | None, NotNull] = True
