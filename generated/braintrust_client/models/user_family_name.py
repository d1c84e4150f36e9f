"""Models: UserFamilyName."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "UserFamilyName",
]


UserFamilyName: TypeAlias = str | list[str]
"""Family name of the user to search for. You may pass the param multiple times to filter for more than one family name"""
