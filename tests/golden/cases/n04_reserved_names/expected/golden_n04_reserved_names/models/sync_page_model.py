"""Models: SyncPageModel."""

from __future__ import annotations

from typing import Annotated

from .._models import BaseModel, NotNull

__all__ = [
    "SyncPageModel",
]


class SyncPageModel(BaseModel):
    p: Annotated[int | None, NotNull] = None
