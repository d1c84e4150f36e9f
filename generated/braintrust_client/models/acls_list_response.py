"""Models: AclsListResponse."""

from __future__ import annotations

from typing import ClassVar

from .._models import BaseModel
from .acl import Acl

__all__ = [
    "AclsListResponse",
]


class AclsListResponse(BaseModel):
    __closed__: ClassVar[bool] = True

    objects: list[Acl]
    """A list of acl objects"""
