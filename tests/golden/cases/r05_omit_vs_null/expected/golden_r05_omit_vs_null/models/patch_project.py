"""Models: PatchProject."""

from __future__ import annotations

from typing import Annotated

from .._models import BaseModel, NotNull

__all__ = [
    "PatchProject",
]


class PatchProject(BaseModel):
    name: str
    """required"""

    description: str | None
    """required and nullable - must be sent"""

    comment: str | None = None
    """optional and nullable - may be omitted or null"""

    color: Annotated[str | None, NotNull] = None
    """optional"""

    size: Annotated[int | None, NotNull] = 3
    """optional with a default"""
