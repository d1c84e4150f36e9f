"""Models: Source."""

from __future__ import annotations

from typing import Annotated, Literal, TypeAlias

from .._models import OpenEnum

__all__ = [
    "Source",
]


Source: TypeAlias = Annotated[Literal["app", "api", "external"], OpenEnum] | None
