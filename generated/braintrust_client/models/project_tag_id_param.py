"""Models: ProjectTagIdParam."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "ProjectTagIdParam",
]


ProjectTagIdParam: TypeAlias = str
"""ProjectTag id"""
