"""Models: HeadersModel."""

from __future__ import annotations

from typing import Annotated

from .._models import BaseModel, NotNull

__all__ = [
    "HeadersModel",
]


class HeadersModel(BaseModel):
    h: Annotated[int | None, NotNull] = None
