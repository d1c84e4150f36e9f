"""Models: ProjectTag."""

from __future__ import annotations

import datetime

from .._models import BaseModel

__all__ = [
    "ProjectTag",
]


class ProjectTag(BaseModel):
    """A project tag is a user-configured tag for tracking and filtering your experiments, logs, and other data"""

    id: str
    """Unique identifier for the project tag"""

    project_id: str
    """Unique identifier for the project that the project tag belongs under"""

    user_id: str

    created: datetime.datetime | None = None
    """Date of project tag creation"""

    name: str
    """Name of the project tag"""

    description: str | None = None
    """Textual description of the project tag"""

    color: str | None = None
    """Color of the tag for the UI"""

    position: str | None = None
    """An optional LexoRank-based string that sets the sort position for the tag in the UI"""
