"""Models: TimeoutModel."""

from __future__ import annotations

from typing import Annotated

from .._models import BaseModel, NotNull

__all__ = [
    "TimeoutModel",
]


class TimeoutModel(BaseModel):
    seconds: Annotated[int | None, NotNull] = None
