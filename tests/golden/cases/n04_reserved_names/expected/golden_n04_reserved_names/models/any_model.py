"""Models: AnyModel."""

from __future__ import annotations

from typing import Annotated

from .._models import BaseModel, NotNull

__all__ = [
    "AnyModel",
]


class AnyModel(BaseModel):
    value: Annotated[str | None, NotNull] = None
