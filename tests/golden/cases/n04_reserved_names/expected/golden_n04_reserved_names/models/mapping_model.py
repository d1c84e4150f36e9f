"""Models: MappingModel."""

from __future__ import annotations

from typing import Annotated, Literal, TypeAlias

from .._models import OpenEnum

__all__ = [
    "MappingModel",
]


MappingModel: TypeAlias = Annotated[Literal["asc", "desc"], OpenEnum]
