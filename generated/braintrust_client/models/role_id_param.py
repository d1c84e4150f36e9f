"""Models: RoleIdParam."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "RoleIdParam",
]


RoleIdParam: TypeAlias = str
"""Role id"""
