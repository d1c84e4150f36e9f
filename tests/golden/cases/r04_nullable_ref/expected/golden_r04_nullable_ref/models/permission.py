"""Models: Permission."""

from __future__ import annotations

from typing import Annotated, Literal, TypeAlias

from .._models import OpenEnum

__all__ = [
    "Permission",
]


Permission: TypeAlias = Annotated[Literal["read", "update", "delete"], OpenEnum]
