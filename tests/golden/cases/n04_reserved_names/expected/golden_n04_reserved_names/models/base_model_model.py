"""Models: BaseModelModel."""

from __future__ import annotations

from typing import Annotated

from .._models import BaseModel, NotNull

__all__ = [
    "BaseModelModel",
]


class BaseModelModel(BaseModel):
    value: Annotated[str | None, NotNull] = None
