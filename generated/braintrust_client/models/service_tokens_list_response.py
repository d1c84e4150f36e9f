"""Models: ServiceTokensListResponse."""

from __future__ import annotations

from typing import ClassVar

from .._models import BaseModel
from .service_token import ServiceToken

__all__ = [
    "ServiceTokensListResponse",
]


class ServiceTokensListResponse(BaseModel):
    __closed__: ClassVar[bool] = True

    objects: list[ServiceToken]
    """A list of service_token objects"""
