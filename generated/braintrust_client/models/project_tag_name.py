"""Models: ProjectTagName."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "ProjectTagName",
]


ProjectTagName: TypeAlias = str
"""Name of the project_tag to search for"""
