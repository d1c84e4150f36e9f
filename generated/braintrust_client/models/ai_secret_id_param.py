"""Models: AiSecretIdParam."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "AiSecretIdParam",
]


AiSecretIdParam: TypeAlias = str
"""AiSecret id"""
