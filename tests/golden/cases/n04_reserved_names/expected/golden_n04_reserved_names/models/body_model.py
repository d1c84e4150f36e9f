"""Models: BodyModel."""

from __future__ import annotations

from typing import Annotated

from .._models import BaseModel, NotNull

__all__ = [
    "BodyModel",
]


class BodyModel(BaseModel):
    b: Annotated[int | None, NotNull] = None
