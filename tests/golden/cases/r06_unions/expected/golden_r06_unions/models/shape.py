"""Models: Shape."""

from __future__ import annotations

from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from .._models import OpenUnion, discriminate
from .circle import Circle
from .square import Square

__all__ = [
    "Shape",
]


Shape: TypeAlias = Annotated[
    Annotated[Circle, Tag("circle")] | Annotated[Square, Tag("square")], Discriminator(discriminate("kind")), OpenUnion
]
