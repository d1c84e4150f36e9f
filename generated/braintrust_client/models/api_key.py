"""Models: ApiKey."""

from __future__ import annotations

import datetime

from .._models import BaseModel

__all__ = [
    "ApiKey",
]


class ApiKey(BaseModel):
    id: str
    """Unique identifier for the api key"""

    created: datetime.datetime | None = None
    """Date of api key creation"""

    name: str
    """Name of the api key"""

    preview_name: str

    user_id: str | None = None
    """Unique identifier for the user"""

    user_email: str | None = None
    """The user's email"""

    user_given_name: str | None = None
    """Given name of the user"""

    user_family_name: str | None = None
    """Family name of the user"""

    org_id: str | None = None
    """Unique identifier for the organization"""
