"""Models: PromptSessionIdParam."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "PromptSessionIdParam",
]


PromptSessionIdParam: TypeAlias = str
"""PromptSession id"""
