"""Models: ProjectScoresListResponse."""

from __future__ import annotations

from typing import ClassVar

from .._models import BaseModel
from .project_score import ProjectScore

__all__ = [
    "ProjectScoresListResponse",
]


class ProjectScoresListResponse(BaseModel):
    __closed__: ClassVar[bool] = True

    objects: list[ProjectScore]
    """A list of project_score objects"""
