"""Models: GroupIdParam."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "GroupIdParam",
]


GroupIdParam: TypeAlias = str
"""Group id"""
