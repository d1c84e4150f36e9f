"""Models: ApiKeyIdParam."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "ApiKeyIdParam",
]


ApiKeyIdParam: TypeAlias = str
"""ApiKey id"""
