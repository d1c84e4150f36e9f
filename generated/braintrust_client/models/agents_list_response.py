"""Models: AgentsListResponse."""

from __future__ import annotations

from typing import ClassVar

from .._models import BaseModel
from .agent import Agent

__all__ = [
    "AgentsListResponse",
]


class AgentsListResponse(BaseModel):
    __closed__: ClassVar[bool] = True

    objects: list[Agent]
    """A list of agent objects"""
