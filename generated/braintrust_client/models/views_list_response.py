"""Models: ViewsListResponse."""

from __future__ import annotations

from typing import ClassVar

from .._models import BaseModel
from .view import View

__all__ = [
    "ViewsListResponse",
]


class ViewsListResponse(BaseModel):
    __closed__: ClassVar[bool] = True

    objects: list[View]
    """A list of view objects"""
