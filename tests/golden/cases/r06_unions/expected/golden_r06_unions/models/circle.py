"""Models: Circle."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from .._models import BaseModel, OpenEnum

__all__ = [
    "Circle",
]


class Circle(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("kind",)

    kind: Annotated[Literal["circle"], OpenEnum] = "circle"

    radius: float
