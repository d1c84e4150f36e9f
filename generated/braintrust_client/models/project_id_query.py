"""Models: ProjectIdQuery."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "ProjectIdQuery",
]


ProjectIdQuery: TypeAlias = str
"""Project id"""
