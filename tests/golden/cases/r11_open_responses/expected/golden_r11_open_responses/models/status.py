"""Models: Status."""

from __future__ import annotations

from typing import Annotated, Literal, TypeAlias

from .._models import OpenEnum

__all__ = [
    "Status",
]


Status: TypeAlias = Annotated[Literal["queued", "running", "done"], OpenEnum]
