"""Models: FunctionIdParam."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "FunctionIdParam",
]


FunctionIdParam: TypeAlias = str
"""Function id"""
