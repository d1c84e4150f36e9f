"""Models: ProjectTagsListResponse."""

from __future__ import annotations

from typing import ClassVar

from .._models import BaseModel
from .project_tag import ProjectTag

__all__ = [
    "ProjectTagsListResponse",
]


class ProjectTagsListResponse(BaseModel):
    __closed__: ClassVar[bool] = True

    objects: list[ProjectTag]
    """A list of project_tag objects"""
