"""Models: EnvVarsListResponse."""

from __future__ import annotations

from typing import ClassVar

from .._models import BaseModel
from .env_var import EnvVar

__all__ = [
    "EnvVarsListResponse",
]


class EnvVarsListResponse(BaseModel):
    __closed__: ClassVar[bool] = True

    objects: list[EnvVar]
    """A list of env_var objects"""
