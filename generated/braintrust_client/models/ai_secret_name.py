"""Models: AiSecretName."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "AiSecretName",
]


AiSecretName: TypeAlias = str
"""Name of the ai_secret to search for"""
