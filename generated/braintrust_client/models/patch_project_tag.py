"""Models: PatchProjectTag."""

from __future__ import annotations

from .._models import BaseModel

__all__ = [
    "PatchProjectTag",
]


class PatchProjectTag(BaseModel):
    name: str | None = None
    """Name of the project tag"""

    description: str | None = None
    """Textual description of the project tag"""

    color: str | None = None
    """Color of the tag for the UI"""
