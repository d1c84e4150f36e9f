"""Models: ProjectAutomationsListResponse."""

from __future__ import annotations

from typing import ClassVar

from .._models import BaseModel
from .project_automation import ProjectAutomation

__all__ = [
    "ProjectAutomationsListResponse",
]


class ProjectAutomationsListResponse(BaseModel):
    __closed__: ClassVar[bool] = True

    objects: list[ProjectAutomation]
    """A list of project_automation objects"""
