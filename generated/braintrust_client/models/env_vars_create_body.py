"""Models: EnvVarsCreateBody."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from .._models import BaseModel, OpenEnum

__all__ = [
    "EnvVarsCreateBody",
]


class EnvVarsCreateBody(BaseModel):
    object_type: Annotated[Literal["organization", "project", "function"], OpenEnum]
    """The type of the object the environment variable is scoped for"""

    object_id: str
    """The id of the object the environment variable is scoped for"""

    name: str
    """The name of the environment variable"""

    value: str | None = None
    """The value of the environment variable. Will be encrypted at rest."""

    metadata: dict[str, Any] | None = None
    """Optional metadata associated with the environment variable when managed via the function secrets API"""

    secret_type: str | None = None
    """Optional classification for the secret (for example, the AI provider name)"""
