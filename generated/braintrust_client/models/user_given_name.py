"""Models: UserGivenName."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "UserGivenName",
]


UserGivenName: TypeAlias = str | list[str]
"""Given name of the user to search for. You may pass the param multiple times to filter for more than one given name"""
