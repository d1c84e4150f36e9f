"""Models: Square."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from .._models import BaseModel, OpenEnum

__all__ = [
    "Square",
]


class Square(BaseModel):
    __always_sent__: ClassVar[tuple[str, ...]] = ("kind",)

    kind: Annotated[Literal["square"], OpenEnum] = "square"

    side: float
