"""Models: ProjectScoreIdParam."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "ProjectScoreIdParam",
]


ProjectScoreIdParam: TypeAlias = str
"""ProjectScore id"""
