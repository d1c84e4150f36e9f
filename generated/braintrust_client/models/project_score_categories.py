"""Models: ProjectScoreCategories."""

from __future__ import annotations

from typing import TypeAlias

from .project_score_category import ProjectScoreCategory

__all__ = [
    "ProjectScoreCategories",
]


ProjectScoreCategories: TypeAlias = list[ProjectScoreCategory] | dict[str, float] | list[str] | None
