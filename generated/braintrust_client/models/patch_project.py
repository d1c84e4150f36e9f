"""Models: PatchProject."""

from __future__ import annotations

from .._models import BaseModel
from .project_settings import ProjectSettings

__all__ = [
    "PatchProject",
]


class PatchProject(BaseModel):
    name: str | None = None
    """Name of the project"""

    description: str | None = None

    user_id: str | None = None

    settings: ProjectSettings | None = None
    """Project settings. Patch operations replace all settings, so make sure you include all settings you want to keep."""
