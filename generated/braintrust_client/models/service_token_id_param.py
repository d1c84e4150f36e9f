"""Models: ServiceTokenIdParam."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "ServiceTokenIdParam",
]


ServiceTokenIdParam: TypeAlias = str
"""ServiceToken id"""
