"""Models: PromptsListResponse."""

from __future__ import annotations

from typing import ClassVar

from .._models import BaseModel
from .prompt import Prompt

__all__ = [
    "PromptsListResponse",
]


class PromptsListResponse(BaseModel):
    __closed__: ClassVar[bool] = True

    objects: list[Prompt]
    """A list of prompt objects"""
