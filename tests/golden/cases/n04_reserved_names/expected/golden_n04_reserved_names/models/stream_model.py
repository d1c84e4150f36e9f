"""Models: StreamModel."""

from __future__ import annotations

from typing import Annotated

from .._models import BaseModel, NotNull

__all__ = [
    "StreamModel",
]


class StreamModel(BaseModel):
    s: Annotated[str | None, NotNull] = None
