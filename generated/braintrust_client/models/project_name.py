"""Models: ProjectName."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "ProjectName",
]


ProjectName: TypeAlias = str
"""Name of the project to search for"""
