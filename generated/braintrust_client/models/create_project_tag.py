"""Models: CreateProjectTag."""

from __future__ import annotations

from .._models import BaseModel

__all__ = [
    "CreateProjectTag",
]


class CreateProjectTag(BaseModel):
    project_id: str
    """Unique identifier for the project that the project tag belongs under"""

    name: str
    """Name of the project tag"""

    description: str | None = None
    """Textual description of the project tag"""

    color: str | None = None
    """Color of the tag for the UI"""
