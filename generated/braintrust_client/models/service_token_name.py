"""Models: ServiceTokenName."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "ServiceTokenName",
]


ServiceTokenName: TypeAlias = str
"""Name of the service_token to search for"""
