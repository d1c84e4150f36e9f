"""Models: ProjectIdParam."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "ProjectIdParam",
]


ProjectIdParam: TypeAlias = str
"""Project id"""
