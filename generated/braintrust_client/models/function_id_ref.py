"""Models: FunctionIdRef."""

from __future__ import annotations

from typing import Any, TypeAlias

__all__ = [
    "FunctionIdRef",
]


FunctionIdRef: TypeAlias = dict[str, Any]
"""Options for identifying a function"""
