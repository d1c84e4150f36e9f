"""Models: DatasetIdParam."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "DatasetIdParam",
]


DatasetIdParam: TypeAlias = str
"""Dataset id"""
