"""Models: EnvVarsUpdateBody."""

from __future__ import annotations

from typing import Any

from .._models import BaseModel

__all__ = [
    "EnvVarsUpdateBody",
]


class EnvVarsUpdateBody(BaseModel):
    name: str
    """The name of the environment variable"""

    value: str | None = None
    """The value of the environment variable. Will be encrypted at rest."""

    metadata: dict[str, Any] | None = None
    """Optional metadata associated with the environment variable when managed via the function secrets API"""

    secret_type: str | None = None
    """Optional classification for the secret (for example, the AI provider name)"""
