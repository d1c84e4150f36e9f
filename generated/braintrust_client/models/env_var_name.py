"""Models: EnvVarName."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "EnvVarName",
]


EnvVarName: TypeAlias = str
"""Name of the env_var to search for"""
