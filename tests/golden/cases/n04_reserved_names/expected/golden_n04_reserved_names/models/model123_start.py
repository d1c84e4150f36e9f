"""Models: Model123Start."""

from __future__ import annotations

from typing import Annotated, Literal, TypeAlias

from .._models import OpenEnum

__all__ = [
    "Model123Start",
]


Model123Start: TypeAlias = Annotated[Literal["a", "b"], OpenEnum]
