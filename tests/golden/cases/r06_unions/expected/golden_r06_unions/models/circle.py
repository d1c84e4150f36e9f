"""Models: Circle."""

from __future__ import annotations

from typing import Annotated, Literal

from .._models import BaseModel, OpenEnum

__all__ = [
    "Circle",
]


class Circle(BaseModel):
    kind: Annotated[Literal["circle"], OpenEnum]

    radius: float
