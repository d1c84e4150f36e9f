"""Models: AISecret."""

from __future__ import annotations

import datetime
from typing import Any

from pydantic import Field

from .._models import BaseModel

__all__ = [
    "AISecret",
]


class AISecret(BaseModel):
    id: str
    """Unique identifier for the AI secret"""

    created: datetime.datetime | None = None
    """Date of AI secret creation"""

    updated_at: datetime.datetime | None = None
    """Date of last AI secret update"""

    secret_updated_at: datetime.datetime | None = None
    """Date of last update to the encrypted secret value itself"""

    org_id: str
    """Unique identifier for the organization"""

    name: str
    """Name of the AI secret"""

    type_: str | None = Field(default=None, validation_alias="type", serialization_alias="type")

    metadata: dict[str, Any] | None = None

    secret_updated_by_user_id: str | None = None
    """User id of the last update to the encrypted secret value"""

    preview_secret: str | None = None
