"""Models: MetricSummary."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel, NotNull, OpenConstraints

__all__ = [
    "MetricSummary",
]


class MetricSummary(BaseModel):
    """Summary of a metric's performance"""

    name: str
    """Name of the metric"""

    metric: float
    """Average metric across all examples"""

    unit: str
    """Unit label for the metric"""

    diff: Annotated[float | None, NotNull] = None
    """Difference in metric between the current and comparison experiment"""

    improvements: Annotated[int, Field(ge=0), OpenConstraints]
    """Number of improvements in the metric"""

    regressions: Annotated[int, Field(ge=0), OpenConstraints]
    """Number of regressions in the metric"""
