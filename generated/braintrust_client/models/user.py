"""Models: User."""

from __future__ import annotations

import datetime

from .._models import BaseModel

__all__ = [
    "User",
]


class User(BaseModel):
    id: str
    """Unique identifier for the user"""

    given_name: str | None = None
    """Given name of the user"""

    family_name: str | None = None
    """Family name of the user"""

    email: str | None = None
    """The user's email"""

    avatar_url: str | None = None
    """URL of the user's Avatar image"""

    created: datetime.datetime | None = None
    """Date of user creation"""
