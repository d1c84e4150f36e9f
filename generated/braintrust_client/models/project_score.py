"""Models: ProjectScore."""

from __future__ import annotations

import datetime

from .._models import BaseModel
from .project_score_categories import ProjectScoreCategories
from .project_score_config import ProjectScoreConfig
from .project_score_type import ProjectScoreType

__all__ = [
    "ProjectScore",
]


class ProjectScore(BaseModel):
    """A project score is a user-configured score, which can be manually-labeled through the UI"""

    id: str
    """Unique identifier for the project score"""

    project_id: str
    """Unique identifier for the project that the project score belongs under"""

    user_id: str

    created: datetime.datetime | None = None
    """Date of project score creation"""

    name: str
    """Name of the project score"""

    description: str | None = None
    """Textual description of the project score"""

    score_type: ProjectScoreType

    categories: ProjectScoreCategories = None

    config: ProjectScoreConfig | None = None

    position: str | None = None
    """An optional LexoRank-based string that sets the sort position for the score in the UI"""
