"""Models: Settings."""

from __future__ import annotations

from typing import Annotated

from .._models import BaseModel, NotNull

__all__ = [
    "Settings",
]


class Settings(BaseModel):
    color: Annotated[str | None, NotNull] = None
