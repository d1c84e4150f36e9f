"""Models: FunctionName."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "FunctionName",
]


FunctionName: TypeAlias = str
"""Name of the function to search for"""
