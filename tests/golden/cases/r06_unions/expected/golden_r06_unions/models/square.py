"""Models: Square."""

from __future__ import annotations

from typing import Annotated, Literal

from .._models import BaseModel, OpenEnum

__all__ = [
    "Square",
]


class Square(BaseModel):
    kind: Annotated[Literal["square"], OpenEnum]

    side: float
