"""Models: FunctionsListResponse."""

from __future__ import annotations

from typing import ClassVar

from .._models import BaseModel
from .function import Function

__all__ = [
    "FunctionsListResponse",
]


class FunctionsListResponse(BaseModel):
    __closed__: ClassVar[bool] = True

    objects: list[Function]
    """A list of function objects"""
