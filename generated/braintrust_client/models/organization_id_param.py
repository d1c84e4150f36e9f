"""Models: OrganizationIdParam."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "OrganizationIdParam",
]


OrganizationIdParam: TypeAlias = str
"""Organization id"""
