"""Models: CreateEnvironment."""

from __future__ import annotations

from .._models import BaseModel

__all__ = [
    "CreateEnvironment",
]


class CreateEnvironment(BaseModel):
    name: str
    """Name of the environment"""

    slug: str
    """A url-friendly, unique identifier for the environment within an organization"""

    description: str | None = None
    """Textual description of the environment"""

    org_name: str | None = None
    """For nearly all users, this parameter should be unnecessary. But in the rare case that your API key belongs to multiple organizations, you may specify the name of the organization the environment belongs in."""
