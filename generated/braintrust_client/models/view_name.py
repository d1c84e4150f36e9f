"""Models: ViewName."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "ViewName",
]


ViewName: TypeAlias = str
"""Name of the view to search for"""
