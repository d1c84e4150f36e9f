"""Models: Row."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel, NotNull, OpenConstraints

__all__ = [
    "Row",
]


class Row(BaseModel):
    score: Annotated[float, Field(ge=0, le=1), OpenConstraints]

    weight: Annotated[Annotated[float, Field(gt=0), OpenConstraints] | None, NotNull] = None

    name: Annotated[Annotated[str, Field(min_length=1, max_length=5), OpenConstraints] | None, NotNull] = None

    code: Annotated[Annotated[str, Field(pattern="^[A-Z]{2}-\\d+$"), OpenConstraints] | None, NotNull] = None

    tags: Annotated[Annotated[list[str], Field(min_length=1, max_length=3), OpenConstraints] | None, NotNull] = None
