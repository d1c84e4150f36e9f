"""Models: ProjectScoreName."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "ProjectScoreName",
]


ProjectScoreName: TypeAlias = str
"""Name of the project_score to search for"""
