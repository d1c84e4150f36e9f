"""Models: Feedback."""

from __future__ import annotations

from typing import Annotated, Literal

from .._models import BaseModel, NotNull, OpenEnum
from .source import Source

__all__ = [
    "Feedback",
]


class Feedback(BaseModel):
    id: str

    source: Source = None

    kind: Annotated[Literal["good", "bad"], OpenEnum] | None = None

    level: Annotated[Annotated[Literal["low", "high"], OpenEnum] | None, NotNull] = None
