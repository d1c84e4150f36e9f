"""Models: ThingsResourceModel."""

from __future__ import annotations

from typing import Annotated

from .._models import BaseModel, NotNull

__all__ = [
    "ThingsResourceModel",
]


class ThingsResourceModel(BaseModel):
    r: Annotated[int | None, NotNull] = None
