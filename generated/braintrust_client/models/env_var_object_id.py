"""Models: EnvVarObjectId."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "EnvVarObjectId",
]


EnvVarObjectId: TypeAlias = str
"""The id of the object the environment variable is scoped for"""
