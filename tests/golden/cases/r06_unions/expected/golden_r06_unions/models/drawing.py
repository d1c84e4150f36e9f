"""Models: Drawing, DrawingPositionNamed, DrawingPositionPoint."""

from __future__ import annotations

from typing import Annotated

from .._models import BaseModel, NotNull
from .pet import Pet
from .shape import Shape

__all__ = [
    "Drawing",
    "DrawingPositionNamed",
    "DrawingPositionPoint",
]


class Drawing(BaseModel):
    shape: Shape

    pet: Annotated[Pet | None, NotNull] = None

    label: str | list[str] | None = None

    position: Annotated[DrawingPositionPoint | DrawingPositionNamed | None, NotNull] = None


class DrawingPositionNamed(BaseModel):
    name: str


class DrawingPositionPoint(BaseModel):
    x: float

    y: float
