"""Models: OrganizationsListResponse."""

from __future__ import annotations

from typing import ClassVar

from .._models import BaseModel
from .organization import Organization

__all__ = [
    "OrganizationsListResponse",
]


class OrganizationsListResponse(BaseModel):
    __closed__: ClassVar[bool] = True

    objects: list[Organization]
    """A list of organization objects"""
