"""Models: EnvironmentsListResponse."""

from __future__ import annotations

from .._models import BaseModel
from .environment import Environment

__all__ = [
    "EnvironmentsListResponse",
]


class EnvironmentsListResponse(BaseModel):
    objects: list[Environment]
