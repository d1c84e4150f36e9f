"""Models: Metrics."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel, NotNull

__all__ = [
    "Metrics",
]


class Metrics(BaseModel):
    __pydantic_extra__: dict[str, float] = Field(init=False)  # pyright: ignore[reportIncompatibleVariableOverride]

    start: Annotated[float | None, NotNull] = None
