"""Models: Closed."""

from __future__ import annotations

from typing import Annotated, ClassVar

from .._models import BaseModel, NotNull

__all__ = [
    "Closed",
]


class Closed(BaseModel):
    __closed__: ClassVar[bool] = True

    a: Annotated[int | None, NotNull] = None
