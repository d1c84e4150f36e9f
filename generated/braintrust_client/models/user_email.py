"""Models: UserEmail."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "UserEmail",
]


UserEmail: TypeAlias = str | list[str]
"""Email of the user to search for. You may pass the param multiple times to filter for more than one email"""
