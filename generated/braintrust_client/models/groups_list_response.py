"""Models: GroupsListResponse."""

from __future__ import annotations

from typing import ClassVar

from .._models import BaseModel
from .group import Group

__all__ = [
    "GroupsListResponse",
]


class GroupsListResponse(BaseModel):
    __closed__: ClassVar[bool] = True

    objects: list[Group]
    """A list of group objects"""
