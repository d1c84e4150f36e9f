"""Models: ViewIdParam."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "ViewIdParam",
]


ViewIdParam: TypeAlias = str
"""View id"""
