"""Models: DeleteAISecret."""

from __future__ import annotations

from .._models import BaseModel

__all__ = [
    "DeleteAISecret",
]


class DeleteAISecret(BaseModel):
    name: str
    """Name of the AI secret"""

    org_name: str | None = None
    """For nearly all users, this parameter should be unnecessary. But in the rare case that your API key belongs to multiple organizations, you may specify the name of the organization the AI Secret belongs in."""
