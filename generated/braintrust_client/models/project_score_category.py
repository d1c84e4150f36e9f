"""Models: ProjectScoreCategory."""

from __future__ import annotations

from .._models import BaseModel

__all__ = [
    "ProjectScoreCategory",
]


class ProjectScoreCategory(BaseModel):
    """For categorical-type project scores, defines a single category"""

    name: str
    """Name of the category"""

    value: float
    """Numerical value of the category. Must be between 0 and 1, inclusive"""
