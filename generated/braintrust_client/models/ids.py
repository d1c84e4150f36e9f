"""Models: Ids."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "Ids",
]


Ids: TypeAlias = str | list[str]
"""Filter search results to a particular set of object IDs. To specify a list of IDs, include the query param multiple times"""
