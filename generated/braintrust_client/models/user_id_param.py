"""Models: UserIdParam."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "UserIdParam",
]


UserIdParam: TypeAlias = str
"""User id"""
