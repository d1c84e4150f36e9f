"""Models: UsersListResponse."""

from __future__ import annotations

from typing import ClassVar

from .._models import BaseModel
from .user import User

__all__ = [
    "UsersListResponse",
]


class UsersListResponse(BaseModel):
    __closed__: ClassVar[bool] = True

    objects: list[User]
    """A list of user objects"""
