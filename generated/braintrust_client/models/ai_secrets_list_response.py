"""Models: AiSecretsListResponse."""

from __future__ import annotations

from typing import ClassVar

from .._models import BaseModel
from .ai_secret import AISecret

__all__ = [
    "AiSecretsListResponse",
]


class AiSecretsListResponse(BaseModel):
    __closed__: ClassVar[bool] = True

    objects: list[AISecret]
    """A list of ai_secret objects"""
