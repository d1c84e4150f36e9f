"""Models: Environment."""

from __future__ import annotations

import datetime

from .._models import BaseModel

__all__ = [
    "Environment",
]


class Environment(BaseModel):
    id: str
    """Unique identifier for the environment"""

    org_id: str
    """Unique identifier for the organization that the environment belongs under"""

    name: str
    """Name of the environment"""

    slug: str
    """A url-friendly, unique identifier for the environment within an organization"""

    description: str | None = None
    """Textual description of the environment"""

    created: datetime.datetime | None = None
    """Date of environment creation"""

    deleted_at: datetime.datetime | None = None
    """Date of environment deletion, or null if the environment is still active"""
