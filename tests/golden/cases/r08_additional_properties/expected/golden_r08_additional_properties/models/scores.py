"""Models: Scores."""

from __future__ import annotations

from typing import Annotated, TypeAlias

from pydantic import Field

from .._models import OpenConstraints

__all__ = [
    "Scores",
]


Scores: TypeAlias = dict[str, Annotated[float, Field(ge=0, le=1), OpenConstraints] | None]
