"""Models: Slug."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "Slug",
]


Slug: TypeAlias = str
"""Retrieve prompt with a specific slug"""
