"""Models: ProxyCredentialsResponse."""

from __future__ import annotations

from .._models import BaseModel

__all__ = [
    "ProxyCredentialsResponse",
]


class ProxyCredentialsResponse(BaseModel):
    key: str
