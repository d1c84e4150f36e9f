"""Models: Project."""

from __future__ import annotations

import datetime

from .._models import BaseModel
from .project_settings import ProjectSettings

__all__ = [
    "Project",
]


class Project(BaseModel):
    id: str
    """Unique identifier for the project"""

    org_id: str
    """Unique id for the organization that the project belongs under"""

    name: str
    """Name of the project"""

    description: str | None = None
    """Textual description of the project"""

    created: datetime.datetime | None = None
    """Date of project creation"""

    deleted_at: datetime.datetime | None = None
    """Date of project deletion, or null if the project is still active"""

    user_id: str | None = None
    """Identifies the user who created the project"""

    settings: ProjectSettings | None = None
