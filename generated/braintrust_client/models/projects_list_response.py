"""Models: ProjectsListResponse."""

from __future__ import annotations

from typing import ClassVar

from .._models import BaseModel
from .project import Project

__all__ = [
    "ProjectsListResponse",
]


class ProjectsListResponse(BaseModel):
    __closed__: ClassVar[bool] = True

    objects: list[Project]
    """A list of project objects"""
