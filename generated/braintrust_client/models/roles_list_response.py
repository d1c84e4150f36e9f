"""Models: RolesListResponse."""

from __future__ import annotations

from typing import ClassVar

from .._models import BaseModel
from .role import Role

__all__ = [
    "RolesListResponse",
]


class RolesListResponse(BaseModel):
    __closed__: ClassVar[bool] = True

    objects: list[Role]
    """A list of role objects"""
