"""Models: DeleteServiceToken."""

from __future__ import annotations

from .._models import BaseModel

__all__ = [
    "DeleteServiceToken",
]


class DeleteServiceToken(BaseModel):
    id: str
    """Unique identifier for the service token."""
