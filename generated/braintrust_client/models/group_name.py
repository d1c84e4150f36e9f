"""Models: GroupName."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "GroupName",
]


GroupName: TypeAlias = str
"""Name of the group to search for"""
