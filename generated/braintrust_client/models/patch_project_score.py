"""Models: PatchProjectScore."""

from __future__ import annotations

from .._models import BaseModel
from .project_score_categories import ProjectScoreCategories
from .project_score_config import ProjectScoreConfig
from .project_score_type import ProjectScoreType

__all__ = [
    "PatchProjectScore",
]


class PatchProjectScore(BaseModel):
    """A project score is a user-configured score, which can be manually-labeled through the UI"""

    name: str | None = None
    """Name of the project score"""

    description: str | None = None
    """Textual description of the project score"""

    score_type: ProjectScoreType | None = None

    categories: ProjectScoreCategories = None

    config: ProjectScoreConfig | None = None
