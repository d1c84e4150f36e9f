"""Models: EnvVarIdParam."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "EnvVarIdParam",
]


EnvVarIdParam: TypeAlias = str
"""EnvVar id"""
