"""Models: CreateAISecret."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from .._models import BaseModel

__all__ = [
    "CreateAISecret",
]


class CreateAISecret(BaseModel):
    name: str
    """Name of the AI secret"""

    type_: str | None = Field(default=None, validation_alias="type", serialization_alias="type")

    metadata: dict[str, Any] | None = None

    secret: str | None = None
    """Secret value. If omitted in a PUT request, the existing secret value will be left intact, not replaced with null."""

    org_name: str | None = None
    """For nearly all users, this parameter should be unnecessary. But in the rare case that your API key belongs to multiple organizations, you may specify the name of the organization the AI Secret belongs in."""
