"""Models: ApiKeyName."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "ApiKeyName",
]


ApiKeyName: TypeAlias = str
"""Name of the api_key to search for"""
