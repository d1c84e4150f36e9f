"""Models: ClassVarModel."""

from __future__ import annotations

from typing import Annotated

from .._models import BaseModel, NotNull

__all__ = [
    "ClassVarModel",
]


class ClassVarModel(BaseModel):
    c: Annotated[int | None, NotNull] = None
