"""Models: Row."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel, NotNull

__all__ = [
    "Row",
]


class Row(BaseModel):
    score: Annotated[float, Field(ge=0, le=1)]

    weight: Annotated[Annotated[float, Field(gt=0)] | None, NotNull] = None

    name: Annotated[Annotated[str, Field(min_length=1, max_length=5)] | None, NotNull] = None

    code: Annotated[Annotated[str, Field(pattern="^[A-Z]{2}-\\d+$")] | None, NotNull] = None

    tags: Annotated[Annotated[list[str], Field(min_length=1, max_length=3)] | None, NotNull] = None
