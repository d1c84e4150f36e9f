"""Models: ApiKeysListResponse."""

from __future__ import annotations

from typing import ClassVar

from .._models import BaseModel
from .api_key import ApiKey

__all__ = [
    "ApiKeysListResponse",
]


class ApiKeysListResponse(BaseModel):
    __closed__: ClassVar[bool] = True

    objects: list[ApiKey]
    """A list of api_key objects"""
