"""Models: EnvVar."""

from __future__ import annotations

import datetime
from typing import Annotated, Any, Literal

from .._models import BaseModel, NotNull, OpenEnum

__all__ = [
    "EnvVar",
]


class EnvVar(BaseModel):
    id: str
    """Unique identifier for the environment variable"""

    object_type: Annotated[Literal["organization", "project", "function"], OpenEnum]
    """The type of the object the environment variable is scoped for"""

    object_id: str
    """The id of the object the environment variable is scoped for"""

    name: str
    """The name of the environment variable"""

    created: datetime.datetime | None = None
    """Date of environment variable creation"""

    secret_updated_at: datetime.datetime | None = None
    """Date of last update to the encrypted secret value itself"""

    secret_updated_by_user_id: str | None = None
    """User id of the last update to the encrypted secret value"""

    used: datetime.datetime | None = None
    """Date the environment variable was last used"""

    metadata: dict[str, Any] | None = None
    """Optional metadata associated with the environment variable when managed via the function secrets API"""

    preview_secret: str | None = None
    """Redacted preview of the stored secret value"""

    secret_type: str | None = None
    """Optional classification for the secret (for example, the AI provider name)"""

    secret_category: Annotated[
        Annotated[Literal["env_var", "ai_provider", "sandbox_provider"], OpenEnum] | None, NotNull
    ] = "env_var"
    """The category of the secret: env_var for regular environment variables, ai_provider for AI provider API keys"""
