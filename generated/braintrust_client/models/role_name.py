"""Models: RoleName."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "RoleName",
]


RoleName: TypeAlias = str
"""Name of the role to search for"""
