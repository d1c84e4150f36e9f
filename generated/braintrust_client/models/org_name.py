"""Models: OrgName."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "OrgName",
]


OrgName: TypeAlias = str
"""Filter search results to within a particular organization"""
