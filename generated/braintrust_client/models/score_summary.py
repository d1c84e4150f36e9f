"""Models: ScoreSummary."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel, NotNull, OpenConstraints

__all__ = [
    "ScoreSummary",
]


class ScoreSummary(BaseModel):
    """Summary of a score's performance"""

    name: str
    """Name of the score"""

    score: Annotated[float, Field(ge=0, le=1), OpenConstraints]
    """Average score across all examples"""

    diff: Annotated[Annotated[float, Field(ge=-1, le=1), OpenConstraints] | None, NotNull] = None
    """Difference in score between the current and comparison experiment"""

    improvements: Annotated[int, Field(ge=0), OpenConstraints]
    """Number of improvements in the score"""

    regressions: Annotated[int, Field(ge=0), OpenConstraints]
    """Number of regressions in the score"""
