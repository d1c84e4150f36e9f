"""Models: PatchAISecret."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from .._models import BaseModel

__all__ = [
    "PatchAISecret",
]


class PatchAISecret(BaseModel):
    name: str | None = None
    """Name of the AI secret"""

    type_: str | None = Field(default=None, validation_alias="type", serialization_alias="type")

    metadata: dict[str, Any] | None = None

    secret: str | None = None
