"""Models: PatchEnvironment."""

from __future__ import annotations

from .._models import BaseModel

__all__ = [
    "PatchEnvironment",
]


class PatchEnvironment(BaseModel):
    name: str | None = None
    """Name of the environment"""

    slug: str | None = None
    """A url-friendly, unique identifier for the environment within an organization"""

    description: str | None = None
    """Textual description of the environment"""
